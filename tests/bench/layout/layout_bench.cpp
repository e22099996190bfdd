// Reader benchmark: layout time (demo article, 10 MB text) and per-frame CPU
// time of drawing the visible page, each beside Dear ImGui's own wrapping
// (ImFont::CalcTextSizeA with a wrap width; ImGui::TextWrapped per paragraph)
// as the baseline. Medians over repeated runs; headless (no renderer).
#include "document.h"
#include "../support/bench_corpus.hpp"
#include "fonts.h"
#include "layout.h"
#include "page_painter.h"
#include "theme.h"

#include <imgui.h>

#include <algorithm>
#include <ctime>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace gloss_reader;

namespace {

// Thread CPU time, so other processes on the machine do not count.
double cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median_ms(int runs, const std::function<void()>& fn) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const double a = cpu_ms();
        fn();
        t.push_back(cpu_ms() - a);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

// The baseline layout: ImGui's wrapping over every block at the same width.
float imgui_wrap_height(const Document& d, const FontSet& f, float width) {
    float h = 0;
    for (const Block& b : d.blocks)
        h += f.font[FontBody]->CalcTextSizeA(f.px[FontBody], FLT_MAX, width, d.text.data() + b.content_begin,
                                              d.text.data() + b.end).y;
    return h;
}

// One headless frame drawing the page with our layout (culled).
void frame_ours(const Document& d, const Layout& L, const FontSet& f, float scroll) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1000, 1200);
    io.DeltaTime = 1.0f / 60;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("page", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground);
    PagePaint p;
    p.doc = &d;
    p.layout = &L;
    p.fonts = &f;
    p.theme = &theme_at(0);
    p.transform.origin_x = std::floor((1000 - L.measure) * 0.5f);
    p.transform.origin_y = 60 - scroll;
    p.visible_y0 = scroll - 60;
    p.visible_y1 = p.visible_y0 + 1200;
    paint_page(ImGui::GetWindowDrawList(), p);
    ImGui::End();
    ImGui::Render();
}

// The baseline frame: ImGui::TextWrapped per paragraph in a scrolled window.
void frame_imgui(const Document& d, const FontSet& f, float measure, float scroll) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1000, 1200);
    io.DeltaTime = 1.0f / 60;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("page-imgui", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::SetScrollY(scroll); // applied from the next frame on (warm-up frames run first)
    ImGui::PushFont(f.font[FontBody]);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + measure);
    for (const Block& b : d.blocks) {
        ImGui::TextUnformatted(d.text.data() + b.content_begin, d.text.data() + b.end);
        ImGui::Spacing();
    }
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::End();
    ImGui::Render();
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
    const std::string big = gloss_bench::repeated_body(demo, 10u << 20);
    Document large;
    if (!document_from_text(big, "10mb.txt", {}, &large, &error)) return 1;

    FontFiles files;
    if (!find_reading_fonts(&files, &error)) { std::fprintf(stderr, "%s\n", error.c_str()); return 1; }
    GlyphSet glyphs;
    glyphs.add_text(demo.text);
    FontSet fonts;
    if (!build_font_atlas(ImGui::GetIO().Fonts, files, glyphs, 18.0f, &fonts, &error)) return 1;
    unsigned char* px = nullptr;
    int tw = 0, th = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&px, &tw, &th);

    LayoutParams prm;
    prm.max_width = 860;
    Layout L_demo = layout_document(demo, fonts, prm);
    Layout L_big = layout_document(large, fonts, prm);
    const float measure = L_demo.measure;

    const double demo_ours = median_ms(200, [&] { L_demo = layout_document(demo, fonts, prm); });
    volatile float sink = 0;
    const double demo_imgui = median_ms(200, [&] { sink = sink + imgui_wrap_height(demo, fonts, measure); });
    const double big_ours = median_ms(5, [&] { L_big = layout_document(large, fonts, prm); });
    const double big_imgui = median_ms(5, [&] { sink = sink + imgui_wrap_height(large, fonts, measure); });

    for (int i = 0; i < 5; ++i) frame_ours(demo, L_demo, fonts, 0); // warm-up
    const double f_demo_ours = median_ms(300, [&] { frame_ours(demo, L_demo, fonts, 400); });
    for (int i = 0; i < 5; ++i) frame_imgui(demo, fonts, measure, 400);
    const double f_demo_imgui = median_ms(300, [&] { frame_imgui(demo, fonts, measure, 400); });
    const float mid = L_big.host.content_height * 0.5f;
    const double f_big_ours = median_ms(300, [&] { frame_ours(large, L_big, fonts, mid); });
    for (int i = 0; i < 2; ++i) frame_imgui(large, fonts, measure, mid);
    const double f_big_imgui = median_ms(15, [&] { frame_imgui(large, fonts, measure, mid); });

    std::printf("reader layout benchmark (DejaVu Sans 18 px, column %.0f px, 1000x1200 view; median thread CPU time)\n", measure);
    std::printf("%-44s %12s %14s %8s\n", "case", "gloss (ms)", "imgui (ms)", "ratio");
    auto row = [](const char* name, double a, double b) { std::printf("%-44s %12.3f %14.3f %8.2f\n", name, a, b, a / b); };
    row("layout, demo article (8.4 KB) [200 runs]", demo_ours, demo_imgui);
    std::string big_name = "layout, " + std::to_string(large.text.size() >> 20) + " MB text [5 runs]";
    row(big_name.c_str(), big_ours, big_imgui);
    row("frame, demo article page [300 frames]", f_demo_ours, f_demo_imgui);
    row("frame, 10 MB text, middle page [300/15]", f_big_ours, f_big_imgui);
    std::printf("lines: demo %zu, 10 MB %zu; imgui = ImFont::CalcTextSizeA wrap (layout), TextWrapped per paragraph (frame)\n",
                L_demo.host.lines.size(), L_big.host.lines.size());
    ImGui::DestroyContext();
    return 0;
}
