// Gloss — the "ready-made geometry" for hosts that draw their text with
// ImGui's own font: lines and caret positions measured exactly as ImGui's
// RenderText lays text out (word wrapping, glyph advances, tabs), so that a
// host gives runs of text instead of a caret per character.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text_geometry.hpp"

struct ImFont;

namespace gloss {

// One run of text drawn by one ImGui text call, from document point (x, y).
struct ImguiTextRun {
    std::uint32_t begin = 0, end = 0;
    float         x = 0, y = 0;
};

struct ImguiTextStyle {
    const ImFont* font = nullptr;
    float         font_size = 0;    // pixels (ImGui::GetFontSize() while drawing)
    float         line_height = 0;  // <= 0: font_size
    bool          wrap = false;     // lines wrap at wrap_x (a run's wrap width is wrap_x - its x)
    float         wrap_x = 0;
};

// Lines (with carets) of `runs` of `text`, appended to *lines and *carets.
// False with a one-line reason when a run lies outside the text, splits a
// code point, or the font is missing or empty.
bool measure_imgui_text(std::string_view text, const ImguiTextStyle& style, const std::vector<ImguiTextRun>& runs,
                        std::vector<TextLine>* lines, std::vector<float>* carets, std::string* error);

} // namespace gloss
