// Gloss — in-text acronym definitions (Schwartz & Hearst 2003). See acronyms.hpp.
#include "acronyms.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace gloss {

namespace {

inline char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
inline bool alnum_ascii(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Spelled-out form of a small numeral, for matching its initial: 20 → "twenty".
const char* spelled(std::string_view digits) {
    static const char* const ones[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                       "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                       "seventeen", "eighteen", "nineteen"};
    static const char* const tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    if (digits.empty() || digits.size() > 2) return nullptr;
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    if (v < 20) return ones[v];
    return tens[v / 10];
}

bool is_connector(std::string_view w) {
    return w == "of" || w == "the" || w == "for" || w == "and" || w == "on" || w == "in" || w == "to" || w == "de";
}

struct Word {
    std::uint32_t begin, end;  // original bytes
    std::string   form;        // text used for matching
};

// Words of the candidate long form: the tokens before `open` in its sentence,
// at most `max_words`, grouping attached tokens ("20-foot") into one word.
std::vector<Word> words_before(const Document& doc, std::size_t open, std::size_t max_words) {
    const auto& t = doc.tokens();
    const ByteRange sentence = doc.sentences().empty() ? ByteRange{0, 0} : doc.sentences()[doc.sentence_of(t[open].begin)];
    std::vector<Word> rev;
    std::size_t k = open;
    while (k > 0 && rev.size() < max_words) {
        std::size_t last = k - 1;
        if (t[last].begin < sentence.begin) break;
        std::size_t first = last;
        while (first > 0 && !(t[first].flags & TokenSpaceBefore) && t[first - 1].begin >= sentence.begin) --first;
        // Stop at punctuation that ends a phrase.
        bool stop = false;
        for (std::size_t q = first; q <= last; ++q) {
            const std::string_view p = doc.token_text(q);
            if (t[q].type == TokenType::Punct && (p == "," || p == ";" || p == ":" || p == "(" || p == ")" || p == "." ||
                                                   p == "\xE2\x80\x9C" || p == "\"")) {
                stop = true;
                first = q + 1;
            }
        }
        if (first <= last) {
            Word w{t[first].begin, t[last].end, {}};
            for (std::size_t q = first; q <= last; ++q) {
                const std::string_view p = doc.token_text(q);
                if (t[q].type == TokenType::Number) {
                    const char* sp = spelled(p);
                    w.form += sp ? sp : std::string(p);
                } else {
                    w.form += p;
                }
            }
            rev.push_back(std::move(w));
        }
        if (stop) break;
        k = first;
    }
    return std::vector<Word>(rev.rbegin(), rev.rend());
}

} // namespace

bool plausible_short_form(std::string_view sf) {
    if (sf.size() < 2 || sf.size() > 10) return false;
    if (!alnum_ascii(sf[0])) return false;
    bool letter = false, upper = false;
    for (char c : sf) {
        if (std::isalpha(static_cast<unsigned char>(c))) letter = true;
        if (c >= 'A' && c <= 'Z') upper = true;
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return letter && upper;
}

std::size_t schwartz_hearst_start(std::string_view sf, std::string_view lf) {
    if (sf.empty() || lf.empty()) return std::string_view::npos;
    long s = static_cast<long>(sf.size()) - 1;
    long l = static_cast<long>(lf.size()) - 1;
    while (s >= 0) {
        const char c = lower_ascii(sf[static_cast<std::size_t>(s)]);
        if (!alnum_ascii(c)) { --s; continue; }
        while ((l >= 0 && lower_ascii(lf[static_cast<std::size_t>(l)]) != c) ||
               (s == 0 && l > 0 && alnum_ascii(lf[static_cast<std::size_t>(l - 1)])))
            --l;
        if (l < 0) return std::string_view::npos;
        --l;
        --s;
    }
    const std::size_t at = static_cast<std::size_t>(l + 1);
    const std::size_t space = lf.rfind(' ', at);
    return space == std::string_view::npos ? 0 : space + 1;
}

bool acronym_definition_at(const Document& doc, std::size_t open, std::size_t close, InTextDefinition* out) {
    const auto& t = doc.tokens();
    if (close != open + 2 || t[open + 1].type != TokenType::Word) {
        // "SF (long form)": the short form stands right before the parenthesis.
        if (open == 0 || close <= open + 2 || t[open - 1].type != TokenType::Word) return false;
        const std::string_view sf = doc.token_text(open - 1);
        if (!plausible_short_form(sf) || !(t[open - 1].flags & TokenAllCaps)) return false;
        const std::string_view lf = doc.slice({t[open + 1].begin, t[close - 1].end});
        const std::size_t words = static_cast<std::size_t>(std::count(lf.begin(), lf.end(), ' ')) + 1;
        if (words > std::min<std::size_t>(sf.size() + 5, sf.size() * 2)) return false;
        if (schwartz_hearst_start(sf, lf) != 0) return false;
        out->term = std::string(sf);
        out->long_form = std::string(lf);
        out->term_range = {t[open - 1].begin, t[open - 1].end};
        out->site = {t[open - 1].begin, t[close].end};
        out->acronym = true;
        return true;
    }
    const std::string_view sf = doc.token_text(open + 1);
    if (!plausible_short_form(sf)) return false;
    const std::size_t max_words = std::min<std::size_t>(sf.size() + 5, sf.size() * 2);
    const std::vector<Word> words = words_before(doc, open, max_words);
    if (words.empty()) return false;
    std::string lf;
    std::vector<std::size_t> starts;
    for (const Word& w : words) {
        if (!lf.empty()) lf += ' ';
        starts.push_back(lf.size());
        lf += w.form;
    }
    const std::size_t at = schwartz_hearst_start(sf, lf);
    if (at == std::string_view::npos) return false;
    std::size_t wi = 0;
    while (wi + 1 < starts.size() && starts[wi + 1] <= at) ++wi;
    // Reach back from a lower-case connector to the capitalised word with the same initial.
    if (wi > 0 && is_connector(words[wi].form)) {
        for (std::size_t k = wi; k-- > 0;) {
            const std::string& f = words[k].form;
            if (!f.empty() && lower_ascii(f[0]) == lower_ascii(sf[0]) && f[0] >= 'A' && f[0] <= 'Z') { wi = k; break; }
            if (!is_connector(f) && !(f[0] >= 'A' && f[0] <= 'Z')) break;
        }
    }
    // The long form must be longer than the short form and not the short form itself.
    const ByteRange lr{words[wi].begin, words.back().end};
    if (lr.end - lr.begin <= sf.size()) return false;
    out->term = std::string(sf);
    out->long_form = std::string(doc.slice(lr));
    out->term_range = {t[open + 1].begin, t[open + 1].end};
    out->site = {lr.begin, t[close].end};
    out->acronym = true;
    return true;
}

} // namespace gloss
