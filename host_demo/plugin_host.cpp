// Gloss reader — the host side of the plugin ABI: dlopen, version checks,
// the ImGui hand-over, and forwarding of document, layout, view and keys.
//
// Index of this file:
// [SECTION] Host callbacks
// [SECTION] Load and unload
// [SECTION] Forwarding
// [SECTION] Presenter mode
//
// Speaks only plugin/include/gloss/gloss_plugin.h; any module exporting
// `gloss_entry` with ABI major 1 can be loaded with --plugin PATH.
#include "plugin_host.h"

#include <unistd.h>

#include <dlfcn.h>

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <atomic>
#include <cstdio>
#include <cstring>

#include "../plugin/include/gloss/gloss_imgui_binding.hpp"
#include "../plugin/include/gloss/gloss_plugin.h"
#include "document.h"
#include "renderer_textures.h"

namespace gloss_reader {

//-----------------------------------------------------------------------------
// [SECTION] Host callbacks
//-----------------------------------------------------------------------------

struct PluginHost::Impl {
    void*                      module = nullptr;
    const gloss_entry_t*       entry = nullptr;
    bool                       entry_initialised = false;
    const gloss_plugin*        plugin = nullptr;
    const gloss_imgui_overlay* overlay = nullptr;
    bool                       attached = false;
    gloss_host                 host{};
    HostRequests               requests;        // main thread only
    std::atomic<bool>          redraw{false};   // [thread-safe] set by request_redraw from any thread
    ImFont*                    font_body = nullptr;
    ImFont*                    font_bold = nullptr;
    bool                       fonts_given = false;
    const gloss_presenter*     presenter = nullptr;   // gloss.presenter/1, when the plugin has it
    gloss_presenter_host       presenter_host{};      // our side of it
    std::function<bool(const PresentRequest&)> on_present;
    std::function<void(std::uint32_t)>         on_scroll_to_step;

    static Impl* of(const gloss_host* h) { return static_cast<Impl*>(h->host_data); }
    static void log(const gloss_host*, int32_t severity, const char* msg) {
        static const char* const names[] = {"debug", "info", "warning", "error", "plugin bug"};
        const char* name = severity >= 0 && severity <= 4 ? names[severity] : "log";
        std::fprintf(stderr, "gloss-reader: plugin %s: %s\n", name, msg ? msg : "");
    }
    // [thread-safe]: the plugin's analysis thread calls it when its result is ready.
    static void request_redraw(const gloss_host* h) {
        of(h)->redraw.store(true);
        glfwPostEmptyEvent(); // wakes glfwWaitEvents* on the main thread
    }
    bool has_analysis_calls() const { return plugin && GLOSS_HAS_MEMBER(plugin, gloss_plugin, wait_analysis); }
    static void scroll_to(const gloss_host* h, uint32_t offset) {
        of(h)->requests.scroll = true;
        of(h)->requests.scroll_to = offset;
    }
    static const void* get_extension(const gloss_host* h, const char* id) {
        if (id && std::strcmp(id, GLOSS_EXT_PRESENTER_HOST) == 0 && of(h)->on_present) return &of(h)->presenter_host;
        return nullptr;
    }
    static bool present(const gloss_host* h, const gloss_presenter_request* r) {
        Impl* d = of(h);
        if (!r || !d->on_present) return false;
        PresentRequest q;
        q.presenting = r->presenting;
        q.chars_per_line = r->chars_per_line;
        q.text_fraction = r->text_fraction;
        q.dark = r->theme == GLOSS_THEME_PRESENT_DARK;
        q.want_view = r->want_view;
        return d->on_present(q);
    }
    static void scroll_to_step(const gloss_host* h, uint32_t offset) {
        Impl* d = of(h);
        if (d->on_scroll_to_step) d->on_scroll_to_step(offset);
        else scroll_to(h, offset);
    }

    // Without set_fonts(): ImGui's default font (the atlas' first: the UI font)
    // for the overlay, and the smallest font named "Bold" for emphasis.
    static void default_fonts(ImFont** body, ImFont** bold) {
        ImFontAtlas* atlas = ImGui::GetIO().Fonts;
        *body = atlas->Fonts.Size > 0 ? atlas->Fonts[0] : nullptr;
        *bold = *body;
        float best = 1e9f;
        for (ImFont* f : atlas->Fonts)
            if (f->ConfigData && std::strstr(f->ConfigData->Name, "Bold") && f->FontSize < best) {
                *bold = f;
                best = f->FontSize;
            }
    }

