// Gloss — lines and carets of text as ImGui 1.86 draws it (ImFont::RenderText):
// x starts at the run's floored origin, each glyph advances by AdvanceX * scale,
// '\n' starts a new line, and with a wrap width ImFont::CalcWordWrapPositionA
// picks where a line ends, the blanks after that point being skipped.
#include "imgui_text_layout.hpp"

#include <imgui.h>

#include <cmath>

#include "gloss/utf8.hpp"

namespace gloss {

namespace {
bool is_blank(char c) { return c == ' ' || c == '\t'; }
} // namespace

bool measure_imgui_text(std::string_view text, const ImguiTextStyle& style, const std::vector<ImguiTextRun>& runs,
                        std::vector<TextLine>* lines, std::vector<float>* carets, std::string* error) {
    const ImFont* font = style.font;
    if (!font || font->FontSize <= 0.0f || font->Glyphs.empty()) {
        *error = "no font, or a font whose atlas is not built: give the ImFont* the text is drawn with";
        return false;
    }
    const float size = style.font_size > 0.0f ? style.font_size : font->FontSize;
    const float scale = size / font->FontSize;
    const float line_h = style.line_height > 0.0f ? style.line_height : size;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const ImguiTextRun& run = runs[r];
        if (run.begin > run.end || run.end > text.size() || !utf8_is_boundary(text, run.begin) ||
            !utf8_is_boundary(text, run.end)) {
            *error = "run " + std::to_string(r) + " [" + std::to_string(run.begin) + ", " + std::to_string(run.end) +
                     ") is outside the text or splits a UTF-8 sequence";
            return false;
        }
        const char* base = text.data();
        const float x0 = std::floor(run.x);
        float y = std::floor(run.y);
        const float wrap_width = style.wrap_x - run.x;
        std::size_t s = run.begin;
        const std::size_t end = run.end;
        while (true) {  // one line per iteration
            const char* eol = base + end;
            if (style.wrap) {
                eol = font->CalcWordWrapPositionA(scale, base + s, base + end, wrap_width);
                if (eol == base + s && s < end) eol = base + s + 1;  // too narrow for anything: one character, as ImGui
            }
            std::size_t line_end = static_cast<std::size_t>(eol - base);
            for (std::size_t k = s; k < line_end; ++k)
                if (text[k] == '\n') { line_end = k; break; }
            while (line_end < end && line_end > s && (text[line_end] & 0xC0) == 0x80) ++line_end;  // never split a sequence

            TextLine line;
            line.begin = static_cast<std::uint32_t>(s);
            line.end = static_cast<std::uint32_t>(line_end);
            line.first_caret = static_cast<std::uint32_t>(carets->size());
            float x = x0;
            carets->push_back(x);
            for (std::size_t i = s; i < line_end;) {
                const char32_t c = utf8_next(text, &i);
                if (c != '\r' && c < 0x10000) {
                    if (const ImFontGlyph* g = font->FindGlyph(static_cast<ImWchar>(c))) x += g->AdvanceX * scale;
                } else if (c >= 0x10000) {
                    if (const ImFontGlyph* g = font->FindGlyph(static_cast<ImWchar>(IM_UNICODE_CODEPOINT_INVALID)))
                        x += g->AdvanceX * scale;
                }
                carets->push_back(x);
            }
            line.caret_count = static_cast<std::uint32_t>(carets->size()) - line.first_caret;
            line.box = DocRect{x0, y, std::max(x, x0 + 1.0f), y + line_h};
            line.baseline = y + font->Ascent * scale;
            lines->push_back(line);

            // Next line: after a '\n', or after the wrap point and its blanks.
            s = line_end;
            if (s >= end) break;
            if (text[s] == '\n') {
                ++s;
            } else {
                while (s < end && is_blank(text[s])) ++s;
                if (s < end && text[s] == '\n') ++s;
            }
            y += line_h;
            if (s >= end) break;
        }
    }
    return true;
}

} // namespace gloss
