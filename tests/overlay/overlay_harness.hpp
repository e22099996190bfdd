// A fake reader around the overlay for headless tests: deterministic layout,
// scroll position, clock, mouse, and a host that records what the overlay asks.
#pragma once
#include <imgui.h>
#include <imgui_internal.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "headless.hpp"
#include "overlay.hpp"

namespace gloss_test {

class RecordingHost : public gloss::OverlayHost {
public:
    void scroll_to(std::uint32_t offset) override { scrolls.push_back(offset); }
    void request_redraw() override { ++redraws; }
    void log(int severity, const char* message) override { logs.push_back(std::to_string(severity) + ": " + message); }
    bool present(const gloss::PresentRequest& r) override {
        presents.push_back(r);
        return r.presenting && give_view;
    }
    void scroll_to_step(std::uint32_t offset) override { step_scrolls.push_back(offset); }
    std::vector<gloss::PresentRequest> presents;  // what presenter mode asked for
    std::vector<std::uint32_t>         step_scrolls;
    bool                               give_view = false;
    void open_address(const char* address) override { opened.push_back(address); }
    std::vector<std::string>   opened;
    std::vector<std::uint32_t> scrolls;
    std::vector<std::string>   logs;
    int                        redraws = 0;
};

// A renderer's textures as the host gives them: records what is made and
// freed; with `refuse`, makes nothing (as a renderer out of memory would).
class RecordingTextures : public gloss::RendererTextures {
public:
    struct Made { int width = 0, height = 0; std::vector<std::uint8_t> rgba; bool alive = true; };
    void* create_texture(int width, int height, const std::uint8_t* rgba) override {
        ++calls;
        if (refuse) return nullptr;
        made.push_back(Made{width, height, std::vector<std::uint8_t>(rgba, rgba + static_cast<std::size_t>(width) * height * 4), true});
        return id_of(made.size() - 1);
    }
    void destroy_texture(void* texture) override {
        const std::size_t i = index_of(texture);
        if (i < made.size() && made[i].alive) made[i].alive = false;
        else ++bad_destroys;
    }
    int alive() const {
        int n = 0;
        for (const Made& m : made) n += m.alive ? 1 : 0;
        return n;
    }
    // Texture ids are small made-up numbers, never dereferenced.
    static void*       id_of(std::size_t index) { return reinterpret_cast<void*>(static_cast<std::uintptr_t>(index + 1) << 4); }
    static std::size_t index_of(void* id) { return (reinterpret_cast<std::uintptr_t>(id) >> 4) - 1; }

    std::vector<Made> made;
    int               calls = 0, bad_destroys = 0;
    bool              refuse = false;
};

class OverlayHarness {
public:
    static constexpr float kOriginX = 60, kOriginY = 30;

    OverlayHarness(const std::string& text, gloss::AnnotationSet set, int columns = 70) : overlay(&host) {
        overlay.set_document(text, std::move(set));
        layout = fake_layout(text, columns);
        std::string error;
        if (!overlay.set_layout(layout.lines, layout.caret_x, layout.width, layout.height, &error)) throw std::runtime_error(error);
        overlay.set_fonts(imgui.body(), imgui.bold());
    }

    gloss::OverlayView view() const {
        gloss::OverlayView v;
        v.transform = gloss::ViewTransform{kOriginX, kOriginY - scroll, 1.0f};
        v.visible_y0 = scroll;
        v.visible_y1 = scroll + imgui.height() - kOriginY;
        v.clip = gloss::ScreenRect{kOriginX - 8, 0, clip_right > 0 ? clip_right : kOriginX + layout.width + 40, imgui.height()};
        v.gutter_x0 = 4;
        v.gutter_x1 = kOriginX - 10;
        v.time = time;
        return v;
    }

    // `n` frames of `dt` seconds each.
    void frames(int n, double dt = 1.0 / 60.0) {
        for (int i = 0; i < n; ++i) {
            imgui.frame([&] { overlay.draw(view()); }, static_cast<float>(dt));
            time += dt;
        }
    }

    // Screen centre of the first fragment of byte range [begin, end).
    ImVec2 centre_of(gloss::ByteRange r) const {
        gloss::DocRect rect[1];
        if (overlay.geometry().range_to_rects(r, rect, 1) == 0) return ImVec2(-1, -1);
        const gloss::ScreenRect s = view().transform.to_screen(rect[0]);
        return ImVec2((s.x0 + s.x1) * 0.5f, (s.y0 + s.y1) * 0.5f);
    }
    void hover(gloss::ByteRange r) {
        const ImVec2 c = centre_of(r);
        imgui.mouse(c.x, c.y);
    }
    void click_at(float x, float y) {
        imgui.mouse(x, y);
        imgui.mouse_down(true);
        frames(1);
        imgui.mouse_down(false);
        frames(1);
    }
    bool key(char32_t c) {
        ImGui::SetCurrentContext(imgui.context());
        gloss::OverlayKeyEvent e;
        e.codepoint = c;
        return overlay.handle_key(e);
    }
    bool key_with(gloss::OverlayKey k, char32_t c = 0) {
        ImGui::SetCurrentContext(imgui.context());
        gloss::OverlayKeyEvent e;
        e.key = k;
        e.codepoint = c;
        return overlay.handle_key(e);
    }
    bool key(gloss::OverlayKey k) {
        ImGui::SetCurrentContext(imgui.context());
        gloss::OverlayKeyEvent e;
        e.key = k;
        return overlay.handle_key(e);
    }

    // The window exists, was submitted last frame, and its draw list is in the draw data.
    bool window_shown(const char* name) const {
        ImGui::SetCurrentContext(imgui.context());
        ImGuiWindow* w = ImGui::FindWindowByName(name);
        if (!w || !w->Active || w->Hidden) return false;
        const ImDrawData* dd = ImGui::GetDrawData();
        for (int i = 0; dd && i < dd->CmdListsCount; ++i)
            if (dd->CmdLists[i] == w->DrawList && w->DrawList->VtxBuffer.Size > 0) return true;
        return false;
    }
    ImRect window_rect(const char* name) const {
        ImGui::SetCurrentContext(imgui.context());
        ImGuiWindow* w = ImGui::FindWindowByName(name);
        return w ? w->Rect() : ImRect();
    }
    // The reader's text window's draw list, as last rendered.
    const ImDrawList* page_draw_list() const {
        ImGui::SetCurrentContext(imgui.context());
        ImGuiWindow* w = ImGui::FindWindowByName("article");
        return w ? w->DrawList : nullptr;
    }
    // Vertices of the page's draw commands that sample `texture` (their index ranges).
    int page_indices_with(void* texture) const {
        const ImDrawList* dl = page_draw_list();
        int n = 0;
        for (int i = 0; dl && i < dl->CmdBuffer.Size; ++i)
            if (dl->CmdBuffer[i].TextureId == texture) n += static_cast<int>(dl->CmdBuffer[i].ElemCount);
        return n;
    }
    // Window names are unique per overlay: a base name and the overlay's suffix.
    std::string named(const std::string& base) const { return base + "." + overlay.window_suffix(); }
    std::string card_name(int index) const { return named("##gloss.card." + std::to_string(index)); }
    std::string pin_name(int index) const { return named("##gloss.pin." + std::to_string(index)); }

    HeadlessImGui  imgui;
    RecordingHost  host;
    gloss::Overlay overlay;
    FakeLayout     layout;
    float          scroll = 0;
    float          clip_right = 0;  // the view's right edge; 0: just right of the text column
    double         time = 0;
};

} // namespace gloss_test
