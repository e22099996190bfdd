// Headless Dear ImGui for tests and benchmarks: a context with a built font
// atlas (DejaVu Sans through fontconfig, ImGui's default font if none), no
// renderer, and a deterministic fake reader layout.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "text_geometry.hpp"

struct ImGuiContext;
struct ImFont;

namespace gloss_test {

// A text laid out like a reader would: paragraphs split at '\n', greedy word
// wrap at `columns` code points, every code point `advance` px wide, lines
// `line_height` apart, `paragraph_gap` extra between paragraphs.
struct FakeLayout {
    std::vector<gloss::TextLine> lines;
    std::vector<float>           caret_x;
    float                        width = 0, height = 0;
    float                        advance = 8, line_height = 20;
};
FakeLayout fake_layout(const std::string& text, int columns = 70, float advance = 8.0f, float line_height = 20.0f,
                       float paragraph_gap = 10.0f);

// Path of a DejaVu Sans file found through fontconfig ("" when none).
std::string find_font_file(const char* family);

// The text drawn in the last rendered frame of `ctx`, read back from the draw
// lists: every glyph quad is looked up in the fonts of the context's atlas.
// Glyphs without a quad (spaces) are left out, so "a private note" reads
// "aprivatenote"; draw lists are separated by '\n'.
std::string drawn_text(ImGuiContext* ctx);
// Screen centre of the first glyph of `needle` (written without spaces, as
// drawn_text reads it) in the last rendered frame; (-1, -1) when not drawn.
struct DrawnAt { float x = -1, y = -1; };
DrawnAt drawn_text_position(ImGuiContext* ctx, const std::string& needle);

class HeadlessImGui {
public:
    explicit HeadlessImGui(float width = 1280, float height = 900);
    ~HeadlessImGui();
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;

    // One frame: NewFrame, a full-viewport "article" window (the fake reader's
    // text window), `inside` while it is current, End, Render.
    void frame(const std::function<void()>& inside, float dt = 1.0f / 60.0f);
    void mouse(float x, float y);
    void mouse_down(bool down);
    void wheel(float dy);

    ImGuiContext* context() const { return ctx_; }
    ImFont*       body() const { return body_; }
    ImFont*       bold() const { return bold_; }
    float         width() const { return width_; }
    float         height() const { return height_; }

private:
    ImGuiContext* ctx_ = nullptr;
    ImFont*       body_ = nullptr;
    ImFont*       bold_ = nullptr;
    float         width_, height_;
};

} // namespace gloss_test
