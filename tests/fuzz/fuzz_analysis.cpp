// Fuzz target: the analysis on any UTF-8 text (invalid bytes are replaced first,
// as the reader and the CLI do). Checks the set's invariants, not just "no crash".
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>

#include "gloss/analyze.hpp"
#include "gloss/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = gloss::utf8_sanitize(std::string_view(reinterpret_cast<const char*>(data), size));
    gloss::AnalyzeOptions options;
    if (size % 2) options.publication_date = "2024-06-04";
    // One input in four is analysed in small parts (256-4336 bytes), as a long text is: a few parts
    // each (a part costs the analysis' start-up again, which would slow the fuzzer down).
    if (size > 1 && data[size - 1] % 4 == 0) options.part_bytes = 256 + (std::size_t(data[0]) << 4);
    const gloss::AnalyzeResult r = gloss::analyze_text(text, options);
    if (!r.ok) std::abort();  // valid UTF-8 under the size limit is always analysed
    std::set<std::string> ids;
    for (std::size_t i = 0; i < r.set.items.size(); ++i) {
        const gloss::Annotation& a = r.set.items[i];
        if (a.range.begin > a.range.end || a.range.end > text.size()) std::abort();
        if (i && r.set.items[i - 1].range.begin > a.range.begin) std::abort();
        if (!ids.insert(a.id).second) std::abort();  // ids are unique, parts or not
        if (a.kind == gloss::AnnotationKind::Conflict)
            for (const int m : a.conflict().members)
                if (m < 0 || std::size_t(m) >= r.set.items.size() || r.set.items[std::size_t(m)].figure().conflict != int(i))
                    std::abort();
    }
    return 0;
}
