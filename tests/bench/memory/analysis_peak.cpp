// Peak memory of the analysis itself on one text, in its two forms: analyze_text
// (every annotation returned at once, as the reader's overlay holds them) and
// analyze_text_in_parts (each part's annotations handed out and let go, as
// gloss-annotate writes them). One form per process, so that each peak is its own.
// Never run by ctest; tests/bench/memory/run.sh runs it.
//
// usage: bench_analysis_peak FILE (whole | parts)
#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "gloss/analyze.hpp"

int main(int argc, char** argv) {
    if (argc != 3 || (std::strcmp(argv[2], "whole") && std::strcmp(argv[2], "parts"))) {
        std::fprintf(stderr, "usage: bench_analysis_peak FILE (whole | parts)\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    gloss::AnalyzeOptions options;
    options.publication_date = "2024-06-04";
    std::size_t annotations = 0;
    const bool parts = !std::strcmp(argv[2], "parts");
    if (parts) {
        gloss::analyze_text_in_parts(text, options, [&](gloss::AnnotationSet& part) {
            annotations += part.items.size();
            return true;
        });
    } else {
        annotations = gloss::analyze_text(text, options).set.items.size();
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%zu %zu %ld\n", text.size(), annotations, usage.ru_maxrss);  // bytes, annotations, max RSS in KiB
    return 0;
}
