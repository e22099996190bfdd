// Gloss reader — the window and its frame loop.
//
// Index of this file:
// [SECTION] State
// [SECTION] Fonts, layout and the reading position
// [SECTION] Input (keys, wheel, selection, scrollbar)
// [SECTION] Drawing the page
// [SECTION] Screenshots
// [SECTION] Replay scripts
// [SECTION] Presenter mode: zoom, theme, restore, the presenter view window
// [SECTION] Frame loop
#include "reader_app.h"

#include "document.h"
#include "fonts.h"
#include "layout.h"
#include "page_painter.h"
#include "plugin_host.h"
#include "script.h"
#include "theme.h"

#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <GLFW/glfw3.h>
#include <GL/gl.h>
#include <stb_image_write.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

#include <sys/stat.h>

#include <cerrno>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

namespace gloss_reader {

//-----------------------------------------------------------------------------
// [SECTION] State
//-----------------------------------------------------------------------------

namespace {

constexpr float kBodyPx = 18.0f;  // body text size at zoom 1, content scale 1
constexpr float kZoomMin = 0.5f, kZoomMax = 3.0f, kZoomStep = 1.1f;
constexpr float kScrollbarBand = 14.0f;  // the scrollbar's band at the right edge, at content scale 1

// Calls into GLFW, X11 and the OpenGL driver run inside this scope. Under
// LeakSanitizer, Mesa's llvmpipe keeps a few allocations past glfwTerminate,
// made from code without frame pointers, so no suppression can name them; the
// scope tells LSan they are the system's, not ours (nothing of ours runs inside).
struct SystemCallScope {
#if defined(__SANITIZE_ADDRESS__)
    SystemCallScope() { __lsan_disable(); }
    ~SystemCallScope() { __lsan_enable(); }
#else
    SystemCallScope() {}
    ~SystemCallScope() {}
#endif
    SystemCallScope(const SystemCallScope&) = delete;
    SystemCallScope& operator=(const SystemCallScope&) = delete;
};
#define GLOSS_SYSTEM_CALL(...) do { SystemCallScope gloss_scope_; __VA_ARGS__; } while (0)

void log_error(const std::string& msg) { std::fprintf(stderr, "gloss-reader: %s\n", msg.c_str()); }

struct KeyEvent { int key, mods; };

class Reader {
public:
    Reader(const ReaderOptions& o, const char* argv0) : opt_(o), argv0_(argv0) {}
    int run();

    // GLFW callbacks (through the window user pointer).
    void on_key(int key, int action, int mods) {
        if (action == GLFW_PRESS || action == GLFW_REPEAT) keys_.push_back({key, mods});
        wake();
    }
    // After any input, keep drawing for about 0.7 s (hover delays, tooltips), then idle.
    void wake() { busy_frames_ = 40; }
    void on_content_scale() { scale_dirty_ = true; wake(); }

private:
    // [SECTION] Fonts, layout and the reading position
    bool rebuild_fonts(std::string* error);
    void relayout();
    float body_px() const { return kBodyPx * content_scale_ * zoom_; }
    float gutter_width() const { return std::round(2.4f * layout_.body_px); }
    float top_pad() const { return std::round(3.2f * layout_.body_px); }
    float max_scroll() const {
        return std::max(0.0f, top_pad() + layout_.host.content_height + 4 * layout_.body_line - view_h_);
    }
    // Centred, nudged right a little to balance the gutter on the left (never into the right margin).
    // Presenting: at the left, after the gutter, so the step's card has the right of the window.
    float column_x() const {
        if (presenting_) return std::floor(gutter_width() + 0.8f * layout_.body_px);
        const float free = std::max(0.0f, (view_w_ - layout_.measure) * 0.5f);
        return std::floor(free + std::min(gutter_width() * 0.35f, std::max(0.0f, free - 0.6f * layout_.body_px)));
    }
    ViewTransform transform() const { return {column_x(), std::round(top_pad() - scroll_)}; }
    void scroll_to_offset(std::uint32_t offset, bool instant, bool only_if_hidden);
    void set_scroll(float target, bool instant);
    void set_zoom(float z);
    void apply_theme(int index);

    // [SECTION] Input
    void handle_key(const KeyEvent& k);
    void handle_mouse(const ViewTransform& tf);

    // [SECTION] Drawing
    void draw_page();
    void draw_scrollbar(ImDrawList* dl);

    // [SECTION] Screenshots
    bool capture(GLFWwindow* window, const std::string& path);
    std::string next_slide_path() const;

    // [SECTION] Presenter mode
    bool on_present(const PresentRequest& r);
    float presenter_zoom() const;
    void open_view();
    void close_view();
    void draw_view_frame();

    // [SECTION] Replay scripts
    bool script_step(std::string* error);
    bool text_visible(const std::string& needle) const;

    bool init(std::string* error, int* code);
    bool plan_slides(std::string* error);
    void shutdown();
    void load_notes();
    bool frame();

    ReaderOptions opt_;
    const char* argv0_;
    bool headless_ = false;           // screenshot or script: hidden window, instant scrolling
    GLFWwindow* win_ = nullptr;
    bool imgui_ready_ = false;

    Document doc_;
    std::string date_label_; // the publication date as the byline shows it
    FontFiles font_files_;
    GlyphSet glyphs_;
    FontSet fonts_;
    Layout layout_;
    PluginHost plugin_;

    float content_scale_ = 1, zoom_ = 1;
    int theme_ = 0;
    float view_w_ = 0, view_h_ = 0;
    float layout_max_width_ = -1;
    float scroll_ = 0, scroll_target_ = 0;
    bool fonts_dirty_ = false, scale_dirty_ = false;
    int busy_frames_ = 40;
    long frame_count_ = 0;            // frames drawn (virtual clock of scripted runs)

    std::vector<KeyEvent> keys_;
    bool selecting_ = false, have_selection_ = false;
    std::uint32_t sel_anchor_ = 0, sel_caret_ = 0;
    std::uint32_t sent_sel_begin_ = 0, sent_sel_end_ = 0; // last selection given to the plugin
    bool dragging_scrollbar_ = false;
    float drag_grab_ = 0;

