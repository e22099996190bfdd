// Gloss export — worksheet questions made by templates from an article's
// annotations: one template per kind of finding (no ImGui).
//
// Kinds, in the order a balanced sheet takes them round-robin: a derived
// base, a missing source, a conflict, matching terms, a vague source, a date
// after publication, an internal reference, a figure without a unit, a named
// source to look up, an abbreviation.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "gloss/classroom.hpp"

namespace gloss {
class Document;
}

namespace gloss::html {

struct Question {
    const char* type = "";        // derived_base | missing_source | conflict | terms | vague_source |
                                  // date_after_publication | internal_ref | figure_without_unit |
                                  // named_source | acronym
    unsigned    family = 0;       // QuestionFamily bit
    int         paragraph = 0;    // 0-based paragraph the question points to
    std::string prompt_html;      // the question, escaped HTML (phrasing content)
    std::string extra_html;       // block content after the prompt (the matching lists), or ""
    std::string answer_html;      // the answer key's entry, escaped HTML
};

// The questions for a sheet: at most options.max_questions, of the chosen
// families, balanced across the kinds there are, in reading order (the
// matching question last). Deterministic.
std::vector<Question> make_questions(const Document& doc, const AnnotationSet& set, const WorksheetOptions& options);

} // namespace gloss::html
