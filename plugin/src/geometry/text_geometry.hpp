// Gloss — the host's text layout and the two questions the overlay asks of it
// (no ImGui).
//
// The host lays the text out and hands over its lines (byte range, box,
// baseline, caret x at every code-point boundary), as MuPDF's structured text
// does. From those, this answers "which rectangles cover byte range R"
// (MuPDF's fz_highlight_selection shape: caller's array + max, returns the
// count) and "which byte is under point P", in document space.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coordinates.hpp"
#include "gloss/annotation.hpp"

namespace gloss {

// One laid-out line, document space.
struct TextLine {
    std::uint32_t begin = 0, end = 0;        // UTF-8 byte range shown on this line
    DocRect       box;                       // line box
    float         baseline = 0;              // baseline y
    std::uint32_t first_caret = 0;           // index into the caret array
    std::uint32_t caret_count = 0;           // code points in [begin, end) + 1
};

class TextGeometry {
public:
    // Take a layout of `text` (which must outlive this object or the next
    // assign). Checks every line: range inside the text and on code-point
    // boundaries, lines in reading order without overlap, caret span inside
    // `caret_x` with one caret per boundary. On failure returns false with a
    // one-line reason and keeps the previous layout.
    bool assign(std::string_view text, std::vector<TextLine> lines, std::vector<float> caret_x,
                float content_width, float content_height, std::string* error);
    void clear();

    bool empty() const { return lines_.empty(); }
    const std::vector<TextLine>& lines() const { return lines_; }
    float content_width() const { return content_width_; }
    float content_height() const { return content_height_; }

    // Index of the line showing byte `offset`, or -1 (offset between lines, e.g. a newline).
    int line_of_offset(std::uint32_t offset) const;
    // Index of the first line at or after `offset` (line_count() when none).
    int line_at_or_after(std::uint32_t offset) const;
    // Index of the line whose box spans document y, or -1.
    int line_at_y(float y) const;
    // Lines whose boxes intersect [y0, y1): first index and one past the last.
    void lines_in_y(float y0, float y1, int* first, int* last) const;

    // x of the caret before byte `offset` on `line` (offset clamped to the line).
    float caret_x(int line, std::uint32_t offset) const;

    // Rectangles covering `range`, one per line fragment, in reading order.
    // Writes at most `max` into `out` (may be NULL when max == 0), and each
    // fragment's baseline y into `baselines` when not NULL; returns how many
    // fragments there are in total.
    std::size_t range_to_rects(ByteRange range, DocRect* out, std::size_t max, float* baselines = nullptr) const;

    // Byte offset of the code point whose cell contains `p`, or nullopt when p
    // is outside every line's text.
    std::optional<std::uint32_t> offset_at(DocPoint p) const;

private:
    std::string_view       text_;
    std::vector<TextLine>  lines_;
    std::vector<float>     caret_x_;
    float                  content_width_ = 0, content_height_ = 0;
};

} // namespace gloss
