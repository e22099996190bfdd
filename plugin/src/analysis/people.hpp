// Gloss — the people a text introduces with a role, as definitions of their
// names (no ImGui).
//
// A reader who meets "Ruiz said" three paragraphs on wants to know who Ruiz
// is; news says it once, where it first names her:
//   "Ana Ruiz, an economist at Harlow Bank, said …"     (after the name, between commas)
//   "Harbour Minister Ana Ruiz said …"                  (a title before the name)
//   "The bank's chief economist, Ana Ruiz, said …"      (a role, then the name between commas)
// Each names a person (two or more capitalised words, or one after an office:
// "President Lind") with a description whose head is a person's role or
// trade ("economist", "mayor", "striker", "geologist"), never a body's name
// ("Harlow Bank, the region's lender" is an organisation's description:
// acronyms.hpp). The family name alone ("Ruiz") names the person again after
// the introduction, unless the text also uses it as a lower-case word
// ("Young" beside "young") or two people share it.
#pragma once
#include <string>
#include <vector>

#include "acronyms.hpp"
#include "gloss/document.hpp"

namespace gloss {

// People introduced with a role, each at their first introduction; names in `given` (defined already)
// are skipped. Each result has `person` set, `long_form` the role as written ("an economist at Harlow
// Bank", "Harbour Minister") and `alias` the family name when it may stand alone. O(n) in the tokens.
std::vector<InTextDefinition> described_people(const Document& doc, const std::vector<InTextDefinition>& given);

// For each full name ("Ana Ruiz"), its family name when it may stand alone for that person in `doc`
// ("Ruiz"), else "": not when the text writes it as a lower-case word too, when two of `names` share it,
// or when it is another name's first word. One pass over the tokens.
std::vector<std::string> lone_family_names(const Document& doc, const std::vector<std::string>& names);

// Whether token i, as written a function word or a month, is a person's name here: "He" as a family name
// and "Per" as a given name before a capitalised word on the same line ("He Wenping", "Per Olsen");
// "Will" too, but at a sentence's start only before a comma or a verb of saying ("Will Hutton said", not
// "Will Harlow Bank survive?"); "May" as a family name after a capitalised word on its line, not before a
// number nor after a word of when ("Theresa May", "Mrs May"; not "May 5", "early May").
bool name_in_word_form(const std::vector<Token>& t, std::string_view text, std::size_t i);

} // namespace gloss
