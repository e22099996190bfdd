// Gloss — language names the text uses as languages ("in Pashto", "a
// Tigrinya-language paper", "speaks Quechua"), defined from ISO 639-2 (no ImGui).
//
// A language name alone is never marked: "French troops" and "Georgian wine"
// name a country's people or things. The rule and its contexts: docs/analysis.md.
#pragma once
#include <memory>
#include <vector>

#include "gloss/document.hpp"
#include "gloss/knowledge.hpp"
#include "terms.hpp"

namespace gloss {

class LexicalData;

// The uses of language names as languages in one document, found word by word
// by a scan that already visits the capitalised words (the definitions' scan of
// lexical data), then added to the definitions found. O(1) per word: only a
// word in a context of language, or one that starts a name of several words,
// is looked up.
class LanguageScan {
public:
    LanguageScan(const Document& doc, const LexicalData& lexical);
    ~LanguageScan();
    // Token i, a capitalised word, in text order.
    void at(std::size_t i);
    // Adds to `defs` (sorted by range.begin, and kept so) the first use of each
    // language found, as a definition from "ISO 639". A name the glossary or the
    // other lexical data knows, or inside a definition already found, is left to them.
    void add_to(const KnowledgeBase& kb, TextStore& texts, std::vector<FoundDefinition>* defs);

private:
    struct State;
    std::unique_ptr<State> state_;
};

// The whole scan at once: every capitalised word of `doc` through a LanguageScan, then add_to(defs).
void add_language_names(const Document& doc, const KnowledgeBase& kb, const LexicalData& lexical, TextStore& texts,
                        std::vector<FoundDefinition>* defs);

} // namespace gloss
