// Gloss — citations: parentheticals parsed into parts, and attributions in
// running text ("according to X", "X estimates"), with their checks (no ImGui).
#pragma once
#include <string>
#include <vector>

#include "acronyms.hpp"
#include "gloss/annotation.hpp"
#include "gloss/dates.hpp"
#include "gloss/document.hpp"
#include "gloss/knowledge.hpp"

namespace gloss {

struct FoundCitation {
    ByteRange       range;
    SourceCheckBody body;
    Text            rule;
    bool            named = false;   // at least one part names a source
    bool            vague = false;   // "Others estimate"
    bool            subject = false; // the source is the subject of a reporting verb ("X estimates")
};

struct CitationScan {
    std::vector<FoundCitation>    citations;    // sorted by range.begin
    std::vector<ByteRange>        parentheticals_cited; // ranges of parenthetical citations (figures skip them)
    std::vector<InTextDefinition> definitions;  // acronyms and descriptions the text gives
};

// Scan parentheticals and attributions. `publication` may have year 0 (unknown).
CitationScan find_citations(const Document& doc, const KnowledgeBase& kb, const CalendarDate& publication, TextStore& texts);

} // namespace gloss
