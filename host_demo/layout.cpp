// Gloss reader — the layout engine.
//
// Index of this file:
// [SECTION] Measuring
// [SECTION] Line breaking
// [SECTION] Block layout
// [SECTION] Geometry queries
#include "layout.h"

#include "gloss/utf8.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace gloss_reader {

//-----------------------------------------------------------------------------
// [SECTION] Measuring
//-----------------------------------------------------------------------------

namespace {

// Decode one code point at *p (ASCII fast path).
inline char32_t next_cp(const std::string& s, std::size_t* p) {
    const unsigned char c = static_cast<unsigned char>(s[*p]);
    if (c < 0x80) { ++*p; return c; }
    return gloss::utf8_next(s, p);
}

// A font at a pixel size: advances exactly as ImFont::RenderText accumulates them.
struct Measure {
    const ImFont* font;
    float scale;
    float space;
    Measure(const ImFont* f, float px) : font(f), scale(px / f->FontSize), space(f->GetCharAdvance(' ') * scale) {}
    float advance(char32_t cp) const {
        if (cp < 0x20) return space;                       // controls are not drawn; they space like a blank
        if (cp > 0xFFFF) cp = 0xFFFD;                       // ImGui 1.86 decodes these as U+FFFD
        return font->GetCharAdvance(static_cast<ImWchar>(cp)) * scale;
    }
};

bool is_break_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           (cp >= 0x2000 && cp <= 0x200A && cp != 0x2007) || cp == 0x3000;
}

// A line may break after these when a word follows directly (hyphens, dashes, URL slashes).
bool breaks_after(char32_t cp) {
    return cp == '-' || cp == 0x2010 || cp == 0x2013 || cp == 0x2014 || cp == '/' || cp == '?' || cp == '&';
}

} // namespace

float average_char_width(const ImFont* font, float px) {
    static const char sample[] =
        "The reader follows a line of text with the eye, and a comfortable measure keeps "
        "the return to the next line easy: about sixty-six characters, spaces included.";
    const Measure m(font, px);
    std::string s(sample);
    float w = 0;
    std::size_t n = 0;
    for (std::size_t p = 0; p < s.size(); ++n) w += m.advance(next_cp(s, &p));
    return w / static_cast<float>(n);
}

//-----------------------------------------------------------------------------
// [SECTION] Line breaking
//-----------------------------------------------------------------------------

