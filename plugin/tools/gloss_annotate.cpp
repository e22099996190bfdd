// gloss-annotate — headless CLI over the Gloss core (placeholder: reads and validates a file).
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "gloss/analyze.hpp"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: gloss-annotate FILE\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "gloss-annotate: cannot open %s\n", argv[1]);
        return 2;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    const gloss::AnalyzeResult r = gloss::analyze_text(ss.str(), {});
    if (!r.ok) {
        std::fprintf(stderr, "gloss-annotate: %s: %s\n", argv[1], r.error.c_str());
        return 2;
    }
    std::printf("%zu annotations\n", r.set.items.size());
    return 0;
}
