// Gloss — which capitals a word owes to its sentence alone. See sentence_capitals.hpp.
#include "sentence_capitals.hpp"

#include "lexicon.hpp"

namespace gloss {

bool SentenceCapitals::only_opens(std::size_t q) {
    const std::vector<Token>& t = doc_.tokens();
    const auto word = [&](std::size_t p) { return p < t.size() && t[p].type == TokenType::Word; };
    if (!word(q)) return false;
    const Token& k = t[q];
    if (!(k.flags & TokenCapitalized) || (k.flags & TokenAllCaps) || !word(q + 1) || (t[q + 1].flags & TokenCapitalized)) return false;
    if (!(q == 0 || (k.flags & TokenNewlineBefore) || doc_.sentences()[static_cast<std::size_t>(doc_.sentence_of(k.begin))].begin == k.begin))
        return false;
    const std::string_view w = doc_.token_text(q);
    if (lexicon::is_possessive(w) || w.size() < 3) return false;
    for (std::size_t i = 1; i < w.size(); ++i)
        if (!(w[i] >= 'a' && w[i] <= 'z')) return false;  // "UK-based", "McKinsey": no common word
    for (const std::string_view end : {"an", "ese", "ish", "ic", "i"})
        if (w.size() > end.size() && w.substr(w.size() - end.size()) == end) return false;
    if (!read_) {
        read_ = true;
        for (std::size_t p = 1; p < t.size(); ++p)
            if (word(p) && (t[p].flags & TokenCapitalized) && !(t[p].flags & TokenNewlineBefore) && word(p - 1))
                inside_.insert(doc_.token_text(p));
    }
    return inside_.count(w) == 0;
}

} // namespace gloss
