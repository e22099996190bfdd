// Gloss — moving notes to and from Hypothesis (web annotation) JSON.
//
// Hypothesis's API represents an annotation as {id, created, updated, user,
// uri, text, tags, target: [{source, selector: [...]}], ...}. Import reads
// its TextQuoteSelector and TextPositionSelector (RangeSelector and other
// DOM-based selectors are ignored); export writes both. Accepted input: one
// annotation object, an array of them, or a search result {"rows": [...]}.
// Details: docs/notes-and-anchoring.md. No ImGui here.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "gloss/notes.hpp"

namespace gloss {

// Result of reading Hypothesis JSON.
struct HypothesisImport {
    bool                     ok = false;
    std::vector<Note>        notes;     // when ok: one note per annotation that has a quote
    std::vector<std::string> skipped;   // one line per annotation left out (no TextQuoteSelector: page notes, replies)
    std::string              error;     // when !ok: why the input could not be read at all
};

// Read Hypothesis annotation JSON (see above). Never throws.
HypothesisImport hypothesis_import(std::string_view json_text);

// Write notes as a Hypothesis search result {"total": N, "rows": [...]},
// each annotation with uri = `document_uri` and both text selectors.
std::string hypothesis_export(const std::vector<Note>& notes, std::string_view document_uri);

} // namespace gloss
