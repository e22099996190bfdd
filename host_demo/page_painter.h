// Gloss reader — painting the visible part of a laid-out page into an ImDrawList.
//
// Culls to the visible lines (binary search), so a frame costs the same for a
// page of a short article and of a 20 MB text.
#pragma once
#include "document.h"
#include "fonts.h"
#include "geometry.h"
#include "layout.h"
#include "theme.h"

#include <cstdint>

struct ImDrawList;

namespace gloss_reader {

struct PagePaint {
    const Document* doc = nullptr;
    const Layout*   layout = nullptr;
    const FontSet*  fonts = nullptr;
    const Theme*    theme = nullptr;
    ViewTransform   transform;            // document -> screen
    float           visible_y0 = 0, visible_y1 = 0; // document space
    bool            selection = false;
    std::uint32_t   sel_begin = 0, sel_end = 0;
    const char*     date_label = nullptr;  // drawn after the byline ("June 4, 2024"), or null
};

// The lines [first, last) that intersect the visible band.
struct VisibleLines { std::size_t first = 0, last = 0; };

// Paint selection, rules and text of the visible lines. Returns the lines painted.
VisibleLines paint_page(ImDrawList* dl, const PagePaint& p);

// "2024-06-04" -> "June 4, 2024"; "" when the date is not YYYY-MM-DD.
std::string format_date(const std::string& iso);

} // namespace gloss_reader
