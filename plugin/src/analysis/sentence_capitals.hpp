// Gloss — which capitals a word owes to its sentence alone (no ImGui).
//
// "Credit rating agency Brenna Ratings cut …", "Former captain Mira Santos,
// now a pundit, said …": a description that opens its sentence starts with a
// capital the sentence gives it, and a card should read "a credit rating
// agency", "former captain". A name's word ("Harlow Bank"), a possessive, a
// people's adjective ("Tarrowan") or a word the text also capitalises
// mid-sentence keeps its capital.
#pragma once
#include <cstddef>
#include <string_view>
#include <unordered_set>

#include "gloss/document.hpp"

namespace gloss {

// Reads the capitalised words written mid-sentence once, on the first question; then answers in constant time.
class SentenceCapitals {
public:
    explicit SentenceCapitals(const Document& doc) : doc_(doc) {}

    // Whether token `q` is a common word capitalised only because it opens its sentence or line, the word
    // after it being in lower case ("Former captain" → true; "Prime Minister", "Tarrowan economist" → false).
    bool only_opens(std::size_t q);

private:
    const Document& doc_;
    std::unordered_set<std::string_view> inside_;  // capitalised words written mid-sentence
    bool read_ = false;
};

} // namespace gloss
