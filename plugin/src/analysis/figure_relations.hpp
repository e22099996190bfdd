// Gloss — what figures say together: elided nouns, sources, derived values,
// conflicts and unsourced figures (no ImGui).
#pragma once
#include <vector>

#include "citations.hpp"
#include "figures.hpp"

namespace gloss {

// A group of figures that count the same thing but disagree.
struct FoundConflict {
    Text                     quantity;
    std::vector<std::size_t> members;  // indices into the figures vector
};

// Fill counts of bare numbers from the count before them in the paragraph.
void resolve_elided_nouns(const Document& doc, std::vector<FoundFigure>& figures, TextStore& texts);

// Give each figure the source its sentence (or its citation) names.
void attach_sources(const Document& doc, std::vector<FoundFigure>& figures, const std::vector<FoundCitation>& citations,
                    TextStore& texts);

// Percentage change + end value in one sentence → the base, with the arithmetic.
void derive_bases(const Document& doc, std::vector<FoundFigure>& figures, TextStore& texts);

// The base of an amount a verb of multiplying ends at: "doubled to $14" → $7 before the increase, "halved
// to 300 tonnes" → 600 before the decrease (doubled, tripled/trebled, quadrupled, halved, right before
// "to"). Amounts that have a derived value already are left.
void derive_multiple_bases(const Document& doc, std::vector<FoundFigure>& figures, TextStore& texts);

// The base of an amount a verb of change ended at, after the amount it moved by: "fell 3.5 million barrels
// in the week to 325.8 million" → 329.3 million before the decrease ("325.8 + 3.5 ≈ 329.3"): the end, right
// after "to", is the sentence's next figure (over its dates), of the same kind and unit. Amounts that have a
// derived value already are left.
void derive_absolute_bases(const Document& doc, std::vector<FoundFigure>& figures, TextStore& texts);

// The whole an amount is a share of, when the text restates it so right after: "cut 1,200 jobs, or 8% of its
// staff" → ≈ 15,000 jobs ("1,200 ÷ 8% ≈ 15,000"). Amounts that have a derived value already are left.
void derive_wholes(const Document& doc, std::vector<FoundFigure>& figures, TextStore& texts);

// An amount after "to" and one of the same kind and unit after "from" in a sentence with no percentage
// change ("rose to $4.50 from $3.90") → on the first, the change from the second, absolute and in percent.
void derive_changes(const Document& doc, std::vector<FoundFigure>& figures, TextStore& texts);

// Figures that count the same quantity, in the same period, with different values.
std::vector<FoundConflict> find_conflicts(const Document& doc, const std::vector<FoundFigure>& figures);

// Source checks for figures whose sentence names no source while the paragraph's others do.
std::vector<FoundCitation> unsourced_figures(const Document& doc, const std::vector<FoundFigure>& figures,
                                             const std::vector<FoundCitation>& citations);

// "13,830", "62,500", "4.2": a number rounded to four significant digits, with thousands separators.
std::string format_number(double v);

} // namespace gloss
