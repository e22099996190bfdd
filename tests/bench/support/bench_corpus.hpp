// Benchmark corpora for the reader-side benchmarks: the demo article, and its
// running text repeated to a given size (realistic words, many paragraphs).
#pragma once
#include <string>

#include "document.h"

namespace gloss_bench {

// The demo article, loaded with the reader's own loader. False with *error.
inline bool load_demo_article(gloss_reader::Document* out, std::string* error) {
    return gloss_reader::load_document(std::string(GLOSS_SOURCE_DIR) + "/assets/articles/edm-belarus-transit-2024.txt",
                                       {}, out, error);
}

// `d`'s running text, from its first paragraph on (title, byline and summary
// left out), repeated until the result holds at least `bytes` bytes.
inline std::string repeated_body(const gloss_reader::Document& d, std::size_t bytes) {
    std::size_t from = 0;
    for (const gloss_reader::Block& b : d.blocks)
        if (b.kind == gloss_reader::BlockKind::Paragraph) { from = b.begin; break; }
    const std::string body = d.text.substr(from);
    std::string out;
    while (out.size() < bytes) out += body + "\n\n";
    return out;
}

} // namespace gloss_bench
