// Gloss — analysis entry point (placeholder until the analysers land).
#include "gloss/analyze.hpp"
#include "gloss/utf8.hpp"

namespace gloss {

const char* annotation_kind_name(AnnotationKind kind) {
    switch (kind) {
    case AnnotationKind::Figure: return "figure";
    case AnnotationKind::SourceCheck: return "source-check";
    case AnnotationKind::Definition: return "definition";
    case AnnotationKind::Conflict: return "conflict";
    case AnnotationKind::Note: return "note";
    }
    return "unknown";
}

AnalyzeResult analyze_text(std::string_view utf8, const AnalyzeOptions&) {
    AnalyzeResult r;
    const Utf8Check check = utf8_validate(utf8);
    if (!check.ok) {
        r.error = "invalid UTF-8 at byte " + std::to_string(check.error_offset);
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace gloss
