// Gloss — definitions the text gives itself (no ImGui).
//
// Acronyms by the Schwartz & Hearst (2003) algorithm, "long form (SF)" and
// "SF (long form)", extended so that numerals match their spelled-out initial
// ("20-foot equivalent units (TEU)") and a long form that would start at a
// lower-case function word reaches back to the capitalised word that names it
// ("Office of the UN High Commissioner for Human Rights (OHCHR)").
#pragma once
#include <vector>
#include <string>
#include <string_view>

#include "gloss/document.hpp"

namespace gloss {

// A term the text itself defines.
struct InTextDefinition {
    std::string term;        // "TEU", "Viasna"
    std::string long_form;   // "20-foot equivalent units"; for descriptions: "Belarusian human rights center"
    ByteRange   term_range;  // where the term stands in the definition
    ByteRange   site;        // the whole defining span: "20-foot equivalent units (TEU)"
    bool        acronym = true;  // false for a description ("the … center Viasna")
    bool        gloss = false;     // a non-Latin term glossed in English: "户口 (household registration)"
    bool        implicit = false;  // the long form stands earlier, without parentheses ("the Baltic Grain Council … the BGC")
    bool        person = false;    // a person introduced with a role: long_form is the role as written (people.hpp)
    std::string alias;             // for a person: the family name alone, by which the text names them again ("Ruiz"), or ""
};

// The Schwartz & Hearst match of short form `sf` against candidate long form
// `lf`: the byte offset in `lf` where the long form starts, or npos.
std::size_t schwartz_hearst_start(std::string_view sf, std::string_view lf);

// Whether `sf` can be a short form: 2–10 characters, starts with a letter or
// digit, has a letter, and at least one upper-case letter.
bool plausible_short_form(std::string_view sf);

// Try the parenthetical whose "(" is token `open` and ")" is token `close`.
// Also reads "G20" written as several tokens, and a non-Latin term glossed in English ("Рада (parliament)").
bool acronym_definition_at(const Document& doc, std::size_t open, std::size_t close, InTextDefinition* out);

// Acronyms whose long form the text gives earlier without parentheses, by initials: "the Baltic Grain
// Council met … the BGC said". Terms already in `given` are skipped.
std::vector<InTextDefinition> implicit_acronym_definitions(const Document& doc, const std::vector<InTextDefinition>& given);

// Organisations the text describes between commas after their name: "Fenwick Rail, a state freight
// carrier in the north," → Fenwick Rail, described as "state freight carrier in the north". The name has
// two or more capitalised words, one of them an organisation's word (Bank, Council, Institute, Television,
// …); each name once, at its first description. Terms already in `given` are skipped. O(n).
std::vector<InTextDefinition> described_organisations(const Document& doc, const std::vector<InTextDefinition>& given);

} // namespace gloss
