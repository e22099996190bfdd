// Gloss reader — page painting.
#include "page_painter.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

namespace gloss_reader {

std::string format_date(const std::string& iso) {
    static const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return "";
    if (m < 1 || m > 12 || d < 1 || d > 31) return "";
    return std::string(months[m - 1]) + " " + std::to_string(d) + ", " + std::to_string(y);
}

VisibleLines paint_page(ImDrawList* dl, const PagePaint& p) {
    const Layout& L = *p.layout;
    const Theme& th = *p.theme;
    const ViewTransform& tf = p.transform;
    const auto& lines = L.host.lines;
    VisibleLines v;
    v.first = L.first_line_below(p.visible_y0);
    v.last = v.first;
    while (v.last < lines.size() && lines[v.last].y0 < p.visible_y1) ++v.last;
    const std::string& text = p.doc->text;

    // Selection under the text.
    if (p.selection && p.sel_end > p.sel_begin) {
        for (std::size_t i = v.first; i < v.last; ++i) {
            const HostLine& l = lines[i];
            if (l.end <= p.sel_begin || l.begin >= p.sel_end) continue;
            const float x0 = caret_x_at(L, text, i, std::max(p.sel_begin, l.begin));
            float x1 = caret_x_at(L, text, i, std::min(p.sel_end, l.end));
            if (p.sel_end > l.end) x1 += std::round(0.3f * L.body_px); // the selection runs on past the line
            const ScreenRect r = tf.to_screen(DocRect{x0, l.y0, x1, l.y1});
            dl->AddRectFilled(ImVec2(r.x0, r.y0), ImVec2(r.x1, r.y1), th.selection);
        }
    }
    // Rules between the header and the text.
    for (const RuleMark& r : L.rules) {
        if (r.y < p.visible_y0 || r.y > p.visible_y1) continue;
        const float y = tf.origin_y + r.y + 0.5f;
        dl->AddLine(ImVec2(tf.origin_x + r.x0, y), ImVec2(tf.origin_x + r.x1, y), th.rule, 1.0f);
    }
    // Text: one AddText per run between control characters, at its caret x.
    const char* t = text.data();
    for (std::size_t i = v.first; i < v.last; ++i) {
        const HostLine& l = lines[i];
        const LineStyle& st = L.style[i];
        const ImFont* font = p.fonts->font[st.role];
        const float px = p.fonts->px[st.role];
        const float top = tf.origin_y + l.baseline - std::round(font->Ascent * (px / font->FontSize));
        const BlockKind kind = static_cast<BlockKind>(st.kind);
        const ImU32 col = (kind == BlockKind::Title || kind == BlockKind::Heading) ? th.title
                        : (kind == BlockKind::Byline || kind == BlockKind::Caption) ? th.muted
                                                                                    : th.text;
        const Block& block = p.doc->blocks[st.block];
        std::uint32_t run = l.begin;
        std::size_t caret = 0, k = 0;
        auto flush = [&](std::uint32_t run_end) {
            if (run_end > run)
                dl->AddText(font, px, ImVec2(tf.origin_x + L.host.caret_x[l.first_caret + caret], top), col, t + run,
                            t + run_end);
        };
        // Runs break at control characters and where a bullet's words start (its marker's blanks stretch).
        for (std::uint32_t q = l.begin; q < l.end;) {
            const unsigned char c = static_cast<unsigned char>(t[q]);
            if (c < 0x20 || (kind == BlockKind::Bullet && q == block.content_begin && q > l.begin)) {
                flush(q);
                run = q;
                caret = k;
                if (c < 0x20) {
                    ++q;
                    ++k;
                    run = q;
                    caret = k;
                    continue;
                }
            }
            q += c < 0x80 ? 1u : c >= 0xF0 ? 4u : c >= 0xE0 ? 3u : c >= 0xC0 ? 2u : 1u;
            ++k;
        }
        flush(l.end);
        // The publication date after the last byline line, when it fits.
        if (kind == BlockKind::Byline && p.date_label && *p.date_label && l.end == block.end) {
            const std::string label = std::string("  \xC2\xB7  ") + p.date_label;
            const float w = font->CalcTextSizeA(px, FLT_MAX, 0.0f, label.c_str()).x;
            if (l.x1 + w <= L.measure)
                dl->AddText(font, px, ImVec2(tf.origin_x + std::round(l.x1), top), col, label.c_str());
        }
    }
    return v;
}

} // namespace gloss_reader
