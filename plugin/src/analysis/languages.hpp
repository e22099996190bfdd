// Gloss — language names the text uses as languages ("in Pashto", "a
// Tigrinya-language paper", "speaks Quechua"), defined from ISO 639-2 (no ImGui).
//
// A language name alone is never marked: "French troops" and "Georgian wine"
// name a country's people or things. The rule and its contexts: docs/analysis.md.
#pragma once
#include <vector>

#include "gloss/document.hpp"
#include "gloss/knowledge.hpp"
#include "terms.hpp"

namespace gloss {

class LexicalData;

// Adds to `defs` (sorted by range.begin, and kept so) the first use of each
// language name the text uses as a language, as a definition from "ISO 639".
// A name the glossary or the other lexical data knows, or inside a definition
// already found, is left to them. O(1) per token: only a capitalised word that
// is a language name looks at its neighbours.
void add_language_names(const Document& doc, const KnowledgeBase& kb, const LexicalData& lexical, TextStore& texts,
                        std::vector<FoundDefinition>* defs);

} // namespace gloss