    bool attach(std::string* error) {
        ImGuiContext* ctx = ImGui::GetCurrentContext();
        if (!ctx) {
            if (error) *error = "no ImGui context: create it before loading the plugin";
            return false;
        }
        ImFont* body = font_body;
        ImFont* bold = font_bold;
        if (!fonts_given) default_fonts(&body, &bold);
        gloss_imgui_binding b = gloss_imgui_binding_for_current_context(body, bold);
        b.create_texture = create_repeating_texture;  // marks as quads over pattern textures
        b.destroy_texture = destroy_texture;
        attached = overlay->attach(plugin, &b);
        if (!attached && error) *error = "the plugin refused this ImGui (see the log line above)";
        return attached;
    }
};

//-----------------------------------------------------------------------------
// [SECTION] Load and unload
//-----------------------------------------------------------------------------

PluginHost::PluginHost() : impl_(new Impl) {}
PluginHost::~PluginHost() {
    unload();
    delete impl_;
}

bool PluginHost::load(const std::string& path, std::string* error) {
    unload();
    Impl& d = *impl_;
    auto fail = [&](const std::string& why) {
        if (error) *error = why;
        unload();
        return false;
    };
    d.module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!d.module) {
        const char* e = dlerror();
        return fail(std::string("cannot load ") + path + ": " + (e ? e : "unknown error"));
    }
    d.entry = static_cast<const gloss_entry_t*>(dlsym(d.module, "gloss_entry"));
    if (!d.entry) return fail(path + " is not a Gloss plugin (no gloss_entry)");
    if (d.entry->abi.major != GLOSS_ABI_MAJOR)
        return fail(path + " speaks plugin ABI " + std::to_string(d.entry->abi.major) + ", this reader speaks " +
                    std::to_string(GLOSS_ABI_MAJOR));
    if (!d.entry->init || !d.entry->create || !d.entry->init(path.c_str())) return fail(path + ": plugin init failed");
    d.entry_initialised = true;
    d.host = gloss_host{};
    d.host.struct_size = sizeof(gloss_host);
    d.host.abi = gloss_version{GLOSS_ABI_MAJOR, GLOSS_ABI_MINOR, 0};
    d.host.host_data = impl_;
    d.host.name = "gloss-reader";
    d.host.version = "0.1.0";
    d.host.log = &Impl::log;
    d.host.request_redraw = &Impl::request_redraw;
    d.host.scroll_to = &Impl::scroll_to;
    d.host.get_extension = &Impl::get_extension;
    d.presenter_host.struct_size = sizeof d.presenter_host;
    d.presenter_host.present = &Impl::present;
    d.presenter_host.scroll_to_step = &Impl::scroll_to_step;
    d.plugin = d.entry->create(&d.host);
    if (!d.plugin) return fail(path + ": the plugin refused this host (see the log line above)");
    d.overlay = static_cast<const gloss_imgui_overlay*>(d.plugin->get_extension(d.plugin, GLOSS_EXT_IMGUI_OVERLAY));
    if (!d.overlay || d.overlay->struct_size < sizeof(gloss_imgui_overlay))
        return fail(path + ": the plugin has no ImGui overlay (" GLOSS_EXT_IMGUI_OVERLAY ")");
    std::string why;
    if (!d.attach(&why)) return fail(why);
    d.presenter = static_cast<const gloss_presenter*>(d.plugin->get_extension(d.plugin, GLOSS_EXT_PRESENTER));
    if (d.presenter && d.presenter->struct_size < sizeof(gloss_presenter)) d.presenter = nullptr;
    return true;
}

bool PluginHost::loaded() const { return impl_->plugin && impl_->attached; }

