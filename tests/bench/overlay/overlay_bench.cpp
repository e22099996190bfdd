// Overlay benchmark: per-frame CPU time of the reader alone vs the reader with
// the Gloss plugin (the real .so, loaded with dlopen through the C ABI), on
// the demo article and on a 1 MB article, in one run; and the CPU time from
// opening the demo article to its first annotated frame. Headless ImGui (font
// atlas built, no renderer); the reader's own layout and page painter.
// Medians of thread CPU time. Never run by ctest (see run.sh).
#include <dlfcn.h>

#include <imgui.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <new>
#include <string>
#include <vector>

#include "document.h"
#include "../support/bench_corpus.hpp"
#include "fonts.h"
#include "gloss/gloss_imgui_binding.hpp"
#include "gloss/gloss_plugin.h"
#include "layout.h"
#include "page_painter.h"
#include "theme.h"

using namespace gloss_reader;

// Count operator new calls (the plugin's C++ allocations resolve to these too).
static std::atomic<long> g_news{0};
void* operator new(std::size_t n) {
    ++g_news;
    if (void* p = std::malloc(n ? n : 1)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {

double cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

constexpr float kW = 1400, kH = 1000;

struct Plugin {
    void*                      module = nullptr;
    const gloss_entry_t*       entry = nullptr;
    const gloss_plugin*        p = nullptr;
    const gloss_imgui_overlay* ov = nullptr;
    gloss_host                 host{};

    bool load(const FontSet& fonts) {
        module = dlopen(GLOSS_PLUGIN_PATH, RTLD_NOW | RTLD_LOCAL);
        if (!module) return false;
        entry = static_cast<const gloss_entry_t*>(dlsym(module, "gloss_entry"));
        if (!entry || !entry->init(GLOSS_PLUGIN_PATH)) return false;
        host.struct_size = sizeof host;
        host.abi = gloss_version{GLOSS_ABI_MAJOR, GLOSS_ABI_MINOR, 0};
        host.log = [](const gloss_host*, int32_t, const char* m) { std::fprintf(stderr, "plugin: %s\n", m); };
        p = entry->create(&host);
        if (!p) return false;
        ov = static_cast<const gloss_imgui_overlay*>(p->get_extension(p, GLOSS_EXT_IMGUI_OVERLAY));
        const gloss_imgui_binding b =
            gloss_imgui_binding_for_current_context(fonts.font[FontUi], fonts.font[FontHeading]);
        return ov && ov->attach(p, &b);
    }
    void open(const Document& d, const Layout& L) {
        gloss_document doc{};
        doc.struct_size = sizeof doc;
        doc.text = d.text.data();
        doc.text_len = static_cast<uint32_t>(d.text.size());
        doc.metadata_json = d.meta_json.c_str();
        p->set_document(p, &doc);
        std::vector<gloss_text_line> lines(L.host.lines.size());
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const HostLine& l = L.host.lines[i];
            lines[i] = gloss_text_line{{l.begin, l.end}, {l.x0, l.y0, l.x1, l.y1}, l.baseline, l.first_caret, l.caret_count};
        }
        gloss_layout g{};
        g.struct_size = sizeof g;
        g.lines = lines.data();
        g.line_count = static_cast<uint32_t>(lines.size());
        g.caret_x = L.host.caret_x.data();
        g.caret_count = static_cast<uint32_t>(L.host.caret_x.size());
        g.content_width = L.host.content_width;
        g.content_height = L.host.content_height;
        p->set_layout(p, &g);
    }
    ~Plugin() {
        if (p) {
            ov->detach(p);
            p->destroy(p);
        }
        if (entry) entry->deinit();
        if (module) dlclose(module);
    }
};

// One reader frame at `scroll`, with the plugin drawing inside the text window when given.
// Returns the operator-new calls made inside the plugin's draw.
long frame(const Document& d, const Layout& L, const FontSet& f, float scroll, Plugin* plugin, double time) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(kW, kH);
    io.DeltaTime = 1.0f / 60;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("page", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground);
    PagePaint pp;
    pp.doc = &d;
    pp.layout = &L;
    pp.fonts = &f;
    pp.theme = &theme_at(0);
    pp.transform.origin_x = std::floor((kW - L.measure) * 0.5f);
    pp.transform.origin_y = 60 - scroll;
    pp.visible_y0 = scroll - 60;
    pp.visible_y1 = pp.visible_y0 + kH;
    paint_page(ImGui::GetWindowDrawList(), pp);
    long news = 0;
    if (plugin) {
        gloss_view v{};
        v.struct_size = sizeof v;
        v.origin_x = pp.transform.origin_x;
        v.origin_y = pp.transform.origin_y;
        v.scale = 1;
        v.visible_y0 = pp.visible_y0;
        v.visible_y1 = pp.visible_y1;
        v.clip = gloss_rect{0, 0, kW, kH};
        v.gutter_x1 = pp.transform.origin_x - 11;
        v.gutter_x0 = v.gutter_x1 - 48;
        v.dpi_scale = 1;
        v.time = time;
        const long before = g_news.load();
        plugin->ov->draw(plugin->p, &v);
        news = g_news.load() - before;
    }
    ImGui::End();
    ImGui::Render();
    return news;
}

struct FrameStats { double alone = 0, with = 0; long news = 0; };

FrameStats frames(const Document& d, const Layout& L, const FontSet& f, float scroll, Plugin& plugin, int n, ImVec2 mouse) {
    ImGui::GetIO().MousePos = mouse;
    std::vector<double> alone, with;
    double t = 0;
    for (int i = 0; i < 30; ++i) frame(d, L, f, scroll, nullptr, t); // warm-up
    for (int i = 0; i < n; ++i) {
        const double a = cpu_ms();
        frame(d, L, f, scroll, nullptr, t);
        alone.push_back(cpu_ms() - a);
    }
    for (int i = 0; i < 60; ++i, t += 1.0 / 60) frame(d, L, f, scroll, &plugin, t); // warm-up: cards open, buffers grown
    long news = 0;
    for (int i = 0; i < n; ++i, t += 1.0 / 60) {
        const double a = cpu_ms();
        news += frame(d, L, f, scroll, &plugin, t);
        with.push_back(cpu_ms() - a);
    }
    return {median(alone), median(with), news};
}

// Screen point of byte `offset` on the laid-out page at `scroll` (for hovering).
ImVec2 point_of(const Layout& L, float scroll, std::uint32_t offset) {
    const std::size_t i = L.line_of_offset(offset);
    const HostLine& l = L.host.lines[i];
    return ImVec2(std::floor((kW - L.measure) * 0.5f) + l.x0 + 4, 60 - scroll + (l.y0 + l.y1) * 0.5f);
}

} // namespace

