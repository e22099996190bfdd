// Gloss reader — the layout engine: blocks to wrapped lines over ImFont metrics.
//
// Index of this file:
// [SECTION] Parameters
// [SECTION] Layout
// [SECTION] Geometry queries
//
// Measures with ImFont::GetCharAdvance at scale (px / font->FontSize), the
// same arithmetic ImFont::RenderText uses, never ImGui::CalcTextSize (which
// rounds). Every position is in document space (geometry.h).
#pragma once
#include "document.h"
#include "fonts.h"
#include "geometry.h"
#include "plugin_host.h"

#include <cstdint>
#include <vector>

namespace gloss_reader {

//-----------------------------------------------------------------------------
// [SECTION] Parameters
//-----------------------------------------------------------------------------

struct LayoutParams {
    float measure_chars = 66.0f;     // ideal line length, in average characters
    float max_width = 0.0f;          // widest column that fits the window (<= 0: no limit)
    float line_height = 1.45f;       // body line height, times the body size
    float paragraph_spacing = 0.8f;  // space between paragraphs, in body lines
};

// Average advance of running English text in `font` at `px` (for the measure).
float average_char_width(const ImFont* font, float px);

//-----------------------------------------------------------------------------
// [SECTION] Layout
//-----------------------------------------------------------------------------

// What the reader needs per line beyond HostLine.
struct LineStyle {
    std::uint32_t block = 0;          // index into Document::blocks
    std::uint8_t  role = FontBody;    // FontRole used to draw it
    std::uint8_t  kind = 0;           // BlockKind of its block
};

// A horizontal rule drawn between blocks (after the byline).
struct RuleMark { float x0 = 0, x1 = 0, y = 0; };

struct Layout {
    HostLayout             host;      // lines, caret x's, content size: what the plugin gets
    std::vector<LineStyle> style;     // parallel to host.lines
    std::vector<RuleMark>  rules;
    float measure = 0;                // column width (document space x in [0, measure])
    float body_px = 0;
    float body_line = 0;              // body line height in px

    // Index of the first line whose box reaches below y (lines.size() if none). O(log n).
    std::size_t first_line_below(float y) const;
    // Index of the line holding byte `offset`, or the nearest line after it. O(log n).
    std::size_t line_of_offset(std::uint32_t offset) const;
};

// Lay `doc` out with `fonts`. Linear in the length of the text.
Layout layout_document(const Document& doc, const FontSet& fonts, const LayoutParams& params);

//-----------------------------------------------------------------------------
// [SECTION] Geometry queries
//-----------------------------------------------------------------------------

// The rectangles of bytes [begin, end): one per line the range touches, in
// line order. O(log n + lines touched).
std::vector<DocRect> rects_of_range(const Layout& layout, const std::string& text,
                                    std::uint32_t begin, std::uint32_t end);

// Caret x of byte `offset` on line `i` (clamped to the line). O(line length).
float caret_x_at(const Layout& layout, const std::string& text, std::size_t i, std::uint32_t offset);

// Byte offset of the character under `p` (the nearest line, then the
// character whose advance box holds x). O(log n + line length).
std::uint32_t offset_at(const Layout& layout, const std::string& text, DocPoint p);

// Byte offset of the caret boundary nearest to `p` (for selections).
std::uint32_t caret_at(const Layout& layout, const std::string& text, DocPoint p);

// The reading position: the byte at the top of the view and how far into its line.
struct ReadingAnchor {
    std::uint32_t offset = 0;
    float         fraction = 0;  // 0..1 of the line height above the view top
};
ReadingAnchor anchor_at(const Layout& layout, float scroll_y);
float scroll_for_anchor(const Layout& layout, const ReadingAnchor& anchor);

} // namespace gloss_reader
