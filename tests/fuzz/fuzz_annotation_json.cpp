// Fuzz target: the JSON writer (and its line-per-annotation form) over the
// analysis of any text; the output must parse back as JSON.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "gloss/analyze.hpp"
#include "gloss/annotation_json.hpp"
#include "gloss/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = gloss::utf8_sanitize(std::string_view(reinterpret_cast<const char*>(data), size));
    gloss::AnalyzeOptions options;
    options.publication_date = "2024-06-04";
    const gloss::AnalyzeResult r = gloss::analyze_text(text, options);
    if (!r.ok) return 0;
    gloss::AnnotationJsonOptions jo;
    jo.indent = size % 3 == 0 ? -1 : 2;
    jo.context_chars = static_cast<int>(size % 40);
    const std::string out = gloss::annotation_collection_json(r.set, text, jo);
    if (nlohmann::json::parse(out, nullptr, false).is_discarded()) std::abort();
    return 0;
}