namespace {

struct LineSink {
    Layout& out;
    const std::string& text;
    // Append line [b, e) starting at x, carets at natural advances; the first
    // `marker_end - b` bytes (a bullet marker) are spread between x and content_x.
    void emit(std::uint32_t b, std::uint32_t e, float x, const Measure& m, float y0, float lh, float baseline,
              const LineStyle& st, std::uint32_t marker_end = 0, float content_x = 0) {
        HostLine line;
        line.begin = b;
        line.end = e;
        line.first_caret = static_cast<std::uint32_t>(out.host.caret_x.size());
        std::vector<float>& c = out.host.caret_x;
        c.push_back(x);
        std::size_t p = b;
        if (marker_end > b) {
            // The marker glyph itself, then its blanks stretched to the hanging indent.
            x += m.advance(next_cp(text, &p));
            c.push_back(x);
            std::size_t blanks = 0;
            for (std::size_t q = p; q < marker_end; ++blanks) next_cp(text, &q);
            const float step = blanks ? std::max(0.0f, content_x - x) / static_cast<float>(blanks) : 0.0f;
            for (std::size_t k = 0; k < blanks; ++k) {
                next_cp(text, &p);
                x = (k + 1 == blanks) ? std::max(x, content_x) : x + step;
                c.push_back(x);
            }
        }
        while (p < e) {
            x += m.advance(next_cp(text, &p));
            c.push_back(x);
        }
        line.caret_count = static_cast<std::uint32_t>(c.size() - line.first_caret);
        line.x0 = c[line.first_caret];
        line.x1 = x;
        line.y0 = y0;
        line.y1 = y0 + lh;
        line.baseline = baseline;
        out.host.lines.push_back(line);
        out.style.push_back(st);
    }
};

// Find where the line starting at `pos` ends when `avail` px wide.
// Returns {line_end, next_start}. Prefers the last blank; breaks inside a word
// (after a hyphen, dash or URL slash) only when the line would otherwise stay
// less than 70% full; cuts a word anywhere only when it cannot fit at all.
std::pair<std::size_t, std::size_t> break_line(const std::string& t, std::size_t pos, std::size_t end,
                                               const Measure& m, float avail) {
    float x = 0;
    std::size_t p = pos;
    std::size_t space = 0, space_next = 0; // last blank break: line end, next line start
    float space_x = 0;                      // line width up to that blank
    std::size_t soft = 0;                   // last break inside a word (after '-', '/', ...)
    char32_t prev = 0;
    bool in_space = false;
    while (p < end) {
        std::size_t q = p;
        const char32_t cp = next_cp(t, &q);
        if (is_break_space(cp)) {
            if (!in_space && p > pos) { space = p; space_x = x; }
            in_space = true;
            prev = cp;
            x += m.advance(cp); // blanks may hang past the edge
            p = q;
            space_next = p;
            continue;
        }
        in_space = false;
        const float adv = m.advance(cp);
        if (x + adv > avail && p > pos) {
            if (space > pos && (soft <= space || space_x >= 0.7f * avail)) return {space, space_next};
            if (soft > pos) return {soft, soft};
            if (space > pos) return {space, space_next};
            return {p, p}; // a word longer than the line: break inside it
        }
        x += adv;
        p = q;
        // Not inside "://", nor between two break characters.
        if (breaks_after(cp) && p < end && prev != '/' && prev != ':') {
            std::size_t r = p;
            const char32_t nx = next_cp(t, &r);
            if (!is_break_space(nx) && !breaks_after(nx)) soft = p;
        }
        prev = cp;
    }
    // The rest fits: drop trailing blanks.
    std::size_t e = end;
    while (e > pos && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r' || t[e - 1] == '\n')) --e;
    return {e, end};
}

std::size_t skip_blanks(const std::string& t, std::size_t p, std::size_t end) {
    while (p < end) {
        std::size_t q = p;
        if (!is_break_space(next_cp(t, &q))) break;
        p = q;
    }
    return p;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Block layout
//-----------------------------------------------------------------------------

namespace {

FontRole role_of(BlockKind k) {
    switch (k) {
    case BlockKind::Title: return FontTitle;
    case BlockKind::Heading: return FontHeading;
    case BlockKind::Byline:
    case BlockKind::Caption: return FontUi;
    default: return FontBody;
    }
}

float line_height_of(BlockKind k, float px, const LayoutParams& prm) {
    switch (k) {
    case BlockKind::Title: return std::round(px * 1.22f);
    case BlockKind::Heading: return std::round(px * 1.35f);
    case BlockKind::Byline:
    case BlockKind::Caption: return std::round(px * 1.5f);
    default: return std::round(px * prm.line_height);
    }
}

bool is_header(BlockKind k) { return k == BlockKind::Title || k == BlockKind::Byline; }

} // namespace

Layout layout_document(const Document& doc, const FontSet& fonts, const LayoutParams& prm) {
    Layout L;
    const std::string& t = doc.text;
    L.body_px = fonts.px[FontBody];
    L.body_line = std::round(L.body_px * prm.line_height);
    const float avg = average_char_width(fonts.font[FontBody], L.body_px);
    L.measure = std::round(prm.measure_chars * avg);
    if (prm.max_width > 0) L.measure = std::min(L.measure, std::floor(prm.max_width));
    L.measure = std::max(L.measure, std::round(4 * L.body_px));
    L.host.caret_x.reserve(t.size() + t.size() / 40 + 16);
    L.host.lines.reserve(t.size() / 50 + 16);
    L.style.reserve(t.size() / 50 + 16);

    LineSink sink{L, t};
    const float bl = L.body_line;
    float y = 0;
    bool have_prev = false;
    BlockKind prev = BlockKind::Paragraph;
    const float bullet_x = std::round(0.45f * L.body_px);
    const float content_x = std::round(1.55f * L.body_px);

    for (std::size_t bi = 0; bi < doc.blocks.size(); ++bi) {
        const Block& b = doc.blocks[bi];
        // Vertical rhythm between blocks.
        if (have_prev) {
            float gap = prm.paragraph_spacing * bl;
            if (is_header(prev) && !is_header(b.kind)) {
                gap = 1.7f * bl;
                L.rules.push_back({0, std::round(std::min(L.measure, 8.0f * L.body_px)), std::round(y + gap * 0.5f)});
            } else if (prev == BlockKind::Title && b.kind == BlockKind::Byline) gap = 0.5f * bl;
            else if (b.kind == BlockKind::Heading) gap = 1.25f * bl;
            else if (prev == BlockKind::Heading) gap = 0.45f * bl;
            else if (prev == BlockKind::Bullet && b.kind == BlockKind::Bullet) gap = 0.4f * bl;
            y += std::round(gap);
        }
        have_prev = true;
        prev = b.kind;

        const FontRole role = role_of(b.kind);
        const Measure m(fonts.font[role], fonts.px[role]);
        const float px = fonts.px[role];
        const float lh = line_height_of(b.kind, px, prm);
        const float ascent = std::round(fonts.font[role]->Ascent * m.scale);
        const float top = std::round((lh - px) * 0.5f);
        const LineStyle st{static_cast<std::uint32_t>(bi), static_cast<std::uint8_t>(role),
                           static_cast<std::uint8_t>(b.kind)};
        const bool bullet = b.kind == BlockKind::Bullet;
        const float x_text = bullet ? content_x : 0.0f;
        const float avail = std::max(L.measure - x_text, 2 * px);

        std::size_t pos = b.content_begin;
        bool first = true;
        while (pos < b.end) {
            const auto br = break_line(t, pos, b.end, m, avail);
            if (first && bullet && b.content_begin > b.begin) { // a marker-less item (web pages) is only indented
                sink.emit(b.begin, static_cast<std::uint32_t>(br.first), bullet_x, m, y, lh, y + top + ascent, st,
                          b.content_begin, content_x);
            } else {
                sink.emit(static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(br.first), x_text, m, y, lh,
                          y + top + ascent, st);
            }
            first = false;
            y += lh;
            const std::size_t next = skip_blanks(t, br.second, b.end);
            pos = next > pos ? next : pos + 1; // always progress
        }
    }
    L.host.content_width = L.measure;
    L.host.content_height = y;
    return L;
}

//-----------------------------------------------------------------------------
// [SECTION] Geometry queries
//-----------------------------------------------------------------------------

std::size_t Layout::first_line_below(float y) const {
    const auto& ls = host.lines;
    return static_cast<std::size_t>(
        std::partition_point(ls.begin(), ls.end(), [y](const HostLine& l) { return l.y1 <= y; }) - ls.begin());
}

std::size_t Layout::line_of_offset(std::uint32_t offset) const {
    const auto& ls = host.lines;
    if (ls.empty()) return 0;
    std::size_t i = static_cast<std::size_t>(
        std::partition_point(ls.begin(), ls.end(), [offset](const HostLine& l) { return l.begin <= offset; }) - ls.begin());
    if (i > 0 && offset <= ls[i - 1].end) return i - 1;
    return std::min(i, ls.size() - 1);
}

namespace {

// Caret index on line `l` of byte `offset` (clamped to the line).
std::size_t caret_index(const HostLine& l, const std::string& text, std::uint32_t offset) {
    offset = std::clamp(offset, l.begin, l.end);
    std::size_t k = 0;
    for (std::size_t p = l.begin; p < offset; ++k) next_cp(text, &p);
    return std::min<std::size_t>(k, l.caret_count ? l.caret_count - 1 : 0);
}

// Byte offset of caret index k on line l.
std::uint32_t caret_offset(const HostLine& l, const std::string& text, std::size_t k) {
    std::size_t p = l.begin;
    for (std::size_t j = 0; j < k && p < l.end; ++j) next_cp(text, &p);
    return static_cast<std::uint32_t>(p);
}

// The line nearest to y (inside it, or the closer neighbour across a gap).
std::size_t nearest_line(const Layout& L, float y) {
    const auto& ls = L.host.lines;
    std::size_t i = L.first_line_below(y);
    if (i >= ls.size()) return ls.size() - 1;
    if (i > 0 && y < ls[i].y0 && (y - ls[i - 1].y1) < (ls[i].y0 - y)) return i - 1;
    return i;
}

} // namespace

float caret_x_at(const Layout& L, const std::string& text, std::size_t i, std::uint32_t offset) {
    const HostLine& l = L.host.lines[i];
    return L.host.caret_x[l.first_caret + caret_index(l, text, offset)];
}

std::vector<DocRect> rects_of_range(const Layout& L, const std::string& text, std::uint32_t begin, std::uint32_t end) {
    std::vector<DocRect> out;
    const auto& ls = L.host.lines;
    if (begin >= end || ls.empty()) return out;
    std::size_t i = static_cast<std::size_t>(
        std::partition_point(ls.begin(), ls.end(), [begin](const HostLine& l) { return l.end <= begin; }) - ls.begin());
    for (; i < ls.size() && ls[i].begin < end; ++i) {
        const HostLine& l = ls[i];
        const float xb = L.host.caret_x[l.first_caret + caret_index(l, text, std::max(begin, l.begin))];
        const float xe = L.host.caret_x[l.first_caret + caret_index(l, text, std::min(end, l.end))];
        if (xe > xb) out.push_back({xb, l.y0, xe, l.y1});
    }
    return out;
}

std::uint32_t offset_at(const Layout& L, const std::string& text, DocPoint p) {
    if (L.host.lines.empty()) return 0;
    const HostLine& l = L.host.lines[nearest_line(L, p.y)];
    if (l.caret_count < 2) return l.begin;
    const float* c = L.host.caret_x.data() + l.first_caret;
    const std::size_t chars = l.caret_count - 1;
    std::size_t j = static_cast<std::size_t>(std::upper_bound(c, c + l.caret_count, p.x) - c);
    j = j == 0 ? 0 : std::min(j - 1, chars - 1);
    return caret_offset(l, text, j);
}

std::uint32_t caret_at(const Layout& L, const std::string& text, DocPoint p) {
    if (L.host.lines.empty()) return 0;
    const HostLine& l = L.host.lines[nearest_line(L, p.y)];
    const float* c = L.host.caret_x.data() + l.first_caret;
    std::size_t j = static_cast<std::size_t>(std::lower_bound(c, c + l.caret_count, p.x) - c);
    if (j >= l.caret_count) j = l.caret_count - 1;
    else if (j > 0 && (p.x - c[j - 1]) < (c[j] - p.x)) j -= 1;
    return caret_offset(l, text, j);
}

ReadingAnchor anchor_at(const Layout& L, float scroll_y) {
    ReadingAnchor a;
    const auto& ls = L.host.lines;
    if (ls.empty()) return a;
    const std::size_t i = std::min(L.first_line_below(scroll_y), ls.size() - 1);
    a.offset = ls[i].begin;
    const float h = ls[i].y1 - ls[i].y0;
    a.fraction = h > 0 ? std::clamp((scroll_y - ls[i].y0) / h, 0.0f, 1.0f) : 0.0f;
    return a;
}

float scroll_for_anchor(const Layout& L, const ReadingAnchor& a) {
    const auto& ls = L.host.lines;
    if (ls.empty()) return 0;
    const HostLine& l = ls[L.line_of_offset(a.offset)];
    return l.y0 + a.fraction * (l.y1 - l.y0);
}

} // namespace gloss_reader
