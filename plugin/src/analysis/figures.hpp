// Gloss — the figure scanner: every numeric expression a careful reader would
// want annotated (no ImGui).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "gloss/annotation.hpp"
#include "gloss/dates.hpp"
#include "gloss/document.hpp"

namespace gloss {

// A figure as the scanner found it, before it becomes an Annotation.
struct FoundFigure {
    ByteRange    range;                // the annotated bytes (number plus unit/noun, without the qualifier)
    FigureBody   body;
    Text         rule;                 // in words
    int          direction = 0;        // for changes: +1 increase, -1 decrease
    bool         noun_elided = false;  // a bare count whose noun is left out ("… and 214 according to …")
    bool         attributed = false;   // its sentence cites or attributes it (named, vague or missing source)
    CalendarDate date;                 // for dates and years
    int          sentence = 0;         // Document::sentence_of(range.begin), computed once when found
    int          paragraph = 0;        // Document::paragraph_of(range.begin), computed once when found
    std::size_t  first_token = 0;      // Document::first_token_at_or_after(range.begin): the figure's first token
    std::size_t  end_token = 0;        // Document::first_token_at_or_after(range.end): the token after the figure
};

// The value of a number as written ("1,559", "4.2", "300 000"): its digits and decimal point, separators skipped.
double number_value(std::string_view written);

// Scan `doc` for figures, skipping the byte ranges in `skip` (sorted by begin:
// citation parentheticals). Year-less dates take the year of `publication`
// (the one before it for a month three or more months after its month, unless
// the sentence looks ahead; the one after for a month five or more before it,
// in a sentence that looks ahead). The
// figures are written into `storage`'s memory (its contents dropped), so a
// caller can hand back the previous document's vector instead of fresh memory.
std::vector<FoundFigure> find_figures(const Document& doc, const std::vector<ByteRange>& skip, const CalendarDate& publication,
                                      TextStore& texts, std::vector<FoundFigure>&& storage = {});

} // namespace gloss
