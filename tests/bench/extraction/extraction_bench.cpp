// Main-text extraction benchmark, Gloss side: reads every PAGES/<name>/source.html
// into memory, extracts each page's main text on one thread (CPU time of the
// thread per page, parse included, best of ROUNDS), writes OUT/<name>.txt and prints the timing as JSON.
//
//   extraction_bench PAGES_DIR OUT_DIR [ROUNDS]
#include "gloss/formats.hpp"

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

// CPU time of this thread: "on one core", whatever else the machine runs.
double thread_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: extraction_bench PAGES_DIR OUT_DIR [ROUNDS]\n");
        return 2;
    }
    const int rounds = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3;
    struct Page { std::string name, html, text; double best_ms = 1e300; };
    std::vector<Page> pages;
    for (const auto& e : fs::directory_iterator(argv[1])) {
        const fs::path src = e.path() / "source.html";
        if (!fs::exists(src)) continue;
        std::ifstream in(src, std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        pages.push_back({e.path().filename().string(), ss.str(), {}, 1e300});
    }
    std::sort(pages.begin(), pages.end(), [](const Page& a, const Page& b) { return a.name < b.name; });
    fs::create_directories(argv[2]);
    gloss::HtmlReadOptions options;
    options.title_block = false;
    options.base_url = "http://fakehost/test/page.html";
    std::size_t failed = 0;
    double total_best = 0;
    for (int r = 0; r < rounds; ++r) {
        for (Page& p : pages) {
            gloss::ReadDocument doc;
            std::string error;
            const double t0 = thread_cpu_ms();
            const bool ok = gloss::read_html(p.html, options, &doc, &error);
            const double ms = thread_cpu_ms() - t0;
            p.best_ms = std::min(p.best_ms, ms);
            if (r == 0) {
                if (!ok) ++failed;
                p.text = ok ? doc.text : std::string();
            }
        }
    }
    std::vector<double> times;
    for (const Page& p : pages) {
        std::ofstream out(fs::path(argv[2]) / (p.name + ".txt"), std::ios::binary);
        out << p.text << (p.text.empty() ? "" : "\n");
        times.push_back(p.best_ms);
        total_best += p.best_ms;
    }
    std::sort(times.begin(), times.end());
    const double median = times.empty() ? 0 : times[times.size() / 2];
    std::printf("{\"pages\": %zu, \"failed\": %zu, \"total_ms\": %.3f, \"median_ms\": %.3f, \"pages_per_second\": %.1f}\n",
                pages.size(), failed, total_best, median, total_best > 0 ? 1000.0 * double(pages.size()) / total_best : 0.0);
    return 0;
}