    // Replay state.
    std::vector<ScriptAction> script_;
    std::size_t script_next_ = 0;
    int script_wait_ = 0;
    bool sim_mouse_ = false, sim_down_ = false;
    int sim_release_in_ = 0;
    float sim_x_ = -FLT_MAX, sim_y_ = -FLT_MAX;
    int sim_key_ = -1;
    std::string capture_path_;
    bool capture_failed_ = false;
    int size_wait_ = 0;
    float size_w_ = 0, size_h_ = 0;
    bool sim_right_ = false;

    // Presenter mode: what presenting changed, to put back exactly on leaving.
    struct SavedView { float scroll = 0, zoom = 1; int theme = 0; bool valid = false; };
    bool presenting_ = false;
    float present_chars_ = 50, present_fraction_ = 0.5f;
    float present_view_w_ = 0;        // window width the presentation zoom was computed for
    SavedView saved_;                 // before presenting
    SavedView remembered_;            // script: remember-view
    bool restore_pending_ = false;    // scroll back once the restored zoom is laid out
    bool want_view_ = false;          // a presenter view should be open
    bool view_failed_ = false;        // the view window could not be made: one window
    GLFWwindow* view_win_ = nullptr;
    ImGuiContext* main_ctx_ = nullptr;
    ImGuiContext* view_ctx_ = nullptr;
    FontSet view_fonts_;
    float view_wheel_ = 0;
    std::string view_capture_path_;
    bool save_slide_ = false;         // F12: save the window as the next slide
};

Reader* reader_of(GLFWwindow* w) { return static_cast<Reader*>(glfwGetWindowUserPointer(w)); }

//-----------------------------------------------------------------------------
// [SECTION] Fonts, layout and the reading position
//-----------------------------------------------------------------------------

bool Reader::rebuild_fonts(std::string* error) {
    const ReadingAnchor anchor = layout_.host.lines.empty() ? ReadingAnchor{} : anchor_at(layout_, scroll_);
    ImGuiIO& io = ImGui::GetIO();
    if (imgui_ready_) GLOSS_SYSTEM_CALL(ImGui_ImplOpenGL3_DestroyFontsTexture());
    FontSet next;
    if (!build_font_atlas(io.Fonts, font_files_, glyphs_, body_px(), &next, error)) return false;
    fonts_ = std::move(next);
    io.FontDefault = fonts_.font[FontUi];
    if (plugin_.loaded()) plugin_.set_fonts(fonts_.font[FontUi], fonts_.font[FontUiBold]);
    if (imgui_ready_) GLOSS_SYSTEM_CALL(ImGui_ImplOpenGL3_CreateFontsTexture());
    apply_theme(theme_); // style sizes follow the content scale
    layout_max_width_ = -1;
    relayout();
    scroll_ = scroll_target_ = std::clamp(scroll_for_anchor(layout_, anchor), 0.0f, max_scroll());
    return true;
}

void Reader::relayout() {
    // Side margins: room for the plugin's gutter, but never more than a sixth of a narrow window.
    const float side = std::max(0.6f * fonts_.body_px,
                                std::min(gutter_width() + 0.8f * fonts_.body_px, std::round(view_w_ * 0.12f)));
    float max_w = std::max(1.0f, view_w_ - 2 * side);
    LayoutParams prm;
    if (presenting_) {  // the text in the left part of the window, about present_chars_ a line
        max_w = std::max(1.0f, std::min(max_w, std::round(view_w_ * present_fraction_)));
        prm.measure_chars = present_chars_;
    }
    if (max_w == layout_max_width_ && !layout_.host.lines.empty()) return;
    const bool had = !layout_.host.lines.empty();
    const ReadingAnchor anchor = had ? anchor_at(layout_, scroll_) : ReadingAnchor{};
    const ReadingAnchor target_anchor = had ? anchor_at(layout_, scroll_target_) : ReadingAnchor{};
    prm.max_width = max_w;
    const float old_measure = layout_.measure;
    layout_max_width_ = max_w;
    Layout next = layout_document(doc_, fonts_, prm);
    if (had && next.measure == old_measure && next.body_px == layout_.body_px) return; // nothing moved
    layout_ = std::move(next);
    if (plugin_.loaded()) plugin_.set_layout(layout_.host);
    if (had) {
        scroll_ = std::clamp(scroll_for_anchor(layout_, anchor), 0.0f, max_scroll());
        scroll_target_ = std::clamp(scroll_for_anchor(layout_, target_anchor), 0.0f, max_scroll());
    }
}

void Reader::set_scroll(float target, bool instant) {
    scroll_target_ = std::clamp(target, 0.0f, max_scroll());
    if (instant || headless_) scroll_ = scroll_target_;
}

void Reader::scroll_to_offset(std::uint32_t offset, bool instant, bool only_if_hidden) {
    if (layout_.host.lines.empty()) return;
    const HostLine& l = layout_.host.lines[layout_.line_of_offset(offset)];
    const float vis0 = scroll_target_ - top_pad(), vis1 = vis0 + view_h_;
    if (only_if_hidden && l.y0 >= vis0 + layout_.body_line && l.y1 <= vis1 - layout_.body_line) return;
    set_scroll(l.y0 + top_pad() - std::round(view_h_ * 0.3f), instant);
}

void Reader::set_zoom(float z) {
    z = std::clamp(z, kZoomMin, kZoomMax);
    if (std::fabs(z - zoom_) < 1e-4f) return;
    zoom_ = z;
    fonts_dirty_ = true;
}

void Reader::apply_theme(int index) {
    theme_ = ((index % theme_count()) + theme_count()) % theme_count();
    const Theme& t = theme_at(theme_);
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    if (t.dark) ImGui::StyleColorsDark(&style);
    else ImGui::StyleColorsLight(&style);
    style.WindowRounding = 6;
    style.FrameRounding = 4;
    style.PopupRounding = 6;
    style.ScaleAllSizes(content_scale_);
}

//-----------------------------------------------------------------------------
// [SECTION] Input (keys, wheel, selection, scrollbar)
//-----------------------------------------------------------------------------

void Reader::handle_key(const KeyEvent& k) {
    if (plugin_.loaded() && plugin_.handle_key(k.key, k.mods)) return;
    if (ImGui::GetIO().WantTextInput) return; // a plugin text field has the keyboard
    const bool ctrl = (k.mods & GLFW_MOD_CONTROL) != 0, shift = (k.mods & GLFW_MOD_SHIFT) != 0;
    const float page = std::max(layout_.body_line, view_h_ - 2.5f * layout_.body_line);
    switch (k.key) {
    case GLFW_KEY_PAGE_DOWN: set_scroll(scroll_target_ + page, false); break;
    case GLFW_KEY_PAGE_UP: set_scroll(scroll_target_ - page, false); break;
    case GLFW_KEY_SPACE: set_scroll(scroll_target_ + (shift ? -page : page), false); break;
    case GLFW_KEY_DOWN: set_scroll(scroll_target_ + 2 * layout_.body_line, false); break;
    case GLFW_KEY_UP: set_scroll(scroll_target_ - 2 * layout_.body_line, false); break;
    case GLFW_KEY_HOME: set_scroll(0, false); break;
    case GLFW_KEY_END: set_scroll(max_scroll(), false); break;
    case GLFW_KEY_EQUAL: case GLFW_KEY_KP_ADD:
        if (ctrl || k.key == GLFW_KEY_KP_ADD) set_zoom(zoom_ * kZoomStep);
        break;
    case GLFW_KEY_MINUS: case GLFW_KEY_KP_SUBTRACT:
        if (ctrl || k.key == GLFW_KEY_KP_SUBTRACT) set_zoom(zoom_ / kZoomStep);
        break;
    case GLFW_KEY_0: case GLFW_KEY_KP_0:
        if (ctrl) set_zoom(1.0f);
        break;
    case GLFW_KEY_T:
        if (!ctrl) apply_theme((theme_ + 1) % reading_theme_count());
        break;
    case GLFW_KEY_F12: save_slide_ = true; break;
    case GLFW_KEY_C:
        if (ctrl && have_selection_ && sel_anchor_ != sel_caret_) {
            const std::uint32_t b = std::min(sel_anchor_, sel_caret_), e = std::max(sel_anchor_, sel_caret_);
            glfwSetClipboardString(win_, doc_.text.substr(b, e - b).c_str());
        }
        break;
    case GLFW_KEY_A:
        if (ctrl) { have_selection_ = true; sel_anchor_ = 0; sel_caret_ = static_cast<std::uint32_t>(doc_.text.size()); }
        break;
    case GLFW_KEY_ESCAPE: have_selection_ = false; break;
    case GLFW_KEY_Q: case GLFW_KEY_W:
        if (ctrl) glfwSetWindowShouldClose(win_, GLFW_TRUE);
        break;
    default: break;
    }
}

void Reader::handle_mouse(const ViewTransform& tf) {
    ImGuiIO& io = ImGui::GetIO();
    const bool hovered = ImGui::IsWindowHovered() && !(plugin_.loaded() && plugin_.wants_mouse());
    if (hovered && io.MouseWheel != 0.0f) {
        if (io.KeyCtrl) set_zoom(zoom_ * (io.MouseWheel > 0 ? kZoomStep : 1.0f / kZoomStep));
        else set_scroll(scroll_target_ - io.MouseWheel * 3.0f * layout_.body_line, false);
    }
    // Scrollbar: a band at the right edge.
    const float bar_band = kScrollbarBand * content_scale_;
    if (hovered && ImGui::IsMouseClicked(0) && io.MousePos.x >= view_w_ - bar_band && max_scroll() > 0) {
        dragging_scrollbar_ = true;
        const float track = view_h_, thumb = std::max(view_h_ * view_h_ / (view_h_ + max_scroll()), 32.0f * content_scale_);
        const float thumb_y = scroll_ / max_scroll() * (track - thumb);
        drag_grab_ = (io.MousePos.y >= thumb_y && io.MousePos.y <= thumb_y + thumb) ? io.MousePos.y - thumb_y : thumb * 0.5f;
    }
    if (dragging_scrollbar_) {
        if (!io.MouseDown[0]) dragging_scrollbar_ = false;
        else {
            const float thumb = std::max(view_h_ * view_h_ / (view_h_ + max_scroll()), 32.0f * content_scale_);
            const float t = (io.MousePos.y - drag_grab_) / std::max(1.0f, view_h_ - thumb);
            set_scroll(t * max_scroll(), true);
        }
        return;
    }
    // Text selection by dragging.
    const DocPoint p = tf.to_doc({io.MousePos.x, io.MousePos.y});
    if (hovered && ImGui::IsMouseClicked(0)) {
        selecting_ = true;
        have_selection_ = false;
        sel_anchor_ = sel_caret_ = caret_at(layout_, doc_.text, p);
    }
    if (selecting_) {
        if (io.MouseDown[0]) {
            sel_caret_ = caret_at(layout_, doc_.text, p);
            have_selection_ = sel_caret_ != sel_anchor_;
            // Drag past the edges scrolls.
            if (io.MousePos.y < 0) set_scroll(scroll_target_ - layout_.body_line * 0.5f, true);
            if (io.MousePos.y > view_h_) set_scroll(scroll_target_ + layout_.body_line * 0.5f, true);
        } else {
            selecting_ = false;
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing the page
//-----------------------------------------------------------------------------

void Reader::draw_scrollbar(ImDrawList* dl) {
    const float ms = max_scroll();
    if (ms <= 0) return;
    const Theme& t = theme_at(theme_);
    const ImVec2 m = ImGui::GetIO().MousePos;
    const bool near = m.x >= view_w_ - kScrollbarBand * content_scale_ && m.x <= view_w_ && m.y >= 0 && m.y <= view_h_;
    const float w = (near || dragging_scrollbar_ ? 8.0f : 5.0f) * content_scale_;
    const float inset = 3.0f * content_scale_;
    const float track = view_h_ - 2 * inset;
    const float thumb = std::max(track * view_h_ / (view_h_ + ms), 32.0f * content_scale_);
    const float y = inset + scroll_ / ms * (track - thumb);
    dl->AddRectFilled(ImVec2(view_w_ - inset - w, y), ImVec2(view_w_ - inset, y + thumb),
                      near || dragging_scrollbar_ ? t.scrollbar_active : t.scrollbar, w * 0.5f);
}

void Reader::draw_page() {
    const Theme& th = theme_at(theme_);
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoFocusOnAppearing;
    ImGui::Begin("##gloss-article", nullptr, flags);
    ImGui::PopStyleVar(3);

    const ViewTransform tf = transform();
    handle_mouse(tf);
    const ViewTransform tfd = transform(); // the input may have scrolled
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float vis0 = -tfd.origin_y, vis1 = vis0 + view_h_;
    PagePaint pp;
    pp.doc = &doc_;
    pp.layout = &layout_;
    pp.fonts = &fonts_;
    pp.theme = &th;
    pp.transform = tfd;
    pp.visible_y0 = vis0;
    pp.visible_y1 = vis1;
    pp.selection = have_selection_;
    pp.sel_begin = std::min(sel_anchor_, sel_caret_);
    pp.sel_end = std::max(sel_anchor_, sel_caret_);
    pp.date_label = date_label_.c_str();
    const VisibleLines vl = paint_page(dl, pp);
    const std::size_t first = vl.first, last = vl.last;
    const auto& lines = layout_.host.lines;
    draw_scrollbar(dl);

    // The plugin draws while the article window is current.
    if (plugin_.loaded()) {
        const std::uint32_t sb = have_selection_ ? pp.sel_begin : 0, se = have_selection_ ? pp.sel_end : 0;
        if (sb != sent_sel_begin_ || se != sent_sel_end_) {
            plugin_.set_selection(sb, se);
            sent_sel_begin_ = sb;
            sent_sel_end_ = se;
        }
        ReaderView v;
        v.origin_x = tfd.origin_x;
        v.origin_y = tfd.origin_y;
        v.visible_y0 = vis0;
        v.visible_y1 = vis1;
        v.visible_begin = first < lines.size() ? lines[first].begin : static_cast<std::uint32_t>(doc_.text.size());
        v.visible_end = last > first ? lines[last - 1].end : v.visible_begin;
        v.clip_x0 = 0;
        v.clip_y0 = 0;
        v.clip_x1 = view_w_ - kScrollbarBand * content_scale_;  // the overlay (its density strip) stays off the scrollbar
        v.clip_y1 = view_h_;
        v.gutter_x1 = tfd.origin_x - std::round(0.6f * layout_.body_px);
        v.gutter_x0 = v.gutter_x1 - gutter_width();
        v.dpi_scale = content_scale_;
        v.dark = th.dark;
        v.scale = 1.0f;
        v.time = headless_ ? frame_count_ / 60.0 : glfwGetTime();
        plugin_.draw(v);
    }
    ImGui::End();
}

//-----------------------------------------------------------------------------
// [SECTION] Screenshots
//-----------------------------------------------------------------------------

// Read the back buffer (before the swap), flip it and write a PNG.
bool Reader::capture(GLFWwindow* window, const std::string& path) {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    if (w <= 0 || h <= 0) return false;
    std::vector<unsigned char> px(static_cast<std::size_t>(w) * h * 4), flipped(px.size());
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    GLOSS_SYSTEM_CALL(glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, px.data()));
    const std::size_t row = static_cast<std::size_t>(w) * 4;
    for (int y = 0; y < h; ++y)
        std::copy_n(px.data() + static_cast<std::size_t>(h - 1 - y) * row, row, flipped.data() + static_cast<std::size_t>(y) * row);
    for (std::size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255; // opaque
    return stbi_write_png(path.c_str(), w, h, 4, flipped.data(), static_cast<int>(row)) != 0;
}

// DIR/gloss-slide-NNN.png (the --slides folder, else the current one), the first not yet taken.
std::string Reader::next_slide_path() const {
    const std::string dir = opt_.slides.empty() ? std::string(".") : opt_.slides;
    for (int n = 1;; ++n) {
        char name[64];
        std::snprintf(name, sizeof name, "/gloss-slide-%03d.png", n);
        struct stat st;
        if (::stat((dir + name).c_str(), &st) != 0 || n >= 9999) return dir + name;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Replay scripts
//-----------------------------------------------------------------------------

bool Reader::text_visible(const std::string& needle) const {
    const float vis0 = scroll_ - top_pad(), vis1 = vis0 + view_h_;
    for (int n = 1;; ++n) {
        const std::size_t at = find_occurrence(doc_.text, needle, n);
        if (at == std::string::npos) return false;
        const auto rects = rects_of_range(layout_, doc_.text, static_cast<std::uint32_t>(at),
                                          static_cast<std::uint32_t>(at + needle.size()));
        bool inside = !rects.empty();
        for (const DocRect& r : rects) inside = inside && r.y0 >= vis0 && r.y1 <= vis1;
        if (inside) return true;
    }
}

// Run script actions until one needs frames. False with a message on failure.
bool Reader::script_step(std::string* error) {
    if (sim_release_in_ > 0 && --sim_release_in_ == 0) sim_down_ = false;
    if (size_wait_ > 0) {
        int w = 0, h = 0;
        glfwGetWindowSize(win_, &w, &h);
        if ((std::fabs(w - size_w_) < 1 && std::fabs(h - size_h_) < 1) || --size_wait_ == 0) size_wait_ = 0;
        else return true;
    }
    if (script_wait_ > 0) { --script_wait_; return true; }
    const std::string where = opt_.script;
    while (script_next_ < script_.size()) {
        const ScriptAction& a = script_[script_next_++];
        auto fail = [&](const std::string& msg) {
            *error = where + ":" + std::to_string(a.line) + ": " + msg;
            return false;
        };
        switch (a.kind) {
        case ActionKind::Size:
            glfwSetWindowSize(win_, static_cast<int>(a.a), static_cast<int>(a.b));
            size_w_ = a.a; size_h_ = a.b; size_wait_ = 30;
            return true;
        case ActionKind::ScrollToText:
        case ActionKind::HoverText: {
            const std::size_t at = find_occurrence(doc_.text, a.text, a.n);
            if (at == std::string::npos)
                return fail("text not found: \"" + a.text + "\"" + (a.n > 1 ? " (occurrence " + std::to_string(a.n) + ")" : ""));
            scroll_to_offset(static_cast<std::uint32_t>(at), true, a.kind == ActionKind::HoverText);
            if (a.kind == ActionKind::HoverText) {
                const auto rects = rects_of_range(layout_, doc_.text, static_cast<std::uint32_t>(at),
                                                  static_cast<std::uint32_t>(at + a.text.size()));
                if (rects.empty()) return fail("text has no place on the page: \"" + a.text + "\"");
                const ScreenRect r = transform().to_screen(rects.front());
                sim_mouse_ = true;
                sim_x_ = (r.x0 + r.x1) * 0.5f;
                sim_y_ = (r.y0 + r.y1) * 0.5f;
                return true;
            }
            break;
        }
        case ActionKind::Scroll: set_scroll(scroll_target_ + a.a, true); break;
        case ActionKind::Move:
            sim_mouse_ = true;
            sim_x_ = a.a;
            sim_y_ = a.b;
            return true;
        case ActionKind::Click:
            sim_mouse_ = true;
            sim_down_ = true;
            sim_release_in_ = 2;
            return true;
        case ActionKind::Key:
            keys_.push_back({a.key, a.mods});
            sim_key_ = a.key;
            return true;
        case ActionKind::Wait:
            if (a.n > 0) { script_wait_ = a.n - 1; return true; }
            break;
        case ActionKind::Zoom: set_zoom(a.a); return true;
        case ActionKind::Theme: apply_theme(find_theme(a.text)); break;
        case ActionKind::Screenshot: capture_path_ = a.text; return true;
        case ActionKind::ExpectVisible:
            if (find_occurrence(doc_.text, a.text, 1) == std::string::npos) return fail("text not found: \"" + a.text + "\"");
            if (!text_visible(a.text)) return fail("text is not visible: \"" + a.text + "\"");
            break;
        case ActionKind::Present:
            if (!plugin_.has_presenter()) return fail("presenter mode needs the plugin");
            if (!plugin_.present(a.n == 1)) return fail("the plugin refused presenter mode");
            return true;
        case ActionKind::Path:
            if (!plugin_.presenter_set_path(a.text)) return fail("the plugin refused the path '" + a.text + "'");
            return true;
        case ActionKind::Step:
            if (!plugin_.presenter_state().presenting) return fail("step: not presenting (present on first)");
            if (a.n == 0) plugin_.presenter_step(+1);        // at an end: the projector says so
            else if (a.n == -1) plugin_.presenter_step(-1);
            else if (!plugin_.presenter_go_to(a.n - 1)) {
                return fail("no step " + std::to_string(a.n) + " (the path has " + std::to_string(plugin_.presenter_state().step_count) + ")");
            }
            return true;
        case ActionKind::RevealAll:
            if (!plugin_.presenter_state().presenting) return fail("reveal-all: not presenting (present on first)");
            for (PresenterState st = plugin_.presenter_state(); st.stage + 1 < st.stages; st = plugin_.presenter_state())
                if (!plugin_.presenter_step(+1)) break;
            return true;
        case ActionKind::ExpectStep: {
            const PresenterState st = plugin_.presenter_state();
            if (!st.presenting) return fail("expected step " + std::to_string(a.n) + ", but not presenting");
            if (st.step + 1 != a.n || (a.a > 0 && st.step_count != static_cast<int>(a.a)))
                return fail("expected step " + std::to_string(a.n) + (a.a > 0 ? " of " + std::to_string(static_cast<int>(a.a)) : std::string()) +
                            ", on step " + std::to_string(st.step + 1) + " of " + std::to_string(st.step_count));
            break;
        }
        case ActionKind::ExpectPresenting:
            if (plugin_.presenter_state().presenting != (a.n == 1))
                return fail(a.n == 1 ? "expected presenter mode, but it is off" : "expected presenter mode off, but it is on");
            break;
        case ActionKind::RememberView: remembered_ = SavedView{scroll_target_, zoom_, theme_, true}; break;
        case ActionKind::ExpectViewRestored:
            if (!remembered_.valid) return fail("expect-view-restored without remember-view");
            if (std::fabs(scroll_ - remembered_.scroll) > 1.0f || std::fabs(zoom_ - remembered_.zoom) > 1e-4f || theme_ != remembered_.theme)
                return fail("view not restored: scroll " + std::to_string(scroll_) + " (was " + std::to_string(remembered_.scroll) +
                            "), zoom " + std::to_string(zoom_) + " (was " + std::to_string(remembered_.zoom) + "), theme " +
                            theme_at(theme_).name + " (was " + theme_at(remembered_.theme).name + ")");
            break;
        case ActionKind::ExpectZoom:
            if (std::fabs(zoom_ - a.a) > 0.01f * a.a) return fail("zoom is " + std::to_string(zoom_) + ", expected " + std::to_string(a.a));
            break;
        case ActionKind::ExpectTheme:
            if (theme_ != find_theme(a.text)) return fail(std::string("theme is ") + theme_at(theme_).name + ", expected " + a.text);
            break;
        case ActionKind::RightButton: sim_mouse_ = true; sim_right_ = a.n == 1; return true;
        case ActionKind::LeftButton: sim_mouse_ = true; sim_down_ = a.n == 1; sim_release_in_ = 0; return true;
        case ActionKind::ScreenshotView:
            if (!view_win_) return fail("no presenter view is open (present on, then wait a frame)");
            view_capture_path_ = a.text;
            return true;
        }
    }
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Presenter mode: zoom, theme, restore, the presenter view window
//-----------------------------------------------------------------------------

// The zoom at which a line of about present_chars_ characters fills
// present_fraction_ of the window.
float Reader::presenter_zoom() const {
    const float avg1 = average_char_width(fonts_.font[FontBody], kBodyPx * content_scale_);
    if (avg1 <= 0) return zoom_;
    return std::clamp(view_w_ * present_fraction_ / (present_chars_ * avg1), kZoomMin, kZoomMax);
}

// The plugin's request (gloss.presenter-host/1): entering remembers scroll,
// zoom and theme and switches to the presentation's; leaving puts them back.
bool Reader::on_present(const PresentRequest& r) {
    if (r.presenting) {
        if (!presenting_) saved_ = SavedView{scroll_target_, zoom_, theme_, true};
        presenting_ = true;
        present_chars_ = std::clamp(r.chars_per_line, 20.0f, 120.0f);
        present_fraction_ = std::clamp(r.text_fraction, 0.3f, 1.0f);
        apply_theme(find_theme(r.dark ? "present-dark" : "present-light"));
        set_zoom(presenter_zoom());
        present_view_w_ = view_w_;
        layout_max_width_ = -1;
        want_view_ = r.want_view && !opt_.no_view && !view_failed_;
        return want_view_;
    }
    if (!presenting_) return false;
    presenting_ = false;
    want_view_ = false;
    if (saved_.valid) {
        apply_theme(saved_.theme);
        set_zoom(saved_.zoom);
        restore_pending_ = true;
    }
    layout_max_width_ = -1;
    return false;
}

// A second window with its own ImGui context for the teacher's screen. Its
// events are not routed through ImGui's GLFW callbacks (they write to the
// current context): ImGui 1.86's backend polls its mouse; keys come to the
// reader as the main window's do; the wheel is handed over per frame.
void Reader::open_view() {
    glfwWindowHint(GLFW_VISIBLE, headless_ ? GLFW_FALSE : GLFW_TRUE);
    GLOSS_SYSTEM_CALL(view_win_ = glfwCreateWindow(900, 700, "Gloss \xE2\x80\x94 presenter view", nullptr, win_));
    if (!view_win_) {
        log_error("cannot open the presenter view; presenting in one window");
        view_failed_ = true;
        want_view_ = false;
        return;
    }
    if (headless_) glfwSetWindowSize(view_win_, 900, 700);
    glfwSetWindowUserPointer(view_win_, this);
    glfwSetKeyCallback(view_win_, [](GLFWwindow* wn, int key, int, int action, int mods) { reader_of(wn)->on_key(key, action, mods); });
    glfwSetScrollCallback(view_win_, [](GLFWwindow* wn, double, double dy) {
        reader_of(wn)->view_wheel_ += static_cast<float>(dy);
        reader_of(wn)->wake();
    });
    glfwSetCursorPosCallback(view_win_, [](GLFWwindow* wn, double, double) { reader_of(wn)->wake(); });
    glfwSetMouseButtonCallback(view_win_, [](GLFWwindow* wn, int, int, int) { reader_of(wn)->wake(); });
    main_ctx_ = ImGui::GetCurrentContext();
    view_ctx_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(view_ctx_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    std::string error;
    if (!build_font_atlas(io.Fonts, font_files_, glyphs_, kBodyPx * content_scale_, &view_fonts_, &error)) log_error(error);
    io.FontDefault = view_fonts_.font[FontUi];
    const bool dark = theme_at(saved_.valid ? saved_.theme : theme_).dark;
    if (dark) ImGui::StyleColorsDark();
    else ImGui::StyleColorsLight();
    ImGui::GetStyle().ScaleAllSizes(content_scale_);
    GLOSS_SYSTEM_CALL(glfwMakeContextCurrent(view_win_));
    glfwSwapInterval(0);
    GLOSS_SYSTEM_CALL(ImGui_ImplGlfw_InitForOpenGL(view_win_, false); ImGui_ImplOpenGL3_Init("#version 330 core"));
    if (!plugin_.attach_view(view_fonts_.font[FontUi], view_fonts_.font[FontUiBold])) log_error("the plugin refused the presenter view");
    ImGui::SetCurrentContext(main_ctx_);
    GLOSS_SYSTEM_CALL(glfwMakeContextCurrent(win_));
}

void Reader::close_view() {
    if (!view_win_) return;
    plugin_.detach_view();
    ImGui::SetCurrentContext(view_ctx_);
    GLOSS_SYSTEM_CALL(glfwMakeContextCurrent(view_win_));
    GLOSS_SYSTEM_CALL(ImGui_ImplOpenGL3_Shutdown());
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext(view_ctx_);
    view_ctx_ = nullptr;
    view_fonts_ = FontSet{};
    ImGui::SetCurrentContext(main_ctx_);
    GLOSS_SYSTEM_CALL(glfwMakeContextCurrent(win_); glfwDestroyWindow(view_win_));
    view_win_ = nullptr;
}

// One frame of the presenter view, after the main window's.
void Reader::draw_view_frame() {
    if (glfwWindowShouldClose(view_win_)) {  // the teacher closed it: present in one window
        close_view();
        want_view_ = false;
        view_failed_ = true;
        return;
    }
    ImGui::SetCurrentContext(view_ctx_);
    GLOSS_SYSTEM_CALL(glfwMakeContextCurrent(view_win_));
    GLOSS_SYSTEM_CALL(ImGui_ImplOpenGL3_NewFrame());
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    if (headless_) {
        io.DeltaTime = 1.0f / 60.0f;
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    }
    io.MouseWheel += view_wheel_;
    view_wheel_ = 0;
    ImGui::NewFrame();
    plugin_.draw_view();
    ImGui::Render();
    int fw = 0, fh = 0;
    glfwGetFramebufferSize(view_win_, &fw, &fh);
    glViewport(0, 0, fw, fh);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    GLOSS_SYSTEM_CALL(ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData()));
    if (!view_capture_path_.empty()) {
        if (!capture(view_win_, view_capture_path_)) {
            log_error("cannot write screenshot '" + view_capture_path_ + "'");
            capture_failed_ = true;
        }
        view_capture_path_.clear();
    }
    GLOSS_SYSTEM_CALL(glfwSwapBuffers(view_win_));
    ImGui::SetCurrentContext(main_ctx_);
    GLOSS_SYSTEM_CALL(glfwMakeContextCurrent(win_));
}

//-----------------------------------------------------------------------------
// [SECTION] Frame loop
//-----------------------------------------------------------------------------

bool Reader::init(std::string* error, int* code) {
    *code = 2;
    LoadOptions lo;
    lo.replace_invalid = opt_.replace_invalid;
    if (!load_document(opt_.file, lo, &doc_, error)) return false;
    for (const std::string& w : doc_.warnings) log_error("warning: " + w);
    date_label_ = format_date(doc_.meta.date);
    if (!opt_.script.empty()) {
        std::ifstream in(opt_.script, std::ios::binary);
        if (!in) { *error = "cannot read script '" + opt_.script + "'"; return false; }
        std::stringstream ss;
        ss << in.rdbuf();
        if (!parse_script(ss.str(), opt_.script, &script_, error)) return false;
    }
    theme_ = find_theme(opt_.theme);
    if (theme_ < 0) { *error = "unknown theme '" + opt_.theme + "' (light, dark, high-contrast)"; return false; }
    zoom_ = std::clamp(opt_.zoom, kZoomMin, kZoomMax);

    *code = 1;
    if (!find_reading_fonts(&font_files_, error)) return false;
    glyphs_.add_text(doc_.text);

    glfwSetErrorCallback([](int, const char* msg) { log_error(std::string("GLFW: ") + msg); });
    bool glfw_ok = false;
    GLOSS_SYSTEM_CALL(glfw_ok = glfwInit());
    if (!glfw_ok) { *error = "cannot initialise GLFW (is DISPLAY set? run under xvfb-run for screenshots)"; return false; }
    headless_ = !opt_.screenshot.empty() || !opt_.script.empty() || !opt_.slides.empty();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_VISIBLE, headless_ ? GLFW_FALSE : GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    const int w = opt_.width > 0 ? opt_.width : (headless_ ? 1000 : 980);
    const int h = opt_.height > 0 ? opt_.height : (headless_ ? 1200 : 900);
    const std::string title = doc_.meta.title + " \xE2\x80\x94 Gloss";
    GLOSS_SYSTEM_CALL(win_ = glfwCreateWindow(w, h, title.c_str(), nullptr, nullptr));
    if (!win_) { *error = "cannot create an OpenGL 3.3 window"; return false; }
    if (headless_) glfwSetWindowSize(win_, w, h); // exact size, whatever the monitor scale
    glfwSetWindowUserPointer(win_, this);
    GLOSS_SYSTEM_CALL(glfwMakeContextCurrent(win_));
    glfwSwapInterval(headless_ ? 0 : 1);
    // Our callbacks first; ImGui's backend chains to them.
    glfwSetKeyCallback(win_, [](GLFWwindow* wn, int key, int, int action, int mods) { reader_of(wn)->on_key(key, action, mods); });
    glfwSetCursorPosCallback(win_, [](GLFWwindow* wn, double, double) { reader_of(wn)->wake(); });
    glfwSetScrollCallback(win_, [](GLFWwindow* wn, double, double) { reader_of(wn)->wake(); });
    glfwSetMouseButtonCallback(win_, [](GLFWwindow* wn, int, int, int) { reader_of(wn)->wake(); });
    glfwSetWindowSizeCallback(win_, [](GLFWwindow* wn, int, int) { reader_of(wn)->wake(); });
    glfwSetWindowContentScaleCallback(win_, [](GLFWwindow* wn, float, float) { reader_of(wn)->on_content_scale(); });

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    float sx = 1, sy = 1;
    glfwGetWindowContentScale(win_, &sx, &sy);
    content_scale_ = std::clamp(sx, 0.5f, 4.0f);
    int ww = 0, wh = 0;
    glfwGetWindowSize(win_, &ww, &wh);
    view_w_ = static_cast<float>(ww);
    view_h_ = static_cast<float>(wh);
    if (!rebuild_fonts(error)) return false;
    GLOSS_SYSTEM_CALL(ImGui_ImplGlfw_InitForOpenGL(win_, true); ImGui_ImplOpenGL3_Init("#version 330 core"));
    imgui_ready_ = true;

    if (!opt_.no_plugin) {
        const std::string path = opt_.plugin_path.empty() ? default_plugin_path(argv0_) : opt_.plugin_path;
        std::string why;
        plugin_.set_presenter_handlers([this](const PresentRequest& r) { return on_present(r); },
                                       [this](std::uint32_t offset) { scroll_to_offset(offset, false, false); });
        if (plugin_.load(path, &why)) {
            plugin_.set_fonts(fonts_.font[FontUi], fonts_.font[FontUiBold]);
            // In a window the text shows at once and the annotations follow; scripted
            // and screenshot runs wait for them, so their first frame is always the same.
            plugin_.set_document(doc_.text, doc_.meta_json, /*background=*/true, &doc_.links);
            plugin_.set_layout(layout_.host);
            load_notes();
            if (headless_ || !opt_.path.empty() || opt_.present) plugin_.wait_analysis();
            if (!opt_.path.empty() && !plugin_.presenter_set_path(opt_.path)) {
                *error = "unknown lesson path '" + opt_.path + "' (everything, sources, figures, notes, own)";
                *code = 2;
                return false;
            }
            if (opt_.present && !plugin_.present(true)) log_error("presenter mode is not available in this plugin");
        } else {
            log_error("plugin not loaded (" + path + "): " + why + "; reading without it");
        }
    }
    *code = 0;
    return true;
}

// The reader's notes: --notes FILE, else FILE.txt.gloss.jsonld beside the text
// in a window. Scripted and screenshot runs touch no sidecar unless asked to.
void Reader::load_notes() {
    if (opt_.no_notes) return;
    const bool scripted = !opt_.script.empty() || !opt_.screenshot.empty();
    const std::string path = !opt_.notes.empty() ? opt_.notes : scripted ? std::string() : doc_.path + ".gloss.jsonld";
    if (path.empty()) return;
    if (!plugin_.load_notes(path))
        log_error("notes not loaded from " + path + " (see the message above); they are left as they are");
}

void Reader::shutdown() {
    if (view_win_) close_view();
    plugin_.unload();
    if (imgui_ready_) {
        GLOSS_SYSTEM_CALL(ImGui_ImplOpenGL3_Shutdown());
        ImGui_ImplGlfw_Shutdown();
    }
    if (ImGui::GetCurrentContext()) ImGui::DestroyContext();
    GLOSS_SYSTEM_CALL(if (win_) glfwDestroyWindow(win_); glfwTerminate());
}

// --slides DIR: a script that presents the path and writes each step, fully
// revealed, as DIR/slide-NNN.png.
bool Reader::plan_slides(std::string* error) {
    if (!plugin_.has_presenter()) { *error = "--slides needs the plugin's presenter mode"; return false; }
    if (::mkdir(opt_.slides.c_str(), 0777) != 0 && errno != EEXIST) { *error = "cannot make the folder '" + opt_.slides + "'"; return false; }
    struct stat st;
    if (::stat(opt_.slides.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) { *error = "'" + opt_.slides + "' is not a folder"; return false; }
    const int count = plugin_.presenter_state().step_count;
    if (count == 0) { *error = "the lesson path has no steps: no slides written (try --path everything)"; return false; }
    script_.clear();
    auto add = [&](ActionKind kind, int n = 1, std::string text = {}) {
        ScriptAction a;
        a.kind = kind;
        a.n = n;
        a.text = std::move(text);
        script_.push_back(std::move(a));
    };
    add(ActionKind::Present, 1);
    add(ActionKind::Wait, 3);
    for (int i = 1; i <= count; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "/slide-%03d.png", i);
        add(ActionKind::Step, i);
        add(ActionKind::RevealAll);
        add(ActionKind::Wait, 3);
        add(ActionKind::Screenshot, 1, opt_.slides + name);
    }
    std::printf("%s: %d slides\n", opt_.slides.c_str(), count);
    return true;
}

// One frame. False when the loop should stop.
bool Reader::frame() {
    // Window size and content scale, then fonts and layout, all before NewFrame.
    int ww = 0, wh = 0;
    glfwGetWindowSize(win_, &ww, &wh);
    if (ww > 0 && wh > 0) {
        view_w_ = static_cast<float>(ww);
        view_h_ = static_cast<float>(wh);
    }
    if (scale_dirty_) {
        scale_dirty_ = false;
        float sx = 1, sy = 1;
        glfwGetWindowContentScale(win_, &sx, &sy);
        sx = std::clamp(sx, 0.5f, 4.0f);
        if (sx != content_scale_) { content_scale_ = sx; fonts_dirty_ = true; }
    }
    if (presenting_ && view_w_ != present_view_w_) {  // the projector window was resized: a line stays ~50 characters
        present_view_w_ = view_w_;
        set_zoom(presenter_zoom());
    }
    std::string error;
    if (fonts_dirty_) {
        fonts_dirty_ = false;
        if (!rebuild_fonts(&error)) { log_error(error); return false; }
    }
    relayout();
    if (restore_pending_ && !fonts_dirty_) {  // presenter mode left: back to the very pixel
        restore_pending_ = false;
        scroll_ = scroll_target_ = saved_.scroll;
    }
    scroll_target_ = std::clamp(scroll_target_, 0.0f, max_scroll());
    scroll_ = std::clamp(scroll_, 0.0f, max_scroll());
    if (want_view_ && !view_win_ && plugin_.loaded()) open_view();
    if (!want_view_ && view_win_) close_view();

    GLOSS_SYSTEM_CALL(ImGui_ImplOpenGL3_NewFrame());
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    ++frame_count_;
    if (headless_) {
        io.DeltaTime = 1.0f / 60.0f; // scripted runs: a virtual 60 Hz clock, so `wait 30` is half a second
        io.MousePos = sim_mouse_ ? ImVec2(sim_x_, sim_y_) : ImVec2(-FLT_MAX, -FLT_MAX);
        io.MouseDown[0] = sim_down_;
        io.MouseDown[1] = sim_right_;
        if (sim_key_ >= 0 && sim_key_ < IM_ARRAYSIZE(io.KeysDown)) io.KeysDown[sim_key_] = true;
    }
    ImGui::NewFrame();
    for (const KeyEvent& k : keys_) handle_key(k);
    keys_.clear();

    // Smooth scrolling: ease toward the target.
    const float diff = scroll_target_ - scroll_;
    if (std::fabs(diff) < 0.5f) scroll_ = scroll_target_;
    else scroll_ += diff * (1.0f - std::exp(-io.DeltaTime * 14.0f));

    draw_page();
    if (plugin_.loaded()) {
        const HostRequests rq = plugin_.take_requests();
        if (rq.scroll) scroll_to_offset(rq.scroll_to, false, true);
        if (rq.redraw) wake();
    }
    ImGui::Render();
    int fw = 0, fh = 0;
    glfwGetFramebufferSize(win_, &fw, &fh);
    glViewport(0, 0, fw, fh);
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(theme_at(theme_).background);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    GLOSS_SYSTEM_CALL(ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData()));
    if (!capture_path_.empty()) {
        if (!capture(win_, capture_path_)) {
            log_error("cannot write screenshot '" + capture_path_ + "'");
            capture_failed_ = true;
        }
        capture_path_.clear();
    }
    if (save_slide_) {  // F12: this view as the next slide
        save_slide_ = false;
        const std::string slide = next_slide_path();
        if (capture(win_, slide)) std::fprintf(stderr, "gloss-reader: saved %s\n", slide.c_str());
        else log_error("cannot write slide '" + slide + "'");
    }
    GLOSS_SYSTEM_CALL(glfwSwapBuffers(win_));
    if (view_win_) draw_view_frame();
    if (headless_ && sim_key_ >= 0 && sim_key_ < IM_ARRAYSIZE(io.KeysDown)) {
        io.KeysDown[sim_key_] = false;
        sim_key_ = -1;
    }
    if (scroll_ != scroll_target_) wake();
    return !capture_failed_;
}

int Reader::run() {
    std::string error;
    int code = 0;
    if (!init(&error, &code)) {
        log_error(error);
        shutdown();
        return code;
    }
    if (!opt_.slides.empty() && !plan_slides(&error)) {
        log_error(error);
        shutdown();
        return 2;
    }
    int frames_left = std::max(1, opt_.frames);
    bool script_done = script_.empty();
    while (!glfwWindowShouldClose(win_)) {
        if (!headless_ && busy_frames_ <= 0) GLOSS_SYSTEM_CALL(glfwWaitEventsTimeout(0.5));
        else GLOSS_SYSTEM_CALL(glfwPollEvents());
        if (busy_frames_ > 0) --busy_frames_;
        if (!script_.empty() && !script_done) {
            if (!script_step(&error)) { log_error(error); code = 2; break; }
            script_done = script_next_ >= script_.size() && script_wait_ == 0 && size_wait_ == 0 && sim_release_in_ == 0;
        }
        const bool last = headless_ && script_done && capture_path_.empty() && --frames_left <= 0;
        if (last && !opt_.screenshot.empty()) capture_path_ = opt_.screenshot;
        if (!frame()) { code = 1; break; }
        if (last) {
            if (!opt_.screenshot.empty()) std::printf("%s\n", opt_.screenshot.c_str());
            break;
        }
    }
    shutdown();
    return code;
}

} // namespace

int run_reader(const ReaderOptions& options, const char* argv0) {
    Reader reader(options, argv0);
    return reader.run();
}

} // namespace gloss_reader