void PluginHost::unload() {
    if (!impl_) return;
    Impl& d = *impl_;
    if (d.presenter) d.presenter->detach_view(d.plugin);
    if (d.overlay && d.attached) d.overlay->detach(d.plugin);
    if (d.plugin) d.plugin->destroy(d.plugin);
    if (d.entry && d.entry_initialised && d.entry->deinit) d.entry->deinit();
    if (d.module) dlclose(d.module);
    d.module = nullptr;
    d.entry = nullptr;
    d.entry_initialised = false;
    d.plugin = nullptr;
    d.overlay = nullptr;
    d.presenter = nullptr;
    d.attached = false;
    d.requests = HostRequests{};
    d.redraw.store(false);
}

//-----------------------------------------------------------------------------
// [SECTION] Forwarding
//-----------------------------------------------------------------------------

void PluginHost::set_document(const std::string& text, const std::string& metadata_json, bool background,
                              const std::vector<DocumentLink>* links) {
    if (!loaded()) return;
    gloss_document doc{};
    doc.struct_size = sizeof doc;
    doc.text = text.data();
    doc.text_len = static_cast<uint32_t>(text.size());
    doc.metadata_json = metadata_json.c_str();
    doc.flags = background ? static_cast<uint32_t>(GLOSS_DOCUMENT_BACKGROUND_ANALYSIS) : 0u; // a 1.0 plugin reads only up to doc_id
    std::vector<gloss_link> abi_links;
    if (links && !links->empty()) { // a 1.2 plugin reads only up to flags
        for (const DocumentLink& l : *links) abi_links.push_back({{l.begin, l.end}, l.target.c_str()});
        doc.links = abi_links.data();
        doc.link_count = static_cast<uint32_t>(abi_links.size());
    }
    impl_->plugin->set_document(impl_->plugin, &doc); // failures are logged by the plugin
}

bool PluginHost::analysis_pending() const {
    return loaded() && impl_->has_analysis_calls() && impl_->plugin->analysis_pending(impl_->plugin);
}

void PluginHost::wait_analysis() {
    if (loaded() && impl_->has_analysis_calls()) impl_->plugin->wait_analysis(impl_->plugin);
}

void PluginHost::set_layout(const HostLayout& layout) {
    if (!loaded()) return;
    std::vector<gloss_text_line> lines(layout.lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const HostLine& l = layout.lines[i];
        lines[i] = gloss_text_line{{l.begin, l.end}, {l.x0, l.y0, l.x1, l.y1}, l.baseline, l.first_caret, l.caret_count};
    }
    gloss_layout g{};
    g.struct_size = sizeof g;
    g.lines = lines.data();
    g.line_count = static_cast<uint32_t>(lines.size());
    g.caret_x = layout.caret_x.data();
    g.caret_count = static_cast<uint32_t>(layout.caret_x.size());
    g.content_width = layout.content_width;
    g.content_height = layout.content_height;
    impl_->plugin->set_layout(impl_->plugin, &g);
    // A new layout may come with a rebuilt font atlas: hand the current fonts over again.
    if (!impl_->fonts_given) impl_->attach(nullptr);
}

void PluginHost::set_fonts(ImFont* body, ImFont* bold) {
    impl_->font_body = body;
    impl_->font_bold = bold;
    impl_->fonts_given = true;
    if (loaded()) impl_->attach(nullptr); // attach again: replaces the binding with the new fonts
}

void PluginHost::set_selection(std::uint32_t begin, std::uint32_t end) {
    if (!loaded()) return;
    impl_->plugin->set_selection(impl_->plugin, gloss_range{begin, end});
}

bool PluginHost::load_notes(const std::string& sidecar_path) {
    if (!loaded()) return false;
    const auto* notes = static_cast<const gloss_notes*>(impl_->plugin->get_extension(impl_->plugin, GLOSS_EXT_NOTES));
    return notes && notes->struct_size >= sizeof(gloss_notes) && notes->load(impl_->plugin, sidecar_path.c_str()) == GLOSS_OK;
}

bool PluginHost::save_notes(const std::string& sidecar_path) {
    if (!loaded()) return false;
    const auto* notes = static_cast<const gloss_notes*>(impl_->plugin->get_extension(impl_->plugin, GLOSS_EXT_NOTES));
    return notes && notes->struct_size >= sizeof(gloss_notes) && notes->save(impl_->plugin, sidecar_path.c_str()) == GLOSS_OK;
}

bool PluginHost::set_setting(const std::string& name, const std::string& value) {
    return loaded() && impl_->overlay->set_setting(impl_->plugin, name.c_str(), value.c_str()) == GLOSS_OK;
}

