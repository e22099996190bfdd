// Gloss export — the article's words as an export quotes them: excerpts,
// dates in words, a figure's and a citation's summary (no ImGui).
#pragma once
#include <string>
#include <string_view>

#include "gloss/annotation.hpp"

namespace gloss {
class Document;
}

namespace gloss::html {

// `s` with white space collapsed, cut to at most `max_codepoints` code points
// on a word boundary when possible, with "…" when cut. Plain text (not escaped).
std::string excerpt(std::string_view s, std::size_t max_codepoints);

// "2024-06-04" -> "4 June 2024", "2024-06" -> "June 2024", "2024" -> "2024"; anything else unchanged.
std::string date_in_words(std::string_view iso);

// The figure as the reader would say it: qualifier, number and unit ("at least 4,200"),
// from the article's own words where they are at hand.
std::string figure_value_words(const Annotation& figure, std::string_view text);

// The source a figure's conflict entry names, or "no named source".
std::string figure_source_words(const Annotation& figure);

// A citation part as written: "Harbour Board · May 3", "(no source) · March 9, 2021".
std::string citation_part_words(const CitationPart& part);

// The sentence of `figure` (or of the byte `at`), as an excerpt.
std::string sentence_words(const Document& doc, std::uint32_t at, std::size_t max_codepoints);

} // namespace gloss::html
