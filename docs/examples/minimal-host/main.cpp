// A minimal reading app that embeds Gloss from an installed package: the
// walk-through of docs/plugin-abi.md, in one file.
//
// Index of this file:
// [SECTION] Loading the plugin
// [SECTION] The text view: paragraphs with ImGui's own wrapping
// [SECTION] Keys
// [SECTION] The window (GLFW + OpenGL3)
// [SECTION] --check: the same host, headless, checked
//
// It uses only the installed header (gloss/gloss_plugin.h and its C++ helper
// gloss/gloss_imgui_binding.hpp) and the installed module, whose path the
// build gives as GLOSS_PLUGIN_PATH (find_package(Gloss) or pkg-config).
//
//   gloss-minimal-host ARTICLE.txt            a window: hover a term, press ] [ Tab ? Esc
//   gloss-minimal-host ARTICLE.txt --check    headless: hover, keys with the host's text focused,
//                                             two documents side by side; exit 0 when all pass
#include <dlfcn.h>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gloss/gloss_imgui_binding.hpp>
#include <gloss/gloss_plugin.h>

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Loading the plugin
//-----------------------------------------------------------------------------

// The module, loaded once: dlopen, the entry, the ABI major, init().
struct Module {
    void*                handle = nullptr;
    const gloss_entry_t* entry = nullptr;

    bool load(const char* path) {
        handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (!handle) { std::fprintf(stderr, "minimal-host: %s\n", dlerror()); return false; }
        entry = static_cast<const gloss_entry_t*>(dlsym(handle, "gloss_entry"));
        if (!entry || entry->abi.major != GLOSS_ABI_MAJOR || !entry->init(path)) {
            std::fprintf(stderr, "minimal-host: %s is not a Gloss plugin of ABI %u\n", path, GLOSS_ABI_MAJOR);
            return false;
        }
        return true;
    }
    ~Module() {
        if (entry) entry->deinit();
        if (handle) dlclose(handle);
    }
};

void log_line(const gloss_host*, int32_t severity, const char* msg) {
    std::fprintf(stderr, "%s %s\n", severity >= GLOSS_LOG_ERROR ? "error:" : "note:", msg);
}

//-----------------------------------------------------------------------------
// [SECTION] The text view: paragraphs with ImGui's own wrapping
//-----------------------------------------------------------------------------

// One document in one child window, with its own plugin instance.
struct TextView {
    gloss_host                        host{};
    const gloss_plugin*               plugin = nullptr;
    const gloss_imgui_overlay*        overlay = nullptr;
    std::string                       text;
    std::vector<gloss_imgui_text_run> runs, laid_out;  // this frame's runs; the ones the plugin has
    float                             laid_out_wrap = -1.0f;
    ImVec2                            origin;           // screen position of document (0, 0), last frame
    bool                              scroll_request = false;
    uint32_t                          scroll_offset = 0;

    static constexpr float kGutter = 28.0f;  // the plugin's markers need at least 13 px

    bool open(const Module& m, std::string article, ImFont* font) {
        host.struct_size = sizeof host;
        host.abi = gloss_version{GLOSS_ABI_MAJOR, GLOSS_ABI_MINOR, 0};
        host.host_data = this;
        host.name = "minimal-host";
        host.log = log_line;
        host.scroll_to = [](const gloss_host* h, uint32_t offset) {  // asked by ] [ and the panel
            TextView* v = static_cast<TextView*>(h->host_data);
            v->scroll_request = true;
            v->scroll_offset = offset;
        };
        plugin = m.entry->create(&host);
        if (!plugin) return false;
        overlay = static_cast<const gloss_imgui_overlay*>(plugin->get_extension(plugin, GLOSS_EXT_IMGUI_OVERLAY));
        // ABI 1.3 for the ready-made geometry: an older plugin lacks it.
        if (!overlay || !GLOSS_HAS_MEMBER(overlay, gloss_imgui_overlay, set_imgui_text_layout)) return false;
        const gloss_imgui_binding binding = gloss_imgui_binding_for_current_context(font, font);
        if (!overlay->attach(plugin, &binding)) return false;
        text = std::move(article);
        gloss_document doc{};
        doc.struct_size = sizeof doc;
        doc.text = text.data();
        doc.text_len = static_cast<uint32_t>(text.size());
        return plugin->set_document(plugin, &doc) == GLOSS_OK;
    }
    void close() {
        if (!plugin) return;
        overlay->detach(plugin);
        plugin->destroy(plugin);
        plugin = nullptr;
    }

