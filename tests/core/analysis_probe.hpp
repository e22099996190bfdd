// Small helpers the core tests share: analyse a text, find annotations by their quote.
#pragma once
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gloss/analyze.hpp"

namespace probe {

inline gloss::AnalyzeResult analyze(const std::string& text, const std::string& date = "2024-06-04") {
    gloss::AnalyzeOptions o;
    o.publication_date = date;
    return gloss::analyze_text(text, o);
}

inline std::string quote(const std::string& text, const gloss::Annotation& a) {
    return text.substr(a.range.begin, a.range.end - a.range.begin);
}

// The first annotation of `kind` whose quote is exactly `q`, or nullptr.
inline const gloss::Annotation* find(const gloss::AnalyzeResult& r, const std::string& text, gloss::AnnotationKind kind,
                                     const std::string& q) {
    for (const auto& a : r.set.items)
        if (a.kind == kind && quote(text, a) == q) return &a;
    return nullptr;
}

inline std::vector<std::string> quotes(const gloss::AnalyzeResult& r, const std::string& text, gloss::AnnotationKind kind) {
    std::vector<std::string> out;
    for (const auto& a : r.set.items)
        if (a.kind == kind) out.push_back(quote(text, a));
    return out;
}

inline bool has_check(const gloss::Annotation& a, const std::string& id) {
    for (const auto& c : a.check().checks)
        if (c == id) return true;
    return false;
}

// The quotes of the source checks that carry the check `id` ("unsourced_figure"), in text order.
inline std::vector<std::string> quotes_with_check(const gloss::AnalyzeResult& r, const std::string& text, const std::string& id) {
    std::vector<std::string> out;
    for (const auto& a : r.set.items)
        if (a.kind == gloss::AnnotationKind::SourceCheck && has_check(a, id)) out.push_back(quote(text, a));
    return out;
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace probe
