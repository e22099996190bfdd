// Gloss — definitions: every occurrence of a term the text defines or a pack
// knows, with the first one marked (no ImGui).
#pragma once
#include <string>
#include <vector>

#include "acronyms.hpp"
#include "gloss/annotation.hpp"
#include "gloss/document.hpp"
#include "gloss/knowledge.hpp"

namespace gloss {

struct FoundDefinition {
    ByteRange      range;
    DefinitionBody body;
    Text           rule;
};

// Whether a text's long form and a pack's expansion name the same thing ("40-foot shipping units" and
// "forty-foot shipping unit"; not "World Harbour Organisation" and "World Health Organization").
bool same_sense(std::string_view text_form, std::string_view expansion);

// Occurrences of in-text defined terms and of glossary terms, sorted by range.begin.
std::vector<FoundDefinition> find_definitions(const Document& doc, const KnowledgeBase& kb,
                                              const std::vector<InTextDefinition>& in_text, TextStore& texts);

} // namespace gloss