    // Draw the text in a child window of `size` and the overlay over it.
    void draw(const char* id, ImVec2 size, double time) {
        ImGui::BeginChild(id, size, true);
        const ImVec2 top_left = ImGui::GetCursorScreenPos();
        const float wrap = ImGui::GetContentRegionAvail().x - kGutter;
        const float scroll = ImGui::GetScrollY();
        // Document space: origin at the first paragraph's top-left, scale 1.
        origin = ImVec2(top_left.x + kGutter, top_left.y);
        runs.clear();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + kGutter + wrap);
        for (std::size_t p = 0; p <= text.size();) {
            std::size_t e = text.find('\n', p);
            if (e == std::string::npos) e = text.size();
            if (e > p) {
                ImGui::SetCursorPosX(ImGui::GetCursorPosX() + kGutter);
                const ImVec2 at = ImGui::GetCursorScreenPos();
                runs.push_back(gloss_imgui_text_run{{uint32_t(p), uint32_t(e)}, at.x - origin.x, at.y - origin.y});
                ImGui::TextUnformatted(text.data() + p, text.data() + e);
            } else {
                ImGui::Spacing();
            }
            p = e + 1;
        }
        ImGui::PopTextWrapPos();
        const float content_height = ImGui::GetCursorScreenPos().y - origin.y;

        // The geometry changes with the width only: give it again then.
        if (wrap != laid_out_wrap || runs.size() != laid_out.size()) {
            gloss_imgui_text_layout l{};
            l.struct_size = sizeof l;
            l.font = ImGui::GetFont();
            l.font_size = ImGui::GetFontSize();
            l.wrap = 1;
            l.wrap_x = wrap;
            l.runs = runs.data();
            l.run_count = uint32_t(runs.size());
            l.content_width = wrap;
            l.content_height = content_height;
            overlay->set_imgui_text_layout(plugin, &l);
            laid_out = runs;
            laid_out_wrap = wrap;
        }
        if (scroll_request) {  // the plugin asked for an offset: its line a fifth down the view
            const ImVec2 at = screen_pos(scroll_offset);
            if (at.y >= 0.0f) ImGui::SetScrollY(std::max(0.0f, at.y - origin.y - 0.2f * ImGui::GetWindowHeight()));
            scroll_request = false;
        }

        gloss_view v{};
        v.struct_size = sizeof v;
        v.origin_x = origin.x;
        v.origin_y = origin.y;
        v.scale = 1;
        v.visible_y0 = scroll;
        v.visible_y1 = scroll + ImGui::GetWindowHeight();
        const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
        v.clip = gloss_rect{wp.x, wp.y, wp.x + ws.x, wp.y + ws.y};
        v.gutter_x0 = top_left.x;
        v.gutter_x1 = top_left.x + kGutter - 4.0f;
        v.dpi_scale = 1;
        v.time = time;
        overlay->draw(plugin, &v);  // inside the child: the window that shows the text
        ImGui::EndChild();
    }

    // Screen position of byte `offset` as the view drew it last frame: the
    // host measures its own text (for --check, which moves the mouse there).
    ImVec2 screen_pos(uint32_t offset) const {
        const ImFont* font = ImGui::GetFont();
        for (const gloss_imgui_text_run& r : laid_out) {
            if (offset < r.range.begin || offset >= r.range.end) continue;
            const char* s = text.data() + r.range.begin;
            const char* end = text.data() + r.range.end;
            float y = r.y;
            for (;;) {  // the wrapped line holding `offset`
                const char* eol = font->CalcWordWrapPositionA(1.0f, s, end, laid_out_wrap - r.x);
                if (eol > text.data() + offset || eol >= end) break;
                s = eol;
                while (*s == ' ') ++s;
                y += font->FontSize;
            }
            const float x = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, s, text.data() + offset).x;
            return ImVec2(origin.x + r.x + x, origin.y + y);
        }
        return ImVec2(-1, -1);
    }
};

//-----------------------------------------------------------------------------
// [SECTION] Keys
//-----------------------------------------------------------------------------

