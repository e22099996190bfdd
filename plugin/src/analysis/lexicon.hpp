// Gloss — the English word classes the analysers use (no ImGui).
//
// Small closed lists (qualifiers, scale words, units, change verbs, reporting
// verbs, function words). Every test takes an already lower-cased ASCII word.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "gloss/annotation_text.hpp"

namespace gloss::lexicon {

// Lower-case ASCII copy of `w` into `buf` (at most 31 bytes); returns the view.
std::string_view lower(std::string_view w, char (&buf)[32]);

// One byte lower-cased (ASCII letters only), as an unsigned char.
inline unsigned char fold_ascii(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'A' && u <= 'Z') ? static_cast<unsigned char>(u + 32) : u;
}

// FNV-1a of a word, lower-cased first when `fold`, with its high bits mixed
// down: the hash of the analysis' word tables (closed lists, glossary forms).
inline std::uint32_t word_hash(std::string_view w, bool fold) {
    std::uint32_t h = 2166136261u;
    for (const char c : w) h = (h ^ (fold ? fold_ascii(c) : static_cast<unsigned char>(c))) * 16777619u;
    return h ^ (h >> 15);
}

// True when `w`, lower-cased (ASCII), equals the lower-case word `lw`: lower(w) == lw without the copy.
inline bool equals_lower(std::string_view w, std::string_view lw) {
    if (w.size() != lw.size()) return false;
    for (std::size_t i = 0; i < w.size(); ++i)
        if (fold_ascii(w[i]) != static_cast<unsigned char>(lw[i])) return false;
    return true;
}

bool is_function_word(std::string_view lw);       // the, of, in, are, have, according, since, ...
bool is_change_noun(std::string_view lw, int* direction);  // increase (+1), decline (−1), growth, ...
bool is_change_verb(std::string_view lw, int* direction);  // grew, rose (+1); fell, dropped (−1); ...
bool is_reporting_verb(std::string_view lw);      // says, said, estimates, reported, ...
bool is_vague_subject(std::string_view lw);       // others, some, experts, critics, observers, ...
bool is_identifier_label(std::string_view lw);    // volume, vol, issue, no, article, resolution, ...
bool is_time_unit(std::string_view lw, Text* singular);  // years → year
bool is_measure_unit(std::string_view w);         // TEU, tonnes, km, barrels, MW, ... (case as written for symbols)
double scale_word(std::string_view lw);           // thousand → 1e3, million, bn, ... ; 0 when not a scale word
const char* currency_symbol(std::string_view sym); // "$" → "USD", "€" → "EUR", ... ; nullptr otherwise
const char* currency_word(std::string_view lw);    // "euros" → "EUR", "dollars" → "USD", ...; nullptr otherwise
int number_word(std::string_view lw);              // "two" → 2 … "ninety" → 90, "seventy-seven" → 77, "dozen" → 12; 0 otherwise
int number_word_any_case(std::string_view w);      // number_word of w lower-cased ("Three" → 3), without a copy
bool month_like(std::string_view lw);               // a full month name ("june"), not "may"/"mar" alone

} // namespace gloss::lexicon