bool PluginHost::handle_key(int key, int mods) {
    if (!loaded()) return false;
    gloss_key_event e{};
    e.struct_size = sizeof e;
    if (mods & GLFW_MOD_SHIFT) e.mods |= GLOSS_MOD_SHIFT;
    if (mods & GLFW_MOD_CONTROL) e.mods |= GLOSS_MOD_CTRL;
    if (mods & GLFW_MOD_ALT) e.mods |= GLOSS_MOD_ALT;
    if (mods & GLFW_MOD_SUPER) e.mods |= GLOSS_MOD_SUPER;
    const bool shift = (mods & GLFW_MOD_SHIFT) != 0;
    switch (key) {
    case GLFW_KEY_ESCAPE: e.key = GLOSS_KEY_ESCAPE; break;
    case GLFW_KEY_ENTER: case GLFW_KEY_KP_ENTER: e.key = GLOSS_KEY_ENTER; break;
    case GLFW_KEY_TAB: e.key = GLOSS_KEY_TAB; break;
    case GLFW_KEY_F2: e.key = GLOSS_KEY_F2; break;
    case GLFW_KEY_F5: e.key = GLOSS_KEY_F5; break;
    case GLFW_KEY_LEFT: e.key = GLOSS_KEY_LEFT; break;
    case GLFW_KEY_RIGHT: e.key = GLOSS_KEY_RIGHT; break;
    case GLFW_KEY_PAGE_UP: e.key = GLOSS_KEY_PAGE_UP; break;
    case GLFW_KEY_PAGE_DOWN: e.key = GLOSS_KEY_PAGE_DOWN; break;
    case GLFW_KEY_HOME: e.key = GLOSS_KEY_HOME; break;
    case GLFW_KEY_END: e.key = GLOSS_KEY_END; break;
    case GLFW_KEY_BACKSPACE: e.key = GLOSS_KEY_BACKSPACE; break;
    case GLFW_KEY_SPACE: e.codepoint = ' '; break;
    case GLFW_KEY_PERIOD: e.codepoint = shift ? '>' : '.'; break;
    case GLFW_KEY_COMMA: e.codepoint = shift ? '<' : ','; break;
    case GLFW_KEY_LEFT_BRACKET: e.codepoint = shift ? '{' : '['; break;
    case GLFW_KEY_RIGHT_BRACKET: e.codepoint = shift ? '}' : ']'; break;
    case GLFW_KEY_SLASH: e.codepoint = shift ? '?' : '/'; break;
    default:
        if (key >= GLFW_KEY_A && key <= GLFW_KEY_Z) e.codepoint = static_cast<uint32_t>((shift ? 'A' : 'a') + (key - GLFW_KEY_A));
        else return false;
    }
    if (e.codepoint) e.mods &= ~static_cast<uint32_t>(GLOSS_MOD_SHIFT); // shift is in the character
    bool consumed = false;
    return impl_->overlay->handle_key(impl_->plugin, &e, &consumed) == GLOSS_OK && consumed;
}

bool PluginHost::wants_mouse() const { return loaded() && impl_->overlay->wants_mouse(impl_->plugin); }

void PluginHost::draw(const ReaderView& v) {
    if (!loaded()) return;
    gloss_view view{};
    view.struct_size = sizeof view;
    view.origin_x = v.origin_x;
    view.origin_y = v.origin_y;
    view.scale = v.scale > 0 ? v.scale : 1.0f;
    view.visible_y0 = v.visible_y0;
    view.visible_y1 = v.visible_y1;
    view.visible = gloss_range{v.visible_begin, v.visible_end};
    view.clip = gloss_rect{v.clip_x0, v.clip_y0, v.clip_x1, v.clip_y1};
    view.gutter_x0 = v.gutter_x0;
    view.gutter_x1 = v.gutter_x1;
    view.dpi_scale = v.dpi_scale;
    view.time = v.time;
    view.theme = v.dark ? GLOSS_THEME_DARK : GLOSS_THEME_LIGHT;
    impl_->overlay->draw(impl_->plugin, &view);
}