// Hand a key to the plugin unless the host's own editable widget is typing:
// a focused read-only field (here: the location bar) does not stop it.
bool forward_key(const TextView& v, const gloss_key_event& k, bool host_is_typing) {
    if (host_is_typing) return false;
    bool consumed = false;
    v.overlay->handle_key(v.plugin, &k, &consumed);
    return consumed;
}

gloss_key_event key_event(uint32_t key, uint32_t codepoint) {
    gloss_key_event k{};
    k.struct_size = sizeof k;
    k.key = key;
    k.codepoint = codepoint;
    return k;
}

// The location bar: read-only, focusable, so a reader can copy the path.
bool location_bar(const std::string& path) {
    static char buffer[512];
    std::snprintf(buffer, sizeof buffer, "%s", path.c_str());
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##location", buffer, sizeof buffer, ImGuiInputTextFlags_ReadOnly);
    return ImGui::IsItemActive();  // focused; read-only, so never typing
}

bool read_file(const char* path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::stringstream ss;
    ss << in.rdbuf();
    *out = ss.str();
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] The window (GLFW + OpenGL3)
//-----------------------------------------------------------------------------

int run_window(const Module& m, const std::string& path, const std::string& article) {
    if (!glfwInit()) { std::fprintf(stderr, "minimal-host: no display\n"); return 1; }
    GLFWwindow* window = glfwCreateWindow(1100, 800, "Gloss minimal host", nullptr, nullptr);
    if (!window) { glfwTerminate(); std::fprintf(stderr, "minimal-host: cannot open a window\n"); return 1; }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");
    ImFont* font = ImGui::GetIO().Fonts->AddFontDefault();
    TextView view;
    if (!view.open(m, article, font)) return 1;
    while (!glfwWindowShouldClose(window)) {
        glfwWaitEventsTimeout(0.1);
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        const ImGuiIO& io = ImGui::GetIO();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("reader", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBringToFrontOnFocus);
        const bool location_focused = location_bar(path);
        const bool typing = io.WantTextInput && !location_focused;  // the location bar is read-only: never typing
        view.draw("text", ImVec2(0, 0), glfwGetTime());
        ImGui::End();
        // Keys: characters and a few named keys, before the host's own shortcuts.
        for (ImWchar c : io.InputQueueCharacters) forward_key(view, key_event(GLOSS_KEY_NONE, c), typing);
        // ImGui 1.86's GLFW backend indexes io.KeysDown by GLFW key code.
        const std::pair<int, uint32_t> named[] = {{GLFW_KEY_ESCAPE, GLOSS_KEY_ESCAPE}, {GLFW_KEY_ENTER, GLOSS_KEY_ENTER},
                                                  {GLFW_KEY_TAB, GLOSS_KEY_TAB},       {GLFW_KEY_F2, GLOSS_KEY_F2},
                                                  {GLFW_KEY_UP, GLOSS_KEY_UP},         {GLFW_KEY_DOWN, GLOSS_KEY_DOWN}};
        for (const auto& [glfw_key, gloss_key] : named)
            if (ImGui::IsKeyPressed(glfw_key)) forward_key(view, key_event(gloss_key, 0), typing);
        ImGui::Render();
        int w = 0, h = 0;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        glClearColor(0.96f, 0.95f, 0.92f, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window);
    }
    view.close();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}

//-----------------------------------------------------------------------------
// [SECTION] --check: the same host, headless, checked
//-----------------------------------------------------------------------------

struct Check {
    int passed = 0, failed = 0;
    void expect(bool ok, const char* what) {
        std::printf("%s: %s\n", ok ? "ok" : "FAILED", what);
        (ok ? passed : failed) += 1;
    }
};

struct Frame {
    int  draw_lists = 0;        // windows drawn: the reader, its views, and every card
    bool want_text_input = false;
    bool host_typing = false;   // an editable widget of the host's is typing
};

// One headless frame: the reader window, one or two text views side by side.
Frame frame(const std::vector<TextView*>& views, double time, bool focus_location, const std::string& path) {
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("reader", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBringToFrontOnFocus);
    if (focus_location) ImGui::SetKeyboardFocusHere();
    const bool location_focused = location_bar(path);
    const float w = ImGui::GetContentRegionAvail().x / float(views.size()) - 8.0f;
    for (std::size_t i = 0; i < views.size(); ++i) {
        if (i) ImGui::SameLine();
        views[i]->draw(i ? "text.right" : "text.left", ImVec2(w, 0), time);
    }
    ImGui::End();
    ImGui::Render();
    Frame f;
    f.draw_lists = ImGui::GetDrawData()->CmdListsCount;
    f.want_text_input = io.WantTextInput;
    f.host_typing = io.WantTextInput && !location_focused;
    return f;
}

