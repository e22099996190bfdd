// Fuzz target: the analysis on any UTF-8 text (invalid bytes are replaced first,
// as the reader and the CLI do). Checks the set's invariants, not just "no crash".
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "gloss/analyze.hpp"
#include "gloss/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = gloss::utf8_sanitize(std::string_view(reinterpret_cast<const char*>(data), size));
    gloss::AnalyzeOptions options;
    if (size % 2) options.publication_date = "2024-06-04";
    const gloss::AnalyzeResult r = gloss::analyze_text(text, options);
    if (!r.ok) std::abort();  // valid UTF-8 under the size limit is always analysed
    for (std::size_t i = 0; i < r.set.items.size(); ++i) {
        const gloss::Annotation& a = r.set.items[i];
        if (a.range.begin > a.range.end || a.range.end > text.size()) std::abort();
        if (i && r.set.items[i - 1].range.begin > a.range.begin) std::abort();
    }
    return 0;
}
