// Gloss — citations: parentheticals parsed into parts, and attributions in
// running text ("according to X", "X estimates"), with their checks (no ImGui).
#pragma once
#include <string>
#include <string_view>
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

// Word classes the attributions use, for the definitions of people (people.hpp). Each takes a word
// lower-cased (ASCII), except reads_as_organisation, which takes a name as written.
bool names_person_by_role(std::string_view lw);   // economist, spokesman, mayor, chief, founder, striker, geologist, ...
bool is_office_title(std::string_view lw);        // minister, president, governor, senator, mayor, judge, ...
bool reads_as_organisation(std::string_view name); // "Harlow Bank", "Tarrow Foods", "HPA": a body's name, not a person's

// Takes check `id` (and its message) out of `b`, wherever it stands; nothing when `b` has none.
void drop_check(SourceCheckBody& b, std::string_view id);

// Scan parentheticals and attributions. `publication` may have year 0 (unknown). `people` are those the
// text introduces with a role (people.hpp): a family name alone after one names them ("Ruiz said").
CitationScan find_citations(const Document& doc, const KnowledgeBase& kb, const CalendarDate& publication, TextStore& texts,
                            const std::vector<InTextDefinition>& people = {});

} // namespace gloss