int main() {
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    std::string error;
    Document demo;
    if (!gloss_bench::load_demo_article(&demo, &error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    const std::string big = gloss_bench::repeated_body(demo, 1u << 20);
    Document large;
    if (!document_from_text(big, "1mb.txt", {}, &large, &error)) return 1;
    FontFiles files;
    if (!find_reading_fonts(&files, &error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    GlyphSet glyphs;
    glyphs.add_text(demo.text);
    FontSet fonts;
    if (!build_font_atlas(ImGui::GetIO().Fonts, files, glyphs, 18.0f, &fonts, &error)) return 1;
    unsigned char* px = nullptr;
    int tw = 0, th = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&px, &tw, &th);
    LayoutParams prm;
    prm.max_width = 860;
    const Layout L_demo = layout_document(demo, fonts, prm);
    const Layout L_big = layout_document(large, fonts, prm);

    // Time to the first annotated frame: set_document (analysis) + set_layout + one frame.
    std::vector<double> first;
    for (int run = 0; run < 15; ++run) {
        Plugin plugin;
        if (!plugin.load(fonts)) {
            std::fprintf(stderr, "cannot load %s\n", GLOSS_PLUGIN_PATH);
            return 1;
        }
        const double a = cpu_ms();
        plugin.open(demo, L_demo);
        frame(demo, L_demo, fonts, 0, &plugin, 0);
        first.push_back(cpu_ms() - a);
    }

    Plugin plugin;
    if (!plugin.load(fonts)) return 1;
    plugin.open(demo, L_demo);
    const uint32_t annotations_demo = plugin.p->annotation_count(plugin.p);
    const float demo_scroll = 400;
    const std::uint32_t teu = static_cast<std::uint32_t>(demo.text.find("58,500 TEU"));
    const FrameStats d_idle = frames(demo, L_demo, fonts, demo_scroll, plugin, 400, ImVec2(5, 5));
    const float teu_scroll = std::max(0.0f, L_demo.host.lines[L_demo.line_of_offset(teu)].y0 - 300);
    const FrameStats d_card = frames(demo, L_demo, fonts, teu_scroll, plugin, 400, point_of(L_demo, teu_scroll, teu));

    const double a_big = cpu_ms();
    plugin.open(large, L_big);
    const double open_big = cpu_ms() - a_big;
    const uint32_t annotations_big = plugin.p->annotation_count(plugin.p);
    const float mid = L_big.host.content_height * 0.5f;
    const FrameStats b_idle = frames(large, L_big, fonts, mid, plugin, 400, ImVec2(5, 5));

    std::printf("overlay benchmark: %0.fx%0.f view, DejaVu Sans 18 px, headless ImGui %s; median thread CPU ms per frame\n", kW, kH,
                IMGUI_VERSION);
    std::printf("%-40s %10s %12s %10s %8s %14s\n", "case", "reader", "reader+gloss", "added", "ratio", "news/frame");
    auto row = [](const char* name, const FrameStats& s, int n) {
        std::printf("%-40s %10.4f %12.4f %10.4f %8.2f %14.2f\n", name, s.alone, s.with, s.with - s.alone, s.with / s.alone,
                    static_cast<double>(s.news) / n);
    };
    row("demo article, page, no hover", d_idle, 400);
    row("demo article, hover card open", d_card, 400);
    row("1 MB article, middle page, no hover", b_idle, 400);
    std::printf("annotations: demo %u, 1 MB %u (%zu bytes)\n", annotations_demo, annotations_big, large.text.size());
    std::printf("demo article, open to first annotated frame: %.2f ms CPU (median of %zu; goal <= 100 ms)\n", median(first),
                first.size());
    std::printf("1 MB article, open (analysis + layout hand-over): %.1f ms CPU (one run)\n", open_big);
    std::printf("goals: added <= 0.25 ms per frame; at 1 MB added <= 10%% of the frame\n");
    ImGui::DestroyContext();
    return 0;
}
