// Gloss reader — the host side of the plugin seam.
//
// The reader talks to a Gloss plugin only through this class, which loads the
// module with dlopen and speaks the C ABI in plugin/include/gloss/gloss_plugin.h.
// The reader calls it at fixed points of its frame loop:
//
//   load()          once at start-up (unless --no-plugin), after ImGui is created
//   set_document()  whenever a document is opened (in a window: the analysis runs
//                   in the background and the annotations appear a few frames later;
//                   scripted and screenshot runs wait_analysis() before the first frame)
//   set_layout()    whenever the layout changes (open, resize, zoom, theme font change)
//   handle_key()    for each key press, before the reader's own shortcuts
//   draw()          each frame, after the article text is drawn, while the reader's
//                   article window is still current (between its Begin/End), so the
//                   plugin may mark text with ImGui::GetWindowDrawList(); cards and
//                   panels are the plugin's own windows/tooltips. Before ImGui::Render().
//
// Coordinates: layout geometry is in document space (pixels of the current
// layout, origin at the top-left of the laid-out column, y down); ReaderView
// carries the transform to screen space (screen = origin + doc).
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

struct ImFont;

namespace gloss_reader {

struct DocumentLink;  // document.h

// One laid-out line of the document, in document space.
struct HostLine {
    std::uint32_t begin = 0, end = 0;   // UTF-8 byte range of the text on this line
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0; // line box
    float baseline = 0;
    std::uint32_t first_caret = 0;      // index into HostLayout::caret_x
    std::uint32_t caret_count = 0;      // one x per code-point boundary of [begin, end], end included
};

struct HostLayout {
    std::vector<HostLine> lines;
    std::vector<float>    caret_x;     // document-space x of every caret position, line after line
    float content_width = 0, content_height = 0;
};

// Per frame: where the document is on screen and what part is visible.
struct ReaderView {
    float origin_x = 0, origin_y = 0;         // screen position of document point (0, 0)
    float visible_y0 = 0, visible_y1 = 0;     // visible part of the document, document space
    std::uint32_t visible_begin = 0, visible_end = 0; // visible byte range
    float clip_x0 = 0, clip_y0 = 0, clip_x1 = 0, clip_y1 = 0; // screen rectangle the reader draws in
    float gutter_x0 = 0, gutter_x1 = 0;       // screen x-extent of the margin for markers
    float dpi_scale = 1;
    double time = 0;
    bool dark = false;                        // dark theme (the overlay picks its colours)
    float scale = 1;                          // screen px per document px (zoom without re-layout)
};

// Requests the plugin makes of the reader, polled once per frame. A redraw
// request from the plugin's analysis thread also wakes the event loop
// (glfwPostEmptyEvent).
struct HostRequests {
    bool          scroll = false;   // scroll so that byte offset `scroll_to` is in view
    std::uint32_t scroll_to = 0;
    bool          redraw = false;
};

// Presenter mode (gloss.presenter/1): what the plugin asks of the reader.
struct PresentRequest {
    bool  presenting = false;     // entering or leaving
    float chars_per_line = 50;    // entering: zoom so a line holds about this many characters ...
    float text_fraction = 0.5f;   // ... in this fraction of the window's width
    bool  dark = false;           // entering: the dark presentation theme (else the light one)
    bool  want_view = true;       // entering: a presenter view (second window) is wanted
};

// Where presenter mode is, as the plugin reports it.
struct PresenterState {
    bool        presenting = false, has_view = false;
    int         step = -1, step_count = 0, stage = 0, stages = 0;
    int         blank = 0;        // 0 none, 1 black, 2 white
    std::string message;
};

class PluginHost {
public:
    PluginHost();
    ~PluginHost();
    PluginHost(const PluginHost&) = delete;
    PluginHost& operator=(const PluginHost&) = delete;

    // Load the module at `path` and attach it to the current ImGui context.
    // False with a one-line reason in *error when it cannot be loaded or refuses.
    bool load(const std::string& path, std::string* error);
    bool loaded() const;

    // `text` must stay alive and unchanged until the next set_document().
    // `background`: the plugin analyses on its own thread and asks for a redraw
    // when done (plugins older than ABI 1.1 analyse inside the call anyway).
    // `links` (web pages): the document's links, in text order.
    void set_document(const std::string& text, const std::string& metadata_json, bool background = false,
                      const std::vector<DocumentLink>* links = nullptr);
    // True while the plugin's background analysis of the document runs.
    bool analysis_pending() const;
    // Block until the background analysis (if any) is done and shown.
    void wait_analysis();
    void set_layout(const HostLayout& layout);
    // Optional: the fonts the overlay uses (default: the atlas' first font, ImGui's
    // default, and the smallest font whose name contains "Bold"; picked again at
    // every set_layout(), after which a rebuilt atlas is safe).
    // Call before or after load(); both must live in the current ImGui atlas.
    void set_fonts(ImFont* body, ImFont* bold);
    // Optional: the reader's text selection as a byte range (begin == end: none);
    // lets the reader add a note on it (key 'a').
    void set_selection(std::uint32_t begin, std::uint32_t end);
    // Optional: the reader's notes for this document, kept in a sidecar file
    // (e.g. NAME.txt.gloss.jsonld). load_notes() after set_document(); a
    // missing file is an empty sidecar; new notes are then saved to it at once.
    // False (with the plugin's log line) when the file is unreadable or corrupt.
    bool load_notes(const std::string& sidecar_path);
    bool save_notes(const std::string& sidecar_path);
    // Optional: a plugin setting ("hover_delay_ms" = "400", "panel" = "1", ...);
    // false when the plugin refuses it.
    bool set_setting(const std::string& name, const std::string& value);

    // True when the plugin consumed the key (then the reader ignores it).
    // `key` is a GLFW key code, `mods` GLFW modifier bits.
    bool handle_key(int key, int mods);
    // True when the plugin wants the mouse (a card or panel is under it):
    // the reader then does not start a text selection.
    bool wants_mouse() const;

    void draw(const ReaderView& view);
    HostRequests take_requests();

    // Presenter mode. The handlers answer the plugin's requests (set before load()):
    // `present` enters or leaves the reader's presentation and returns true
    // when a presenter view will be shown; `scroll_to_step` scrolls smoothly.
    void set_presenter_handlers(std::function<bool(const PresentRequest&)> present,
                                std::function<void(std::uint32_t)> scroll_to_step);
    bool has_presenter() const;
    bool present(bool on);                 // enter (true) or leave (false); false when refused
    bool presenter_step(int direction);    // false at an end or when not presenting
    bool presenter_go_to(int step);        // 0-based
    bool presenter_set_path(const std::string& name); // everything | sources | figures | notes | own
    bool presenter_setting(const std::string& name, const std::string& value);
    PresenterState presenter_state() const;
    // The presenter view: with the view's ImGui context current (its fonts).
    bool attach_view(ImFont* body, ImFont* bold);
    void detach_view();
    void draw_view();                      // between the view context's NewFrame and Render

    void unload();

private:
    struct Impl;
    Impl* impl_;
};

// Default location of the plugin module next to the reader binary.
std::string default_plugin_path(const char* argv0);
// The demo article: in the source tree, or beside an installed reader (share/gloss/articles).
std::string default_article(const char* argv0);

} // namespace gloss_reader