// The first definition the plugin found, as its byte offset (or -1).
long first_definition(const TextView& v) {
    const uint32_t n = v.plugin->annotation_count(v.plugin);
    for (uint32_t i = 0; i < n; ++i) {
        gloss_annotation a{};
        a.struct_size = sizeof a;
        if (v.plugin->get_annotation(v.plugin, i, &a) == GLOSS_OK && a.kind == GLOSS_KIND_DEFINITION) return long(a.range.begin);
    }
    return -1;
}

int run_check(const Module& m, const std::string& path, const std::string& article) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 900);
    ImFont* font = io.Fonts->AddFontDefault();
    unsigned char* pixels = nullptr;
    int tw = 0, th = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &tw, &th);  // a built atlas, no renderer
    Check check;
    double t = 0;
    {
        TextView view;
        check.expect(view.open(m, article, font), "the plugin opens the article");
        frame({&view}, t, false, path);
        const int plain = frame({&view}, t += 0.016, false, path).draw_lists;

        // 1. Hovering a term opens its card after the hover delay.
        const long term = first_definition(view);
        check.expect(term >= 0, "the plugin found a definition");
        view.scroll_request = true;  // bring it into view, as the plugin's scroll_to would
        view.scroll_offset = uint32_t(term);
        for (int i = 0; i < 3; ++i) frame({&view}, t += 0.016, false, path);
        const ImVec2 at = view.screen_pos(uint32_t(term));
        io.MousePos = ImVec2(at.x + 3.0f, at.y + ImGui::GetFontSize() * 0.5f);
        int lists = 0;
        for (int i = 0; i < 60; ++i) lists = frame({&view}, t += 1.0 / 60.0, false, path).draw_lists;
        check.expect(lists == plain + 1, "hovering a term opens its card");
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        for (int i = 0; i < 3; ++i) frame({&view}, t += 0.016, false, path);

        // 2. With the host's read-only location bar focused, ] still reaches the plugin.
        frame({&view}, t += 0.016, true, path);  // ImGui takes a focus request over the next frames
        frame({&view}, t += 0.016, false, path);
        const Frame focused = frame({&view}, t += 0.016, false, path);
        check.expect(focused.want_text_input, "the location bar has the keyboard focus");
        check.expect(forward_key(view, key_event(GLOSS_KEY_NONE, ']'), focused.host_typing),
                     "] moves to the next annotation while the host's read-only text has focus");
        view.close();
    }
    {
        // 3. Two documents side by side in one context: each keeps its own card.
        TextView left, right;
        check.expect(left.open(m, article, font) && right.open(m, article, font), "two instances open");
        frame({&left, &right}, t += 0.016, false, path);
        const int plain = frame({&left, &right}, t += 0.016, false, path).draw_lists;
        for (TextView* v : {&left, &right}) {
            forward_key(*v, key_event(GLOSS_KEY_NONE, ']'), false);
            forward_key(*v, key_event(GLOSS_KEY_ENTER, 0), false);  // open the focused annotation's card
        }
        int lists = 0;
        for (int i = 0; i < 3; ++i) lists = frame({&left, &right}, t += 0.016, false, path).draw_lists;
        check.expect(lists == plain + 2, "two instances side by side show a card each");
        left.close();
        right.close();
    }
    std::printf("minimal-host: %d passed, %d failed\n", check.passed, check.failed);
    ImGui::DestroyContext();
    return check.failed ? 1 : 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2 || std::string(argv[1]) == "--help") {
        std::printf("usage: gloss-minimal-host ARTICLE.txt [--check]\n");
        return argc < 2 ? 2 : 0;
    }
    std::string article;
    if (!read_file(argv[1], &article)) { std::fprintf(stderr, "minimal-host: cannot read %s\n", argv[1]); return 2; }
    Module m;
    if (!m.load(GLOSS_PLUGIN_PATH)) return 1;
    const bool check = argc > 2 && std::string(argv[2]) == "--check";
    return check ? run_check(m, argv[1], article) : run_window(m, argv[1], article);
}
