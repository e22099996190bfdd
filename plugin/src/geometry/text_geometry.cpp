// Gloss — text geometry: validation of the host's layout, range -> rects,
// point -> offset. Everything is a binary search over lines plus a walk of
// one line's code points.
#include "text_geometry.hpp"

#include <algorithm>

#include "gloss/utf8.hpp"

namespace gloss {

namespace {
bool is_continuation(unsigned char c) { return (c & 0xC0u) == 0x80u; }

// Number of code points in text[begin, end).
std::uint32_t count_codepoints(std::string_view text, std::uint32_t begin, std::uint32_t end) {
    std::uint32_t n = 0;
    for (std::uint32_t i = begin; i < end; ++i)
        if (!is_continuation(static_cast<unsigned char>(text[i]))) ++n;
    return n;
}
} // namespace

bool TextGeometry::assign(std::string_view text, std::vector<TextLine> lines, std::vector<float> caret_x,
                          float content_width, float content_height, std::string* error) {
    auto fail = [&](std::size_t i, const char* why) {
        if (error) *error = "layout line " + std::to_string(i) + ": " + why;
        return false;
    };
    std::uint32_t prev_end = 0;
    float prev_y = -1e30f;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const TextLine& l = lines[i];
        if (l.begin > l.end || l.end > text.size()) return fail(i, "byte range outside the text");
        if (!utf8_is_boundary(text, l.begin) || !utf8_is_boundary(text, l.end))
            return fail(i, "byte range splits a UTF-8 sequence");
        if (l.begin < prev_end) return fail(i, "lines overlap or are out of reading order");
        if (l.box.y0 < prev_y) return fail(i, "line boxes are not in ascending y");
        if (!(l.box.x0 <= l.box.x1) || !(l.box.y0 <= l.box.y1)) return fail(i, "line box is inverted");
        if (static_cast<std::uint64_t>(l.first_caret) + l.caret_count > caret_x.size())
            return fail(i, "caret span outside the caret array");
        if (l.caret_count != count_codepoints(text, l.begin, l.end) + 1)
            return fail(i, "caret count differs from the line's code points + 1");
        prev_end = l.end;
        prev_y = l.box.y0;
    }
    text_ = text;
    lines_ = std::move(lines);
    caret_x_ = std::move(caret_x);
    content_width_ = content_width;
    content_height_ = content_height;
    return true;
}

void TextGeometry::clear() {
    text_ = {};
    lines_.clear();
    caret_x_.clear();
    content_width_ = content_height_ = 0;
}

int TextGeometry::line_at_or_after(std::uint32_t offset) const {
    // first line whose end > offset, or whose begin >= offset
    const auto it = std::lower_bound(lines_.begin(), lines_.end(), offset,
                                     [](const TextLine& l, std::uint32_t o) { return l.end <= o && l.begin < o; });
    return static_cast<int>(it - lines_.begin());
}

int TextGeometry::line_of_offset(std::uint32_t offset) const {
    const auto it = std::upper_bound(lines_.begin(), lines_.end(), offset,
                                     [](std::uint32_t o, const TextLine& l) { return o < l.begin; });
    if (it == lines_.begin()) return -1;
    const int i = static_cast<int>(it - lines_.begin()) - 1;
    return offset < lines_[i].end ? i : -1;
}

int TextGeometry::line_at_y(float y) const {
    const auto it = std::upper_bound(lines_.begin(), lines_.end(), y,
                                     [](float yy, const TextLine& l) { return yy < l.box.y0; });
    if (it == lines_.begin()) return -1;
    const int i = static_cast<int>(it - lines_.begin()) - 1;
    return y < lines_[i].box.y1 ? i : -1;
}

void TextGeometry::lines_in_y(float y0, float y1, int* first, int* last) const {
    // Boxes ascend in y0; y1 is not monotone in theory, so search on y0 and step back over tall lines.
    auto it = std::lower_bound(lines_.begin(), lines_.end(), y0, [](const TextLine& l, float y) { return l.box.y1 <= y; });
    int f = static_cast<int>(it - lines_.begin());
    while (f > 0 && lines_[f - 1].box.y1 > y0) --f;
    auto jt = std::lower_bound(lines_.begin() + f, lines_.end(), y1, [](const TextLine& l, float y) { return l.box.y0 < y; });
    *first = f;
    *last = static_cast<int>(jt - lines_.begin());
}

float TextGeometry::caret_x(int line, std::uint32_t offset) const {
    const TextLine& l = lines_[line];
    offset = std::clamp(offset, l.begin, l.end);
    const std::uint32_t k = count_codepoints(text_, l.begin, offset);
    return caret_x_[l.first_caret + std::min(k, l.caret_count - 1)];
}

std::size_t TextGeometry::range_to_rects(ByteRange range, DocRect* out, std::size_t max, float* baselines) const {
    std::size_t n = 0;
    if (range.end <= range.begin) return 0;
    for (int i = line_at_or_after(range.begin); i < static_cast<int>(lines_.size()); ++i) {
        const TextLine& l = lines_[i];
        if (l.begin >= range.end) break;
        const std::uint32_t b = std::max(l.begin, range.begin), e = std::min(l.end, range.end);
        if (e <= b) continue;
        if (n < max) {
            out[n] = DocRect{caret_x(i, b), l.box.y0, caret_x(i, e), l.box.y1};
            if (baselines) baselines[n] = l.baseline;
        }
        ++n;
    }
    return n;
}

std::optional<std::uint32_t> TextGeometry::offset_at(DocPoint p) const {
    const int i = line_at_y(p.y);
    if (i < 0) return std::nullopt;
    const TextLine& l = lines_[i];
    if (l.caret_count < 2) return std::nullopt;
    const float* xs = caret_x_.data() + l.first_caret;
    if (p.x < xs[0] || p.x >= xs[l.caret_count - 1]) return std::nullopt;
    // cell k spans [xs[k], xs[k+1])
    const std::uint32_t k = static_cast<std::uint32_t>(std::upper_bound(xs, xs + l.caret_count, p.x) - xs) - 1;
    std::uint32_t off = l.begin, seen = 0;
    while (off < l.end && seen < k) {
        off += static_cast<std::uint32_t>(utf8_sequence_length(static_cast<unsigned char>(text_[off])));
        ++seen;
    }
    return std::min(off, l.end);
}

} // namespace gloss
