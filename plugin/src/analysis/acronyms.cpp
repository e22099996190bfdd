// Gloss — in-text acronym definitions (Schwartz & Hearst 2003). See acronyms.hpp.
#include "acronyms.hpp"

#include "citations.hpp"
#include "lexicon.hpp"
#include "sentence_capitals.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <string>

namespace gloss {

namespace {

inline char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
inline bool alpha_ascii(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool alnum_ascii(char c) { return alpha_ascii(c) || (c >= '0' && c <= '9'); }

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

// A word of the candidate long form: tokens [first, last] ("20-foot" is three).
struct WordSpan {
    std::size_t first, last;
};
constexpr std::size_t kMaxLongFormWords = 15;  // max_words for the longest short form (10 characters)

// Punctuation that ends a phrase: , ; : ( ) . “ "
bool ends_phrase(const Document& doc, std::size_t q) {
    if (doc.tokens()[q].type != TokenType::Punct) return false;
    const std::string_view p = doc.token_text(q);
    if (p.size() == 1) {
        const char c = p[0];
        return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.' || c == '"';
    }
    return p == "\xE2\x80\x9C";
}

// Words of the candidate long form: the tokens before `open` in its sentence,
// at most `max_words`, grouping attached tokens ("20-foot") into one word.
// Fills `out` in text order; returns the count.
// Whether the words found so far (`out`, the last found first in the text) hold a lone "and" or "or":
// the end of a list.
bool list_ends_in_and(const Document& doc, const WordSpan (&out)[kMaxLongFormWords], std::size_t count) {
    for (std::size_t m = 0; m < count; ++m)
        if (out[m].first == out[m].last && (doc.token_text(out[m].first) == "and" || doc.token_text(out[m].first) == "or")) return true;
    return false;
}

std::size_t words_before(const Document& doc, std::size_t open, std::size_t max_words, WordSpan (&out)[kMaxLongFormWords]) {
    const auto& t = doc.tokens();
    const ByteRange sentence = doc.sentences().empty() ? ByteRange{0, 0} : doc.sentences()[doc.sentence_of(t[open].begin)];
    max_words = std::min(max_words, kMaxLongFormWords);
    std::size_t count = 0;  // found from the parenthesis backwards, reversed at the end
    std::size_t k = open;
    while (k > 0 && count < max_words) {
        std::size_t last = k - 1;
        if (t[last].begin < sentence.begin) break;
        std::size_t first = last;
        while (first > 0 && !(t[first].flags & TokenSpaceBefore) && t[first - 1].begin >= sentence.begin) --first;
        // A comma between capitalised words stays inside a name: "Rail, Road and Canals".
        if (count > 0 && last > first && doc.token_text(last) == "," && (t[last - 1].flags & TokenCapitalized) &&
            (t[out[count - 1].first].flags & TokenCapitalized) && !(t[out[count - 1].first].flags & TokenAllCaps))
            --last;
        // …and so does a comma between the lower-case items of a list that "and" or "or" ends before the
        // parenthesis: "monitoring, control and surveillance (MCS)".
        else if (count > 0 && last > first && doc.token_text(last) == "," && !(t[last - 1].flags & TokenCapitalized) &&
                 !(t[out[count - 1].first].flags & TokenCapitalized) && list_ends_in_and(doc, out, count))
            --last;
        // Stop at punctuation that ends a phrase.
        bool stop = false;
        for (std::size_t q = first; q <= last; ++q)
            if (ends_phrase(doc, q)) { stop = true; first = q + 1; }
        if (first <= last) out[count++] = {first, last};
        if (stop) break;
        k = first;
    }
    std::reverse(out, out + count);
    return count;
}

// Appends the matching form of word `w` to `lf`: its tokens, small numerals spelled out.
void append_form(const Document& doc, const WordSpan& w, std::string* lf) {
    for (std::size_t q = w.first; q <= w.last; ++q) {
        const std::string_view p = doc.token_text(q);
        const char* const sp = doc.tokens()[q].type == TokenType::Number ? spelled(p) : nullptr;
        if (sp) lf->append(sp);
        else lf->append(p);
    }
}

} // namespace

bool plausible_short_form(std::string_view sf) {
    if (sf.size() < 2 || sf.size() > 10) return false;
    if (!alnum_ascii(sf[0])) return false;
    bool letter = false, upper = false;
    for (char c : sf) {
        if (alpha_ascii(c)) letter = true;
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

namespace {

// A code point of a script other than Latin (Greek, Cyrillic, Arabic, Hebrew, Indic, CJK, …) at `s`.
bool non_latin_at(std::string_view s) {
    if (s.empty()) return false;
    const auto b0 = static_cast<unsigned char>(s[0]);
    if (b0 < 0xC0) return false;
    // U+0370 and above: two-byte leads from 0xCD (U+0340…) on, and every three- and four-byte lead.
    if (b0 >= 0xE0) return !(b0 == 0xE1 && s.size() > 1 && static_cast<unsigned char>(s[1]) == 0xB8);  // not Latin Extended Additional
    return b0 >= 0xCE;
}

// Whether a run of capitalised words whose initials are `prefix` ("NO": "New Ostland", "New Ostland's")
// stands in the sentence of token `before`, ahead of it.
bool place_initials_before(const Document& doc, std::size_t before, std::string_view prefix) {
    const auto& t = doc.tokens();
    if (before >= t.size() || doc.sentences().empty()) return false;
    const std::uint32_t sentence_begin = doc.sentences()[doc.sentence_of(t[before].begin)].begin;
    std::size_t q = before;
    for (int steps = 0; q > 0 && steps < 60 && t[q - 1].begin >= sentence_begin; ++steps) {
        --q;
        if (t[q].type != TokenType::Word || !(t[q].flags & TokenCapitalized)) continue;
        std::size_t k = 0, r = q;
        while (k < prefix.size() && r < before && t[r].type == TokenType::Word && (t[r].flags & TokenCapitalized) &&
               doc.token_text(r)[0] == prefix[k]) {
            ++k;
            ++r;
        }
        if (k == prefix.size()) return true;
    }
    return false;
}

// True unless `sf` is a capitalised word of five letters or more (one capital, no digit) whose letters, in
// order, are the initials of fewer than half as many words of `lf`.
bool common_word_spelled(std::string_view sf, std::string_view lf) {
    int upper = 0;
    for (const char c : sf) {
        if (c >= '0' && c <= '9') return true;
        upper += c >= 'A' && c <= 'Z';
    }
    if (upper != 1 || sf.size() < 5) return true;
    std::size_t p = 0;
    for (std::size_t i = 0; i < lf.size() && p < sf.size(); ++i)
        if ((i == 0 || lf[i - 1] == ' ') && lower_ascii(lf[i]) == lower_ascii(sf[p])) ++p;
    return p * 2 >= sf.size();
}

// The short form as matched against words: a run of digits stands for its spelled initial ("G20" → "GT",
// matched by "Group of Twenty"; "G7" → "GS").
std::string match_form(std::string_view sf) {
    std::string m;
    for (std::size_t i = 0; i < sf.size();) {
        if (sf[i] >= '0' && sf[i] <= '9') {
            std::size_t j = i;
            while (j < sf.size() && sf[j] >= '0' && sf[j] <= '9') ++j;
            const char* sp = spelled(sf.substr(i, j - i));
            if (sp) m += sp[0];
            else m.append(sf.substr(i, j - i));
            i = j;
            continue;
        }
        m += sf[i++];
    }
    return m;
}

// "户口 (household registration)", "Рада (parliament)": a term in a non-Latin script glossed in English.
bool gloss_definition_at(const Document& doc, std::size_t open, std::size_t close, InTextDefinition* out) {
    const auto& t = doc.tokens();
    if (open == 0 || close <= open + 1 || close - open > 8 || t[open - 1].type != TokenType::Word) return false;
    if (!non_latin_at(doc.token_text(open - 1))) return false;
    for (std::size_t q = open + 1; q < close; ++q) {
        if (t[q].type != TokenType::Word) {
            const std::string_view p = doc.token_text(q);
            if (!(p == "-" || p == "'" || p == ",")) return false;
            continue;
        }
        const std::string_view w = doc.token_text(q);
        for (const char ch : w)
            if (static_cast<unsigned char>(ch) >= 0x80) return false;  // the gloss is English
    }
    // The term: the run of non-Latin words before the parenthesis.
    std::size_t first = open - 1;
    while (first > 0 && t[first - 1].type == TokenType::Word && non_latin_at(doc.token_text(first - 1)) && open - first < 6) --first;
    out->term = std::string(doc.slice({t[first].begin, t[open - 1].end}));
    out->long_form = std::string(doc.slice({t[open + 1].begin, t[close - 1].end}));
    out->term_range = {t[first].begin, t[open - 1].end};
    out->site = {t[first].begin, t[close].end};
    out->acronym = false;
    out->gloss = true;
    return true;
}

} // namespace

// Whether the words of the long form `lf` from word `wi` to word `count` - 1 (each starting at `starts`)
// have the short form's letters as their initials, one word a letter, connectors aside ("Harlow Ports
// Authority" for "HPA"), as against letters found inside words ("Harbour Index" for "HOX").
bool initials_spell(std::string_view sf, std::string_view lf, const std::size_t* starts, std::size_t wi, std::size_t count) {
    std::size_t letter = 0;
    for (std::size_t w = wi; w < count; ++w) {
        const std::string_view f = lf.substr(starts[w], starts[w + 1] - 1 - starts[w]);
        if (f.empty()) return false;
        const bool spells = letter < sf.size() && lower_ascii(f[0]) == lower_ascii(sf[letter]);
        // ("of" in "Department of Ports (DOP)" or not; words in lower case in "Office tarrowais des ports
        // et marées (OTPM)" too.)
        if (!spells && (is_connector(f) || !(f[0] >= 'A' && f[0] <= 'Z'))) continue;
        if (!spells) return false;
        ++letter;
    }
    return letter == sf.size();
}

bool acronym_definition_at(const Document& doc, std::size_t open, std::size_t close, InTextDefinition* out) {
    const auto& t = doc.tokens();
    if (gloss_definition_at(doc, open, close, out)) return true;
    // A short form written as several attached tokens: "G20", "G-7", "P5+1".
    if (close > open + 2 && close <= open + 5) {
        bool attached = t[open + 1].type == TokenType::Word;
        for (std::size_t q = open + 2; q < close && attached; ++q)
            attached = !(t[q].flags & TokenSpaceBefore) && t[q].type != TokenType::Punct ? true : (!(t[q].flags & TokenSpaceBefore) && doc.token_text(q) == "-");
        const std::string_view sf = doc.slice({t[open + 1].begin, t[close - 1].end});
        if (attached && plausible_short_form(sf) && t[close - 1].type != TokenType::Punct) {
            const std::size_t max_words = std::min<std::size_t>(sf.size() + 5, sf.size() * 2);
            WordSpan words[kMaxLongFormWords];
            const std::size_t count = words_before(doc, open, max_words, words);
            if (count == 0) return false;
            std::string lf;
            std::size_t starts[kMaxLongFormWords + 1];
            for (std::size_t w = 0; w < count; ++w) {
                if (w > 0) lf += ' ';
                starts[w] = lf.size();
                append_form(doc, words[w], &lf);
            }
            const std::size_t at = schwartz_hearst_start(match_form(sf), lf);
            if (at == std::string_view::npos) return false;
            std::size_t wi = 0;
            while (wi + 1 < count && starts[wi + 1] <= at) ++wi;
            const ByteRange lr{t[words[wi].first].begin, t[words[count - 1].last].end};
            if (lr.end - lr.begin <= sf.size()) return false;
            out->term = std::string(sf);
            out->long_form = std::string(doc.slice(lr));
            out->term_range = {t[open + 1].begin, t[close - 1].end};
            out->site = {lr.begin, t[close].end};
            out->acronym = true;
            return true;
        }
    }
    if (close != open + 2 || t[open + 1].type != TokenType::Word) {
        // "SF (long form)": the short form stands right before the parenthesis.
        if (open == 0 || close <= open + 2 || t[open - 1].type != TokenType::Word) return false;
        const std::string_view sf = doc.token_text(open - 1);
        // In capitals, or their plural ("TPDs (tiny portable devices)").
        const bool plural = sf.size() >= 4 && sf.back() == 's' &&
                            std::all_of(sf.begin(), sf.end() - 1, [](char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'); });
        if (!((t[open - 1].flags & TokenAllCaps) || plural) || !plausible_short_form(sf)) return false;
        // ("TEMB (the Tarrow Emergency Board)": the article is no part of the long form.)
        const std::size_t lf_first = close > open + 3 && (doc.token_text(open + 1) == "the" || doc.token_text(open + 1) == "The") ? open + 2 : open + 1;
        const std::string_view lf = doc.slice({t[lf_first].begin, t[close - 1].end});
        const std::size_t words = static_cast<std::size_t>(std::count(lf.begin(), lf.end(), ' ')) + 1;
        if (words > std::min<std::size_t>(sf.size() + 5, sf.size() * 2)) return false;
        if (schwartz_hearst_start(plural ? sf.substr(0, sf.size() - 1) : sf, lf) != 0) return false;
        // "VR (VR maintains the site)": a sentence about the short form, not its long form.
        if (lf.size() > sf.size() && lf.substr(0, sf.size()) == sf && lf[sf.size()] == ' ') return false;
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
    WordSpan words[kMaxLongFormWords];
    const std::size_t count = words_before(doc, open, max_words, words);
    if (count == 0) return false;
    // The long form as matched: the words' forms joined by single spaces.
    std::string lf;
    lf.reserve(static_cast<std::size_t>(t[words[count - 1].last].end - t[words[0].first].begin) + 16);
    std::size_t starts[kMaxLongFormWords + 1];
    for (std::size_t w = 0; w < count; ++w) {
        if (w > 0) lf += ' ';
        starts[w] = lf.size();
        append_form(doc, words[w], &lf);
    }
    starts[count] = lf.size() + 1;  // as if one more word followed
    const auto form = [&](std::size_t w) { return std::string_view(lf).substr(starts[w], starts[w + 1] - 1 - starts[w]); };
    std::size_t at = schwartz_hearst_start(match_form(sf), lf);
    if (at != std::string_view::npos && sf.size() >= 2 &&
        std::all_of(sf.begin(), sf.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) {
        // "Harlow Health Service (HHS)": when the words' initials spell the short form, one word a letter,
        // they are the long form, though a shorter match lies inside them ("Health Service" takes both H's
        // from "Health").
        std::size_t w = count, letter = sf.size();
        while (w > 0 && letter > 0) {
            const std::string_view f = form(w - 1);
            if (is_connector(f) && letter < sf.size()) { --w; continue; }
            if (f.empty() || lower_ascii(f[0]) != lower_ascii(sf[letter - 1])) break;
            --letter;
            --w;
        }
        if (letter == 0 && starts[w] < at) at = starts[w];
    }
    if (at == std::string_view::npos) {
        // A name translated from another language keeps its own order of initials: "Brazilian Coffee
        // Institute (IBC)". The capitalised words right before the parenthesis (connectors aside) have
        // exactly the short form's letters as initials, in some order.
        std::string initials;
        std::size_t w = count;
        while (w > 0 && initials.size() < sf.size()) {
            const std::string_view f = form(w - 1);
            if (f.empty() || !(f[0] >= 'A' && f[0] <= 'Z')) {
                if (is_connector(f) && !initials.empty()) { --w; continue; }
                break;
            }
            initials += f[0];
            --w;
        }
        std::string letters(sf);
        std::sort(initials.begin(), initials.end());
        std::sort(letters.begin(), letters.end());
        if (sf.size() < 3 || initials != letters || w == count) {
            // A country's initials before the name of its body: "New Ostland's … the Institute of Trade
            // Research (NZIER)" — the rest of the short form spells the name, the prefix a place named before it
            // in the sentence.
            at = std::string_view::npos;
            for (std::size_t k = 2; k <= 2 && sf.size() >= k + 3; ++k) {  // two initials: "NZ", "SA", "UK"
                const std::size_t rest_at = schwartz_hearst_start(match_form(sf.substr(k)), lf);
                if (rest_at == std::string_view::npos || !place_initials_before(doc, words[0].first, sf.substr(0, k))) continue;
                at = rest_at;
            }
            if (at == std::string_view::npos) return false;
        } else {
            at = starts[w];
        }
    }
    std::size_t wi = 0;
    while (wi + 1 < count && starts[wi + 1] <= at) ++wi;
    // Reach back from a lower-case connector to the capitalised word with the same initial.
    if (wi > 0 && is_connector(form(wi))) {
        for (std::size_t k = wi; k-- > 0;) {
            const std::string_view f = form(k);
            const char f0 = f.empty() ? '\0' : f[0];
            if (!f.empty() && lower_ascii(f0) == lower_ascii(sf[0]) && f0 >= 'A' && f0 <= 'Z') { wi = k; break; }
            if (!is_connector(f) && !(f0 >= 'A' && f0 <= 'Z')) break;
        }
    }
    // "The Tarrow Harbour Index (HOX)": letters found inside words ("hOX") start the match
    // in the middle of a name; the capitalised words of that name before it belong to the long form (up to
    // two, never a function word, a possessive or a word in capitals).
    if (!initials_spell(sf, lf, starts, wi, count)) {
        const std::size_t matched = wi;
        for (int taken = 0; taken < 2 && wi > 0; ++taken) {
            const std::string_view f = form(wi - 1);
            char fb[32];
            if (words[wi - 1].last + 1 != words[wi].first ||  // (a comma between: "Unlike Tove, Harlow Bank …")
                f.size() < 2 || f.size() >= sizeof fb || !(f[0] >= 'A' && f[0] <= 'Z') || is_connector(f) ||
                lexicon::is_function_word(lexicon::lower(f, fb)) || lexicon::without_possessive(f).size() != f.size() ||
                std::all_of(f.begin(), f.end(), [](char ch) { return !(ch >= 'a' && ch <= 'z'); }))
                break;
            --wi;
        }
        if (wi != matched) at = starts[wi];
    }
    // A capitalised word of five letters or more ("Heartbeat", "Claimed") is an abbreviation only when its
    // letters are, for at least half of them, the initials of the long form's words ("Unicef"); else it is a
    // name the words before it only happen to spell.
    if (!common_word_spelled(sf, std::string_view(lf).substr(at))) return false;
    // The long form must be longer than the short form and not hold it as a word ("Mozilla VR maintains
    // A-Frame (VR)": the short form's own sentence, not its long form).
    ByteRange lr{t[words[wi].first].begin, t[words[count - 1].last].end};
    {
        // "the Harlow Boat Centre's (HBC) staff": the possessive ending is no part of the long form.
        const std::string_view tail = doc.slice(lr);
        lr.end -= static_cast<std::uint32_t>(tail.size() - lexicon::without_possessive(tail).size());
    }
    if (lr.end - lr.begin <= sf.size()) return false;
    for (std::size_t w = wi; w < count; ++w)
        if (doc.slice({t[words[w].first].begin, t[words[w].last].end}) == sf) return false;
    out->term = std::string(sf);
    out->long_form = std::string(doc.slice(lr));
    out->term_range = {t[open + 1].begin, t[open + 1].end};
    out->site = {lr.begin, t[close].end};
    out->acronym = true;
    return true;
}

} // namespace gloss

namespace gloss {

//-----------------------------------------------------------------------------
// Long forms given without parentheses
//-----------------------------------------------------------------------------

namespace {

// "…, or SF" and "…, also known as SF" before token `sf_at`: the words of the long form, after a
// determiner and before the comma, as [*first, *last]; false when the short form's letters are not
// found in them in order, starting with the first word's initial.
bool appositive_short_form(const Document& doc, std::size_t sf_at, std::size_t* first, std::size_t* last) {
    const auto& t = doc.tokens();
    const auto is = [&](std::size_t k, std::string_view lw) {
        if (k >= t.size() || t[k].type != TokenType::Word) return false;
        const std::string_view w = doc.token_text(k);
        if (w.size() != lw.size()) return false;
        for (std::size_t i = 0; i < w.size(); ++i)
            if (lower_ascii(w[i]) != lw[i]) return false;
        return true;
    };
    std::size_t comma = 0;
    // ("…, known as the SF": an article before the short form.)
    const std::size_t a = sf_at >= 4 && is(sf_at - 1, "the") && is(sf_at - 2, "as") && is(sf_at - 3, "known") ? sf_at - 1 : sf_at;
    if (a == sf_at && sf_at >= 2 && is(sf_at - 1, "or")) comma = sf_at - 2;
    else if (a >= 4 && is(a - 1, "as") && is(a - 2, "known") && is(a - 3, "also")) comma = a - 4;
    else if (a >= 3 && is(a - 1, "as") && is(a - 2, "known")) comma = a - 3;
    else return false;
    if (comma == 0 || t[comma].type != TokenType::Punct || doc.token_text(comma) != ",") return false;
    const std::string_view sf = doc.token_text(sf_at);
    // The words before the comma, back to a determiner, at most one more than the short form has letters.
    const auto determiner = [&](std::size_t q) {
        return is(q, "the") || is(q, "a") || is(q, "an") || is(q, "its") || is(q, "their") || is(q, "our");
    };
    std::size_t b = comma;
    while (b > 0 && comma - b <= sf.size() + 2 && !(t[b].flags & TokenNewlineBefore)) {
        const std::size_t q = b - 1;
        // "non-fungible": a hyphen inside a word joins its two halves.
        if (t[q].type == TokenType::Punct && doc.token_text(q) == "-" && q > 0 && t[q - 1].type == TokenType::Word &&
            !(t[q].flags & TokenSpaceBefore) && b < comma && !(t[b].flags & TokenSpaceBefore)) {
            b = q - 1;
            continue;
        }
        // ("the Harbour Fisheries Organisation for the North Sea": "the" after a connector inside a name.)
        const bool inner_the = is(q, "the") && q > 1 && (is(q - 1, "for") || is(q - 1, "of")) &&
                               (t[q - 2].flags & TokenCapitalized) && (t[q + 1].flags & TokenCapitalized);
        if (t[q].type != TokenType::Word || (determiner(q) && !inner_the)) break;
        b = q;
    }
    if (b == comma) return false;
    // A name needs no determiner, or has a year between it and the determiner: "at the 2019 Summit on Harbour
    // Safety, or SOHS,", "at Tarrow-Harlow Port Council, or THPC," — the long form's words
    // capitalised, but for their connectors.
    // (The name's words: capitalised, connectors between them, a hyphen joining two.)
    std::size_t name_at = comma;
    for (std::size_t q = comma; q > b; --q) {
        const Token& w = t[q - 1];
        const bool joins = w.type == TokenType::Punct && doc.token_text(q - 1) == "-" && !(w.flags & TokenSpaceBefore);
        if (!joins && !(w.type == TokenType::Word && ((w.flags & TokenCapitalized) || is_connector(doc.token_text(q - 1))))) break;
        name_at = q - 1;
    }
    while (name_at < comma && !(t[name_at].type == TokenType::Word && (t[name_at].flags & TokenCapitalized))) ++name_at;
    const bool after_determiner = b > 0 && determiner(b - 1);
    if (!after_determiner && name_at < comma) {
        b = name_at;
    } else if (!after_determiner) {
        // A plural needs no determiner ("sold non-fungible tokens, or NFTs,"): the long form then starts at
        // the word nearest the start with the short form's initial, after a word in lower case.
        std::size_t start = comma;
        for (std::size_t q = b; q < comma; ++q)
            if (lower_ascii(doc.token_text(q)[0]) == lower_ascii(sf[0])) { start = q; break; }
        if (sf.back() != 's' || start == comma || start == 0 || t[start - 1].type != TokenType::Word ||
            (t[start - 1].flags & TokenCapitalized))
            return false;
        b = start;
    }
    // The letters of the short form, in order, in the words; the first one is the first word's initial.
    const std::string_view lf = doc.slice({t[b].begin, t[comma - 1].end});
    if (lf.empty() || lower_ascii(lf[0]) != lower_ascii(sf[0])) return false;
    std::size_t at = 1;
    for (std::size_t i = 1; i < sf.size(); ++i) {
        if (!alpha_ascii(sf[i])) continue;
        while (at < lf.size() && lower_ascii(lf[at]) != lower_ascii(sf[i])) ++at;
        if (at == lf.size()) return false;
        ++at;
    }
    *first = b;
    *last = comma - 1;
    return true;
}

// A lower-case word that can end a description: a noun, not a function word or an "-ing" form.
bool description_head(const Document& doc, std::size_t q) {
    const auto& t = doc.tokens();
    if (t[q].type != TokenType::Word || (t[q].flags & TokenCapitalized)) return false;
    const std::string_view w = doc.token_text(q);
    char lb[32];
    return w.size() >= 3 && !lexicon::is_function_word(lexicon::lower(w, lb)) &&
           !(w.size() > 4 && w.substr(w.size() - 3) == "ing");
}

// The description of the short form at token `i`, when the text gives one beside it instead of its
// long form: after it between commas (", a regional state broadcaster,") or before it after a
// determiner ("the state-owned news channel ZNBA is", "its power company, ZPC,"). The words are 2 to 8
// and end in a lower-case noun; a kind of body will do alone ("the broadcaster ZTV", "Cable company ZTL"),
// or after the short form ("the ruling ZRP party").
bool described_short_form(const Document& doc, std::size_t i, InTextDefinition* out) {
    const auto& t = doc.tokens();
    const std::size_t n = t.size();
    const auto is = [&](std::size_t q, std::string_view w) { return q < n && doc.token_text(q) == w; };
    const auto determiner = [&](std::size_t q) {
        return is(q, "a") || is(q, "an") || is(q, "the") || is(q, "its") || is(q, "their") || is(q, "The") || is(q, "Its");
    };
    const auto fill = [&](std::size_t first, std::size_t last, ByteRange site) {
        out->term = std::string(doc.token_text(i));
        out->long_form = std::string(doc.slice({t[first].begin, t[last].end}));
        out->term_range = {t[i].begin, t[i].end};
        out->site = site;
        out->acronym = false;
        return true;
    };
    // After: "ZNBA, a regional state broadcaster,".
    if (is(i + 1, ",") && (is(i + 2, "a") || is(i + 2, "an") || is(i + 2, "the"))) {
        std::size_t q = i + 3, words = 0;
        bool clause = false;  // "On the moon of Z-4Q, a colony was built.": a clause after an opening phrase
        while (q < n && words < 9 && t[q].type == TokenType::Word && !(t[q].flags & TokenNewlineBefore)) {
            const std::string_view w = doc.token_text(q);
            clause |= w == "was" || w == "were" || w == "is" || w == "are" || w == "has" || w == "have" || w == "had" ||
                      w == "will" || w == "would" || w == "can" || w == "could";
            ++q;
            ++words;
        }
        if (words >= 2 && words <= 8 && !clause && q < n && (is(q, ",") || is(q, ".") || is(q, ";")) && description_head(doc, q - 1))
            return fill(i + 3, q - 1, {t[i].begin, t[q - 1].end});
    }
    if (i == 0) return false;
    const auto organisation_noun = [&](std::size_t q) {
        char lb[32];
        return q < n && t[q].type == TokenType::Word && !(t[q].flags & TokenCapitalized) &&
               lexicon::is_organisation_noun(lexicon::lower(doc.token_text(q), lb));
    };
    // Around: "the ruling ZRP party", "the ZGA consultancy": the short form names the body of the kind
    // after it, with up to two lower-case words back to a determiner.
    if (organisation_noun(i + 1)) {
        std::size_t q = i - 1, words = 0;
        while (q > 0 && words < 2 && t[q].type == TokenType::Word && !(t[q].flags & TokenCapitalized) && !determiner(q) &&
               !(t[q].flags & TokenNewlineBefore)) {
            char lb[32];
            if (lexicon::is_function_word(lexicon::lower(doc.token_text(q), lb))) return false;
            --q, ++words;
        }
        if (!determiner(q)) return false;
        return fill(q + 1, i + 1, {t[q + 1].begin, t[i + 1].end});
    }
    // Before: "the state-owned news channel ZNBA", "its power company, ZPC,". The short form is then the
    // noun phrase's head: a function word or a comma follows it, not a noun it would modify.
    if (i + 1 < n && t[i + 1].type == TokenType::Word) {
        char lb[32];
        const std::string_view next = lexicon::lower(doc.token_text(i + 1), lb);
        // (…or a verb of saying: "the arms maker ZDM said".)
        if (!lexicon::is_function_word(next) && !((t[i + 1].flags & TokenCapitalized) == 0 && lexicon::is_reporting_verb(next)))
            return false;
    }
    std::size_t last = is(i - 1, ",") ? i - 2 : i - 1;
    if (last >= i || !description_head(doc, last)) return false;
    // A kind of body right before it: one word after a determiner will do ("the broadcaster ZTV"), and
    // the sentence's first word may stand for the determiner ("Cable company ZTL said").
    const bool kind = organisation_noun(last);
    if (kind && last > 0 && determiner(last - 1)) return fill(last, last, {t[last].begin, t[i].end});
    if (kind && last >= 1 && t[last - 1].type == TokenType::Word && !(t[last - 1].flags & TokenAllCaps)) {
        const std::size_t o = last - 1;  // "Cable": it opens its sentence
        const bool opens = o == 0 || (t[o].flags & TokenNewlineBefore) ||
                           (t[o - 1].type == TokenType::Punct && (is(o - 1, ".") || is(o - 1, "!") || is(o - 1, "?")));
        char lb[32];
        if (opens && !(t[last].flags & TokenNewlineBefore) && !lexicon::is_function_word(lexicon::lower(doc.token_text(o), lb))) {
            fill(o, last, {t[o].begin, t[i].end});
            out->long_form[0] = static_cast<char>(lexicon::fold_ascii(out->long_form[0]));  // "Cable company" → "cable company"
            return true;
        }
    }
    {
        // The head before the name is a singular noun, never a verb: "the server speaks HTTP", "the firm
        // acquired ZPC" (a word in "-s" as plurals end, not "-ss", "-us" or "-is": "the news business ZNBA").
        const std::string_view h = doc.token_text(last);
        const std::size_t m = h.size();
        char hb[32];
        const std::string_view head = lexicon::lower(h, hb);
        const bool past = h[m - 2] == 'e' && h[m - 1] == 'd' && h[m - 3] != 'e';
        if (lexicon::plural_like(head) || past) return false;
        // …nor a verb after a plural subject: "the screens use HTML", "the firms want ZPC" (a kind of body or
        // of who reports after a plural will do: "the news channel ZNBA", "the arms maker ZDM").
        if (last >= 1 && t[last - 1].type == TokenType::Word && !(t[last - 1].flags & TokenCapitalized)) {
            const std::string_view p = doc.token_text(last - 1);
            const bool plural_before = p.size() > 3 && lexicon::plural_like(p);
            static constexpr std::string_view kMedia[] = {"channel", "station", "paper", "team", "brand", "chain", "site",
                                                          "service", "app", "platform", "programme", "program", "show",
                                                          "series", "outlet", "daily", "weekly", "magazine", "journal"};
            const bool named_kind = lexicon::is_organisation_noun(head) || lexicon::is_source_noun(head) ||
                                    std::find(std::begin(kMedia), std::end(kMedia), head) != std::end(kMedia);
            if (plural_before && !named_kind) return false;
        }
    }
    std::size_t q = last, words = 0;
    while (q > 0 && words < 9 && t[q].type == TokenType::Word && !determiner(q)) {
        char lb[32];
        // "a project will bring satellite TV": a verb's helper is no description's word ("and" joins two).
        if ((t[q].flags & TokenNewlineBefore) || (!is(q, "and") && lexicon::is_function_word(lexicon::lower(doc.token_text(q), lb))))
            return false;
        --q; ++words;
    }
    if (!determiner(q) || words < 2 || words > 8) return false;
    return fill(q + 1, last, {t[q + 1].begin, t[i].end});
}

// "HPA, the Harlow Port Authority,", "HPA, or Harlow Port Authority,", "HRC stands for Harlow Rescue Council",
// "HRC is short for …": the long form right after the short form at token `i`, its capitalised words'
// initials spelling the short form.
bool spelled_after(const Document& doc, std::size_t i, InTextDefinition* out) {
    const auto& t = doc.tokens();
    const std::size_t n = t.size();
    const auto is = [&](std::size_t q, std::string_view w) { return q < n && doc.token_text(q) == w; };
    std::size_t q = i + 1;
    bool stands_for = false;  // a definition in words: its long form may be in lower case
    if (is(q, ",") && (is(q + 1, "the") || is(q + 1, "or"))) q += 2;
    else if (is(q, "stands") && is(q + 1, "for")) { q += 2; stands_for = true; }
    else if (is(q, "is") && is(q + 1, "short") && is(q + 2, "for")) { q += 3; stands_for = true; }
    else return false;
    if (is(q, "the")) ++q;
    const std::size_t b = q;
    std::size_t e = q;
    std::string initials;
    const std::string_view sf = doc.token_text(i);
    while (q < n && q - b < 12 && t[q].type == TokenType::Word && !(t[q].flags & TokenNewlineBefore)) {
        const std::string_view w = doc.token_text(q);
        if ((t[q].flags & TokenCapitalized) && !(t[q].flags & TokenAllCaps)) { initials += w[0]; e = q++; continue; }
        if (is_connector(w) && q + 1 < n && (t[q + 1].flags & TokenCapitalized)) { ++q; continue; }
        // "QRT stands for quay rotation time": words in lower case, their initials the short form's letters.
        if (stands_for && initials.size() < sf.size() && !is_connector(w) && alpha_ascii(w[0]) &&
            lower_ascii(w[0]) == lower_ascii(sf[initials.size()])) {
            initials += sf[initials.size()];
            e = q++;
            continue;
        }
        if (stands_for && is_connector(w) && initials.size() < sf.size()) { ++q; continue; }
        break;
    }
    if (initials.size() < 2 || initials != sf) return false;
    out->term = std::string(doc.token_text(i));
    out->long_form = std::string(doc.slice({t[b].begin, t[e].end}));
    out->term_range = {t[i].begin, t[i].end};
    out->site = {t[i].begin, t[e].end};
    out->acronym = true;
    return true;
}

// Whether token `q` is a plural's possessive mark glued to the word before it, inside a name: the
// apostrophe of "the Fishers' Welfare Scheme", "the Ostland Teachers' Union".
bool plural_possessive_mark(const Document& doc, std::size_t q) {
    const auto& t = doc.tokens();
    if (q == 0 || q >= t.size() || t[q].type != TokenType::Punct || (t[q].flags & TokenSpaceBefore)) return false;
    const std::string_view p = doc.token_text(q), prev = doc.token_text(q - 1);
    return (p == "'" || p == "\xE2\x80\x99") && t[q - 1].type == TokenType::Word && !prev.empty() && prev.back() == 's';
}

} // namespace

std::vector<InTextDefinition> implicit_acronym_definitions(const Document& doc, const std::vector<InTextDefinition>& given) {
    std::vector<InTextDefinition> out;
    const auto& t = doc.tokens();
    const auto all_caps_word = [&](std::size_t k) {
        return k < t.size() && t[k].type == TokenType::Word && (t[k].flags & TokenAllCaps);
    };
    // 1. The candidates: all-caps words of 2 to 8 letters the text does not define, outside lines of capitals
    //    (a headline). Few per text: a short list, compared in full.
    struct Candidate {
        std::string_view sf;
        std::size_t first_use;
        bool found;
        std::size_t run_first, run_last;
        std::string upper;   // the letters in capitals, compared with the initials ("Hefce" → "HEFCE")
        bool title = false;  // written in title case ("Hefce"): matched by initials only
    };
    std::vector<Candidate> cands;
    // A short form in title case, as British style writes the longer ones ("the Hefct report"): 4 to 6
    // letters, the rest in lower case, mid-sentence and standing alone (not in a run of capitalised words).
    const auto title_case_short_form = [&](std::size_t k) {
        const std::string_view w = doc.token_text(k);
        if (w.size() < 4 || w.size() > 6 || !std::all_of(w.begin() + 1, w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }))
            return false;
        if (k == 0 || (t[k].flags & TokenNewlineBefore) || t[k - 1].type != TokenType::Word) return false;
        const std::string_view before = doc.token_text(k - 1);
        if ((t[k - 1].flags & TokenCapitalized) && before != "The") return false;
        return !(k + 1 < t.size() && t[k + 1].type == TokenType::Word && (t[k + 1].flags & TokenCapitalized));
    };
    // (…and their plurals: "non-fungible tokens, or NFTs,": capitals, then one "s".)
    const auto plural_of_capitals = [&](std::size_t k) {
        if (t[k].type != TokenType::Word || !(t[k].flags & TokenCapitalized)) return false;
        const std::string_view w = doc.token_text(k);
        return w.size() >= 3 && w.size() <= 9 && w.back() == 's' &&
               std::all_of(w.begin(), w.end() - 1, [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    };
    // A short form in mixed case that writes its connectors' initials small ("DoP", "BoH", "DfT"): 3 to 5
    // letters, capital first and last, one or two small letters inside.
    const auto mixed_case_short_form = [&](std::size_t k) {
        const std::string_view w = doc.token_text(k);
        if (w.size() < 3 || w.size() > 5 || !(w.back() >= 'A' && w.back() <= 'Z')) return false;
        int small = 0;
        for (const char ch : w) {
            if (ch >= 'a' && ch <= 'z') ++small;
            else if (!(ch >= 'A' && ch <= 'Z')) return false;
        }
        return small >= 1 && small <= 2;
    };
    std::vector<std::size_t> titles;  // title-case short forms, in text order (read in the same pass)
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!(t[i].flags & TokenAllCaps) && !((t[i].flags & TokenCapitalized) && plural_of_capitals(i))) {
            if ((t[i].flags & TokenCapitalized) && t[i].type == TokenType::Word && titles.size() < 1024 &&
                (title_case_short_form(i) || mixed_case_short_form(i)))
                titles.push_back(i);
            continue;
        }
        if (t[i].type != TokenType::Word) continue;
        if ((i > 0 && all_caps_word(i - 1)) || all_caps_word(i + 1)) continue;
        const std::string_view sf = doc.token_text(i);
        if (sf.size() < 2 || sf.size() > 8) continue;
        {
            // "AS Opposition Leader …", "IN the end": a function word set in capitals opens a paragraph.
            char lb[32];
            if (lexicon::is_function_word(lexicon::lower(sf, lb)) && sf != "US") continue;
        }
        bool known = false;
        for (const Candidate& c : cands) known = known || c.sf == sf;
        for (const InTextDefinition& d : given) known = known || d.term == sf;
        if (!known && cands.size() < 256) cands.push_back({sf, i, false, 0, 0, std::string(sf)});
    }
    // (Title-case forms after the capitals, so that a long text's names never crowd the capitals out; at most
    // 64 of them, each looked up once in a set.)
    std::unordered_set<std::string_view> seen;
    for (const Candidate& c : cands) seen.insert(c.sf);
    for (const InTextDefinition& d : given) seen.insert(d.term);
    const std::size_t title_limit = std::min<std::size_t>(256, cands.size() + 64);
    for (std::size_t k = 0; k < titles.size() && cands.size() < title_limit; ++k) {
        const std::size_t i = titles[k];
        const std::string_view sf = doc.token_text(i);
        char lb[32];
        if (lexicon::is_function_word(lexicon::lower(sf, lb))) continue;
        if (!seen.insert(sf).second) continue;
        std::string upper(sf);
        for (char& ch : upper) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
        cands.push_back({sf, i, false, 0, 0, std::move(upper), true});
    }
    if (cands.empty()) return out;
    // 1b. A short form named as another name for the words before it: "the kalbuni, or KLB,", "the
    //     Northern Line, also known as NL": its letters in order in those words, the first letter first.
    for (Candidate& c : cands) {
        if (!c.title && appositive_short_form(doc, c.first_use, &c.run_first, &c.run_last)) c.found = true;
    }
    // Candidates by length and first letter: a run's tail is compared only with the few that can match.
    std::vector<std::uint16_t> bucket[9][26];
    std::uint16_t lengths = 0;  // bit L: some candidate has L letters
    for (std::size_t c = 0; c < cands.size(); ++c) {
        const std::string_view sf = cands[c].sf;
        if (!(sf[0] >= 'A' && sf[0] <= 'Z')) continue;
        bucket[sf.size()][sf[0] - 'A'].push_back(static_cast<std::uint16_t>(c));
        lengths = static_cast<std::uint16_t>(lengths | (1u << sf.size()));
    }
    // 2. Runs of capitalised words (with lower-case connectors inside) before each candidate's first use,
    //    matched by their initials ("Baltic Grain Council" → BGC); every tail of a run counts.
    std::size_t last_use = 0;
    for (const Candidate& c : cands) last_use = std::max(last_use, c.first_use);
    for (std::size_t i = 0; i < last_use; ++i) {
        if (t[i].type != TokenType::Word || !(t[i].flags & TokenCapitalized) || (t[i].flags & TokenAllCaps)) continue;
        // A run needs a second word: a capitalised one, or a short connector ("of", "the", "for", "and", …),
        // maybe after a plural's possessive mark ("Fishers' Welfare").
        std::size_t second = i + 1;
        if (second + 1 < t.size() && plural_possessive_mark(doc, second)) ++second;
        if (second >= t.size() || t[second].type != TokenType::Word || (t[second].flags & TokenNewlineBefore)) continue;
        if (!(t[second].flags & TokenCapitalized) && (t[second].end - t[second].begin > 3 || !is_connector(doc.token_text(second))))
            continue;
        char initials[12];
        std::size_t heads[12];  // the token of each initial
        std::size_t count = 0;
        // …and the initials with those of "of", "and" and "for" among them ("Bank of Harlow" → BOH, for "BOH"
        // or "BoH"), the token of each, and which of them open with a capitalised word.
        char joined[12];
        std::size_t joined_heads[12];
        bool joined_opens[12];
        std::size_t joined_count = 0;
        std::size_t last = i, q = i;
        while (q < t.size() && q - i < 12 && count < 12) {
            if (q > i && (t[q].flags & TokenNewlineBefore)) break;
            // "the Fishers' Welfare Scheme": a plural's possessive mark inside the name.
            if (q > i && plural_possessive_mark(doc, q) && q + 1 < t.size() && t[q + 1].type == TokenType::Word &&
                (t[q + 1].flags & TokenCapitalized)) {
                ++q;
                continue;
            }
            if (t[q].type != TokenType::Word) break;
            const std::string_view w = doc.token_text(q);
            if ((t[q].flags & TokenCapitalized) && !(t[q].flags & TokenAllCaps)) {
                char lb[32];
                // "The Baltic Grain Council": a capitalised article or conjunction is no initial.
                if (!(count == 0 && w.size() <= 8 && lexicon::is_function_word(lexicon::lower(w, lb)))) {
                    heads[count] = q;
                    // A one-letter word ("One S", "Model X") is a name's letter, no word's initial.
                    initials[count++] = w.size() == 1 ? '\0' : w[0];
                    if (joined_count < 12) {
                        joined_heads[joined_count] = q;
                        joined_opens[joined_count] = true;
                        joined[joined_count++] = w.size() == 1 ? '\0' : w[0];
                    }
                }
                last = q;
                ++q;
                continue;
            }
            if (is_connector(w) && q + 1 < t.size() && (t[q + 1].flags & TokenCapitalized)) {
                if ((w == "of" || w == "and" || w == "for") && joined_count > 0 && joined_count < 12) {
                    joined_heads[joined_count] = q;
                    joined_opens[joined_count] = false;
                    joined[joined_count++] = static_cast<char>(w[0] - 32);
                }
                ++q;
                continue;
            }
            break;
        }
        // Each tail of the run with as many initials as a candidate has letters, that tail opening with a
        // capitalised word, spells that candidate.
        const auto match_tails = [&](const char* letters, const std::size_t* tokens, const bool* opens, std::size_t n,
                                     std::size_t shortest) {
            for (std::size_t len = shortest; len <= 8 && len <= n; ++len) {
                if (!(lengths & (1u << len))) continue;
                const std::size_t k = n - len;
                const char first = letters[k];
                if ((opens && !opens[k]) || !(first >= 'A' && first <= 'Z')) continue;
                for (const std::uint16_t ci : bucket[len][first - 'A']) {
                    Candidate& c = cands[ci];
                    if (c.found || c.first_use <= last || std::string_view(letters + k, len) != c.upper) continue;
                    c.found = true;
                    c.run_first = tokens[k];
                    c.run_last = last;
                }
            }
        };
        match_tails(initials, heads, nullptr, count, 2);
        if (joined_count > count) match_tails(joined, joined_heads, joined_opens, joined_count, 3);
        i = last;
    }
    // 3. Described instead of spelled out, at its first use: "ZNBA, a state broadcaster," or "the state
    //    broadcaster ZNBA", "its power company, ZPC,".
    for (const Candidate& c : cands) {
        if (c.found || c.title) continue;
        InTextDefinition d;
        if (spelled_after(doc, c.first_use, &d) || described_short_form(doc, c.first_use, &d)) out.push_back(std::move(d));
    }
    for (const Candidate& c : cands) {
        if (!c.found) continue;
        InTextDefinition d;
        d.term = std::string(c.sf);
        d.long_form = std::string(doc.slice({t[c.run_first].begin, t[c.run_last].end}));
        d.term_range = {t[c.first_use].begin, t[c.first_use].end};
        d.site = {t[c.run_first].begin, t[c.run_last].end};
        d.acronym = true;
        d.implicit = true;
        out.push_back(std::move(d));
    }
    return out;
}

//-----------------------------------------------------------------------------
// Organisations described after their name
//-----------------------------------------------------------------------------

namespace {

// A post written before "of" in a name's place: an executive's initials ("CEO"), or an office or post as a
// title ("President", "Chairman", "Director", "Head", "Founder").
bool post_before_connector(std::string_view w) {
    if (w.size() == 3 && w[0] == 'C' && w[2] == 'O') return true;  // CEO, CFO, COO, CTO, CIO
    char lb[32];
    if (w.size() >= sizeof lb) return false;
    const std::string_view lw = lexicon::lower(w, lb);
    return is_office_title(lw) || lw == "head" || lw == "founder" || lw == "chairman" || lw == "chairwoman" ||
           lw == "chair" || lw == "director" || lw == "owner" || lw == "boss";
}

// A preposition before a place, as written: "in", "at", "to", "from", "near", … (any case).
bool place_preposition(std::string_view w) {
    char lb[32];
    if (w.size() >= sizeof lb) return false;
    const std::string_view lw = lexicon::lower(w, lb);
    return lw == "in" || lw == "at" || lw == "to" || lw == "into" || lw == "from" || lw == "near" || lw == "across" ||
           lw == "outside" || lw == "around" || lw == "throughout" || lw == "via" || lw == "towards" || lw == "toward";
}

bool organisation_word(std::string_view w) {
    static constexpr std::string_view heads[] = {
        "Agency", "Airlines", "Airways", "Alliance", "Association", "Authority", "Bank", "Board", "Broadcasting",
        "Bureau", "Centre", "Center", "Co", "Commission", "Committee", "Company", "Corp", "Corporation", "Council",
        "Department", "Exchange", "Federation", "Forum", "Foundation", "Fund", "Group", "Holdings", "Inc",
        "Industries", "Initiative", "Institute", "Institution", "League", "Ltd", "Media", "Ministry", "Monitor",
        "Motors", "Movement", "Network", "Office", "Organisation", "Organization", "Party", "Programme", "Project",
        "Radio", "Railway", "Railways", "Service", "Society", "Steel", "Television", "Trust", "Union", "University"};
    return std::find(std::begin(heads), std::end(heads), w) != std::end(heads);
}

} // namespace

std::vector<InTextDefinition> described_organisations(const Document& doc, const std::vector<InTextDefinition>& given) {
    std::vector<InTextDefinition> out;
    const auto& t = doc.tokens();
    const std::size_t n = t.size();
    const auto word = [&](std::size_t q) { return q < n && t[q].type == TokenType::Word; };
    // (A place glued to "-based" reads as a lower-case adjective inside a description.)
    const auto cap = [&](std::size_t q) { return word(q) && (t[q].flags & TokenCapitalized) && !lexicon::is_place_descriptor(doc.token_text(q)); };
    const auto text_is = [&](std::size_t q, std::string_view w) { return q < n && doc.token_text(q) == w; };
    // Initials that name a kind of body read as its lower-case words: "an NGO based in Ostland".
    const auto kind_in_capitals = [&](std::size_t q) {
        char kb[32];
        return word(q) && (t[q].flags & TokenAllCaps) && t[q].end - t[q].begin < sizeof kb &&
               lexicon::is_organisation_noun(lexicon::lower(doc.token_text(q), kb));
    };
    const char* const text = doc.text().data();
    const Token* const tp = t.data();  // a local: the scan's test stays in registers
    // Names defined already: each described once, looked up in constant time however long the text.
    std::unordered_set<std::string_view> named;
    for (const InTextDefinition& d : given) named.insert(d.term);
    // "Credit rating agency Brenna Ratings cut …": a common word capitalised only because it opens the
    // sentence is read in lower case.
    SentenceCapitals capitals(doc);
    // The name at tokens [nb, ne] described by tokens [d0, d1] (the site spans both), once per name.
    const auto describe = [&](std::size_t nb, std::size_t ne, std::size_t d0, std::size_t d1) {
        const std::string_view name = doc.slice({t[nb].begin, t[ne].end});
        if (!named.insert(name).second) return false;  // defined already, in the text or above
        InTextDefinition& d = out.emplace_back();
        d.term = std::string(name);
        d.long_form = std::string(doc.slice({t[d0].begin, t[d1].end}));
        if (capitals.only_opens(d0)) d.long_form[0] = lower_ascii(d.long_form[0]);
        d.term_range = {t[nb].begin, t[ne].end};
        d.site = {t[std::min(nb, d0)].begin, t[std::max(ne, d1)].end};
        d.acronym = false;
        return true;
    };
    // The head of the noun phrase a description opens with at token d0 ("a consultancy based in Harlow" →
    // consultancy): its lower-case words, to a function word or a participle after the first (a word of
    // `ing_nouns` goes on); n when the first word is no such word.
    const auto first_noun_head = [&](std::size_t d0, const std::unordered_set<std::string_view>* ing_nouns) {
        std::size_t head = n;
        for (std::size_t q = d0; q < n && q < d0 + 4 && word(q) && (!cap(q) || (q == d0 && kind_in_capitals(q))); ++q) {
            char lb[32];
            const std::string_view lw = lexicon::lower(doc.token_text(q), lb);
            if (lexicon::is_function_word(lw)) break;
            if (q > d0 && lw.size() > 4 && (lw.substr(lw.size() - 2) == "ed" || lw.substr(lw.size() - 3) == "ing") &&
                !(ing_nouns && ing_nouns->count(lw)))
                break;
            head = q;
        }
        return head;
    };
    // The first token of the name that ends at token `last`: capitalised words back from it (7 at most), with
    // inner connectors ("Bank of Harlow", not after a post: "the CEO of Tarrowly") and a plural's possessive
    // mark ("the Ostland Teachers' Union"); a leading article, a function word capitalised to open the sentence
    // ("But Harlow Bank") and an owner before a possessive ("Harlow's Fenwick Rail") are no part of it.
    const auto name_before = [&](std::size_t last) {
        std::size_t b = last;
        while (b > 0 && last - b < 7 && !(t[b].flags & TokenNewlineBefore)) {
            if (cap(b - 1)) { --b; continue; }
            if (b >= 2 && plural_possessive_mark(doc, b - 1) && (t[b].flags & TokenSpaceBefore) && cap(b - 2)) {
                b -= 2;
                continue;
            }
            if (b >= 2 && word(b - 1) && (text_is(b - 1, "of") || text_is(b - 1, "for") || text_is(b - 1, "and")) && cap(b - 2) &&
                !post_before_connector(doc.token_text(b - 2))) {
                b -= 2;
                continue;
            }
            break;
        }
        if (text_is(b, "The") || text_is(b, "A")) ++b;
        while (b < last) {
            char fb[32];
            if (!lexicon::is_function_word(lexicon::lower(doc.token_text(b), fb))) break;
            ++b;
        }
        for (std::size_t q = b; q < last; ++q)
            if (lexicon::is_possessive(doc.token_text(q))) b = q + 1;
        return b;
    };
    // "the Folkting (Ostland's parliament)", "Rosstat (the federal statistics service)": a name, then what body
    // it is in parentheses: lower-case words after an article or an owner's possessive, their head a kind of
    // body or of chamber, to the closing parenthesis or a comma ("…, known locally as …)").
    const auto described_in_parentheses = [&](std::size_t open) {
        if (open < 1 || !cap(open - 1) || (t[open - 1].flags & TokenAllCaps)) return;
        std::size_t d0 = open + 1, q = d0;
        if (text_is(q, "the") || text_is(q, "a") || text_is(q, "an")) d0 = ++q;  // (the card says "the" itself)
        else if (word(q) && (t[q].flags & TokenCapitalized) && lexicon::is_possessive(doc.token_text(q))) ++q;
        const std::size_t words = q;
        while (q < n && q - words < 5 && word(q) && !cap(q)) ++q;
        if (q == words || q >= n || !(text_is(q, ")") || text_is(q, ","))) return;
        char hb[32];
        const std::string_view head = lexicon::lower(doc.token_text(q - 1), hb);
        if (!(lexicon::is_organisation_noun(head) || head == "parliament" || head == "legislature" || head == "chamber" ||
              head == "house" || head == "senate" || head == "assembly" || head == "cabinet" || head == "court" ||
              head == "army" || head == "police" || head == "service" || head == "ministry" || head == "office"))
            return;
        const std::size_t b = name_before(open - 1);
        describe(b, open - 1, d0, q - 1);
    };
    for (std::size_t i = 2; i + 3 < n; ++i) {
        if (tp[i].type == TokenType::Punct && text[tp[i].begin] == '(') { described_in_parentheses(i); continue; }
        // ", a|an|the" after a capitalised word.
        if (tp[i].type != TokenType::Punct || text[tp[i].begin] != ',') continue;  // most tokens: two tests
        const bool which = text_is(i + 1, "which");  // "Harlow Ferries, which runs the island routes,"
        // (A legal ending in lower case closes the name: "Tarrow Grid plc".)
        const bool legal = text_is(i - 1, "plc") || text_is(i - 1, "ltd") || text_is(i - 1, "inc");
        // "Ostgas, Ostland's state gas company,": an owner's possessive opens the description as an article does.
        const bool owner = word(i + 1) && (t[i + 1].flags & TokenCapitalized) && lexicon::is_possessive(doc.token_text(i + 1));
        if (!text_is(i, ",") || !(cap(i - 1) || (legal && i >= 3 && cap(i - 2))) ||
            !(which || owner || text_is(i + 1, "a") || text_is(i + 1, "an") || text_is(i + 1, "the")))
            continue;
        // The name: capitalised words back from the comma.
        const std::size_t b = name_before(legal ? i - 2 : i - 1);
        bool organisation = false;
        for (std::size_t r = b; r < i; ++r) organisation |= organisation_word(doc.token_text(r));
        // One word ("Harlow,") names a body only by what its description's head says it is: "Tarrowly, a
        // start-up that sells tickets,".
        // (Not a place after a preposition of where: "in Tarrow, a team of pilots met".)
        const bool one_word = b + 1 >= i;
        if (one_word && (b >= i || which || !cap(b) || (t[b].flags & TokenAllCaps) || b == 0)) continue;
        // (…unless a short description between commas says it is a body: "Shares in Tarrowsoft, the software
        // maker, fell"; not a sentence going on: "In Tarrow, the group of pilots met".)
        if (one_word && word(b - 1) && place_preposition(doc.token_text(b - 1))) {
            const std::size_t head = first_noun_head(i + 2, nullptr);
            char hb[32];
            if (head == n || !text_is(head + 1, ",") || !lexicon::is_organisation_noun(lexicon::lower(doc.token_text(head), hb)))
                continue;
        }
        // A firm named by its trade ("Tarrow Foods") is an organisation too.
        organisation = !one_word && (organisation || reads_as_organisation(doc.slice({t[b].begin, t[i - 1].end})));
        if (which) {
            // A relative clause describes a body (not a place: "Harlow, which lies …"), to the next comma or
            // full stop; not what it said ("…, which said on Monday").
            char vb[32];
            if (!organisation || !word(i + 2) || cap(i + 2) || lexicon::is_reporting_verb(lexicon::lower(doc.token_text(i + 2), vb)))
                continue;
            std::size_t q = i + 2;
            while (q < n && q - i < 20 && !(t[q].flags & TokenNewlineBefore)) {
                // A dot inside an abbreviation goes on: "a fee for U.S. ferries".
                if (text_is(q, ".") && word(q + 1) && (!(t[q + 1].flags & TokenSpaceBefore) || !cap(q + 1))) { ++q; continue; }
                if (!word(q) && t[q].type != TokenType::Number) break;  // "which represents 3,000 crew"
                ++q;
            }
            if (q - i < 4 || q >= n || !(text_is(q, ",") || text_is(q, ".") || text_is(q, ";"))) continue;
            if (!describe(b, i - 1, i + 1, q - 1)) continue;
            i = q;
            continue;
        }
        // The description: lower-case words (a place may follow "in"), to the next comma or the sentence's end.
        const std::size_t d0 = i + 2;
        if (!word(d0) || (cap(d0) && !kind_in_capitals(d0))) continue;  // "…, the Milk Board": a list of names
        // A name with no organisation's word is one when the head of the description's first noun phrase
        // says what kind it is ("Ferry Aid, a charity that …", "Tarn Analytics, a consultancy in Harlow,";
        // not "Ana Ruiz, a group leader at …").
        if (!organisation) {
            const std::size_t head = first_noun_head(d0, nullptr);
            char hb[32];
            if (head == n || !lexicon::is_organisation_noun(lexicon::lower(doc.token_text(head), hb))) continue;
        }
        std::size_t q = d0;
        bool reports = false;  // "Harlow Council, a resident writes, …": a source's words, not a description
        // (A number inside goes on: "an alliance of 40 fishing towns".)
        while (q < n && q - d0 < 14 && (t[q].type == TokenType::Word || (q > d0 && t[q].type == TokenType::Number)) &&
               !(t[q].flags & TokenNewlineBefore)) {
            char rb[32];
            if (t[q].type == TokenType::Word) reports |= lexicon::is_reporting_verb(lexicon::lower(doc.token_text(q), rb));
            ++q;
        }
        if (reports) continue;
        // One word will do when it names a kind of organisation: "Harlow Aid, the charity,".
        char ob[32];
        const bool one_kind = q - d0 == 1 && lexicon::is_organisation_noun(lexicon::lower(doc.token_text(d0), ob));
        if ((q - d0 < 2 && !one_kind) || q >= n || !(text_is(q, ",") || text_is(q, ".") || text_is(q, ";"))) continue;
        // A name inside a phrase that opens the sentence with a preposition ("According to Karl Ode, director of
        // the Tarrow Debt Project, the deal cuts …") is described only by words a comma closes: after that
        // phrase the sentence goes on.
        if (!text_is(q, ",")) {
            const std::size_t sb = doc.first_token_at_or_after(doc.sentences()[static_cast<std::size_t>(doc.sentence_of(t[b].begin))].begin);
            char ob[32];
            const std::string_view opener = word(sb) ? lexicon::lower(doc.token_text(sb), ob) : std::string_view();
            bool opening_phrase = opener == "according" || opener == "in" || opener == "at" || opener == "for" ||
                                  opener == "after" || opener == "before" || opener == "under" || opener == "with" ||
                                  opener == "despite" || opener == "citing" || opener == "speaking";
            bool comma_before = false;
            // (An opening phrase is short: its first comma is sought among its first 40 tokens.)
            for (std::size_t k = sb; k < b && k < sb + 40 && opening_phrase && !comma_before; ++k) comma_before = text_is(k, ",");
            if (opening_phrase && comma_before) continue;
        }
        if (!word(q - 1) || (cap(q - 1) && !(q >= 2 && text_is(q - 2, "in")))) continue;
        {
            // It ends in a noun: "a scheme funded," is cut short by its own comma.
            const std::string_view last = doc.token_text(q - 1);
            if (!cap(q - 1) && last.size() > 4 && (last.substr(last.size() - 2) == "ed" || last.substr(last.size() - 3) == "ing")) continue;
        }
        if (!describe(b, i - 1, owner ? i + 1 : d0, q - 1)) continue;
        i = q;
    }
    // A sentence that says what a name is: "The Quayside Forum is an annual meeting of port operators.",
    // "Harbour Watch is a group that monitors ports." The name opens the sentence (two or more capitalised
    // words), "is" or "was" and an article follow, and the head of the description's first noun phrase is a
    // kind of body or of event, plan or agreement (not "Ana Ruiz is a ferry skipper", "The Harlow Council is
    // a mess").
    std::size_t at = 0;  // the first token of the sentence, found by stepping on (sentences are in order)
    for (const ByteRange& sentence : doc.sentences()) {
        while (at < n && tp[at].begin < sentence.begin) ++at;
        std::size_t b = at;
        if (b + 5 >= n || tp[b].begin >= sentence.end || !(tp[b].flags & TokenCapitalized)) continue;  // most: one test
        {
            // Cheap first: "is" or "was" right after a run of capitalised words (and connectors) from here.
            std::size_t r = b + 1;
            while (r < n && r - b < 10 && tp[r].type == TokenType::Word && (tp[r].flags & TokenCapitalized)) ++r;
            while (r < n && r - b < 10 && tp[r].type == TokenType::Word && tp[r].end - tp[r].begin <= 3 &&
                   !(text_is(r, "is") || text_is(r, "was")) && r + 1 < n && (tp[r + 1].flags & TokenCapitalized))
                for (r += 1; r < n && r - b < 10 && tp[r].type == TokenType::Word && (tp[r].flags & TokenCapitalized);) ++r;
            if (!(text_is(r, "is") || text_is(r, "was"))) continue;
        }
        if (text_is(b, "The")) ++b;
        std::size_t e = b;
        if (!cap(b) || (t[b].flags & TokenAllCaps)) continue;
        while (e + 1 < n && e - b < 7) {
            if (cap(e + 1) && !(t[e + 1].flags & TokenNewlineBefore)) { ++e; continue; }
            if (e + 2 < n && (text_is(e + 1, "of") || text_is(e + 1, "for") || text_is(e + 1, "and")) && cap(e + 2)) { e += 2; continue; }
            break;
        }
        if (e == b || !(text_is(e + 1, "is") || text_is(e + 1, "was"))) continue;
        if (!(text_is(e + 2, "a") || text_is(e + 2, "an") || text_is(e + 2, "the"))) continue;
        static const std::unordered_set<std::string_view> event_or_plan{
            "meeting", "conference", "summit", "festival", "forum", "event", "programme", "program", "plan", "scheme",
            "initiative", "agreement", "treaty", "pact", "project", "alliance", "coalition", "index", "award", "prize",
            "fund", "council", "committee", "commission", "court", "assembly", "tribunal", "policy", "strategy"};
        const std::size_t d0 = e + 3;
        const std::size_t head = first_noun_head(d0, &event_or_plan);  // ("an annual meeting": a noun in "-ing")
        if (head == n) continue;
        std::size_t q = d0;
        char hb[32];
        const std::string_view kind = lexicon::lower(doc.token_text(head), hb);
        bool organisation = lexicon::is_organisation_noun(kind) || event_or_plan.count(kind) > 0;
        if (!organisation) continue;
        // The description runs to the sentence's end or a comma, and reports nothing.
        bool reports = false;
        for (q = d0; q < n && t[q].begin < sentence.end && q - d0 < 16 &&
                     (word(q) || (q > d0 && t[q].type == TokenType::Number) || text_is(q, "-"));
             ++q) {
            char rb[32];
            if (word(q)) reports |= lexicon::is_reporting_verb(lexicon::lower(doc.token_text(q), rb));
        }
        if (reports || q >= n || !(text_is(q, ".") || text_is(q, ",") || text_is(q, ";"))) continue;
        describe(b, e, d0, q - 1);
    }
    // Before the name: "ferry operator Tarrow Lines", "the think tank Harlow Futures", "rights group Harlow
    // Watch": lower-case words ending in a kind of organisation, right before a name of two or more
    // capitalised words.
    for (std::size_t i = 1; i + 2 < n; ++i) {
        // A lower-case word before a capitalised one: few tokens pass this first test.
        if (!(tp[i + 1].flags & TokenCapitalized) || (tp[i].flags & TokenCapitalized) || tp[i].type != TokenType::Word) continue;
        char lb[32];
        const std::string_view kind = lexicon::lower(doc.token_text(i), lb);
        const bool tank = kind == "tank" && text_is(i - 1, "think");
        // ("developer Ivo Lind", "publisher Ana Ruiz": a person's trade as often as a firm's kind.)
        if (!tank && (!lexicon::is_organisation_noun(kind) || kind == "developer" || kind == "publisher")) continue;
        if (!cap(i + 1) || !cap(i + 2) || (t[i + 1].flags & TokenNewlineBefore) || (t[i + 1].flags & TokenAllCaps)) continue;
        std::size_t e = i + 2;
        while (e + 1 < n && e - i < 6 && cap(e + 1) && !(t[e + 1].flags & TokenNewlineBefore)) ++e;
        // The description: back over lower-case words (at most four) to a determiner or the sentence's start.
        std::size_t d0 = i;
        while (d0 > 0 && i - d0 < 3 && word(d0 - 1) && !(t[d0].flags & TokenNewlineBefore)) {
            char wb[32];
            const std::string_view pw = doc.token_text(d0 - 1);
            // (A capital that only opens the sentence is a lower-case word: "Ferry operator Tarrow Lines".)
            const std::size_t pq = d0 - 1;
            const bool opens = pq == 0 || (t[pq].flags & TokenNewlineBefore) ||
                               (t[pq - 1].type == TokenType::Punct && (text[t[pq - 1].begin] == '.' || text[t[pq - 1].begin] == '!' ||
                                                                       text[t[pq - 1].begin] == '?'));
            if (lexicon::is_function_word(lexicon::lower(pw, wb)) || (cap(pq) && !lexicon::is_place_descriptor(pw) && !opens)) break;
            --d0;
            if (opens) break;
        }
        if (d0 == i && !tank) {
            // One word alone ("operator Tarrow Lines") only after a determiner: "the operator …".
            char db[32];
            if (!(word(i - 1) && lexicon::is_function_word(lexicon::lower(doc.token_text(i - 1), db)))) continue;
        }
        if (tank) d0 = std::min(d0, i - 1);
        if (!describe(i + 1, e, d0, i)) continue;
        i = e;
    }
    return out;
}

} // namespace gloss