HostRequests PluginHost::take_requests() {
    HostRequests r = impl_->requests;
    impl_->requests = HostRequests{};
    if (impl_->redraw.exchange(false)) r.redraw = true;
    return r;
}

//-----------------------------------------------------------------------------
// [SECTION] Presenter mode
//-----------------------------------------------------------------------------

void PluginHost::set_presenter_handlers(std::function<bool(const PresentRequest&)> present,
                                        std::function<void(std::uint32_t)> scroll_to_step) {
    impl_->on_present = std::move(present);
    impl_->on_scroll_to_step = std::move(scroll_to_step);
}

bool PluginHost::has_presenter() const { return loaded() && impl_->presenter; }

bool PluginHost::present(bool on) {
    if (!has_presenter()) return false;
    return (on ? impl_->presenter->enter(impl_->plugin) : impl_->presenter->leave(impl_->plugin)) == GLOSS_OK;
}

bool PluginHost::presenter_step(int direction) {
    return has_presenter() && impl_->presenter->step(impl_->plugin, direction) == GLOSS_OK;
}

bool PluginHost::presenter_go_to(int step) {
    return has_presenter() && step >= 0 && impl_->presenter->go_to(impl_->plugin, static_cast<uint32_t>(step)) == GLOSS_OK;
}

bool PluginHost::presenter_set_path(const std::string& name) {
    static const char* const names[] = {"everything", "sources", "figures", "notes", "own"};
    if (!has_presenter()) return false;
    for (uint32_t i = 0; i < 5; ++i)
        if (name == names[i] || (i == 0 && name == "all")) return impl_->presenter->set_path(impl_->plugin, i) == GLOSS_OK;
    return false;
}

bool PluginHost::presenter_setting(const std::string& name, const std::string& value) {
    return has_presenter() && impl_->presenter->set_setting(impl_->plugin, name.c_str(), value.c_str()) == GLOSS_OK;
}

PresenterState PluginHost::presenter_state() const {
    PresenterState out;
    if (!has_presenter()) return out;
    gloss_presenter_state st{};
    st.struct_size = sizeof st;
    if (impl_->presenter->get_state(impl_->plugin, &st) != GLOSS_OK) return out;
    out.presenting = st.presenting;
    out.has_view = st.has_view;
    out.step = st.step;
    out.step_count = static_cast<int>(st.step_count);
    out.stage = static_cast<int>(st.stage);
    out.stages = static_cast<int>(st.stages);
    out.blank = static_cast<int>(st.blank);
    out.message = st.message ? st.message : "";
    return out;
}

bool PluginHost::attach_view(ImFont* body, ImFont* bold) {
    if (!has_presenter()) return false;
    gloss_imgui_binding b = gloss_imgui_binding_for_current_context(body, bold);
    return impl_->presenter->attach_view(impl_->plugin, &b);
}

void PluginHost::detach_view() {
    if (has_presenter()) impl_->presenter->detach_view(impl_->plugin);
}

void PluginHost::draw_view() {
    if (has_presenter()) impl_->presenter->draw_view(impl_->plugin);
}

std::string default_plugin_path(const char* argv0) {
    std::string p = argv0 ? argv0 : "";
    const auto slash = p.rfind('/');
    const std::string dir = slash == std::string::npos ? std::string(".") : p.substr(0, slash);
    const std::string built = dir + "/../plugin/gloss_plugin.so";  // the build tree
#ifdef GLOSS_INSTALLED_PLUGIN
    if (access(built.c_str(), F_OK) != 0) return dir + "/" GLOSS_INSTALLED_PLUGIN;  // an installed tree: bin/ -> lib/gloss/
#endif
    return built;
}

std::string default_article(const char* argv0) {
    const std::string source = GLOSS_ASSETS_DIR "/articles/edm-belarus-transit-2024.txt";
#ifdef GLOSS_INSTALLED_DATA
    if (access(source.c_str(), F_OK) != 0) {
        std::string p = argv0 ? argv0 : "";
        const auto slash = p.rfind('/');
        const std::string dir = slash == std::string::npos ? std::string(".") : p.substr(0, slash);
        return dir + "/" GLOSS_INSTALLED_DATA "/articles/edm-belarus-transit-2024.txt";
    }
#endif
    (void)argv0;
    return source;
}

} // namespace gloss_reader
