// Gloss — the figure scanner. See figures.hpp.
//
// Index of this file:
// [SECTION] Token access
// [SECTION] Noun phrase after a number ("what it counts")
// [SECTION] Qualifiers and changes
// [SECTION] Numbers
// [SECTION] Numbers in words
// [SECTION] Periods and durations in words
// [SECTION] Scan (and the ranges joined after it)
//
// One pass over the tokens. At each number (or month name, or number word)
// the scanner reads a small window around it: currency and sign before, scale
// word, percent, range and unit after, then the noun phrase it counts.
#include "figures.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <iterator>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "lexical_data.hpp"
#include "lexicon.hpp"
#include "../text/cancellation.hpp"
#include "../text/huge_pages.hpp"

namespace gloss {

double number_value(std::string_view s) {
    // Up to 15 significant digits: the digits as an exact integer, divided once by an
    // exact power of ten, which rounds correctly (the same double strtod gives).
    static constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    std::uint64_t mantissa = 0;
    int digits = 0, fraction = 0, points = 0;
    for (const char c : s) {
        if (c >= '0' && c <= '9') {
            if (mantissa == 0 && c == '0' && !points) continue;  // leading zeros
            mantissa = mantissa * 10 + static_cast<std::uint64_t>(c - '0');
            ++digits;
            fraction += points;
        } else if (c == '.') {
            ++points;
        }
    }
    if (points <= 1 && digits <= 15 && fraction <= 15) return static_cast<double>(mantissa) / kPow10[fraction];
    char buf[64];
    std::size_t k = 0;
    for (char c : s) {
        if ((c >= '0' && c <= '9') || c == '.') {
            if (k + 1 < sizeof buf) buf[k++] = c;
        }
    }
    buf[k] = 0;
    return std::strtod(buf, nullptr);
}

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Token access
//-----------------------------------------------------------------------------

struct Window {
    const Document&           doc;
    const std::vector<Token>& t;
    std::size_t               n;

    [[gnu::always_inline]] std::string_view tx(std::size_t i) const { return doc.token_text(i); }
    [[gnu::always_inline]] bool word(std::size_t i) const { return i < n && t[i].type == TokenType::Word; }
    [[gnu::always_inline]] bool number(std::size_t i) const { return i < n && t[i].type == TokenType::Number; }
    [[gnu::always_inline]] bool punct(std::size_t i, std::string_view p) const { return i < n && t[i].type == TokenType::Punct && tx(i) == p; }
    [[gnu::always_inline]] bool attached(std::size_t i) const { return i < n && !(t[i].flags & TokenSpaceBefore); }
    [[gnu::always_inline]] std::string_view low(std::size_t i, char (&buf)[32]) const { return lexicon::lower(tx(i), buf); }
    [[gnu::always_inline]] bool is(std::size_t i, std::string_view lw) const { return word(i) && lexicon::equals_lower(tx(i), lw); }
    [[gnu::always_inline]] bool dash(std::size_t i) const {
        return punct(i, "-") || punct(i, "\xE2\x80\x93") || punct(i, "\xE2\x80\x94") || punct(i, "\xE2\x80\x91");
    }
};


// "half" → 50, "a third" → 33.3, "two-thirds" → 66.7 (percent); 0 for other words.
double fraction_percent(std::string_view w) {
    struct Fraction { std::string_view word; double percent; };
    static constexpr Fraction kFractions[] = {
        {"half", 50.0},        {"third", 100.0 / 3}, {"quarter", 25.0},           {"fifth", 20.0},
        {"tenth", 10.0},       {"two-thirds", 200.0 / 3}, {"three-quarters", 75.0}};
    for (const Fraction& f : kFractions)
        if (lexicon::equals_lower(w, f.word)) return f.percent;
    return 0;
}

// A time zone's letters after a clock time in four digits: "1451 GMT", "0900 EDT".
bool time_zone_word(std::string_view w) {
    static constexpr std::string_view zones[] = {"GMT", "UTC", "EST", "EDT", "CST", "CDT", "PST", "PDT", "CET", "CEST", "BST", "JST", "IST"};
    return std::find(std::begin(zones), std::end(zones), w) != std::end(zones);
}

// "iFerry", "eHarbour": a name that starts in lower case, with a capital inside its first letters.
bool camel_case(std::string_view word) {
    return word.size() >= 3 && word[0] >= 'a' && word[0] <= 'z' && word[1] >= 'A' && word[1] <= 'Z';
}

bool is_year_token(const Window& w, std::size_t i) {
    if (!w.number(i) || (w.t[i].flags & (TokenHasSeparator | TokenHasDecimal))) return false;
    const std::string_view s = w.tx(i);
    if (s.size() != 4) return false;
    int v = 0;  // the leading digits, as atoi reads them
    for (const char c : s) {
        if (c < '0' || c > '9') break;
        v = v * 10 + (c - '0');
    }
    if (v > 2100 || v < 1000) return false;
    if (v < 1800) {
        // An earlier year only where a year is expected: after "in", "since", "by", … and before no noun it
        // would count ("In 1642 Captain Lind sailed", "by 1700, the town"; not "in 1500 homes").
        if (i == 0 || !w.word(i - 1)) return false;
        char pb[32];
        std::string_view before = w.low(i - 1, pb);
        if ((before == "around" || before == "about" || before == "circa") && i >= 2 && w.word(i - 2))
            before = w.low(i - 2, pb);  // "from around 1450" 
        if (before != "in" && before != "since" && before != "by" && before != "until" && before != "from" && before != "during")
            return false;
        if (w.word(i + 1) && !(w.t[i + 1].flags & TokenCapitalized)) {
            char nb[32];
            if (!lexicon::is_function_word(w.low(i + 1, nb))) return false;
        }
    }
    // "1800GMT", "2000 GMT": a time of day in a time zone, not a year.
    if (w.word(i + 1)) {
        const std::string_view z = w.tx(i + 1);
        if (time_zone_word(z) || z == "hrs") return false;
    }
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Noun phrase after a number ("what it counts")
//-----------------------------------------------------------------------------

struct NounPhrase {
    std::size_t first = 0, last = 0;  // tokens [first, last]
    std::size_t counts_first = 0;     // the first token of what it counts: "frigates" in "new French frigates"
    bool        empty = true;
    std::size_t end = 0;              // first token after the phrase
    std::string_view acronym;         // "(TEU)" right after the phrase (a view of the document)
    bool        has_measure = false;  // a unit word inside ("units", "tonnes"); only worked out when there is an acronym
};

// Whether `s` ends with `suf` and is longer than it.
inline bool ends_with(std::string_view s, std::string_view suf) {
    if (s.size() <= suf.size()) return false;
    const char* tail = s.data() + (s.size() - suf.size());
    for (std::size_t k = 0; k < suf.size(); ++k)
        if (tail[k] != suf[k]) return false;
    return true;
}


// An adjective that does not change what a count counts: "59 new frigates" are
// frigates, "25 other candidates" candidates ("seasonal workers" stay whole).
bool neutral_adjective(std::string_view lw) {
    static constexpr std::string_view kNeutral[] = {"new", "other", "more", "fewer", "such", "additional", "extra", "further",
                                                    "fresh", "recent", "existing", "current", "former", "separate",
                                                    "different", "individual", "possible", "potential", "remaining"};
    return std::find(std::begin(kNeutral), std::end(kNeutral), lw) != std::end(kNeutral);
}

// A capitalised word shaped like a nationality adjective ("French", "Chinese",
// "British", "Iraqi", "Kenyan"), before a lower-case plural noun: "59 French
// frigates" count frigates.
bool demonym_like(std::string_view w) {
    const std::size_t n = w.size();
    if (n < 4 || n > 14 || w[0] < 'A' || w[0] > 'Z') return false;
    for (std::size_t k = 1; k < n; ++k)
        if (w[k] < 'a' || w[k] > 'z') return false;
    return ends_with(w, "ish") || ends_with(w, "ese") || ends_with(w, "an") || (n <= 6 && ends_with(w, "ch")) ||
           (n > 4 && w[n - 1] == 'i') || ends_with(w, "ss");
}

// The verbs that follow a number as its predicate, in the forms without "-ed":
// "$5m rose", "40 said", "41 million saw". A closed list, tested by length first.
bool verb_after_number(std::string_view lw) {
    if (lw.size() < 3 || lw.size() > 7) return false;
    static constexpr std::string_view kVerbs[] = {"rose", "risen", "fell", "fallen", "grew", "grown", "slid", "shrank",
                                                  "shrunk", "lost", "said", "says", "say", "told", "tell", "tells",
                                                  "wrote", "found", "saw", "seen", "see", "sees", "die", "dies", "died",
                                                  "live", "lives", "fled", "flee", "flees", "remain", "left", "stay",
                                                  "stayed", "voted", "vote", "joined", "signed", "work", "worked",
                                                  "think", "thinks", "want", "wants", "oppose", "favour", "favor",
                                                  "earn", "earns", "own", "owns", "receive"};
    for (const std::string_view v : kVerbs)
        if (v.size() == lw.size() && v == lw) return true;
    return false;
}

// A word of time, manner or place after a number, never what it counts: "601 afterwards", "40 apiece", "12
// each", "80 km south", "5 miles away".
bool adverb_after_number(std::string_view lw) {
    if (ends_with(lw, "wards") || ends_with(lw, "ward")) return lw != "award" && lw != "awards" && lw != "ward" && lw != "wards";
    static constexpr std::string_view kAdverbs[] = {"apiece", "each", "respectively", "overall", "altogether",
                                                    "again", "instead", "later", "earlier", "beforehand", "ago",
                                                    "annually", "apart", "aside", "together", "already", "yet",
                                                    "yesterday", "today", "tomorrow", "tonight", "overnight",
                                                    "above", "below", "beyond", "behind", "ahead", "away", "inland",
                                                    "offshore", "upstream", "downstream", "north", "south", "east",
                                                    "west", "northeast", "northwest", "southeast", "southwest",
                                                    "north-east", "north-west", "south-east", "south-west"};
    return std::find(std::begin(kAdverbs), std::end(kAdverbs), lw) != std::end(kAdverbs);
}

// Whether a lower-case plural ("stores", "people") comes within the three words after token k, before any
// function word: the words between are its modifiers ("automated Harlow ferry stores").
bool plural_ahead(const Window& w, std::size_t k) {
    for (std::size_t q = k + 1; q <= k + 3 && w.word(q) && !(w.t[q].flags & TokenNewlineBefore); ++q) {
        char b[32];
        const std::string_view next = w.low(q, b);
        if (lexicon::is_function_word(next)) return false;
        if ((lexicon::plural_like(next) || next == "people") && !(w.t[q].flags & TokenCapitalized)) return true;
    }
    return false;
}

// The noun phrase a number counts, from token j. After an amount of money (`of_money`) a people's name is an
// adjective of what the money is ("a $273 million Tarrowan loan").
// "two customs officers", "12 news outlets", "3 arms dealers": a word in "-s" that names a kind of thing
// before a plural noun (at token k, in lower case) is no head of its own.
bool attributive_plural_before_noun(const Window& w, std::string_view lw, std::size_t k) {
    static constexpr std::string_view kWords[] = {"customs", "sales", "arms", "news", "goods", "sports", "savings",
                                                  "earnings", "operations", "communications", "systems", "services"};
    if (std::find(std::begin(kWords), std::end(kWords), lw) == std::end(kWords)) return false;
    if (!w.word(k) || (w.t[k].flags & (TokenCapitalized | TokenNewlineBefore))) return false;
    char b[32];
    const std::string_view next = w.low(k, b);
    return lexicon::plural_like(next) && !lexicon::is_function_word(next);
}

NounPhrase noun_phrase(const Window& w, std::size_t j, bool of_money = false) {
    NounPhrase np;
    np.end = j;
    std::size_t k = j;
    int words = 0;
    std::size_t phrase_word[5];  // the single words taken (not "20-foot" compounds)
    int phrase_words = 0;
    while (k < w.n && words < 5) {
        // "20-foot" inside a phrase: a compound adjective, not a figure of its own.
        if (w.number(k) && w.dash(k + 1) && w.attached(k + 1) && w.word(k + 2) && w.attached(k + 2)) {
            if (np.empty) { np.first = k; np.empty = false; }
            np.last = k + 2;
            k += 3;
            ++words;
            continue;
        }
        // '22 "early harvest" projects': a name in quotation marks before the noun is one of its words.
        if ((w.punct(k, "\"") || w.punct(k, "\xE2\x80\x9C")) && w.word(k + 1) && w.attached(k + 1) &&
            !(w.t[k].flags & TokenNewlineBefore)) {
            std::size_t close = k + 1;
            while (close < w.n && close < k + 5 && w.word(close)) ++close;
            if (close > k + 1 && close < w.n && (w.punct(close, "\"") || w.punct(close, "\xE2\x80\x9D")) && w.attached(close) &&
                w.word(close + 1) && !(w.t[close + 1].flags & TokenCapitalized)) {
                char qb[32];
                if (!lexicon::is_function_word(w.low(close + 1, qb))) {
                    if (np.empty) { np.first = k; np.empty = false; }
                    np.last = close;
                    words += static_cast<int>(close - k - 1);
                    k = close + 1;
                    continue;
                }
            }
        }
        // "40 Boeing 737 MAX jets": a model's number after a capitalised word of the phrase, before more of it.
        if (!np.empty && w.number(k) && (w.t[np.last].flags & TokenCapitalized) && !(w.t[k].flags & (TokenHasSeparator | TokenHasDecimal)) &&
            !is_year_token(w, k) &&
            !(w.t[k].flags & TokenNewlineBefore) && w.word(k + 1) && !(w.t[k + 1].flags & TokenNewlineBefore)) {
            char mb[32];
            const std::string_view after = w.low(k + 1, mb);
            if (!lexicon::is_function_word(after) && !lexicon::is_measure_unit(w.tx(k + 1)) && !lexicon::currency_word(after) &&
                lexicon::scale_word(after) == 0 && !month_from_word(after)) {
                np.last = k;
                ++k;
                continue;
            }
        }
        if (!w.word(k)) break;
        if (w.t[k].flags & TokenNewlineBefore) break;  // a noun on the next line is no part of the phrase
        char b[32];
        const std::string_view lw = w.low(k, b);
        const bool cap = w.t[k].flags & TokenCapitalized;
        // "Trade and Industry": one name of capitalised words; not after an acronym ("the GDP and Tarrow").
        if (lw == "and" && !np.empty && (w.t[np.last].flags & TokenCapitalized) && !(w.t[np.last].flags & TokenAllCaps) &&
            w.word(k + 1) && (w.t[k + 1].flags & TokenCapitalized)) {
            ++k;
            continue;
        }
        // "40 more stores", "12 fewer beds": the comparison opens the phrase when a content word follows it.
        bool more = false;
        // "300 such promotions": "such" points back and counts nothing itself.
        if (words == 0 && lw == "such" && w.word(k + 1) && !w.punct(k + 1, ",")) {
            char b2[32];
            more = !lexicon::is_function_word(w.low(k + 1, b2));
        }
        if (words == 0 && (lw == "more" || lw == "fewer") && w.word(k + 1) && !(w.t[k + 1].flags & TokenCapitalized)) {
            char b2[32];
            const std::string_view next = w.low(k + 1, b2);
            more = !lexicon::is_function_word(next) && !ends_with(next, "ly") && next != "than";
        }
        // "12.4 mln average for 2023": a statistic of the amount, whose noun is left out; "3 average
        // households" is a phrase.
        if (words == 0 && (lw == "average" || lw == "mean" || lw == "median")) {
            char nb[32];
            if (!w.word(k + 1) || (w.t[k + 1].flags & TokenCapitalized) || lexicon::is_function_word(w.low(k + 1, nb))) break;
        }
        // "adults over 65 receiving a dose": a participle before its own object is a verb, not what is counted.
        if (words == 0 && !cap && lw.size() > 5 && ends_with(lw, "ing") && w.word(k + 1)) {
            char ob[32];
            const std::string_view next = w.low(k + 1, ob);
            if (next == "a" || next == "an" || next == "the" || next == "their" || next == "its" || next == "his" || next == "her")
                break;
        }
        // "against 36,000 previously.", "4,000 currently in stock": an adverb in "-ly" with no noun after it
        // ("40 deadly attacks", "3 monthly payments" are adjectives before their noun; "40 family" a noun).
        if (words == 0 && !cap && lexicon::is_manner_adverb(lw)) {
            char nb[32];
            if (!w.word(k + 1) || (w.t[k + 1].flags & TokenNewlineBefore) || lexicon::is_function_word(w.low(k + 1, nb))) break;
        }
        // "a fee of $15 million payable to the buyer", "40 seats available.": an adjective in "-able" or "-ible"
        // with no noun after it (not "a timetable", "1 constable").
        if (words == 0 && !cap && lw.size() >= 7 &&
            (lw.substr(lw.size() - 4) == "able" || lw.substr(lw.size() - 4) == "ible") && lw != "vegetable" &&
            lw != "constable" && lw != "timetable" && lw != "turntable" && lw != "receivable") {
            char nb[32];
            if (!w.word(k + 1) || (w.t[k + 1].flags & TokenNewlineBefore) || lexicon::is_function_word(w.low(k + 1, nb))) break;
        }
        // "beating the $17.6bn analysts had expected", "fewer than the 175,000 economists had forecast": people
        // who report, then the verb of their expectation, are a relative clause's subject, not what is counted
        // ("40 economists said" still counts them).
        if (words == 0 && !cap && (of_money || (j >= 2 && w.is(j - 2, "the"))) && lexicon::plural_like(lw) &&
            lexicon::is_source_noun(lw) && w.word(k + 1)) {
            char vb[32];
            const std::string_view verb = w.low(k + 1, vb);
            const bool auxiliary = verb == "had" || verb == "have" || verb == "were";
            const bool expecting = auxiliary || verb == "expected" || verb == "forecast" || verb == "forecasted" ||
                                   verb == "predicted" || verb == "estimated" || verb == "anticipated" || verb == "projected";
            // (…with nothing after the verb: "The 12 analysts expected a cut" counts them.)
            const std::size_t after = auxiliary ? k + 3 : k + 2;
            if (expecting && (!auxiliary || w.word(k + 2)) && (after >= w.n || w.t[after].type == TokenType::Punct)) break;
        }
        // "up from 3.9 million five years ago": a number word opens a phrase of its own, not what is counted.
        // (Not a scale after a number word: "five hundred pages".)
        if (words == 0 && !cap && j >= 1 && lexicon::number_word(lw) > 0 && lexicon::scale_word(lw) == 0 &&
            (w.number(j - 1) || (j >= 2 && w.word(j - 1) && lexicon::scale_word(w.tx(j - 1)) > 0 && w.number(j - 2))))
            break;
        // "35 pence lower", "$2 higher": a comparison with the amount, not what it counts.
        if (words == 0 && (lw == "lower" || lw == "higher" || lw == "cheaper" || lw == "dearer" || lw == "weaker" ||
                           lw == "stronger" || lw == "shy"))
            break;
        // ("22% of the port's total freight": "total" after a possessive is an adjective, not "in total".)
        const bool owned_total = lw == "total" && words > 0 && lexicon::is_possessive(w.tx(np.last));
        if (!more && !owned_total && (lexicon::is_function_word(lw) || lexicon::month_like(lw) || adverb_after_number(lw))) break;
        if (words > 0 && !cap && (ends_with(lw, "ed") || ends_with(lw, "ing") || ends_with(lw, "ly"))) {
            // "13 percent of harbour spending": a noun of trade or budget after a singular word is the head;
            // after a plural it is a verb ("300 firms lending to …").
            char pb[32];
            if (!(lexicon::is_activity_noun(lw) && !lexicon::plural_like(w.low(np.last, pb)))) break;
        }
        // "700 million Tarrowans listen to …": after a people's name, a lower-case word continues the phrase
        // only when a plural ends it within three words ("Tarrowan state employees"). ("60,000 young
        // Ostlanders leave": a name in "-landers" too.)
        if (!of_money && words > 0 && !cap && (w.t[np.last].flags & TokenCapitalized) && !lexicon::plural_like(lw) && lw != "people" &&
            (demonym_like(w.tx(np.last)) || ends_with(w.tx(np.last), "ans") || ends_with(w.tx(np.last), "landers"))) {
            if (!plural_ahead(w, k)) break;
        }
        // "$5m rose 10%", "40 said", "41 million saw": a verb, not what the number counts
        // ("-ed" verbs are asked below; "a 3,000 rise" is a noun).
        // …and after a plural, which a verb follows ("two-thirds of Tarrowans see": Tarrowans).
        // …and after a name ("of the Tarrow Fund owns"), which a verb follows too.
        // (After "of" or "the" the word is a noun: "42% of the vote".)
        if (!cap && verb_after_number(lw)) {
            char pb[32];
            const bool after_article = words == 0 && k > 0 && (w.is(k - 1, "the") || w.is(k - 1, "of"));
            if ((words == 0 && !after_article) || (words > 0 && (lexicon::plural_like(w.low(np.last, pb)) || (w.t[np.last].flags & TokenCapitalized))))
                break;
        }
        if (words == 0 && !cap && ends_with(lw, "ed")) {
            // "5,000 displaced people", "11 automated Harlow ferry stores", but not "11 changed policy": a
            // plural within the next three words, before any function word.
            if (!plural_ahead(w, k)) break;
        }
        phrase_word[phrase_words++] = k;  // has_measure looks at it, when there is an acronym
        if (np.empty) { np.first = k; np.empty = false; }
        np.last = k;
        ++k;
        ++words;
        // A plural noun ends the phrase ("people", "prisoners"; "300 such promotions Harlow Foods plans"),
        // unless it is a scale's degrees and the scale follows ("350 degrees Celsius").
        if (!cap && words >= 1 && (lexicon::plural_like(lw) || lw == "people") && !(lw == "degrees" && w.word(k) && (w.t[k].flags & TokenCapitalized)) &&
            !attributive_plural_before_noun(w, lw, k))
            break;
    }
    np.end = np.empty ? j : np.last + 1;
    // What it counts leaves out the adjectives that do not change it ("new French frigates": frigates).
    np.counts_first = np.first;
    int plural_head = -1;  // worked out once, when a first word could be left out (most phrases have one word)
    for (int m = 0; m + 1 < phrase_words && phrase_word[m] == np.counts_first; ++m) {
        const std::size_t t = phrase_word[m];
        char b[32];
        const bool lower_next = w.word(t + 1) && !(w.t[t + 1].flags & TokenCapitalized);
        const bool cap_word = w.t[t].flags & TokenCapitalized;  // "New Zealand citizens": a name
        if (!((!cap_word && neutral_adjective(w.low(t, b))) || (demonym_like(w.tx(t)) && lower_next))) break;
        if (plural_head < 0) {
            char hb[32];
            const std::string_view head = w.low(np.last, hb);
            plural_head = w.word(np.last) && (lexicon::plural_like(head) || head == "people");  // not "Chinese live"
        }
        if (!plural_head) break;
        np.counts_first = t + 1;
    }
    // "(TEU)" right after: the phrase's acronym.
    if (!np.empty && w.punct(np.end, "(") && w.word(np.end + 1) && (w.t[np.end + 1].flags & TokenAllCaps) &&
        w.punct(np.end + 2, ")"))
        np.acronym = w.tx(np.end + 1);
    if (!np.acronym.empty())
        for (int m = 0; m < phrase_words && !np.has_measure; ++m) {
            char b[32];
            const std::string_view lw = w.low(phrase_word[m], b);
            if (lexicon::is_measure_unit(w.tx(phrase_word[m])) || lw == "units" || lw == "unit") np.has_measure = true;
        }
    return np;
}

// The whole a share is of ("6 percent of Danish timber", "a third of new voters"): the phrase as written.
std::string_view whole_text(const Window& w, const NounPhrase& np) {
    if (np.empty) return {};
    return w.doc.text().substr(w.t[np.first].begin, w.t[np.last].end - w.t[np.first].begin);
}

// What the phrase counts, as written (a view of the document): the phrase
// without its leading neutral adjectives.
std::string_view phrase_text(const Window& w, const NounPhrase& np) {
    if (np.empty) return {};
    return w.doc.text().substr(w.t[np.counts_first].begin, w.t[np.last].end - w.t[np.counts_first].begin);
}

//-----------------------------------------------------------------------------
// [SECTION] Qualifiers and changes
//-----------------------------------------------------------------------------

// The qualifier in the words right before token `lb`; moves *qb to its first token.
// Every qualifier ends with the word at lb - 1: that word, lower-cased once, picks
// the longer forms worth testing.
Text qualifier_before(const Window& w, std::size_t lb, std::size_t* qb) {
    *qb = lb;
    if (lb < 1 || !w.word(lb - 1)) return {};
    auto at = [&](std::size_t back, std::string_view lw) { return lb >= back && w.is(lb - back, lw); };
    char b[32];
    const std::string_view lw = w.low(lb - 1, b);
    switch (lw.size()) {
    case 2:
        if (lw == "as" && at(3, "as") && (at(2, "many") || at(2, "much"))) { *qb = lb - 3; return "as many as"; }
        if (lw == "to") {
            if (at(2, "up")) { *qb = lb - 2; return "up to"; }
            if (at(2, "close")) { *qb = lb - 2; return "about"; }
        }
        if (lw == "of" && at(2, "upwards")) { *qb = lb - 2; return "more than"; }
        break;
    case 4:
        if (lw == "than") {
            if (at(2, "more")) { *qb = lb - 2; return "more than"; }
            if (at(2, "less")) { *qb = lb - 2; return "less than"; }
            if (at(2, "fewer")) { *qb = lb - 2; return "fewer than"; }
        }
        break;
    case 5:
        if (lw == "least" && at(2, "at")) { *qb = lb - 2; return "at least"; }
        break;
    case 9:
        if (lw == "estimated" && at(2, "an")) { *qb = lb - 2; return "about"; }
        break;
    default: break;
    }
    *qb = lb - 1;
    if (lw == "about" || lw == "around" || lw == "approximately" || lw == "roughly" || lw == "some" ||
        lw == "estimated" || lw == "circa" || lw == "approx")
        return "about";
    if (lw == "over") return "more than";
    if (lw == "under") return "less than";
    if (lw == "nearly" || lw == "almost") return "nearly";
    if (lw == "only" || lw == "just") return "only";
    *qb = lb;
    return {};
}

// "1.2m passengers", "5m people": a plural noun in lower case at token `k`, of things an amount written with
// "m" counts (not a race: "the 400m hurdles", "the 4x100m relays").
bool counted_after_m(const Window& w, std::size_t k) {
    if (!w.word(k) || (w.t[k].flags & TokenCapitalized)) return false;
    char b[32];
    const std::string_view lw = w.low(k, b);
    if (lw == "hurdles" || lw == "relays" || lw == "heats" || lw == "finals" || lw == "races" || lw == "sprints") return false;
    return (lw.size() > 3 && lw.back() == 's' && lw[lw.size() - 2] != 's') || lw == "people";
}

// Direction of a change expressed by the words right before a percent ("grew by", "up", "an increase of").
int change_before(const Window& w, std::size_t lb) {
    int dir = 0;
    char b[32];
    if (lb >= 1 && w.word(lb - 1)) {
        const std::string_view lw = w.low(lb - 1, b);
        if (lw == "by" || lw == "of") {
            // ("cut the risk of heart attack by 27 per cent": after "by", over the verb's object.)
            const std::size_t reach = lw == "by" ? 8 : 4;
            for (std::size_t back = 2; back <= reach && lb >= back; ++back) {
                if (!w.word(lb - back)) break;
                char b2[32];
                const std::string_view v = w.low(lb - back, b2);
                if (lexicon::is_change_verb(v, &dir) || lexicon::is_change_noun(v, &dir)) return dir;
            }
            return 0;
        }
        // "rose 50 cents, or 2.1%, to $24.10": the same change as an amount and as a percentage.
        if (lw == "or" && lb >= 3 && w.punct(lb - 2, ",")) {
            // (…but "cut 2,400 jobs, or about 8% of its staff" restates the amount as a share of a whole.)
            for (std::size_t q = lb; q < w.n && q < lb + 5; ++q) {
                const bool percent_sign = w.punct(q, "%") || w.is(q, "percent") || w.is(q, "pct") || w.is(q, "cent");
                if (percent_sign) {
                    if (w.is(q + 1, "of")) return 0;
                    break;
                }
            }
            for (std::size_t back = 3; back <= 8 && lb >= back; ++back) {
                if (!w.word(lb - back)) continue;
                char b2[32];
                const std::string_view v = w.low(lb - back, b2);
                if (v == "by") return change_before(w, lb - back + 1);
                if (lexicon::is_change_verb(v, &dir) || lexicon::is_change_noun(v, &dir)) return dir;
                if (v == "up") return 1;
                if (v == "down") return -1;
                if (lexicon::is_function_word(v)) return 0;
            }
            return 0;
        }
        if (lw == "up") {
            // "make up 40 percent of the crew": a share of a whole, not a rise.
            char b2[32];
            return lb >= 2 && w.word(lb - 2) && lexicon::takes_share_with_up(w.low(lb - 2, b2)) ? 0 : 1;
        }
        if (lw == "down") return -1;
        if (lexicon::is_change_verb(lw, &dir)) return dir;  // "rose 3%", "fell 10 percent"
        if (const int d = lexicon::change_participle(lw)) return d;  // "after falling 2.3 pct", "rising 16 pct"
    }
    return 0;
}

//-----------------------------------------------------------------------------
// [SECTION] Numbers
//-----------------------------------------------------------------------------

// The index of the range (sentence, paragraph) holding a byte, or the nearest
// before it: what Document::sentence_of / paragraph_of answer, found by
// stepping from the previous answer instead of a binary search, because the
// scan asks in reading order (a figure may start a token or two before the
// previous one ended, so it steps back too).
class RangeCursor {
public:
    explicit RangeCursor(const std::vector<ByteRange>& ranges) : r_(ranges) {}
    int of(std::uint32_t byte) {
        while (k_ + 1 < r_.size() && r_[k_ + 1].begin <= byte) ++k_;
        while (k_ > 0 && r_[k_].begin > byte) --k_;
        return static_cast<int>(k_);
    }

private:
    const std::vector<ByteRange>& r_;
    std::size_t                   k_ = 0;
};

//-----------------------------------------------------------------------------
// [SECTION] Currencies of a country
//-----------------------------------------------------------------------------

// A currency word that several countries use, one row per country: "Kenyan shillings" by the adjective,
// bare "shillings" by the one such country a text names ("Nairobi's port … forty shillings").
struct CountryCurrency {
    std::string_view word;           // the currency's word in the singular ("shilling")
    const char*      code;           // ISO 4217 ("KES")
    std::string_view adjectives[2];  // the country's adjectives in lower case; two words at most ("sri lankan")
    std::string_view names[3];       // what names the country in a text, as written (prefixes: "Mexic"); none:
                                     // the bare word is not that country's (pounds weigh, francs are Swiss)
};
constexpr CountryCurrency kCountryCurrencies[] = {
    {"peso", "PHP", {"philippine", "filipino"}, {"Philippine", "Filipino", "Manila"}},
    {"peso", "MXN", {"mexican"}, {"Mexic"}},
    {"peso", "ARS", {"argentine", "argentinian"}, {"Argentin", "Buenos Aires"}},
    {"peso", "CLP", {"chilean"}, {"Chile"}},
    {"peso", "COP", {"colombian"}, {"Colombia", "Bogot"}},
    {"dinar", "IQD", {"iraqi"}, {"Iraq", "Baghdad"}},
    {"dinar", "JOD", {"jordanian"}, {"Jordan", "Amman"}},
    {"dinar", "KWD", {"kuwaiti"}, {"Kuwait"}},
    {"dinar", "RSD", {"serbian"}, {"Serbia", "Belgrade"}},
    {"dinar", "TND", {"tunisian"}, {"Tunisia"}},
    {"dinar", "DZD", {"algerian"}, {"Algeria"}},
    {"shilling", "KES", {"kenyan"}, {"Kenya", "Nairobi"}},
    {"shilling", "UGX", {"ugandan"}, {"Uganda", "Kampala"}},
    {"shilling", "TZS", {"tanzanian"}, {"Tanzania", "Dar es Salaam"}},
    {"shilling", "SOS", {"somali"}, {"Somalia", "Mogadishu"}},
    {"krone", "DKK", {"danish"}, {"Denmark", "Danish", "Copenhagen"}},
    {"krone", "NOK", {"norwegian"}, {"Norway", "Norwegian", "Oslo"}},
    {"krona", "SEK", {"swedish"}, {"Sweden", "Swedish", "Stockholm"}},
    {"krona", "ISK", {"icelandic"}, {"Iceland", "Reykjav"}},
    {"rupee", "INR", {"indian"}, {"India"}},
    {"rupee", "PKR", {"pakistani"}, {"Pakistan"}},
    {"rupee", "NPR", {"nepali", "nepalese"}, {"Nepal"}},
    {"rupee", "LKR", {"sri lankan"}, {"Sri Lanka"}},
    {"franc", "CHF", {"swiss"}, {}},
    {"franc", "FRF", {"french"}, {}},
    {"franc", "BEF", {"belgian"}, {}},
    {"franc", "RWF", {"rwandan"}, {}},
    {"franc", "CDF", {"congolese"}, {}},
    {"pound", "EGP", {"egyptian"}, {}},
    {"pound", "LBP", {"lebanese"}, {}},
    {"pound", "SYP", {"syrian"}, {}},
    {"pound", "SDG", {"sudanese"}, {}},
    {"lira", "TRY", {"turkish"}, {}},
    {"real", "BRL", {"brazilian"}, {}},
    {"rand", "ZAR", {"south african"}, {}},
    {"riyal", "SAR", {"saudi"}, {"Saudi", "Riyadh"}},
    {"riyal", "QAR", {"qatari"}, {"Qatar", "Doha"}},
    // "Crowns" is English for the koruna, krona and krone alike.
    {"crown", "CZK", {"czech"}, {"Czech", "Prague"}},
    {"crown", "SEK", {"swedish"}, {"Sweden", "Swedish", "Stockholm"}},
    {"crown", "DKK", {"danish"}, {"Denmark", "Danish", "Copenhagen"}},
    {"crown", "NOK", {"norwegian"}, {"Norway", "Norwegian", "Oslo"}},
    {"crown", "ISK", {"icelandic"}, {"Iceland", "Reykjav"}},
    {"koruna", "CZK", {"czech"}, {"Czech", "Prague"}},
    {"dirham", "AED", {"emirati", "uae"}, {"Emirates", "UAE", "Dubai"}},
    {"dirham", "MAD", {"moroccan"}, {"Morocco", "Rabat"}},
    {"cedi", "GHS", {"ghanaian"}, {"Ghana", "Accra"}},
    {"leva", "BGN", {"bulgarian"}, {"Bulgaria", "Sofia"}},
    {"lari", "GEL", {"georgian"}, {"Tbilisi"}},
    {"dram", "AMD", {"armenian"}, {"Armenia", "Yerevan"}},
    {"dong", "VND", {"vietnamese"}, {"Vietnam", "Viet Nam", "Hanoi"}},
    {"manat", "AZN", {"azerbaijani"}, {"Azerbaijan", "Baku"}},
    {"manat", "TMT", {"turkmen"}, {"Turkmenistan", "Ashgabat"}},
    {"rial", "OMR", {"omani"}, {}},
    {"rial", "IRR", {"iranian"}, {}},
};
constexpr std::size_t kCountryCurrencyCount = sizeof kCountryCurrencies / sizeof kCountryCurrencies[0];

// The initials (bit c - 'a') of the currency words that a country named in the text decides: most words after
// a number are told by their initial alone that no row reads them.
constexpr std::uint32_t named_currency_initials() {
    std::uint32_t bits = 0;
    for (const CountryCurrency& cc : kCountryCurrencies)
        if (!cc.names[0].empty()) bits |= 1u << (cc.word[0] - 'a');
    return bits;
}
constexpr std::uint32_t kNamedCurrencyInitials = named_currency_initials();

// N answers to "does the text hold it?", each unread (-1) until asked.
template <std::size_t N> constexpr std::array<int, N> unread_marks() {
    std::array<int, N> a{};
    for (int& v : a) v = -1;
    return a;
}

// A currency word in the singular: "francs" → "franc", "kroner" → "krone", "kronor" → "krona", "reais" → "real".
std::string_view currency_singular(std::string_view word) {
    if (word == "kroner") return "krone";
    if (word == "kronor") return "krona";
    if (word == "reais") return "real";
    if (word.size() > 3 && word.back() == 's') word.remove_suffix(1);
    return word;
}

struct Scan {
    Window                    w;
    int                       pub_year;
    int                       pub_month;  // 0 when unknown
    std::vector<FoundFigure>* out;
    TextStore*                texts;
    RangeCursor               sentences;
    RangeCursor               paragraphs;

    Text keep(std::string_view s) const { return texts->keep(s); }

    // Whether the text holds any of `marks`, read once per question (`*cache`: -1 unread, 0 no, 1 yes).
    bool text_holds_any(int* cache, std::initializer_list<std::string_view> marks) const {
        return text_holds_any(cache, marks.begin(), marks.end());
    }
    bool text_holds_any(int* cache, const std::string_view* first, const std::string_view* last) const {
        if (*cache < 0) {
            const std::string_view text = w.doc.text();
            *cache = std::any_of(first, last, [&](std::string_view m) { return !m.empty() && text.find(m) != std::string_view::npos; });
        }
        return *cache == 1;
    }

    // Whether the text deals in sterling, so that "500 pounds" may be money: it writes "£", "sterling",
    // "stg" or "pence", or names Britain. Elsewhere a pound is a weight.
    mutable int sterling_text = -1;
    // The currency "cents" are hundredths of: euros in a text that prices in euros and not in dollars,
    // else dollars.
    mutable int euro_text = -1, dollar_text = -1;
    const char* cents_currency() const {
        const bool euros = text_holds_any(&euro_text, {"\xE2\x82\xAC", " euros", " euro ", "EUR "});
        return euros && !text_holds_any(&dollar_text, {"$", "dollar", "dlrs", "USD"}) ? "EUR" : "USD";
    }
    // The lines of a screen or video format ("720p", "1080p"), which "p" follows as it follows pence.
    static bool screen_lines(double v) {
        return v == 144 || v == 240 || v == 360 || v == 480 || v == 576 || v == 720 || v == 1080 || v == 1440 ||
               v == 2160 || v == 4320;
    }

    // "the 12 euro zone countries", "the dollar area": the currency word at j names a region, not an amount.
    bool currency_names_region(std::size_t j) const {
        char zb[32];
        const std::string_view zone = w.word(j + 1) ? w.low(j + 1, zb) : std::string_view();
        return zone == "zone" || zone == "zones" || zone == "area" || zone == "bloc";
    }
    // "500 pounds of halibut", or pounds where nothing is priced in sterling: a weight.
    bool pounds_of_weight(std::string_view unit_word, std::size_t j) const {
        return unit_word == "pounds" && (w.is(j + 1, "of") || !deals_in_sterling());
    }
    // The currency "pence", "cents" or "cent" are hundredths of ("40 cents", "2 pence"), or nullptr.
    const char* hundredths_of(std::string_view unit_word) const {
        if (unit_word == "pence") return "GBP";
        return unit_word == "cents" || unit_word == "cent" ? cents_currency() : nullptr;
    }

    bool deals_in_sterling() const {
        return text_holds_any(&sterling_text, {"\xC2\xA3", "sterling", " stg", "pence", "Britain", "British", "UK", "U.K.", "England"});
    }

    // Whether the text deals in German marks, so that "42 billion marks" is money: it names Germany, the
    // Bundesbank or the Deutsche mark. Elsewhere marks are marks ("question marks").
    mutable int marks_text = -1;
    bool deals_in_marks() const { return text_holds_any(&marks_text, {"German", "Bundesbank", "Deutsche", "D-mark", "Deutschmark"}); }

    mutable int rand_text = -1;  // whether the text deals in rand ("South Africa", "rand")

    // Rupees written "Rs": those of the one country of the rupee the text names, else India's.
    const char* rupees() const {
        const char* code = text_country_currency("rupee");
        return code ? code : "INR";
    }

    // A unit of measure of four letters or more set in capitals, as in a headline ("2.4 MLN TONNES"); short
    // capitals are units of their own ("MW", "GW", "TEU").
    bool unit_in_capitals(std::size_t k) const {
        if (!w.word(k) || !(w.t[k].flags & TokenAllCaps) || w.tx(k).size() < 4) return false;
        char b[32];
        return lexicon::is_measure_unit(w.low(k, b));
    }

    // The currency a bare word that several countries use ("pesos", "dinars", "rupees", "kroner") names in
    // this text: that of the one country of that currency the text names ("Philippine sugar … 700 mln pesos"
    // → PHP); nullptr when it names none of them, or more than one (one search of the text per country, once).
    mutable std::array<int, kCountryCurrencyCount> country_named = unread_marks<kCountryCurrencyCount>();
    const char* text_country_currency(std::string_view word) const {
        if (word.size() < 4 || word[0] < 'a' || word[0] > 'z' || !((kNamedCurrencyInitials >> (word[0] - 'a')) & 1u)) return nullptr;
        const std::string_view one = currency_singular(word);
        const char* found = nullptr;
        for (std::size_t k = 0; k < kCountryCurrencyCount; ++k) {
            const CountryCurrency& cc = kCountryCurrencies[k];
            if (cc.word != one || cc.names[0].empty() ||
                !text_holds_any(&country_named[k], std::begin(cc.names), std::end(cc.names)))
                continue;
            if (found) return nullptr;  // two countries of that currency: which one is not said
            found = cc.code;
        }
        return found;
    }

    // "2.3 billion crowns", "700 pesos" in a text that names no country of theirs: money in that currency,
    // by its plural, as no ISO code can be told. (A king's crown, or "three crowns" won, stay words: crowns
    // are money from 10 up.)
    static const char* currency_of_several(std::string_view unit_word, double value) {
        const char* plural = lexicon::currency_of_several(unit_word);
        return plural && (value >= 10 || std::string_view(plural) != "crowns") ? plural : nullptr;
    }

    // A country's currency from token `j`: its dollars ("N.Z. dlrs", "Australian dollars") or its adjective and
    // the currency's word ("Swiss francs", "Kenyan shillings"). The ISO code, with `*end` its last token;
    // nullptr when none starts there.
    const char* country_currency_at(std::size_t j, std::size_t* end) const {
        if (const char* code = country_dollars(j, end)) return code;
        if (!w.word(j) || !(w.t[j].flags & TokenCapitalized) || (w.t[j].flags & TokenAllCaps) || !w.word(j + 1)) return nullptr;
        char ab[32], cb[32];
        if (const char* code = country_currency(w.low(j, ab), w.low(j + 1, cb))) {
            *end = j + 1;
            return code;
        }
        // An adjective of two words: "Sri Lankan rupees", "South African rand".
        if (!(w.t[j + 1].flags & TokenCapitalized) || !w.word(j + 2)) return nullptr;
        char two[64], db[32];
        const std::string_view first = w.low(j, ab), second = w.low(j + 1, cb);
        if (first.size() + 1 + second.size() > sizeof two) return nullptr;
        std::memcpy(two, first.data(), first.size());
        two[first.size()] = ' ';
        std::memcpy(two + first.size() + 1, second.data(), second.size());
        const char* code = country_currency(std::string_view(two, first.size() + 1 + second.size()), w.low(j + 2, db));
        if (code) *end = j + 2;
        return code;
    }

    // "N.Z. dlrs", "NZ dollars", "Australian dlrs", "H.K. dollars" from token `j`: the currency's ISO code, with
    // `*end` its last token; nullptr when no country's dollars start there.
    const char* country_dollars(std::size_t j, std::size_t* end) const {
        struct Prefix { std::string_view letters; const char* code; };
        static constexpr Prefix kPrefixes[] = {{"nz", "NZD"},         {"newzealand", "NZD"}, {"australian", "AUD"},
                                               {"aus", "AUD"},        {"canadian", "CAD"},   {"can", "CAD"},
                                               {"hk", "HKD"},         {"hongkong", "HKD"},   {"singapore", "SGD"},
                                               {"us", "USD"},         {"taiwan", "TWD"},     {"zimbabwe", "ZWD"}};
        // The prefix's letters without periods, over at most four tokens ("N", ".", "Z", ".").
        std::string letters;
        std::size_t k = j;
        for (; k < w.n && k < j + 5; ++k) {
            if (w.punct(k, ".") && w.attached(k)) continue;
            if (!w.word(k) || !(w.t[k].flags & TokenCapitalized)) break;
            char b[32];
            const std::string_view lw = w.low(k, b);
            if (w.is(k, "dlrs") || w.is(k, "dollars") || w.is(k, "dlr") || w.is(k, "dollar")) break;
            letters += lw;
        }
        if (letters.empty() || k >= w.n || !(w.is(k, "dlrs") || w.is(k, "dollars") || w.is(k, "dlr") || w.is(k, "dollar")))
            return nullptr;
        for (const Prefix& p : kPrefixes)
            if (letters == p.letters) { *end = k; return p.code; }
        return nullptr;
    }

    // The currency a country's adjective names with a currency word ("Swiss" "francs" → CHF, "Pakistani"
    // "rupees" → PKR), or nullptr.
    static const char* country_currency(std::string_view adjective, std::string_view word) {
        const std::string_view one = currency_singular(word);
        for (const CountryCurrency& cc : kCountryCurrencies)
            if (cc.word == one && (cc.adjectives[0] == adjective || cc.adjectives[1] == adjective)) return cc.code;
        return nullptr;
    }

    // Moves `f` into the output (one move: it is built in the caller and not used after).
    void emit(FoundFigure&& f, std::size_t first, std::size_t last) {
        f.range = {w.t[first].begin, w.t[last].end};
        // Tokens are sorted, non-empty and do not overlap: the search for these offsets ends at first and last + 1.
        f.first_token = first;
        f.end_token = first <= last ? last + 1 : w.doc.first_token_at_or_after(f.range.end);
        const int s = sentences.of(f.range.begin);
        f.sentence = s;
        f.paragraph = paragraphs.of(f.range.begin);
        if (s < static_cast<int>(w.doc.sentences().size())) f.body.sentence = w.doc.sentences()[s];
        out->push_back(std::move(f));
    }

    // Whether the sentence holding token `q` looks ahead: "will", "next", "due", "scheduled", "upcoming". Each
    // sentence is read once, however many dates it holds.
    int looked_sentence = -1;
    bool looks_ahead = false;
    bool sentence_looks_ahead(std::size_t q) {
        const int index = sentences.of(w.t[q].begin);  // (the scan's cursor: dates come in reading order)
        if (index == looked_sentence) return looks_ahead;
        looked_sentence = index;
        looks_ahead = false;
        const ByteRange s = w.doc.sentences()[static_cast<std::size_t>(index)];
        for (std::size_t k = w.doc.first_token_at_or_after(s.begin); k < w.t.size() && w.t[k].begin < s.end && !looks_ahead; ++k)
            looks_ahead = w.is(k, "will") || w.is(k, "next") || w.is(k, "due") || w.is(k, "scheduled") || w.is(k, "upcoming") ||
                          w.is(k, "shall") || w.is(k, "\xE2\x80\x99ll") || w.is(k, "'ll");
        return looks_ahead;
    }

    void emit_date(const DateMatch& dm) {
        FoundFigure f;
        f.date = with_year(dm.date, pub_year);
        // A month of no year, months away from the publication's: "on 20 December" in a story of 5 January is
        // last December, unless its sentence looks ahead; "on 14 January" in a June story that looks ahead
        // ("the next match is on 14 January") is next January.
        int shift = 0;
        if (!dm.date.year && pub_year && pub_month && dm.date.month) {
            const int ahead = dm.date.month - pub_month;
            if (ahead >= 3 || ahead <= -5) {
                const bool future = sentence_looks_ahead(dm.first);
                shift = ahead >= 3 && !future ? -1 : ahead <= -5 && future ? 1 : 0;
                f.date.year += shift;
            }
        }
        f.body.kind = "date";
        f.body.value = f.date.year;
        f.body.value_text = iso_text(f.date);
        f.body.year_inferred = f.date.year_inferred;
        f.body.unit = dm.date.quarter ? Text("quarter") : dm.date.day ? Text("day") : dm.date.month ? Text("month") : Text("year");
        f.rule = dm.date.year ? Text("calendar date")
                 : shift < 0  ? Text("calendar date; the year before the publication's: its month comes months after the publication's, and its sentence does not look ahead")
                 : shift > 0  ? Text("calendar date; the year after the publication's: its month came months before the publication's, and its sentence looks ahead")
                 : pub_year   ? Text("calendar date; the year is taken from the publication date")
                              : Text("calendar date without a year; the publication date is unknown, so it has no value");
        emit(std::move(f), dm.first, dm.end - 1);
    }

    // "in ’91", "the class of '08", "the ’90s": a year or decade written without its century, after an
    // apostrophe that opens the word. The century is the one that keeps the year no later than the
    // publication (or than 2030, when that is unknown). 0 when the number at `i` is not one.
    std::size_t short_year_at(std::size_t i) {
        if (i == 0 || !w.attached(i) || w.tx(i).size() != 2 || (w.t[i].flags & (TokenHasSeparator | TokenHasDecimal))) return 0;
        if (!(w.punct(i - 1, "'") || w.punct(i - 1, "\xE2\x80\x99")) || !(i == 1 || (w.t[i - 1].flags & (TokenSpaceBefore | TokenNewlineBefore))))
            return 0;
        const bool decade = w.word(i + 1) && w.attached(i + 1) && w.tx(i + 1) == "s";
        if (w.punct(i + 1, "%") || w.is(i + 1, "percent") || w.is(i + 1, "per") ||
            (w.word(i + 1) && (lexicon::is_measure_unit(w.tx(i + 1)) || lexicon::scale_word(w.tx(i + 1)) > 0)))
            return 0;  // "'50 tonnes'": a quotation that opens with an amount
        if (!decade && ((w.word(i + 1) && w.attached(i + 1)) || (w.number(i + 1) && w.attached(i + 1)))) return 0;
        const int yy = static_cast<int>(number_value(w.tx(i)));
        const int now = pub_year ? pub_year : 2030;
        const int year = 2000 + yy <= now ? 2000 + yy : 1900 + yy;
        if (decade && yy % 10 != 0) return 0;
        FoundFigure f;
        f.body.kind = "date";
        f.body.value = year;
        if (decade) {
            f.body.unit = "decade";
            f.body.value_text = std::to_string(year) + "s";
            f.rule = "a decade without its century (\"the \xE2\x80\x99" "90s\")";
            emit(std::move(f), i - 1, i + 1);
            return i + 2;
        }
        f.date.year = year;
        f.body.unit = "year";
        f.body.value_text = std::to_string(year);
        f.rule = "a year without its century (\"in \xE2\x80\x99" "91\")";
        emit(std::move(f), i - 1, i);
        return i + 1;
    }

    // "1987/88", "2003/4", "2019/2020" at token `i`: one year that runs across two calendar years (a fiscal,
    // crop or season year), the second written in full or by its last digits. The first token after it, or 0.
    std::size_t split_year_at(std::size_t i) {
        if (!is_year_token(w, i) || !w.punct(i + 1, "/") || !w.attached(i + 1) || !w.number(i + 2) || !w.attached(i + 2) ||
            (w.t[i + 2].flags & (TokenHasSeparator | TokenHasDecimal)) || (w.punct(i + 3, "/") && w.attached(i + 3)))
            return 0;
        const std::string_view second = w.tx(i + 2);
        const int first = static_cast<int>(number_value(w.tx(i))), next = first + 1;
        const int written = static_cast<int>(number_value(second));
        const bool follows = (second.size() == 4 && written == next) || (second.size() == 2 && written == next % 100) ||
                             (second.size() == 1 && next % 100 < 10 && written == next % 10);
        if (!follows) return 0;
        FoundFigure f;
        f.body.kind = "date";
        f.body.unit = "year";
        f.body.value = first;
        f.body.value_text = keep(w.doc.slice({w.t[i].begin, w.t[i + 2].end}));
        f.date.year = first;
        f.rule = "a year across two calendar years, written with a slash (a fiscal or crop year: \"1987/88\")";
        emit(std::move(f), i, i + 2);
        return i + 3;
    }

    // A time of day at token `i`: "3pm", "9 AM", "2.30pm", "10.30 p.m.", "10:30 GMT", "at 14:45". The first
    // token after it, or 0. Its value is the time on a 24-hour clock as hours and minutes ("15:00", 1500).
    std::size_t clock_time_at(std::size_t i) {
        const std::string_view digits = w.tx(i);
        if (w.t[i].flags & TokenHasSeparator) return 0;
        int hours = 0, minutes = 0;
        std::size_t j = i + 1;  // the token after the hours and minutes
        const bool colon = w.punct(i + 1, ":") && w.attached(i + 1) && w.number(i + 2) && w.attached(i + 2) && w.tx(i + 2).size() == 2 &&
                           !(w.t[i + 2].flags & (TokenHasSeparator | TokenHasDecimal));
        if (colon) {
            if (w.t[i].flags & TokenHasDecimal) return 0;
            hours = static_cast<int>(number_value(digits));
            minutes = static_cast<int>(number_value(w.tx(i + 2)));
            j = i + 3;
        } else if (w.t[i].flags & TokenHasDecimal) {
            // "2.30pm": the minutes after the point, two digits.
            const std::size_t point = digits.find('.');
            if (point == std::string_view::npos || digits.size() - point - 1 != 2) return 0;
            hours = static_cast<int>(number_value(digits.substr(0, point)));
            minutes = static_cast<int>(number_value(digits.substr(point + 1)));
        } else {
            if (digits.size() > 2) return 0;
            hours = static_cast<int>(number_value(digits));
        }
        if (hours > 24 || minutes > 59 || (hours == 24 && minutes > 0)) return 0;
        // What says it is a time: "am"/"pm" (glued or not, "a.m." too), a time zone, or, for "10:30", a preposition of time.
        std::size_t last = j - 1;
        int half = 0;  // +12 for pm
        bool meridiem = false;
        if (w.word(j) && (w.tx(j) == "am" || w.tx(j) == "AM" || w.tx(j) == "pm" || w.tx(j) == "PM")) {
            half = (w.tx(j)[0] | 0x20) == 'p' ? 12 : 0;
            meridiem = true;
            last = j++;
        } else if (w.word(j) && (w.is(j, "a") || w.is(j, "p")) && w.punct(j + 1, ".") && w.attached(j + 1) && w.is(j + 2, "m") &&
                   w.attached(j + 2)) {
            half = w.is(j, "p") ? 12 : 0;
            meridiem = true;
            last = j + 2;
            j += 3;
            // ("p.m." keeps its last point unless it ends the sentence.)
            if (w.punct(j, ".") && w.attached(j) && j + 1 < w.t.size() && !(w.t[j + 1].flags & TokenNewlineBefore) && w.word(j + 1) &&
                !(w.t[j + 1].flags & TokenCapitalized))
                last = j++;
        }
        if (meridiem && (hours < 1 || hours > 12)) return 0;
        const bool zone = w.word(j) && time_zone_word(w.tx(j));
        if (zone) last = j++;
        if (!meridiem && !zone) {
            if (!colon || i == 0 || !w.word(i - 1)) return 0;
            char pb[32];
            const std::string_view before = w.low(i - 1, pb);
            if (!(before == "at" || before == "from" || before == "until" || before == "till" || before == "by" || before == "around" ||
                  before == "before" || before == "after"))
                return 0;
        }
        if (meridiem) hours = hours % 12 + half;
        FoundFigure f;
        f.body.kind = "time";
        f.body.unit = zone ? keep(w.tx(last)) : Text();
        f.body.value = hours * 100 + minutes;
        char hm[24];
        std::snprintf(hm, sizeof hm, "%02d:%02d", hours, minutes);
        f.body.value_text = keep(hm);
        f.rule = "a time of day (\"3pm\", \"10:30 GMT\", \"at 14:45\")";
        emit(std::move(f), i, last);
        return last + 1;
    }

    // A figure that starts with the number token at i. Returns the first token after it.
    // "1/4", "3/8", "15/16" at token `i`: a fraction in digits as prices and yields were quoted, its
    // denominator a power of two up to 64 and its numerator odd and smaller; its value, or 0.
    double fraction_in_digits(std::size_t i) const {
        if (!w.number(i) || !w.punct(i + 1, "/") || !w.attached(i + 1) || !w.number(i + 2) || !w.attached(i + 2) ||
            (w.t[i].flags & (TokenHasSeparator | TokenHasDecimal)) || (w.t[i + 2].flags & (TokenHasSeparator | TokenHasDecimal)) ||
            (w.punct(i + 3, "/") && w.attached(i + 3)))
            return 0;
        const double a = number_value(w.tx(i)), b = number_value(w.tx(i + 2));
        const bool power = b == 2 || b == 4 || b == 8 || b == 16 || b == 32 || b == 64;
        return power && a >= 1 && a < b && std::fmod(a, 2) == 1 ? a / b : 0;
    }
    // A fraction in digits standing alone is a figure in eighths or finer ("3/8"), or after a word of a
    // price's move ("rose 1/2", "down 1/4") or before "pct" or "point" ("1/2 pct"); "1/2" or "3/4" elsewhere
    // is a date or a score.
    bool market_fraction_alone(std::size_t i) const {
        if (fraction_in_digits(i) <= 0 || (i >= 1 && (w.dash(i - 1) || w.punct(i - 1, "/")) && w.attached(i))) return false;
        if (number_value(w.tx(i + 2)) >= 8) return true;
        char bb[32], ab[32];
        const std::string_view before = i >= 1 && w.word(i - 1) ? w.low(i - 1, bb) : std::string_view();
        const std::string_view after = w.word(i + 3) ? w.low(i + 3, ab) : std::string_view();
        int dir = 0;
        return after == "pct" || after == "percent" || after == "point" || after == "points" || before == "up" ||
               before == "down" || before == "by" || (!before.empty() && lexicon::is_change_verb(before, &dir));
    }

    std::size_t number_at(std::size_t i) {
        DateMatch dm;
        if (match_date_at(w.doc, i, &dm)) { emit_date(dm); return dm.end; }
        if (const std::size_t next = short_year_at(i)) return next;
        if (const std::size_t next = split_year_at(i)) return next;
        if (const std::size_t next = clock_time_at(i)) return next;
        // Other numbers joined by a colon (a score, a ratio, a verse: "3:1") and slashed numbers (9/11, 24/7, 3/4,
        // 03/06/2024) are not figures here (but a price's fraction in eighths is: "rose 3/8", "down 1/2 at 37", below).
        if (w.punct(i + 1, ":") && w.attached(i + 1) && w.number(i + 2) && w.attached(i + 2)) return i + 3;
        if (w.punct(i + 1, "/") && w.attached(i + 1) && w.number(i + 2) && w.attached(i + 2) && !market_fraction_alone(i)) {
            std::size_t k = i + 3;
            while (w.punct(k, "/") && w.attached(k) && w.number(k + 1) && w.attached(k + 1)) k += 2;
            return k;
        }
        // An ordinal in digits: "ranked 87th", "the 19th century", "in 5th place" — a place in an order, a
        // figure of its own quiet kind.
        if (w.word(i + 1) && w.attached(i + 1)) {
            char b[32];
            const std::string_view lw = w.low(i + 1, b);
            if (lw == "st" || lw == "nd" || lw == "rd" || lw == "th") {
                if (w.t[i].flags & (TokenHasSeparator | TokenHasDecimal)) return i + 2;
                FoundFigure f;
                f.body.kind = "ordinal";
                f.body.value = number_value(w.tx(i));
                f.body.value_text = keep(w.doc.slice({w.t[i].begin, w.t[i + 1].end}));
                f.rule = "an ordinal in digits (\"87th\", \"the 19th century\")";
                emit(std::move(f), i, i + 1);
                return i + 2;
            }
        }
        if (w.word(i + 1) && w.punct(i + 2, ".") && w.word(i + 3) && (w.is(i + 1, "a") || w.is(i + 1, "p")) && w.is(i + 3, "m"))
            return i + 4;  // "3.5 p.m." (no time: clock_time_at read the times)
        if (w.word(i + 1) && (w.tx(i + 1) == "AM" || w.tx(i + 1) == "PM" || w.tx(i + 1) == "am" || w.tx(i + 1) == "pm") &&
            !(w.t[i].flags & (TokenHasSeparator | TokenHasDecimal)) && number_value(w.tx(i)) <= 12)
            return i + 2;  // (likewise)
        // "1. Finland 2. Norway": the number of an item in a list, at a line's start.
        if ((i == 0 || (w.t[i].flags & TokenNewlineBefore)) && (w.punct(i + 1, ".") || w.punct(i + 1, ")")) && w.attached(i + 1) &&
            !(w.t[i].flags & (TokenHasSeparator | TokenHasDecimal)) && !w.number(i + 2))
            return i + 2;
        // "4.2 Trade policy": a section's number opening a heading line (a short line of words after it that
        // ends in no full stop), not a figure.
        if ((i == 0 || (w.t[i].flags & TokenNewlineBefore)) && (w.t[i].flags & TokenHasDecimal) && w.tx(i).size() <= 5 &&
            w.word(i + 1) && (w.t[i + 1].flags & TokenCapitalized) && !(w.t[i + 1].flags & TokenNewlineBefore)) {
            std::size_t k = i + 1;
            while (k < w.n && k - i <= 8 && w.word(k) && !(w.t[k].flags & TokenNewlineBefore)) ++k;
            if (k >= w.n || (w.t[k].flags & TokenNewlineBefore)) return i + 1;
        }
        // "[1]", "[17]": a reference to a note, not a figure.
        if (i >= 1 && w.punct(i - 1, "[") && w.attached(i) && w.punct(i + 1, "]") && w.attached(i + 1) &&
            !(w.t[i].flags & (TokenHasSeparator | TokenHasDecimal)) && w.tx(i).size() <= 3)
            return i + 2;
        // "2^15", "10^5": a power written out, and "1.8.3", "0x08": a version and a hexadecimal code, not figures.
        if (w.punct(i + 1, "^") && w.attached(i + 1) && w.number(i + 2) && w.attached(i + 2)) return i + 3;
        if (w.punct(i + 1, ".") && w.attached(i + 1) && w.number(i + 2) && w.attached(i + 2) && (w.t[i].flags & TokenHasDecimal)) {
            std::size_t k = i + 3;
            while (w.punct(k, ".") && w.attached(k) && w.number(k + 1) && w.attached(k + 1)) k += 2;
            return k;
        }
        if (w.tx(i) == "0" && w.word(i + 1) && w.attached(i + 1) && w.tx(i + 1).size() > 1 && (w.tx(i + 1)[0] == 'x' || w.tx(i + 1)[0] == 'X'))
            return i + 2;
        // "from 0900 to 1730": clock times in four digits joined by "to", the first opening with a zero
        // (not years; four digits before a time zone are a time of day: below).
        {
            const auto zero_clock = [&](std::size_t k) {
                const std::string_view d = w.tx(k);
                return w.number(k) && d.size() == 4 && d[0] == '0' && d[2] <= '5' &&
                       !(w.t[k].flags & (TokenHasSeparator | TokenHasDecimal));
            };
            if (zero_clock(i) && (w.is(i + 1, "to") || (i >= 1 && w.is(i - 1, "to")))) return i + 1;
            if (i >= 2 && w.is(i - 1, "to") && zero_clock(i - 2) && w.tx(i).size() == 4 && !(w.word(i + 1) && w.attached(i + 1)))
                return i + 1;
        }
        // "0800 123 456", "+44 20 7946 0958", "555 0199": a telephone number, its groups apart on one line: a
        // group of three digits or more opening with a zero, after a plus sign, or after a word of calling.
        {
            const auto group = [&](std::size_t k) {
                return k < w.n && w.number(k) && !(w.t[k].flags & (TokenHasSeparator | TokenHasDecimal | TokenNewlineBefore)) &&
                       w.tx(k).size() >= 2 && w.tx(k).size() <= 5 && !w.attached(k);
            };
            const bool whole = !(w.t[i].flags & (TokenHasSeparator | TokenHasDecimal)) && w.tx(i).size() >= 2 && w.tx(i).size() <= 5;
            char cb[32];
            const std::string_view before = i >= 1 && w.word(i - 1) ? w.low(i - 1, cb) : std::string_view();
            const bool calling = before == "call" || before == "phone" || before == "tel" || before == "telephone" ||
                                 before == "dial" || before == "hotline" || before == "helpline" || before == "fax";
            const bool plus = i >= 1 && w.punct(i - 1, "+") && w.attached(i);
            const auto zero = [&](std::size_t k) { return w.tx(k).size() >= 3 && w.tx(k)[0] == '0'; };
            // (After a plus sign alone, three groups: "+44 20" may be a score.)
            if (whole && group(i + 1) && (zero(i) || zero(i + 1) || calling || (plus && group(i + 2)))) {
                std::size_t k = i + 1;
                while (group(k)) ++k;
                return k;
            }
        }
        // "H.264", "X.509": a standard's name, a capital letter and a period glued to the number.
        if (i >= 2 && w.punct(i - 1, ".") && w.attached(i) && w.attached(i - 1) && w.word(i - 2) && w.tx(i - 2).size() == 1 &&
            (w.t[i - 2].flags & TokenCapitalized))
            return i + 1;
        // "%2F", "%3A": a character escaped in an address.
        if (i >= 1 && w.punct(i - 1, "%") && w.attached(i)) return i + 1;
        // "3D", "5G": a technology's name, not a quantity.
        if (w.word(i + 1) && w.attached(i + 1) && (w.tx(i + 1) == "D" || w.tx(i + 1) == "G") &&
            !(w.t[i].flags & (TokenHasSeparator | TokenHasDecimal)) && number_value(w.tx(i)) <= 9)
            return i + 2;
        // "Ana Lind, 75, has …": an age between commas after a name.
        if (i >= 2 && w.punct(i - 1, ",") && w.punct(i + 1, ",") && w.word(i - 2) && (w.t[i - 2].flags & TokenCapitalized) &&
            !(w.t[i].flags & (TokenHasSeparator | TokenHasDecimal)) && number_value(w.tx(i)) >= 1 && number_value(w.tx(i)) < 120 &&
            !(w.t[i - 2].flags & TokenAllCaps)) {
            char mb[32];
            if (!month_from_word(w.low(i - 2, mb))) {
                FoundFigure f;
                f.body.kind = "quantity";
                f.body.value = number_value(w.tx(i));
                f.body.value_text = std::string(w.tx(i));
                f.body.unit = "years";
                f.body.counts = "age";
                f.rule = "a number between commas after a name: an age (\"Ana Lind, 75, said\")";
                emit(std::move(f), i, i);
                return i + 1;
            }
        }
        // The digits after a separator glued to a word that ends in a digit ("R15,000", "X5.000") belong to that
        // word: rand written "R15,000" in a text that deals in rand, else no figure.
        if (i >= 2 && w.t[i - 1].type == TokenType::Punct && w.attached(i) && w.attached(i - 1) && w.word(i - 2) &&
            (w.punct(i - 1, ",") || w.punct(i - 1, "."))) {
            const std::string_view word = w.tx(i - 2);
            if (!word.empty() && word.back() >= '0' && word.back() <= '9') {
                const bool rand = word.size() >= 2 && word.size() <= 4 && word[0] == 'R' && w.punct(i - 1, ",") &&
                                  w.tx(i).size() == 3 &&
                                  std::all_of(word.begin() + 1, word.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) &&
                                  text_holds_any(&rand_text, {"South Africa", " rand"});
                if (!rand) return i + 1;
                FoundFigure f;
                f.body.kind = "money";
                f.body.unit = "ZAR";
                f.body.value = number_value(word.substr(1)) * 1000 + number_value(w.tx(i));
                f.body.value_text = std::string(w.doc.slice({w.t[i - 2].begin, w.t[i].end}));
                std::size_t qb = i - 2;
                f.body.qualifier = qualifier_before(w, i - 2, &qb);
                f.rule = "rand written \"R\" and the amount (\"R15,000\")";
                emit(std::move(f), i - 2, i);
                return i + 1;
            }
        }
        FoundFigure f;
        double value = number_value(w.tx(i));
        if (!(w.t[i].flags & TokenHasDecimal))
            if (const std::size_t next = one_in_at(i, value)) return next;  // "1 in 1,000"
        if (!(w.t[i].flags & (TokenHasSeparator | TokenHasDecimal)) && share_follows(i, value))
            return i + 1;  // "3 in 10": the share is read at its second number
        std::string value_text(w.tx(i));
        // An identifier, tokens [first, last]: a model's, a route's or an edition's number, or a page's, named by
        // `counts` ("Boeing 737", "737 Skylark", "p. 5"). The token after it.
        const auto identifier = [&](std::size_t first, std::size_t last, Text counts, Text rule) {
            f.body.kind = "identifier";
            f.body.value = value;
            f.body.value_text = value_text;
            f.body.counts = counts;
            f.rule = rule;
            emit(std::move(f), first, last);
            return last + 1;
        };
        // The first token of a name glued with "&" that ends at `last` ("S&P", "AT&T"), or `last`.
        const auto glued_name_first = [&](std::size_t last) {
            while (last >= 2 && w.punct(last - 1, "&") && w.attached(last) && w.attached(last - 1) && w.word(last - 2) &&
                   (w.t[last - 2].flags & TokenCapitalized))
                last -= 2;
            return last;
        };
        std::size_t lb = i;  // first token of the figure
        const char* currency = nullptr;
        if (i >= 1 && w.t[i - 1].type == TokenType::Punct && w.attached(i)) {
            if ((currency = lexicon::currency_symbol(w.tx(i - 1)))) {
                lb = i - 1;
                // "US$5", "A$12bn", "NZ$3", "HK$40", "R$2bn": a country's dollar (or Brazil's real).
                if (lb >= 1 && w.word(lb - 1) && w.attached(lb) && w.tx(i - 1) == "$") {
                    struct Prefix { std::string_view letters; const char* code; };
                    static constexpr Prefix kPrefixes[] = {{"US", "USD"}, {"A", "AUD"},  {"AU", "AUD"}, {"C", "CAD"},
                                                           {"CA", "CAD"}, {"NZ", "NZD"}, {"HK", "HKD"}, {"S", "SGD"},
                                                           {"NT", "TWD"}, {"R", "BRL"},  {"Mex", "MXN"}};
                    for (const Prefix& p : kPrefixes)
                        if (w.tx(lb - 1) == p.letters) { currency = p.code; --lb; break; }
                }
            }
        }
        if (!currency && i >= 1 && w.word(i - 1) && (w.t[i - 1].flags & (TokenAllCaps | TokenCapitalized))) {
            char b[32];
            const std::string_view lw = w.low(i - 1, b);
            if ((w.t[i - 1].flags & TokenAllCaps) && (currency = lexicon::currency_word(lw))) lb = i - 1;
            else if ((currency = lexicon::currency_abbreviation(lw))) lb = i - 1;
            else if (lw == "rs" || lw == "rs.") { currency = rupees(); lb = i - 1; }
            else if ((w.t[i - 1].flags & TokenAllCaps) && w.tx(i - 1).size() == 3) {
                // An ISO 4217 code before the amount: "KZT 40bn", "BYN 120".
                const GlossaryEntry* e = LexicalData::installed().find(w.tx(i - 1));
                if (e && e->kind == "currency code") { currency = e->term.c_str(); lb = i - 1; }
            }
        }
        const std::size_t currency_lb = lb;  // "$", "US$", "EUR " as written, when currency
        int sign = 0;
        if (lb >= 1 && w.attached(lb) && (w.t[lb - 1].flags & TokenSpaceBefore)) {
            if (w.punct(lb - 1, "-") || w.punct(lb - 1, "\xE2\x88\x92")) sign = -1;
            else if (w.punct(lb - 1, "+")) sign = 1;
            if (sign) { --lb; if (sign < 0) value = -value; value_text = std::string(w.tx(lb)) + value_text; }
        }
        // A model or name number: "Boeing 737", "Route 66" (a capitalised word right before, inside a sentence).
        // At a sentence's start too ("Channel 5 and …"), and after a name in capitals ("the DAX 40 index"),
        // unless a percent, scale or unit follows ("GDP 3%").
        if (!currency && !sign && lb == i && i >= 1 && w.word(i - 1) && ((w.t[i - 1].flags & TokenCapitalized) || camel_case(w.tx(i - 1))) &&
            !(w.t[i].flags & (TokenHasSeparator | TokenHasDecimal | TokenNewlineBefore)) && !is_year_token(w, i) && w.attached(i) == false &&
            !(w.punct(i + 1, "%") || w.is(i + 1, "percent") || w.is(i + 1, "pct") || w.is(i + 1, "per")) &&
            !(w.word(i + 1) && w.attached(i + 1)) && !(w.dash(i + 1) && w.attached(i + 1))) {
            char b[32];
            const std::string_view lw = w.low(i - 1, b);
            const bool qualifier_word = lw == "nearly" || lw == "almost" || lw == "roughly" || lw == "approximately" ||
                                        lw == "estimated" || lw == "circa" || lw == "just" || lw == "another" ||
                                        lw == "some" || lw == "exactly" || lw == "precisely" || lw == "barely" ||
                                        lw == "fully" || lw == "perhaps" || lw == "maybe" || lw == "another";
            const bool starts = w.doc.sentences()[static_cast<std::size_t>(sentences.of(w.t[i].begin))].begin == w.t[i - 1].begin;
            char nb[32];
            const std::string_view next = w.word(i + 1) ? w.low(i + 1, nb) : std::string_view();
            const double next_scale = next.empty() ? 0 : lexicon::scale_word(next);
            Text time_unit;
            const bool unit_after = next_scale > 0 || lexicon::is_measure_unit(w.word(i + 1) ? w.tx(i + 1) : std::string_view()) ||
                                    (!next.empty() && lexicon::is_time_unit(next, &time_unit)) ||  // "the Assembly 18 months ago"
                                    lexicon::currency_word(next) != nullptr ||
                                    // "Only 40 boats", "Around 300 ships": a word of amount opening the sentence before
                                    // a plural; "Tarrow 85 ships …" is a name and its edition.
                                    (starts && next.size() > 2 && next.back() == 's' && !lexicon::is_function_word(next) &&
                                     ((lw.size() > 3 && lw.substr(lw.size() - 2) == "ly") || lw == "only" || lw == "over" ||
                                      lw == "around" || lw == "about" || lw == "under" || lw == "more" || lw == "fewer" ||
                                      lw == "all" || lw == "these" || lw == "those" || lw == "its" || lw == "their"));
            // A name in capitals, unless the lexical data knows it as a name, a currency or a country
            // ("KZT 40", "OPEC 12"); a term of art spelled in lower case stays a name here ("HTTP 500").
            const GlossaryEntry* known = LexicalData::installed().find(w.tx(i - 1));
            const bool known_name = known && std::any_of(known->expansion.begin(), known->expansion.end(),
                                                         [](char ch) { return ch >= 'A' && ch <= 'Z'; });
            const bool caps_name = (w.t[i - 1].flags & TokenAllCaps) && !lexicon::currency_word(lw) &&
                                   (!known || (!known_name && !known->expansion.empty()));
            // ("Tarrow's 35 states": an owner's count, not a model; "Harlow's 7 Series" stays one by the rule after.)
            if (!month_from_word(lw) && !lexicon::is_function_word(lw) && !lexicon::is_identifier_label(lw) &&
                !lexicon::is_vague_subject(lw) && !qualifier_word && !unit_after && !lexicon::is_possessive(w.tx(i - 1)) &&
                // "Harland 20 to 30 pct": the first bound of a range, not a model number.
                !((w.is(i + 1, "to") || w.is(i + 1, "and") || w.is(i + 1, "or")) && w.number(i + 2)) &&
                (!(w.t[i - 1].flags & TokenAllCaps) || caps_name) && !(starts && (w.t[i - 1].flags & TokenAllCaps))) {
                const std::size_t first = glued_name_first(i - 1);  // (the whole of "AT&T 5", not "T 5")
                return identifier(first, i, keep(w.doc.slice({w.t[first].begin, w.t[i - 1].end})),
                                  "number right after a name (a model, route or edition)");
            }
        }
        // "a magnitude 6.4 quake": a quake's size, after its scale's name.
        if (!currency && !sign && i >= 1 && w.word(i - 1) && (w.is(i - 1, "magnitude") || w.is(i - 1, "Magnitude")) &&
            !(w.t[i].flags & TokenNewlineBefore)) {
            f.body.kind = "quantity";
            f.body.value = value;
            f.body.value_text = value_text;
            f.body.unit = "magnitude";
            f.body.counts = "magnitude";
            f.rule = "number after \"magnitude\": an earthquake's size";
            emit(std::move(f), i - 1, i);
            return i + 1;
        }
        // "the 737 Skylark", "a 2 Series": a whole number before one capitalised word is a model's name, not a
        // count of it (a plural counts: "40 Britons"; so do nationalities: "200 Chinese").
        if (!currency && !sign && i + 1 < w.n && w.word(i + 1) && (w.t[i + 1].flags & TokenCapitalized) &&
            !(w.t[i].flags & (TokenHasSeparator | TokenHasDecimal)) && !(w.t[i + 1].flags & (TokenAllCaps | TokenNewlineBefore)) &&
            !w.attached(i + 1) && !is_year_token(w, i)) {
            char b[32];
            const std::string_view next = w.low(i + 1, b);
            const auto ends = [&](std::string_view tail) { return next.size() > tail.size() && next.substr(next.size() - tail.size()) == tail; };
            std::size_t name_end = i + 1;  // "10 Harbour Lane": the name's other capitalised words
            while (name_end < i + 3 && w.word(name_end + 1) && (w.t[name_end + 1].flags & TokenCapitalized) &&
                   !(w.t[name_end + 1].flags & TokenNewlineBefore))
                ++name_end;
            char ab[32];
            const std::string_view after =
                w.word(name_end + 1) && !(w.t[name_end + 1].flags & TokenCapitalized) ? w.low(name_end + 1, ab) : std::string_view();
            if (!ends("s") && !ends("ese") && !ends("ish") && !ends("ch") && !ends("i") && !ends("ian") && !month_from_word(next) &&
                !w.punct(name_end + 1, "/") && !(w.number(name_end + 1) && !(w.t[name_end + 1].flags & TokenNewlineBefore)) &&  // "40 Boeing 737 jets": a count of a model
                !lexicon::is_measure_unit(w.tx(i + 1)) && !lexicon::currency_word(next) && lexicon::scale_word(next) == 0 &&
                !lexicon::is_function_word(next) && (after.empty() || lexicon::is_function_word(after))) {
                return identifier(i, name_end, keep(w.doc.slice({w.t[i + 1].begin, w.t[name_end].end})),
                                  "number right before a name (a model or edition)");
            }
        }
        // Identifiers: "No. 5", "Volume: 21", "Resolution 2231".
        if (!currency && !sign && i >= 1) {
            std::size_t k = i - 1;
            const bool dot = w.punct(k, ".");
            if ((w.punct(k, ":") || dot) && k >= 1) --k;
            if (w.word(k) && !(w.t[i].flags & TokenNewlineBefore)) {
                char b[32];
                const std::string_view lw = w.low(k, b);
                // A dot after a whole word ends its sentence ("… Unit. 2018."); after an abbreviation it is
                // the abbreviation's ("No. 5", "Vol. 3", "pp. 71").
                const bool abbreviation = lw == "no" || lw == "nos" || lw == "vol" || lw == "vols" || lw == "pp" ||
                                          lw == "p" || lw == "art" || lw == "fig" || lw == "figs" || lw == "sec" ||
                                          lw == "sect" || lw == "ch" || lw == "chap" || lw == "para" || lw == "ed" ||
                                          lw == "ref" || lw == "nr" || lw == "op" || lw == "tab" || lw == "eq";
                const bool cap = w.t[k].flags & TokenCapitalized;
                const bool lower_ok = lw == "page" || lw == "article" || lw == "section" || lw == "chapter" ||
                                      lw == "table" || lw == "figure" || lw == "no" || lw == "vol" || lw == "pp" ||
                                      (lw == "p" && dot) ||
                                      lw == "resolution" || lw == "paragraph" ||
                                      // a unit of an army or a place of a port: "squadron 9", "terminal 5"
                                      lw == "squadron" || lw == "battalion" || lw == "brigade" || lw == "regiment" ||
                                      lw == "terminal" || lw == "berth" || lw == "runway" || lw == "pier";
                // ("S&P 500": a name glued with "&" whose last letter only looks like a label.)
                if (const std::size_t first = glued_name_first(k); !dot && first < k)
                    return identifier(first, i, keep(w.doc.slice({w.t[first].begin, w.t[k].end})),
                                      "number right after a name (a model, route or edition)");
                if (lexicon::is_identifier_label(lw) && (cap || lower_ok) && (!dot || abbreviation))
                    return identifier(k, i, keep(lw), keep("number after a label (\"" + std::string(w.tx(k)) + "\")"));
            }
        }
        std::size_t j = i + 1;
        std::size_t last = i;  // last token of the figure
        // Prices and yields quoted in fractions, as markets long quoted them: "24-1/4", "12 1/2" (a whole number
        // and a fraction), "3/8" alone.
        if (const double alone = fraction_in_digits(i); alone > 0 && market_fraction_alone(i)) {
            value = alone;
            last = i + 2;
            j = i + 3;
        } else if (!(w.t[i].flags & (TokenHasSeparator | TokenHasDecimal)) && j + 1 < w.n) {
            const std::size_t at = w.dash(j) && w.attached(j) && w.attached(j + 1) ? j + 1 : !w.attached(j) ? j : w.n;
            if (const double share = at < w.n ? fraction_in_digits(at) : 0; share > 0 && (at == j + 1 || w.number(at))) {
                value += value < 0 ? -share : share;
                last = at + 2;
                j = at + 3;
            }
        }
        if (last > i) value_text = std::string(w.doc.slice({w.t[i].begin, w.t[last].end}));
        // "6 ½ minutes", "2¼ miles": a whole number and a vulgar fraction.
        if (j < w.n && w.t[j].type == TokenType::Punct && !(w.t[i].flags & (TokenHasSeparator | TokenHasDecimal))) {
            const std::string_view p = w.tx(j);
            const double share = p == "\xC2\xBC" ? 0.25 : p == "\xC2\xBD" ? 0.5 : p == "\xC2\xBE" ? 0.75 : 0;
            if (share > 0) {
                value += value < 0 ? -share : share;
                value_text += w.attached(j) ? std::string(p) : " " + std::string(p);
                last = j++;
            }
        }
        // "4K", "8K": a screen's resolution by name, not 4,000 ("a 4K display", "streams in 4K", "supports 8K.").
        // "4K runners" stays 4,000 runners.
        if (!currency && w.word(j) && w.attached(j) && w.tx(j) == "K" && value_text.size() == 1 &&
            (value_text[0] == '2' || value_text[0] == '4' || value_text[0] == '5' || value_text[0] == '8')) {
            char rb[32];
            const std::string_view next = w.word(j + 1) ? w.low(j + 1, rb) : std::string_view();
            const bool screen_next = next == "display" || next == "displays" || next == "tv" || next == "tvs" ||
                                     next == "television" || next == "televisions" || next == "video" || next == "videos" ||
                                     next == "resolution" || next == "screen" || next == "screens" || next == "monitor" ||
                                     next == "monitors" || next == "textures" || next == "hdr" || next == "blu-ray" ||
                                     next == "uhd" || next == "streaming" || next == "content" || next == "gaming" ||
                                     next == "footage" || next == "camera" || next == "cameras" || next == "support" ||
                                     next == "output" || next == "playback" || next == "projector" || next == "movies";
            const bool screen_before = lb >= 1 && (w.is(lb - 1, "in") || w.is(lb - 1, "native") || w.is(lb - 1, "true") ||
                                                   w.is(lb - 1, "full") || w.is(lb - 1, "and"));
            if (screen_next || screen_before || !w.word(j + 1)) return j + 1;
        }
        // Scale words: "1.2 million", "€4.2bn".
        double scale = 0;
        if (w.word(j)) {
            char b[32];
            const std::string_view lw = w.low(j, b);
            const double s = lexicon::scale_word(lw);
            const bool word_scale = lw == "thousand" || lw == "million" || lw == "billion" || lw == "trillion" ||
                                    lw == "lakh" || lw == "lakhs" || lw == "crore" || lw == "crores";
            // "m" is metres unless money or a unit word follows: "€5m", "5m euros", "2m tonnes".
            char nb2[32];
            const std::string_view after = w.word(j + 1) ? w.low(j + 1, nb2) : std::string_view();
            // (…or a plural noun of things counted: "1.2m passengers", "5m people"; "5m tall" stays metres.)
            const bool counted_after = counted_after_m(w, j + 1);
            // (…or a figure before it in the sentence wrote millions so: "3.4m TEU, up from 2.9m a year earlier".)
            const auto million_before = [&]() {
                for (std::size_t k = lb; k > 0 && lb - k < 30 && !(w.t[k].flags & TokenNewlineBefore); --k) {
                    const std::size_t q = k - 1;
                    if (w.punct(q, ".") || w.punct(q, "!") || w.punct(q, "?") || w.punct(q, ";")) break;  // the sentence's start
                    if (!w.number(q) || !w.is(q + 1, "m") || !w.attached(q + 1)) continue;
                    char ab[32];
                    const std::string_view unit = w.word(q + 2) ? w.low(q + 2, ab) : std::string_view();
                    if ((q > 0 && lexicon::currency_symbol(w.tx(q - 1))) || lexicon::currency_word(unit) || counted_after_m(w, q + 2) ||
                        (w.word(q + 2) && lexicon::is_measure_unit(w.tx(q + 2)) && unit != "m"))
                        return true;
                }
                return false;
            };
            const bool money_or_unit_after = lexicon::currency_word(after) != nullptr || (w.word(j + 1) && lexicon::is_measure_unit(w.tx(j + 1))) ||
                                             counted_after || (lw == "m" && w.attached(j) && million_before());
            const bool short_scale = s > 0 && !word_scale && (w.attached(j) || lw == "bn" || lw == "mln" || lw == "bln") &&
                                     (currency || lw != "m" || money_or_unit_after) &&
                                     (lw != "b" || (currency && w.attached(j)));  // "$31.4b"; not "Article 5b"
            if (s > 0 && (word_scale || short_scale)) {
                scale = s;
                value *= s;
                last = j++;
                value_text = std::string(w.doc.slice({w.t[lb].begin, w.t[last].end}));  // "12 million", as written
            }
        }
        // A range: "10–15 percent", "2023–24", "$3–4 million".
        bool range = false;
        double high = 0;
        std::string high_text;
        std::string upper_text;  // the upper bound as a reader says it: "$2 billion", "15%"
        if (w.dash(j) && w.attached(j) && w.number(j + 1) && w.attached(j + 1)) {
            range = true;
            high_text = std::string(w.tx(j + 1));
            high = number_value(high_text);
            last = j + 1;
            j += 2;
            // "75-100,000 bpd": thousands written once, on the second number, when the first then stays below it
            // within a tenth ("5-10,000" too; not "1-100,000").
            if (!scale && value >= 1 && value < 1000 && high >= 1000 && high_text.size() > 4 &&
                high_text.compare(high_text.size() - 4, 4, ",000") == 0 && value * 1000 <= high && value * 10000 >= high)
                value *= 1000;
            if (w.word(j)) {
                char b[32];
                const double s = lexicon::scale_word(w.low(j, b));
                if (s > 0 && (w.attached(j) || s >= 1e6)) { high *= s; if (!scale) { scale = s; value *= s; } last = j++; }
            }
            const std::size_t upper_first = w.word(last) ? last - 1 : last;  // the number, with its scale word
            upper_text = std::string(w.doc.slice({w.t[upper_first].begin, w.t[last].end}));
            if (currency && currency_lb < i) upper_text = std::string(w.doc.slice({w.t[currency_lb].begin, w.t[i].begin})) + upper_text;
        }
        // Percent: "44%", "44 percent", "44 per cent", "323-percent", "2 percentage points".
        bool percent = false, points = false, hyphen_percent = false;
        if (w.punct(j, "%") && w.attached(j)) { percent = true; last = j++; }
        else if (w.is(j, "percent") || w.is(j, "pct")) { percent = true; last = j++; }
        else if (w.is(j, "per") && w.is(j + 1, "cent")) { percent = true; last = j + 1; j += 2; }
        else if (w.dash(j) && w.attached(j) && w.is(j + 1, "percent")) { percent = hyphen_percent = true; last = j + 1; j += 2; }
        else if (w.is(j, "percentage") && (w.is(j + 1, "points") || w.is(j + 1, "point"))) {
            percent = points = true; last = j + 1; j += 2;
        }
        else if (w.is(j, "pp") || w.is(j, "ppt") || w.is(j, "ppts")) { percent = points = true; last = j++; }  // "0.3 pp"
        // "a 50% to 70% lower risk": two percentages joined by "to" before a comparative are one range.
        if (percent && !points && !range && w.is(j, "to") && w.number(j + 1) && w.punct(j + 2, "%") && w.attached(j + 2) &&
            w.word(j + 3)) {
            char cb[32];
            if (lexicon::is_comparative(w.low(j + 3, cb))) {
                range = true;
                high_text = std::string(w.tx(j + 1));
                high = number_value(high_text);
                upper_text = std::string(w.doc.slice({w.t[j + 1].begin, w.t[j + 2].end}));
                last = j + 2;
                j += 3;
            }
        }
        // Basis points: hundredths of a percentage point ("30 basis points", "25 bps").
        bool basis = false;
        if (!percent && (w.is(j, "bps") || w.is(j, "bp") || (w.is(j, "basis") && (w.is(j + 1, "points") || w.is(j + 1, "point"))))) {
            basis = true;
            last = w.is(j, "basis") ? j + 1 : j;
            j = last + 1;
        } else if (!percent && w.dash(j) && w.attached(j) && w.attached(j + 1) && (w.is(j + 1, "basis-point") || w.is(j + 1, "bp"))) {
            basis = true;  // "a 25-basis-point rise"
            last = j + 1;
            j = last + 1;
        }
        // Index points: "the index fell 42.5 points", "up 12 points" (kept out of line: number_at is hot).
        if (!percent && !basis && !currency && w.word(j) && (w.doc.text()[w.t[j].begin] | 0x20) == 'p')
            if (index_points_at(f, lb, j, sign, value, range ? value_text + "\xE2\x80\x93" + high_text : value_text, range))
                return j + 1;
        // Years and decades: "2020", "the 1990s", "2023–24".
        if (!currency && !percent && !scale && !sign && is_year_token(w, i)) {
            if (range) {
                f.body.kind = "range";
                f.body.unit = "year";
                f.body.value = value;
                f.body.value_text = value_text + "\xE2\x80\x93" + high_text;
                // "2016-19" runs to 2019: the short year takes the first year's century.
                const int first_year = static_cast<int>(value);
                int last_year = static_cast<int>(high);
                if (high_text.size() <= 2) {
                    last_year += first_year / 100 * 100;
                    if (last_year < first_year) last_year += 100;
                }
                if (last_year > first_year) f.body.derived.push_back({"upper bound", static_cast<double>(last_year), keep(std::to_string(last_year)), ""});
                f.rule = "range of years";
                emit(std::move(f), i, last);
                return j;
            }
            if (w.word(j) && w.attached(j) && w.tx(j) == "s") {
                f.body.kind = "date"; f.body.unit = "decade"; f.body.value = value; f.body.value_text = value_text + "s";
                f.rule = "decade";
                emit(std::move(f), i, j);
                return j + 1;
            }
            DateMatch dm;
            dm.first = i; dm.end = i + 1; dm.date.year = static_cast<int>(value);
            FoundFigure y;
            y.date = dm.date;
            y.body.kind = "date"; y.body.unit = "year"; y.body.value = value; y.body.value_text = value_text;
            if (value >= 1800) y.rule = "a year (four digits between 1800 and 2100)";
            else y.rule = "an earlier year, after \"in\", \"since\", \"by\", \"until\", \"from\" or \"during\"";
            emit(std::move(y), i, i);
            return j;
        }
        // "the 50s", "in their 60s": a decade of the century or of a life, not an amount of "s".
        if (!currency && !percent && !scale && !range && !sign && w.word(j) && w.attached(j) && w.tx(j) == "s" &&
            value >= 10 && value <= 90 && static_cast<int>(value) % 10 == 0 && value_text.size() == 2) {
            f.body.kind = "date"; f.body.unit = "decade"; f.body.value = value; f.body.value_text = value_text + "s";
            f.rule = "decade of a century or of a life (\"the 50s\", \"in their 60s\")";
            emit(std::move(f), i, j);
            return j + 1;
        }
        // "1451 GMT": a time of day in a time zone, not a count of zones.
        if (!currency && !percent && !scale && !range && !sign && w.word(j) && value_text.size() == 4 &&
            value_text.find_first_not_of("0123456789") == std::string::npos && value < 2400 && static_cast<int>(value) % 100 < 60) {
            const std::string_view zone = w.tx(j);
            if (time_zone_word(zone)) {
                f.body.kind = "time";
                f.body.unit = keep(zone);
                f.body.value = value;
                f.body.value_text = value_text.substr(0, 2) + ":" + value_text.substr(2);
                f.rule = "time of day in a time zone (\"1451 GMT\")";
                emit(std::move(f), i, j);
                return j + 1;
            }
        }
        // A unit glued to the number: "40C", "5km", "10mg". A longer word is a name ("1010data", "3Com"): no figure;
        // so is one with digits of its own ("2K17", "4K60": a title's or a format's name).
        if (!currency && !percent && !scale && !range && w.word(j) && w.attached(j) &&
            ((w.tx(j).size() > 3 && !lexicon::is_measure_unit(w.tx(j))) ||
             std::any_of(w.tx(j).begin(), w.tx(j).end(), [](char ch) { return ch >= '0' && ch <= '9'; })))
            return j + 1;
        // "50p" in a text that prices in sterling: pence (not a video's "1080p").
        if (!currency && !percent && !scale && !range && w.word(j) && w.attached(j) && w.tx(j) == "p" &&
            !screen_lines(value) && deals_in_sterling()) {
            std::size_t qb = lb;
            f.body.qualifier = qualifier_before(w, lb, &qb);
            emit_value(std::move(f), "money", "GBP", value / 100, std::string(w.doc.slice({w.t[i].begin, w.t[j].end})),
                       "pence: a number with \"p\" glued to it, in a text that prices in sterling", lb, j);
            return j + 1;
        }
        if (!currency && !percent && !scale && !range && w.word(j) && w.attached(j)) {
            f.body.kind = "quantity";
            f.body.value = value;
            f.body.value_text = value_text;
            f.body.unit = keep(w.tx(j));
            std::size_t qb = lb;
            f.body.qualifier = qualifier_before(w, lb, &qb);
            f.rule = "number with a unit written right after it";
            emit(std::move(f), lb, j);
            return j + 1;
        }
        // A country's currency: "1.3 billion N.Z. dlrs", "2.5 million Swiss francs".
        if (!currency && w.word(j)) {
            std::size_t end = 0;
            if (const char* code = country_currency_at(j, &end)) {
                currency = code;
                last = end;
                j = end + 1;
            }
        }
        // Two countries' currency joined by a slash, as a joint market quotes it ("231 Malaysian/Singapore
        // cents"): no one ISO code, so a quantity in that unit as written.
        if (!currency && !range && w.word(j) && (w.t[j].flags & TokenCapitalized) && w.punct(j + 1, "/") && w.attached(j + 1) &&
            w.word(j + 2) && w.attached(j + 2) && (w.t[j + 2].flags & TokenCapitalized) && w.word(j + 3)) {
            char b[32];
            const std::string_view unit_word = w.low(j + 3, b);
            if (lexicon::currency_word(unit_word) || hundredths_of(unit_word) || unit_word == "dollars" || unit_word == "dlrs") {
                std::size_t qb2 = lb;
                f.body.qualifier = qualifier_before(w, lb, &qb2);
                emit_value(std::move(f), "quantity", keep(w.doc.slice({w.t[j].begin, w.t[j + 3].end})), value, value_text,
                           "number before two countries' currency joined by a slash (\"Malaysian/Singapore cents\")", lb, j + 3);
                return j + 4;
            }
        }
        // Currency named after the number: "5 million euros".
        if (!currency && w.word(j)) {
            char b[32];
            const bool region = currency_names_region(j);
            const std::string_view unit_word = w.low(j, b);
            if (pounds_of_weight(unit_word, j)) {
                std::size_t qb2 = lb;
                f.body.qualifier = qualifier_before(w, lb, &qb2);
                emit_value(std::move(f), "quantity", "pounds", value, value_text,
                           "number before \"pounds\" in a text that prices nothing in sterling: a weight", lb, j);
                return j + 1;
            }
            // (The country's first: "700 mln pesos" in a Philippine story, "300 mln rupees" in a Pakistani one.)
            if (!region && ((currency = text_country_currency(unit_word)) || (currency = lexicon::currency_word(unit_word)) ||
                            (currency = currency_of_several(unit_word, value))))
                last = j++;
            else if (!range && (currency = hundredths_of(unit_word))) {  // "40 cents", "2 pence"
                value /= 100;
                last = j++;
            } else if (!region && (unit_word == "marks" || unit_word == "mark") && !w.is(j + 1, "of") && deals_in_marks()) {
                currency = "DEM";
                last = j++;
            }
        }
        std::size_t qb = lb;
        f.body.qualifier = qualifier_before(w, lb, &qb);
        f.body.value = value;
        f.body.value_text = range ? value_text + "\xE2\x80\x93" + high_text : value_text;
        if (range && !is_year_token(w, i) && high_text.size() >= 4 && !(w.t[i + 2].flags & TokenHasSeparator) &&
            !(w.t[i].flags & TokenHasSeparator) && !percent && !currency)
            return j;  // 555-1234: a phone number or code, not a range
        if (range && high <= value && !percent && !currency) {
            // "voted 7–2": a tally, not a range.
            f.body.kind = "ratio";
            f.rule = "two numbers joined by a dash, the second smaller: a tally or score";
            emit(std::move(f), lb, last);
            return j;
        }
        if (range) {
            const bool percent_sign = percent && !points;
            f.body.derived.push_back({"upper bound", high, keep(upper_text + (percent_sign ? "%" : "")), ""});
        }
        if (basis) {
            f.body.kind = range ? Text("range") : Text("change");
            f.body.unit = "basis points";
            f.direction = sign ? sign : change_before(w, qb);
            f.rule = "basis points (hundredths of a percentage point)";
            emit(std::move(f), lb, last);
            return j;
        }
        if (percent) return emit_percent(std::move(f), lb, qb, last, j, range, points, sign, hyphen_percent);
        if (currency) {
            f.body.kind = range ? "range" : "money";
            f.body.value_text = std::string(w.doc.slice({w.t[lb].begin, w.t[last].end}));
            f.body.unit = Text::from_static(currency);
            // "96 guilders per 100 marks": an exchange rate, the number it is per part of it.
            if (!range && w.is(j, "per") && w.number(j + 1)) {
                const NounPhrase per = noun_phrase(w, j + 2);
                const std::size_t end = per.empty ? j + 1 : per.last;
                f.body.kind = "rate";
                f.body.unit = keep(std::string(currency) + " " + std::string(w.doc.slice({w.t[j].begin, w.t[end].end})));
                f.rule = "rate of a currency per a number of units (\"96 guilders per 100 marks\")";
                emit(std::move(f), lb, end);
                return end + 1;
            }
            if (const std::size_t per = price_per_at(j)) {  // "$5 a barrel": a price per unit
                f.body.counts = keep("per " + std::string(w.tx(per)));
                f.rule = "price per unit (\"$5 a barrel\")";
                emit(std::move(f), lb, last);
                return j;
            }
            // What the money is for ("$5 million loan"); "$10 worth of levels" is worth levels; "the $0 people
            // pay" is no money of people's.
            const std::size_t what = w.is(j, "worth") && w.is(j + 1, "of") ? j + 2 : j;
            const NounPhrase np = noun_phrase(w, what, true);
            char hb[32];
            if (!np.empty && !w.is(j, "in") && !(w.word(np.last) && w.low(np.last, hb) == "people"))
                f.body.counts = keep(phrase_text(w, np));
            f.rule = "amount of money (currency symbol or name)";
            emit(std::move(f), lb, last);
            return j;
        }
        // "20-foot", "12-month" standing alone: a measure.
        if (w.dash(j) && w.attached(j) && w.word(j + 1) && w.attached(j + 1)) {
            char b[32];
            const std::string_view lw = w.low(j + 1, b);
            Text unit;
            if (lw == "fold") {  // "a 45-fold increase": a multiple
                f.body.kind = "ratio";
                f.body.unit = "times";
                f.rule = "multiple (\"N-fold\")";
                emit(std::move(f), lb, j + 1);
                return j + 2;
            }
            int dir = 0;
            char cb[32];
            if ((lw == "point" || lw == "points") && w.word(j + 2) && lexicon::is_change_noun(w.low(j + 2, cb), &dir)) {
                f.body.kind = "change";  // "a 30-point drop"
                f.body.unit = "points";
                f.direction = dir;
                f.rule = "change in index points";
                emit(std::move(f), lb, j + 2);
                return j + 3;
            }
            if (lw == "year-old" || lw == "years-old") {  // "a 52-year-old teacher": an age
                f.body.kind = "quantity";
                f.body.unit = "years";
                f.body.counts = "age";
                f.rule = "\"N-year-old\": an age in years";
                emit(std::move(f), lb, j + 1);
                return j + 2;
            }
            if (lexicon::is_time_unit(lw, &unit)) { f.body.kind = "duration"; f.body.unit = unit; }
            else { f.body.kind = "quantity"; f.body.unit = keep(lw); }
            // "40-foot-tall", "300-metre-long", "2-mile-wide": the unit, then the dimension it measures.
            if (const std::size_t dash = lw.rfind('-'); dash != std::string_view::npos && f.body.kind == "quantity") {
                const std::string_view dimension = lw.substr(dash + 1);
                static constexpr std::pair<std::string_view, std::string_view> kDimensions[] = {
                    {"tall", "height"}, {"high", "height"}, {"long", "length"}, {"wide", "width"}, {"deep", "depth"},
                    {"thick", "thickness"}};
                for (const auto& [adjective, noun] : kDimensions)
                    if (dimension == adjective && lexicon::is_measure_unit(lw.substr(0, dash))) {
                        f.body.unit = keep(lw.substr(0, dash));
                        f.body.counts = Text::from_static(noun.data());
                    }
            }
            f.rule = "number joined to a unit by a hyphen";
            emit(std::move(f), lb, j + 1);
            return j + 2;
        }
        // A rate: "11.2 per euro", "3 per 1,000 births".
        if (!range && w.word(j) && (w.doc.text()[w.t[j].begin] | 0x20) == 'p')
            if (const std::size_t next = rate_at(f, lb, j)) return next;
        // "420 parts per million": a concentration.
        if (!range && w.is(j, "parts") && w.is(j + 1, "per") && (w.is(j + 2, "million") || w.is(j + 2, "billion"))) {
            f.body.kind = "quantity";
            f.body.value = value;
            f.body.value_text = value_text;
            f.body.unit = w.is(j + 2, "million") ? Text("ppm") : Text("ppb");
            f.rule = "parts per million or billion: a concentration";
            emit(std::move(f), lb, j + 2);
            return j + 3;
        }
        // An exchange rate: "pegged at 18.40 to the dollar", "7.1 against the euro".
        if (!range && !scale && (w.is(j, "to") || w.is(j, "against")) && w.is(j + 1, "the") && w.word(j + 2)) {
            char cb[32];
            if (lexicon::currency_word(w.low(j + 2, cb))) {
                f.body.kind = "rate";
                f.body.value = value;
                f.body.value_text = value_text;
                f.body.unit = keep(w.doc.slice({w.t[j].begin, w.t[j + 2].end}));
                f.rule = "exchange rate (\"18.40 to the dollar\")";
                emit(std::move(f), lb, j + 2);
                return j + 3;
            }
        }
        // "2.5 times higher", "3 times a week": a multiple, as in words ("three times").
        if (!range && !scale && w.is(j, "times")) {
            emit_value(std::move(f), "ratio", "times", value, std::move(value_text), "multiple (\"2.5 times\")", lb, j);
            return j + 1;
        }
        const NounPhrase np = noun_phrase(w, j);
        // "rise to 52.5 on the Harlow trade-weighted index", "The index was last at about 61.3": an index's level.
        if (!range && !scale && np.empty && index_level_at(lb, j)) {
            emit_value(std::move(f), "quantity", "index points", value, std::move(value_text),
                       "level of an index (\"52.5 on the index\")", lb, i);
            return j;
        }
        // "12 deaths per 100,000 people": a rate of what it counts.
        if (!range && !np.empty && w.is(np.last + 1, "per") && w.number(np.last + 2)) {
            f.body.value = value;
            f.body.value_text = value_text;
            f.body.counts = keep(whole_text(w, np));
            if (const std::size_t next = rate_at(f, lb, np.last + 1)) return next;
        }
        if (!np.empty) last = np.last;
        return finish_count(std::move(f), lb, last, j, np, range);
    }

    // Emits `f` over tokens [lb, last] as a figure of `kind` in `unit`, with its value as read and as written.
    void emit_value(FoundFigure f, Text kind, Text unit, double value, std::string value_text, Text rule, std::size_t lb,
                    std::size_t last) {
        f.body.kind = kind;
        f.body.unit = unit;
        f.body.value = value;
        f.body.value_text = std::move(value_text);
        f.rule = rule;
        emit(std::move(f), lb, last);
    }

    // Whether a bare number at [lb, j) is an index's level: "on the … index" within the six words after it, or
    // "index" within the eight words before it in its clause ("The index was last at about 61.3"); after "to" or
    // "at", over the change before it too ("The Harlow 40 index fell 2.3% to 7,450"), and a change in points
    // will do for "index" ("The index rose 120 points to 7,450").
    bool index_level_at(std::size_t lb, std::size_t j) const {
        if (w.is(j, "on") && w.is(j + 1, "the"))
            for (std::size_t k = j + 2; k < w.n && k < j + 8 && w.word(k); ++k)
                if (w.is(k, "index")) return true;
        const bool level_after = lb >= 1 && (w.is(lb - 1, "to") || w.is(lb - 1, "at"));
        for (std::size_t k = lb; k > 0 && lb - k < 10; --k) {
            const bool over = w.word(k - 1) || (level_after && (w.number(k - 1) || w.punct(k - 1, "%")));
            if (!over || (!level_after && lb - k >= 8)) break;
            if (w.is(k - 1, "index") || w.is(k - 1, "Index")) return true;
            if (level_after && (w.is(k - 1, "points") || w.is(k - 1, "point")) && k >= 2 && w.number(k - 2) &&
                change_before(w, k - 2) != 0)  // (a change: "scored 12 points to lift the team to 98" is none)
                return true;
        }
        return false;
    }

    // Points after a word of change: a change in index points ("the index fell 42.5
    // points"); points without one stay a count ("scored 87 points"). Emits `f` and
    // returns true when it is one.
    [[gnu::noinline]] bool index_points_at(FoundFigure& f, std::size_t lb, std::size_t j, int sign, double value,
                                           std::string value_text, bool range) {
        if (!(w.is(j, "points") || w.is(j, "point") || w.is(j, "pts"))) return false;
        std::size_t pqb = lb;
        const Text pq = qualifier_before(w, lb, &pqb);
        const int dir = sign ? sign : change_before(w, pqb);
        if (!dir) return false;
        f.body.kind = range ? Text("range") : Text("change");
        f.body.unit = "points";
        f.body.value = value;
        f.body.value_text = std::move(value_text);
        f.body.qualifier = pq;
        f.direction = dir;
        f.rule = "change in index points";
        emit(std::move(f), lb, j);
        return true;
    }

    // A rate: "11.2 per euro", "3 per 1,000 births" ("1,000 births" is part of it).
    // Emits `f` and returns the next token, or 0 when "per" does not start one at `j`.
    [[gnu::noinline]] std::size_t rate_at(FoundFigure& f, std::size_t lb, std::size_t j) {
        if (!w.is(j, "per")) return 0;
        std::size_t end = 0;  // the last token of what it is per
        if (w.word(j + 1)) {
            char pb[32];
            if (!lexicon::is_function_word(w.low(j + 1, pb))) end = j + 1;
        } else if (w.number(j + 1)) {
            const NounPhrase per = noun_phrase(w, j + 2);
            end = per.empty ? j + 1 : per.last;
        }
        if (!end) return 0;
        f.body.kind = "rate";
        f.body.unit = keep(w.doc.slice({w.t[j].begin, w.t[end].end}));
        f.rule = "rate (\"11.2 per euro\", \"3 per 1,000 births\")";
        emit(std::move(f), lb, end);
        return end + 1;
    }

    // "$5 a barrel", "€2 per litre", "9,000 rand a month": the token of the unit a
    // price is given per (after "a", "an" or "per" at `j`), or 0. Not "a year
    // earlier" or "a year ago": a time then.
    [[gnu::noinline]] std::size_t price_per_at(std::size_t j) const {
        if (!(w.is(j, "per") || w.is(j, "a") || w.is(j, "an")) || !w.word(j + 1) || (w.t[j + 1].flags & TokenCapitalized)) return 0;
        char b[32];
        const std::string_view lw = w.low(j + 1, b);
        if (lexicon::is_function_word(lw) || lexicon::plural_like(lw) || ends_with(lw, "ed") || ends_with(lw, "ing") || ends_with(lw, "ly"))
            return 0;
        if (w.word(j + 2)) {
            char b2[32];
            const std::string_view next = w.low(j + 2, b2);
            if (next == "earlier" || next == "ago" || next == "later" || next == "before" || next == "after" ||
                next == "previously" || next == "on")
                return 0;
            if (!w.is(j, "per") && !lexicon::is_function_word(next)) return 0;  // "$5 a barrel", not "$5 a share rise"
        }
        return j + 1;
    }

    std::size_t finish_count(FoundFigure&& f, std::size_t lb, std::size_t last, std::size_t j, const NounPhrase& np, bool range) {
        char b[32];
        Text unit;
        // "until age 5", "children aged 2 to 4": an age in years; the word after it is the sentence's, not what it counts.
        // (So are both numbers of "between the ages of 30 and 49".)
        const auto age_word_at = [&](std::size_t k) {
            return w.is(k, "age") || w.is(k, "aged") || w.is(k, "ages") || (w.is(k, "of") && k >= 1 && (w.is(k - 1, "ages") || w.is(k - 1, "age")));
        };
        // ("raising the pension age to 67 from 65", "the retirement age rose from 60 to 62": an age moved, "to" or
        // "from" before the number and "age" a few words back, over a verb and the other bound.)
        bool moved_age = false;
        if (np.empty && lb >= 2 && (w.is(lb - 1, "to") || w.is(lb - 1, "from")))
            for (std::size_t k = lb - 1; k > 0 && lb - k <= 5 && !moved_age && (w.word(k - 1) || w.number(k - 1)); --k)
                moved_age = w.is(k - 1, "age");
        const bool age = lb >= 1 && (age_word_at(lb - 1) || moved_age ||
                                     (lb >= 3 && (w.is(lb - 1, "and") || w.is(lb - 1, "to")) && w.number(lb - 2) && age_word_at(lb - 3)));
        if (age) {
            f.body.kind = range ? Text("range") : Text("quantity");
            f.body.unit = "years";
            f.body.counts = "age";
            f.rule = "number after \"age\" or \"aged\": an age in years";
            emit(std::move(f), lb, j - 1);
            return j;
        }
        if (np.empty) {
            f.body.kind = range ? "range" : "count";
            // "The death toll rose to 41", "put the number of displaced at 15,000": what the count is of, named
            // before it in its clause.
            if (!range && lb >= 2 && (w.is(lb - 1, "to") || w.is(lb - 1, "at"))) {
                for (std::size_t k = lb - 1; k > 0 && lb - k < 8 && w.word(k - 1); --k) {
                    if (w.is(k - 1, "toll")) { f.body.counts = "deaths"; break; }
                    if (w.is(k - 1, "number") && w.is(k, "of") && w.word(k + 1) && k + 1 < lb - 1) {
                        char nb[32];
                        f.body.counts = keep(w.low(k + 1, nb));
                        break;
                    }
                }
                // "Measles cases in Tarrow rose to 1,204": the plural that is the subject of the verb of change.
                char vb[32];
                int direction = 0;
                if (f.body.counts.empty() && w.is(lb - 1, "to") && lb >= 3 && w.word(lb - 2) &&
                    lexicon::is_change_verb(w.low(lb - 2, vb), &direction)) {
                    for (std::size_t k = lb - 2; k > 0 && lb - k < 8 && w.word(k - 1); --k) {
                        char nb[32];
                        const std::string_view noun = w.low(k - 1, nb);
                        if ((w.t[k - 1].flags & TokenCapitalized) && k - 1 > 0 && !w.is(k - 2, "in") && !w.is(k - 2, "of")) break;
                        // A verb before an infinitive is no subject: "a figure it expects to rise to 1.6 million".
                        if (w.is(k, "to") || lexicon::is_reporting_verb(noun)) break;
                        if (!(w.t[k - 1].flags & TokenCapitalized) && !lexicon::is_function_word(noun) && lexicon::plural_like(noun)) {
                            f.body.counts = keep(noun);
                            break;
                        }
                    }
                }
                if (!f.body.counts.empty()) {
                    f.rule = "number of what the clause names before it (\"the death toll rose to\", \"the number of … at\")";
                    emit(std::move(f), lb, last);
                    return j;
                }
            }
            f.noun_elided = !range;  // "16-18" may be days ("16-18 December"): a dash range takes no noun from before
            f.rule = "number without a noun (what it counts is taken from the text before)";
            emit(std::move(f), lb, last);
            return j;
        }
        const std::string_view head = w.low(np.counts_first, b);
        // "Five year bond rates", "a 10 day wait": a singular time unit before a noun, a compound adjective.
        if (np.first < np.last && f.body.value != 1 && w.word(np.first)) {
            char ub[32];
            const std::string_view u = w.low(np.first, ub);
            // "a 30 year old man", "a 93 year-old": an age.
            const bool year_old = u == "year-old" || u == "years-old";
            if (year_old || (u == "year" && w.is(np.first + 1, "old"))) {
                f.body.kind = "quantity";
                f.body.unit = "years";
                f.body.counts = "age";
                f.rule = "\"N year old\": an age in years";
                const std::size_t end = year_old ? np.first : np.first + 1;
                emit(std::move(f), lb, end);
                return end + 1;
            }
            if ((u == "year" || u == "month" || u == "week" || u == "day" || u == "hour" || u == "minute") &&
                lexicon::is_time_unit(u, &unit)) {
                f.body.kind = "duration";
                f.body.unit = unit;
                f.rule = "number and a time unit before a noun (\"five year bonds\")";
                emit(std::move(f), lb, np.first);
                return np.first + 1;
            }
        }
        // "was 62 years old": an age.
        if (!range && np.counts_first == np.last && (head == "years" || head == "year") && w.is(np.last + 1, "old")) {
            f.body.kind = "quantity";
            f.body.unit = "years";
            f.body.counts = "age";
            f.rule = "\"N years old\": an age in years";
            emit(std::move(f), lb, np.last + 1);
            return np.last + 2;
        }
        // "four consecutive months", "six straight years": a time unit after adjectives of a run of periods.
        bool run_of_periods = false;
        if (!range && np.counts_first < np.last && w.word(np.last)) {
            char lb[32];
            run_of_periods = lexicon::is_time_unit(w.low(np.last, lb), &unit);
            for (std::size_t k = np.counts_first; k < np.last && run_of_periods; ++k) {
                char ab[32];
                const std::string_view a = w.word(k) ? w.low(k, ab) : std::string_view();
                run_of_periods = a == "consecutive" || a == "straight" || a == "successive" || a == "full" || a == "whole";
            }
        }
        if (run_of_periods) {
            f.body.kind = "duration";
            f.body.unit = unit;
            f.rule = "number of time units in a row (\"four consecutive months\")";
        } else if (np.counts_first == np.last && lexicon::is_time_unit(head, &unit)) {  // a one-word phrase: "years", "more years"
            f.body.kind = range ? Text("range") : Text("duration");
            f.body.unit = unit;
            f.rule = "number of time units";
            // "over three years" is a span ("during"); "for over a year" is "more than".
            if (f.body.qualifier == "more than" && lb >= 1 && w.is(lb - 1, "over") && !(lb >= 2 && w.is(lb - 2, "for")))
                f.body.qualifier = Text();
        } else if (!np.acronym.empty() && np.has_measure) {
            f.body.kind = range ? Text("range") : Text("quantity");
            f.body.unit = keep(np.acronym);
            f.body.counts = f.body.unit;
            f.rule = "quantity in a unit the text abbreviates";
        } else if (lexicon::is_measure_unit(w.tx(np.first)) || unit_in_capitals(np.first) ||
                   ((w.is(np.first, "metric") || w.is(np.first, "nautical")) && np.first < np.last &&
                    lexicon::is_measure_unit(w.tx(np.first + 1)))) {
            f.body.kind = range ? Text("range") : Text("quantity");
            f.body.unit = keep(w.tx(np.first));
            if (unit_in_capitals(np.first)) {  // "2.4 MLN TONNES" in a headline: the unit as news writes it
                char ub[32];
                f.body.unit = keep(w.low(np.first, ub));
            }
            // "square miles", "cubic metres", "sq km": the measure is both words.
            {
                char ub[32];
                const std::string_view u = w.low(np.first, ub);
                if ((u == "square" || u == "cubic" || u == "sq" || u == "metric" || u == "nautical") && np.first < np.last &&
                    lexicon::is_measure_unit(w.tx(np.first + 1)))
                    f.body.unit = keep(std::string(w.tx(np.first)) + " " + std::string(w.tx(np.first + 1)));
                // "3.66 million barrels per day": a rate of oil, as "bpd" is.
                if ((u == "barrels" || u == "barrel") && w.is(np.first + 1, "per") && w.is(np.first + 2, "day")) {
                    f.body.unit = "bpd";
                    if (last < np.first + 2) last = np.first + 2;
                }
                // "120 km/h", "5 mg/day": a unit per a unit of time, written with a slash.
                const std::size_t slash = np.first + 1;
                if (w.punct(slash, "/") && w.attached(slash) && w.word(slash + 1) && w.attached(slash + 1) && w.tx(slash + 1).size() <= 4) {
                    f.body.unit = keep(std::string(w.tx(np.first)) + "/" + std::string(w.tx(slash + 1)));
                    if (last < slash + 1) last = slash + 1;
                }
            }
            f.rule = "number with a unit of measure";
            // "a 40 tonne truck", "a 2 terabyte disk": a unit before a noun, a compound adjective; the figure
            // ends at the unit (what it counts keeps the noun: "tonne quota").
            std::size_t unit_last = np.first;
            if (f.body.unit.view().find(' ') != std::string_view::npos) ++unit_last;
            if (f.body.unit.view().find('/') != std::string_view::npos) unit_last = np.first + 2;
            // What the quantity measures: the noun after the unit, or after "of" ("4,300 miles of water mains");
            // the unit alone measures nothing more ("40 miles" counts no "miles").
            if (!np.acronym.empty()) {
                f.body.counts = keep(np.acronym);
            } else if (np.last > unit_last) {
                f.body.counts = keep(phrase_text(w, np));
            } else if (w.is(unit_last + 1, "of")) {
                const NounPhrase of = noun_phrase(w, unit_last + 2);
                if (!of.empty) f.body.counts = keep(phrase_text(w, of));
            }
            if (np.acronym.empty() && np.last > unit_last && !lexicon::plural_like(w.low(np.first, b))) {
                f.rule = "number with a unit of measure before a noun (\"a 40 tonne truck\")";
                emit(std::move(f), lb, unit_last);
                return unit_last + 1;
            }
        } else {
            f.body.kind = range ? "range" : "count";
            f.body.counts = keep(phrase_text(w, np));
            f.rule = "count of the noun that follows";
        }
        emit(std::move(f), lb, last);
        return np.end > j ? np.end : j;
    }

    //-------------------------------------------------------------------------
    // [SECTION] Numbers in words
    //-------------------------------------------------------------------------

    // "one in five patients", "1 in 4": a share. Returns the next token, or 0 when there is none here.
    // "one in five", "two in five adults", "1 in 4": a share. The second number is not a year
    // ("3 in 2023") and does not count time ("2 in 10 minutes").
    // Whether "N in M" with M the number at `i` (value v) and N = n is a share:
    // M a whole number above N, not a year, not followed by a time unit ("3 in 10 days").
    bool share_of(std::size_t i, double v, double n) const {
        if (v <= 1 || n < 1 || n >= v || is_year_token(w, i)) return false;
        if (w.word(i + 1)) {
            char b[32];
            Text unit;
            if (lexicon::is_time_unit(w.low(i + 1, b), &unit)) return false;
        }
        return true;
    }

    // The number at `i` (value n) is the N of a share "N in M" read at M.
    bool share_follows(std::size_t i, double n) const {
        return w.is(i + 1, "in") && w.number(i + 2) && !(w.t[i + 2].flags & TokenHasDecimal) &&
               share_of(i + 2, number_value(w.tx(i + 2)), n);
    }

    std::size_t one_in_at(std::size_t i, double v) {
        // "N in M", or "N out of M": `k` the token of N.
        const bool out_of = i >= 3 && w.is(i - 1, "of") && w.is(i - 2, "out");
        if (i < 2 || (!w.is(i - 1, "in") && !out_of)) return 0;
        const std::size_t k = out_of ? i - 3 : i - 2;
        double n = 0;
        if (w.number(k) && !(w.t[k].flags & (TokenHasSeparator | TokenHasDecimal))) n = number_value(w.tx(k));
        else if (w.word(k)) n = lexicon::number_word_any_case(w.tx(k));
        if (!share_of(i, v, n)) return 0;
        // "reached number one in nine countries": a rank, then where.
        if (k >= 1 && (w.is(k - 1, "number") || w.is(k - 1, "no"))) return 0;
        FoundFigure f;
        f.body.kind = "ratio";
        f.body.unit = "share";
        f.body.value = n / v;
        f.body.value_text = std::string(w.doc.slice({w.t[k].begin, w.t[i].end}));
        f.rule = out_of ? Text("\"N out of M\": a share") : n == 1 ? Text("\"one in N\": a share") : Text("\"N in M\": a share");
        std::size_t qb = k;
        f.body.qualifier = qualifier_before(w, k, &qb);
        const NounPhrase np = noun_phrase(w, i + 1);
        if (!np.empty) f.body.counts = keep(phrase_text(w, np));
        emit(std::move(f), k, np.empty ? i : np.last);
        return np.empty ? i + 1 : np.end;
    }

    // "three times", "a dozen countries", "two million people", "five years".
    // "cut by a third", "rose by half": a change written as a fraction, after a
    // change word and "by". Other fractions ("a third of voters") are not figures here.
    std::size_t fraction_change_at(std::size_t i) {
        std::size_t first = i;
        if (i >= 1 && (w.is(i - 1, "a") || w.is(i - 1, "one"))) first = i - 1;
        if (first < 2 || !w.word(first - 1)) return 0;
        // "by a third", and with a qualifier between: "by more than a third", "by almost half".
        // The cheap tests first: most words here are "that", "this", "from", ... with no "by" before them.
        const bool by = w.is(first - 1, "by");
        const double pct = fraction_percent(w.tx(i));
        if (pct == 0) return 0;
        if (w.is(i + 1, "a") || w.is(i + 1, "an")) return 0;  // "by half a percentage point": half of a unit, no share
        std::size_t qb = first;
        const Text qualifier = by ? Text() : qualifier_before(w, first, &qb);
        if (qb < 2 || !w.is(qb - 1, "by")) return 0;
        const int dir = change_before(w, qb);
        if (!dir) return 0;
        FoundFigure f;
        f.body.qualifier = qualifier;
        f.body.kind = "change";
        f.body.unit = "percent";
        f.body.value = pct;
        f.body.value_text = std::string(w.doc.slice({w.t[first].begin, w.t[i].end}));
        f.direction = dir;
        f.rule = "change written as a fraction (\"by a third\")";
        emit(std::move(f), first, i);
        return i + 1;
    }

    // "threefold", "tenfold": a multiple in one word.
    std::size_t fold_word_at(std::size_t i, int v) {
        FoundFigure f;
        f.body.kind = "ratio";
        f.body.unit = "times";
        f.body.value = v;
        f.body.value_text = std::string(w.tx(i));
        f.rule = "multiple in words (\"threefold\")";
        emit(std::move(f), i, i);
        return i + 1;
    }

    // "three quarters of the grain", "two fifths": a fraction, not a count of quarters.
    std::size_t spaced_fraction_at(std::size_t i, int v) {
        int denominator = 0;
        if (w.is(i + 1, "quarters")) denominator = 4;
        else if (w.is(i + 1, "thirds")) denominator = 3;
        else if (w.is(i + 1, "fifths")) denominator = 5;
        else if (w.is(i + 1, "tenths")) denominator = 10;
        if (!denominator || v >= denominator) return 0;
        FoundFigure f;
        f.body.kind = "fraction";
        f.body.unit = "share";
        f.body.value = std::round(10000.0 * v / denominator) / 10000.0;
        f.body.value_text = std::string(w.doc.slice({w.t[i].begin, w.t[i + 1].end}));
        if (w.is(i + 2, "of")) {
            const NounPhrase np = noun_phrase(w, w.is(i + 3, "the") ? i + 4 : i + 3);
            if (!np.empty) f.body.counts = keep(whole_text(w, np));
        }
        f.rule = "fraction in words (\"three quarters of\")";
        emit(std::move(f), i, i + 1);
        return i + 2;
    }

    // "two-thirds of farms", "a third of voters", "¾ of the fleet": a fraction of something.
    std::size_t fraction_of_at(std::size_t i, double share) {
        // ("Almost half those questioned said", "Two-thirds said": the share of people a poll asked, with "of"
        // left out, or alone before what they said.)
        char vb[32];
        const bool of_left_out = w.is(i + 1, "those") || (w.word(i + 1) && lexicon::is_reporting_verb(w.low(i + 1, vb)));
        if (!w.is(i + 1, "of") && !of_left_out) return 0;
        std::size_t first = i;
        const bool hyphenated = w.tx(i).find('-') != std::string_view::npos || w.t[i].type == TokenType::Punct;
        // "half of adults" needs no article; "the first half of a year" is a period, not a share.
        const bool half = w.is(i, "half") && !(i >= 1 && (w.is(i - 1, "the") || w.is(i - 1, "first") || w.is(i - 1, "second") ||
                                                          w.is(i - 1, "this") || w.is(i - 1, "that") || w.is(i - 1, "latter") ||
                                                          w.is(i - 1, "former") || w.is(i - 1, "a") || w.is(i - 1, "one")));
        if (!hyphenated && !half) {
            if (!(i >= 1 && (w.is(i - 1, "a") || w.is(i - 1, "one")))) return 0;  // "the third of May" is no fraction
            first = i - 1;
        }
        FoundFigure f;
        f.body.kind = "fraction";
        f.body.unit = "share";
        f.body.value = std::round(share * 10000.0) / 10000.0;
        f.body.value_text = std::string(w.doc.slice({w.t[first].begin, w.t[i].end}));
        const NounPhrase np = of_left_out ? NounPhrase{} : noun_phrase(w, w.is(i + 2, "the") ? i + 3 : i + 2);
        if (!np.empty) f.body.counts = keep(whole_text(w, np));
        f.rule = "fraction of a whole (\"two-thirds of\", \"a quarter of\")";
        emit(std::move(f), first, i);
        return i + 1;
    }

    //-------------------------------------------------------------------------
    // [SECTION] Periods and durations in words
    //-------------------------------------------------------------------------

    // "mid-August", "mid-August 2024", "mid-2023", "mid-1990s": a period (a month,
    // a year, a decade), never a number of its own; so are its end, start and late part as wire copy
    // writes them ("end-March", "end-1987", "early-2024", "late-1990s"). Returns the next token, or 0.
    std::size_t mid_period_at(std::size_t i) {
        const std::string_view word = w.tx(i);
        if (word.size() < 7) return 0;
        static constexpr std::string_view parts[] = {"mid-", "end-", "early-", "late-"};
        static constexpr const char* rules[][3] = {
            {"the middle of a month", "the middle of a year", "the middle of a decade"},
            {"the end of a month", "the end of a year", "the end of a decade"},
            {"the start of a month", "the start of a year", "the start of a decade"},
            {"the late part of a month", "the late part of a year", "the late part of a decade"}};
        std::size_t part = 0;
        while (part < 4 && !(word.size() > parts[part].size() + 2 && lexicon::equals_lower(word.substr(0, parts[part].size()), parts[part])))
            ++part;
        if (part == 4) return 0;
        const std::string_view rest = word.substr(parts[part].size());
        DateMatch dm;
        dm.first = i;
        dm.end = i + 1;
        if (rest[0] >= 'A' && rest[0] <= 'Z') {
            dm.date.month = month_from_word(rest);
            if (!dm.date.month) return 0;
            if (is_year_token(w, i + 1)) { dm.date.year = static_cast<int>(number_value(w.tx(i + 1))); dm.end = i + 2; }
            emit_date(dm);
            const std::string month_rule = rules[part][0];
            out->back().rule = dm.date.year ? keep(month_rule)
                               : pub_year   ? keep(month_rule + "; the year is taken from the publication date")
                                            : keep(month_rule + " without a year; the publication date is unknown, so it has no value");
            return dm.end;
        }
        const bool decade = rest.size() == 5 && rest[4] == 's';
        if (rest.size() != 4 && !decade) return 0;
        int year = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            if (rest[k] < '0' || rest[k] > '9') return 0;
            year = year * 10 + (rest[k] - '0');
        }
        if (year < 1800 || year > 2100) return 0;
        FoundFigure f;
        f.date.year = year;
        f.body.kind = "date";
        f.body.value = year;
        f.body.unit = decade ? Text("decade") : Text("year");
        f.body.value_text = keep(rest);
        f.rule = Text::from_static(rules[part][decade ? 2 : 1]);
        emit(std::move(f), i, i);
        return i + 1;
    }

    // A quarter without a year: "Q3", "its third quarter". It takes the publication
    // year like any year-less date. Not after a name ("the Audi Q3"). Returns the next token, or 0.
    std::size_t quarter_alone_at(std::size_t i) {
        const std::string_view word = w.tx(i);
        DateMatch dm;
        dm.first = i;
        if (word.size() == 2) {
            if (word[0] != 'Q' || word[1] < '1' || word[1] > '4') return 0;
            if (i >= 1 && w.word(i - 1) && (w.t[i - 1].flags & TokenCapitalized) &&
                w.doc.sentences()[static_cast<std::size_t>(sentences.of(w.t[i].begin))].begin != w.t[i - 1].begin)
                return 0;  // "the Audi Q3": a model
            if ((w.number(i + 1) || w.word(i + 1)) && w.attached(i + 1)) return 0;
            dm.date.quarter = word[1] - '0';
            dm.end = i + 1;
        } else {
            // "its first quarter" (a year after it is read as a date before this is asked).
            if (!w.is(i + 1, "quarter") || w.is(i + 2, "of") || (w.word(i + 2) && w.attached(i + 2))) return 0;
            if (i < 1 || !(w.is(i - 1, "the") || w.is(i - 1, "this") || w.is(i - 1, "its"))) return 0;
            int q = 0;
            if (w.is(i, "first")) q = 1;
            else if (w.is(i, "second")) q = 2;
            else if (w.is(i, "third")) q = 3;
            else if (w.is(i, "fourth")) q = 4;
            if (!q) return 0;
            dm.date.quarter = q;
            dm.end = i + 2;
        }
        emit_date(dm);
        if (!pub_year) out->back().rule = "quarter without a year; the publication date is unknown, so it has no value";
        else out->back().rule = "quarter; the year is taken from the publication date";
        return dm.end;
    }

    // "a six-week low", "a two-year high", "twenty-five-year": a number word joined
    // to a time unit is a duration, not a count. Returns the next token, or 0.
    std::size_t hyphen_duration_at(std::size_t i) {
        const std::string_view word = w.tx(i);
        const std::size_t hy = word.rfind('-');
        if (hy == std::string_view::npos || hy == 0 || hy + 1 >= word.size() || word.size() - hy - 1 >= 32) return 0;
        const int v = lexicon::number_word_any_case(word.substr(0, hy));
        if (!v) return 0;
        char b[32];
        std::size_t n = 0;
        for (const char c : word.substr(hy + 1)) b[n++] = static_cast<char>(lexicon::fold_ascii(c));
        const std::string_view unit_word(b, n);
        Text unit;
        if (!lexicon::is_time_unit(unit_word, &unit) || unit.view() != unit_word) return 0;  // "six-week", not "six-weeks"
        FoundFigure f;
        f.body.kind = "duration";
        f.body.value = v;
        f.body.value_text = keep(word);
        f.body.unit = unit;
        f.rule = "number word joined to a time unit (\"a six-week low\")";
        emit(std::move(f), i, i);
        return i + 1;
    }

    // "doubled in a decade", "within a year", "for over a year", "nearly a
    // decade": "a" (or "one") and a time unit after a word of time span or a
    // qualifier is a duration of one. Returns the next token, or 0.
    std::size_t article_duration_at(std::size_t i) {
        if (!w.word(i + 1) || i < 1) return 0;
        // The cheap test first ("a" is the commonest word): a time unit's length and initial.
        const std::size_t ulen = w.t[i + 1].end - w.t[i + 1].begin;
        const char u0 = static_cast<char>(lexicon::fold_ascii(w.tx(i + 1)[0]));
        if (ulen < 3 || ulen > 9 || !(u0 == 'd' || u0 == 'y' || u0 == 'm' || u0 == 'w' || u0 == 'h' || u0 == 'c')) return 0;
        char b[32];
        const std::string_view unit_word = w.low(i + 1, b);
        Text unit;
        if (unit_word.size() < 3 || !lexicon::is_time_unit(unit_word, &unit) || unit.view() != unit_word) return 0;
        if (unit_word == "second") return 0;  // "for a second time"
        // "than a year ago", "in a year earlier": a point in time, not a duration.
        if (w.is(i + 2, "ago") || w.is(i + 2, "earlier") || w.is(i + 2, "later") || w.is(i + 2, "before") ||
            w.is(i + 2, "previously"))
            return 0;
        if (w.dash(i + 2) && w.attached(i + 2)) return 0;  // "a year-on-year rise"
        std::size_t qb = i;
        Text qualifier = qualifier_before(w, i, &qb);
        if (qualifier.empty()) {
            char pb[32];
            if (!w.word(i - 1)) return 0;
            const std::string_view before = w.low(i - 1, pb);
            if (!(before == "in" || before == "within" || before == "for" || before == "during" || before == "than" ||
                  before == "after" || before == "over"))
                return 0;
        }
        // "over a decade" is a span ("during"); "for over a year" is "more than".
        if (qualifier == "more than" && qb >= 1 && w.is(qb, "over") && !(qb >= 1 && w.is(qb - 1, "for"))) qualifier = Text();
        FoundFigure f;
        f.body.kind = "duration";
        f.body.value = 1;
        f.body.value_text = std::string(w.doc.slice({w.t[i].begin, w.t[i + 1].end}));
        f.body.unit = unit;
        f.body.qualifier = qualifier;
        f.rule = "a time unit after \"a\" or \"one\" (\"in a decade\")";
        emit(std::move(f), i, i + 1);
        return i + 2;
    }

    // "four or five days", "five to six people": two number words joined by "or"
    // or "to" before the noun are one range. Returns the next token, or 0.
    std::size_t word_range_at(std::size_t i, int v) {
        const bool between = i >= 1 && w.is(i - 1, "between") && w.is(i + 1, "and");
        if (!(w.is(i + 1, "or") || w.is(i + 1, "to") || between) || !w.word(i + 2)) return 0;
        const int u = lexicon::number_word_any_case(w.tx(i + 2));
        if (u <= v || u >= 10 * v) return 0;
        // What the range is of: percentages ("five to seven pct", "between four and five per cent"; "rose from
        // five to seven pct" is a movement), or after "or" and "to" a time unit or the plural it counts.
        std::size_t end = 0, next = 0;  // the range's last token, and the token to go on from
        Text unit, counts, rule;
        bool time = false;
        if (w.is(i + 3, "pct") || w.is(i + 3, "percent") || (w.punct(i + 3, "%") && w.attached(i + 3))) end = i + 3;
        else if (w.is(i + 3, "per") && w.is(i + 4, "cent")) end = i + 4;
        if (end && i >= 1 && w.is(i - 1, "from")) end = 0;
        if (end) {
            unit = "percent";
            rule = "range of percentages in words (\"five to seven pct\")";
            next = end + 1;
        } else {
            if (between) return 0;
            const NounPhrase np = noun_phrase(w, i + 3);
            if (np.empty) return 0;
            char b[32];
            const std::string_view head = w.low(np.last, b);
            time = np.first == np.last && lexicon::is_time_unit(head, &unit);
            if (!time && !(lexicon::plural_like(head) || head == "people" || head == "children" || head == "men" || head == "women")) return 0;
            if (!time) { unit = Text(); counts = keep(phrase_text(w, np)); }
            rule = "range in words (\"four or five days\")";
            end = np.last;
            next = np.end;
        }
        FoundFigure f;
        f.body.kind = "range";
        f.body.value = v;
        f.body.value_text = std::string(w.tx(i)) + "\xE2\x80\x93" + std::string(w.tx(i + 2));
        f.body.unit = unit;
        f.body.counts = counts;
        std::size_t qb = i;
        f.body.qualifier = qualifier_before(w, i, &qb);
        if (time && f.body.qualifier == "more than" && w.is(qb, "over") && !(qb >= 1 && w.is(qb - 1, "for"))) f.body.qualifier = Text();
        f.body.derived.push_back({"upper bound", static_cast<double>(u), keep(w.doc.slice({w.t[i + 2].begin, w.t[end].end})), ""});
        f.rule = rule;
        emit(std::move(f), i, end);
        return next;
    }

    // A percentage from tokens [lb, last] whose qualifier starts at qb, the token after it j: a change when a
    // word of change or a sign says so ("rose 3%", "a 4% drop", "27% lower"), what it is "of" when said
    // ("40 percent of the crew"). Returns the token to go on from.
    std::size_t emit_percent(FoundFigure f, std::size_t lb, std::size_t qb, std::size_t last, std::size_t j, bool range,
                             bool points, int sign, bool hyphen_percent) {
        f.body.unit = points ? lexicon::kPercentagePoints : Text("percent");
        int dir = sign;
        int noun_dir = 0;
        if (!dir) dir = change_before(w, qb);  // "rose by about 5 percent": the change word is before the qualifier
        if (w.word(j) && (hyphen_percent || w.attached(j) == false)) {
            char b[32];
            const std::string_view after = w.low(j, b);
            if (lexicon::is_change_noun(after, &noun_dir)) {
                if (!dir) dir = noun_dir;
                last = j++;
            } else if (!dir && lexicon::is_comparative(after) && after != "more" && after != "less" && after != "better" &&
                       after != "worse") {
                // "27% lower", "40% faster": a change, down for the comparatives of less.
                dir = (after == "lower" || after == "cheaper" || after == "smaller" || after == "fewer" || after == "slower" ||
                       after == "shorter" || after == "weaker")
                          ? -1
                          : 1;
            } else if (!dir && (after == "more" || after == "less") && w.is(j + 1, "than") &&
                       !(w.t[j].flags & (TokenNewlineBefore | TokenCapitalized))) {
                dir = after == "less" ? -1 : 1;  // "0.4 pct less than a year ago": a change ("5% more sugar" is not)
            }
        }
        f.direction = dir;
        f.body.kind = range ? Text("range") : (dir || points) ? Text("change") : Text("percent");
        if (w.is(j, "of")) {  // "40 percent of the crew", as a fraction is read
            const NounPhrase np = noun_phrase(w, w.is(j + 1, "the") ? j + 2 : j + 1);
            f.body.counts = keep(whole_text(w, np));
        }
        if (f.rule.empty()) f.rule = dir ? Text("percentage with a word of change (grew by, increase, …)") : Text("percentage");
        emit(std::move(f), lb, last);
        return j;
    }

    // The money after a number in words at tokens [first, j): a currency ("ten dollars", "two million euros",
    // "two million Swiss francs") or its hundredths ("fifty cents", "ten pence"). Without a scale word, as
    // after digits, pounds are a weight where nothing is priced in sterling ("twenty pounds of fish"), and a
    // currency before "zone" names a region ("the twelve euro zone countries"). The token after the figure,
    // or 0 when no money follows (`f` is then untouched).
    std::size_t money_in_words_at(FoundFigure&& f, std::size_t first, std::size_t j, bool scaled) {
        char cb[32];
        const std::string_view unit_word = w.low(j, cb);
        std::size_t end = j;
        double value = f.body.value;
        const char* currency = text_country_currency(unit_word);
        if (!currency) currency = lexicon::currency_word(unit_word);
        if (!currency) currency = country_currency_at(j, &end);
        if (!currency && scaled) currency = currency_of_several(unit_word, value);
        if (!scaled) {
            if (currency_names_region(j)) return 0;
            if (pounds_of_weight(unit_word, j)) {
                std::size_t qb = first;
                f.body.qualifier = qualifier_before(w, first, &qb);
                emit_value(std::move(f), "quantity", "pounds", value, std::string(w.doc.slice({w.t[first].begin, w.t[j - 1].end})),
                           "number in words before \"pounds\" in a text that prices nothing in sterling: a weight", first, j);
                return j + 1;
            }
            if (!currency && (currency = hundredths_of(unit_word))) value /= 100;
        }
        if (!currency) return 0;
        std::size_t qb = first;
        f.body.qualifier = qualifier_before(w, first, &qb);
        if (const std::size_t per = price_per_at(end + 1)) f.body.counts = keep("per " + std::string(w.tx(per)));  // "ten dollars a night"
        emit_value(std::move(f), "money", Text::from_static(currency), value,
                   std::string(w.doc.slice({w.t[first].begin, w.t[end].end})),
                   "an amount of money in words (\"two million euros\", \"ten dollars\")", first, end);
        return end + 1;
    }

    // "a million people", "half a billion dollars", "a thousand jobs": a scale word after "a" (and "half")
    // is the amount it names, counting or pricing what follows as a number in words would. The scale word
    // is token `i`; returns the next token, or 0.
    std::size_t article_scale_at(std::size_t i) {
        char b[32];
        const double scale = lexicon::scale_word(w.low(i, b));
        if (scale < 1e3 || w.tx(i).size() <= 2 || i < 1 || !w.is(i - 1, "a")) return 0;
        std::size_t first = i - 1;
        FoundFigure f;
        f.body.value = scale;
        if (first >= 1 && w.is(first - 1, "half")) {
            --first;
            f.body.value = scale / 2;
        }
        f.body.value_text = std::string(w.doc.slice({w.t[first].begin, w.t[i].end}));
        const std::size_t j = i + 1;
        if (w.word(j))
            if (const std::size_t next = money_in_words_at(std::move(f), first, j, true)) return next;
        const NounPhrase np = noun_phrase(w, j);
        if (np.empty) return 0;
        std::size_t qb = first;
        f.body.qualifier = qualifier_before(w, first, &qb);
        f.rule = "a scale word after \"a\" (\"a million people\", \"half a billion dollars\")";
        return finish_count(std::move(f), first, np.last, j, np, false);
    }

    std::size_t number_word_at(std::size_t i, int v) {
        char b[32];
        // "the Six Nations", "Big Four": a capitalised number word inside a sentence, before a capitalised word, names.
        if ((w.t[i].flags & TokenCapitalized) && i >= 1 && !(w.t[i].flags & TokenNewlineBefore) && w.word(i - 1) &&
            w.word(i + 1) && (w.t[i + 1].flags & TokenCapitalized) && !(w.t[i + 1].flags & TokenAllCaps))
            return i + 2;
        if (const std::size_t next = one_in_at(i, v)) return next;
        if (const std::size_t next = spaced_fraction_at(i, v)) return next;
        if (v == 1)
            if (const std::size_t next = article_duration_at(i)) return next;  // "within one year"
        if (const std::size_t next = word_range_at(i, v)) return next;  // "four or five days"
        FoundFigure f;
        f.body.value = v;
        f.body.value_text = std::string(w.tx(i));
        std::size_t j = i + 1;
        std::size_t first = i;
        // "nine pct", "five per cent", "one percent": a percentage in words.
        if (w.is(j, "percent") || w.is(j, "pct") || (w.is(j, "per") && w.is(j + 1, "cent"))) {
            const std::size_t last = w.is(j, "per") ? j + 1 : j;
            std::size_t qb = first;
            f.body.qualifier = qualifier_before(w, first, &qb);
            f.rule = "percentage in words (\"five per cent\")";
            return emit_percent(std::move(f), first, qb, last, last + 1, false, false, 0, false);
        }
        // "cut income tax by two percentage points": percentage points in words.
        if (w.is(j, "percentage") && (w.is(j + 1, "points") || w.is(j + 1, "point"))) {
            std::size_t qb = first;
            f.body.qualifier = qualifier_before(w, first, &qb);
            f.rule = "percentage points in words (\"two percentage points\")";
            return emit_percent(std::move(f), first, qb, j + 1, j + 2, false, true, 0, false);
        }
        // "the index fell five points": a change in index points, in words.
        if (w.is(j, "points") || w.is(j, "point")) {
            if (index_points_at(f, first, j, 0, v, std::string(w.tx(i)), false)) return j + 1;
        }
        if (v == 12 && w.is(i, "dozen")) {
            if (!(i >= 1 && (w.is(i - 1, "a") || w.is(i - 1, "one")))) return i + 1;  // "dozens of" is vague
            first = i - 1;
            f.body.value_text = std::string(w.doc.slice({w.t[first].begin, w.t[i].end}));
            if (w.is(j, "of")) ++j;
        } else if (w.is(j, "times")) {
            f.body.kind = "ratio";
            f.body.unit = "times";
            f.rule = "multiple written in words";
            emit(std::move(f), i, j);
            return j + 1;
        }
        bool scaled = false;
        if (w.word(j)) {
            const double s = lexicon::scale_word(w.low(j, b));
            // ("three dozen firms": 36.)
            if ((s >= 1e3 || (s == 12 && v > 1 && v < 12)) && w.tx(j).size() > 2) {
                f.body.value = v * s;
                ++j;
                f.body.value_text = std::string(w.doc.slice({w.t[first].begin, w.t[j - 1].end}));  // "two million"
                scaled = true;
            }
        }
        // "two million euros", "four billion dlrs", "ten dollars", "fifty cents": an amount of money in words.
        // ("one billion U.S. dlrs", "two million Swiss francs": a country's currency, as after digits.)
        if (w.word(j))
            if (const std::size_t next = money_in_words_at(std::move(f), first, j, scaled)) return next;
        if (!scaled && v == 1) return i + 1;
        // "Seven of the nine members", "two of its three ferries": a part of the amount after it, whose noun
        // it takes from that amount (figure_relations.cpp); "two of them" counts nothing said.
        if (!scaled && w.is(j, "of") && w.word(j + 1) && (w.is(j + 1, "the") || w.is(j + 1, "its") || w.is(j + 1, "their")) &&
            (w.number(j + 2) || (w.word(j + 2) && lexicon::number_word_any_case(w.tx(j + 2)) > v))) {
            f.body.kind = "count";
            f.noun_elided = true;
            std::size_t qb = first;
            f.body.qualifier = qualifier_before(w, first, &qb);  // "at least three of the twelve"
            f.rule = "number in words, a part of the amount after it (\"seven of the nine members\")";
            emit(std::move(f), first, i);
            return j;
        }
        const NounPhrase np = noun_phrase(w, j);
        if (np.empty) return j;
        const std::string_view head = w.low(np.last, b);
        const bool plural = lexicon::plural_like(head) || head == "people" || head == "children" || head == "men" || head == "women";
        if (!plural && f.body.value == v) return i + 1;
        std::size_t qb = first;
        f.body.qualifier = qualifier_before(w, first, &qb);
        if (v == 12 && w.is(i, "dozen")) f.rule = "\"a dozen\"";
        else f.rule = "number written in words";
        return finish_count(std::move(f), first, np.last, j, np, false);
    }
};

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Scan
//-----------------------------------------------------------------------------

namespace {

// What the first byte of a word can open, by table: one load per word decides
// which of the tests below can succeed at all.
enum WordOpens : std::uint8_t {
    OpensDate        = 1 << 0,  // a capital that can open a date at any length: a month ("June", "Sept."), "Q1", "First" quarter
    OpensDateIfFive  = 1 << 1,  // "T": "Third" (quarter)
    OpensDateIfFour  = 1 << 2,  // "L": "Last" (quarter)
    OpensQuarter     = 1 << 3,  // a lower-case ordinal before "quarter" ("first quarter", "last quarter")
    OpensNumberWord  = 1 << 4,  // the initial of a number word (either case): one, two, ..., dozen, hundred
    OpensFraction    = 1 << 5,  // the initial of a fraction word (either case): half, third, quarter, fifth, tenth
    OpensMid         = 1 << 6,  // "mid-August", "Mid-2023", "end-March", "early-2024", "late-1990s"
    OpensArticle     = 1 << 7,  // "a"/"an" before a time unit ("in a decade")
};

struct WordOpenTable {
    std::uint8_t of[256] = {};
    WordOpenTable() {
        for (const char c : {'J', 'F', 'M', 'A', 'S', 'O', 'N', 'D', 'Q'}) of[static_cast<unsigned char>(c)] |= OpensDate;
        of[static_cast<unsigned char>('T')] |= OpensDateIfFive;
        of[static_cast<unsigned char>('L')] |= OpensDateIfFour;
        // The lower-case initials the scan has always tried (ordinals and number words).
        for (const char c : {'f', 's', 't', 'l', 'o', 'e', 'n', 'd', 'h', 'q'}) of[static_cast<unsigned char>(c)] |= OpensQuarter;
        // Number-word initials come from the lexicon's own list (a constant table, ready before this one).
        for (int b = 0; b < 256; ++b)
            if (lexicon::kNumberWordShapes.initial[b] != 0xFF) of[b] |= OpensNumberWord;
        for (const char c : {'h', 't', 'q', 'f'}) {
            of[static_cast<unsigned char>(c)] |= OpensFraction;
            of[static_cast<unsigned char>(c - 32)] |= OpensFraction;
        }
        for (const char c : {'m', 'M', 'e', 'E', 'l', 'L'}) of[static_cast<unsigned char>(c)] |= OpensMid;  // mid-, end-, early-, late-
        of[static_cast<unsigned char>('a')] |= OpensArticle;
        of[static_cast<unsigned char>('A')] |= OpensArticle;
    }
};
const WordOpenTable kWordOpens;

// Whether a word has the length of a fraction word ("half", "third"/"fifth"/"tenth",
// "quarter", "two-thirds", "three-quarters"): the cheap test before fraction_percent.
bool fraction_length(std::size_t len) { return len == 4 || len == 5 || len == 7 || len == 10 || len == 14; }

} // namespace

namespace {

// What a range's connector is: "10 or 15 years", "4% to 6%", "between 4% and 6%", "2011 through 2015".
enum class Connector { None, Or, To, And };

Connector connector_at(const Document& doc, std::size_t k) {
    if (k >= doc.tokens().size() || doc.tokens()[k].type != TokenType::Word) return Connector::None;
    const std::string_view c = doc.token_text(k);
    if (lexicon::equals_lower(c, "or")) return Connector::Or;
    if (lexicon::equals_lower(c, "to") || lexicon::equals_lower(c, "through")) return Connector::To;
    if (lexicon::equals_lower(c, "and")) return Connector::And;
    return Connector::None;
}

bool word_at(const Document& doc, std::size_t k, std::string_view lw) {
    return k < doc.tokens().size() && doc.tokens()[k].type == TokenType::Word && lexicon::equals_lower(doc.token_text(k), lw);
}

bool plain_year(const FoundFigure& f) { return f.body.kind == "date" && f.body.unit == "year" && f.date.year && !f.date.month; }

// The scale an amount was written in: 1e6 for "118 million", 1 for "6%".
double written_scale(const FoundFigure& f) {
    const double n = number_value(f.body.value_text);
    return n > 0 && f.body.value > 0 ? f.body.value / n : 1;
}

// Two figures joined by "or", "to" or "between … and" that name one span of
// values: one range, from the first to the second, in the second's unit ("10 or
// 15 years", "between 100 and 118 million", "from 2011 to 2015"). A movement is
// no range: "rose from 5% to 7%" keeps its two values, and so does a tally ("7 to 2").
bool joins_as_range(const Document& doc, const FoundFigure& a, const FoundFigure& b) {
    if (a.sentence != b.sentence || b.first_token != a.end_token + 1) return false;
    // Times of day and ordinals stay two ("between 8 AM and 9 PM", "the 19th and 20th centuries").
    if (a.body.kind == "time" || a.body.kind == "ordinal") return false;
    const Connector c = connector_at(doc, a.end_token);
    if (c == Connector::None) return false;
    const std::size_t before = a.first_token;  // the token before the first figure (and its qualifier)
    std::size_t q = before;
    if (!a.body.qualifier.empty()) {  // "between about 4 and 6"
        while (q > 0 && q + 3 > before && !word_at(doc, q - 1, "between") && !word_at(doc, q - 1, "from")) --q;
    }
    const bool between = q > 0 && word_at(doc, q - 1, "between");
    const bool from = q > 0 && word_at(doc, q - 1, "from");
    if (plain_year(a) && plain_year(b)) {
        if (c == Connector::To) return b.date.year > a.date.year;
        return c == Connector::And && between && b.date.year > a.date.year;
    }
    if (a.body.kind == "date" || b.body.kind == "date" || a.body.kind == "range" || b.body.kind == "range" ||
        a.body.kind == "identifier" || b.body.kind == "identifier" || a.body.kind == "ratio" || b.body.kind == "ratio" ||
        a.body.kind == "fraction" || b.body.kind == "fraction")
        return false;
    if (c == Connector::And && !between) return false;
    if (c == Connector::To) {
        if (a.body.kind == "change" || b.body.kind == "change") return false;  // "cut by 0.5% to 4%": a movement
        // "grew by 2.3 million to 51.6 million", "rose 0.4 hours to 38.5 hours": a change and its end value.
        if (q > 0 && doc.tokens()[q - 1].type == TokenType::Word) {
            char lb[32];
            const std::string_view lw = lexicon::lower(doc.token_text(q - 1), lb);
            int dir = 0;
            // A range of a percentage change is still one: "rose 3 to 4 percent".
            if ((lw == "by" || lexicon::is_change_verb(lw, &dir) || lexicon::is_change_noun(lw, &dir)) && b.body.kind != "percent")
                return false;
        }
        // "from 21 to 23 cents" is a range only after a word of range ("prices ranged from 21 to 23 cents").
        if (from) {
            const std::size_t f = q - 1;
            if (f == 0 || doc.tokens()[f - 1].type != TokenType::Word) return false;
            const std::string_view r = doc.token_text(f - 1);
            if (!(lexicon::equals_lower(r, "ranged") || lexicon::equals_lower(r, "ranging") || lexicon::equals_lower(r, "range") ||
                  lexicon::equals_lower(r, "ranges") || lexicon::equals_lower(r, "varied") || lexicon::equals_lower(r, "varying") ||
                  lexicon::equals_lower(r, "vary") || lexicon::equals_lower(r, "anywhere")))
                return false;
        }
    }
    // The first figure has no noun of its own ("10 or 15 years"), or the same kind and unit ("4% and 6%", "$5 to $7").
    const bool bare = a.body.kind == "count" && a.noun_elided && a.body.unit.empty();
    const bool alike = a.body.kind == b.body.kind && a.body.unit == b.body.unit && a.body.counts.empty();
    if (!bare && !alike) return false;
    if (b.body.kind == "change" && !(between || c == Connector::Or)) return false;
    double low = a.body.value;
    if (bare && written_scale(a) == 1) low *= written_scale(b);
    // Without "between", the bounds of one range are of one size ("10 or 15 years",
    // "40 to 45 billion"); ten times apart or more, they are two values ("2.3 million
    // to 51.6 million", "change 12 to 120").
    if (!between && low > 0 && b.body.value >= 10 * low) return false;
    return low >= 0 && low < b.body.value;
}

// Two whole counts joined by "to" that are a vote's or a game's tally: "voted 19 to 12", "by a vote of 10
// to 2", "won 3 to 1" (a vote or a game named up to three words before), or the second smaller without "from"
// ("the motion passed 52 to 48"; "fell from 19 to 12" is a movement).
bool joins_as_tally(const Document& doc, const FoundFigure& a, const FoundFigure& b) {
    if (a.sentence != b.sentence || b.first_token != a.end_token + 1 || connector_at(doc, a.end_token) != Connector::To) return false;
    const auto bare_whole = [](const FoundFigure& f) {
        return f.body.kind == "count" && f.body.counts.empty() && f.body.unit.empty() && f.body.value >= 0 &&
               f.body.value == std::floor(f.body.value) && f.body.value_text.find_first_not_of("0123456789,") == std::string::npos;
    };
    if (!bare_whole(a) || !bare_whole(b) || !a.body.qualifier.empty()) return false;
    bool vote = false;
    for (std::size_t q = a.first_token; q > 0 && a.first_token - q < 4; --q) {
        if (doc.tokens()[q - 1].type != TokenType::Word) break;
        char lb[32];
        const std::string_view lw = lexicon::lower(doc.token_text(q - 1), lb);
        int direction = 0;  // ("cut its fleet 40 to 35": a movement)
        if (lw == "from" || lw == "between" || lexicon::is_change_verb(lw, &direction)) return false;
        vote |= lw == "voted" || lw == "vote" || lw == "votes" || lw == "won" || lw == "beat" || lw == "lost" ||
                lw == "defeated" || lw == "passed" || lw == "tally" || lw == "score";
    }
    return vote || b.body.value < a.body.value;
}

// "Prices rose 4% in March and 6% in April": a percentage joined by "and", "or" or a comma to a change in
// percent before it, with nothing between them but a phrase of time, is a change of the same direction.
void carry_changes(const Document& doc, std::vector<FoundFigure>& out) {
    const auto& t = doc.tokens();
    for (std::size_t k = 1; k < out.size(); ++k) {
        FoundFigure& f = out[k];
        std::size_t before = k - 1;  // the figure before, over the years and dates of the phrase of time
        while (before > 0 && out[before].body.kind == "date" && out[before].sentence == f.sentence) --before;
        const FoundFigure& g = out[before];
        if (f.body.kind != "percent" || g.body.kind != "change" || g.body.unit != f.body.unit || f.sentence != g.sentence ||
            !f.body.counts.empty() || f.first_token <= g.end_token || f.first_token - g.end_token > 8 || f.first_token >= t.size())
            continue;
        const std::size_t joint = f.first_token - 1;
        char jb[32];
        const std::string_view join = t[joint].type == TokenType::Word ? lexicon::lower(doc.token_text(joint), jb) : doc.token_text(joint);
        if (!(join == "and" || join == "or" || join == ",")) continue;
        bool time_only = true;
        for (std::size_t q = g.end_token; q < joint && time_only; ++q) {
            const std::string_view w = doc.token_text(q);
            if (t[q].type == TokenType::Number) { time_only = w.size() == 4; continue; }  // a year
            if (t[q].type != TokenType::Word) { time_only = w == ","; continue; }
            char b[32];
            const std::string_view lw = lexicon::lower(w, b);
            Text unit;
            time_only = lw == "in" || lw == "on" || lw == "at" || lw == "during" || lw == "the" || lw == "last" || lw == "this" ||
                        lw == "previous" || lw == "same" || lexicon::month_like(lw) || lexicon::is_day_word(lw) ||
                        lexicon::is_time_unit(w, &unit) || lw == "quarter" || lw == "half";
        }
        if (!time_only) continue;
        f.body.kind = "change";
        f.direction = g.direction;
        f.rule = "a percentage joined to a change before it over a phrase of time (\"rose 4% in March and 6% in April\")";
    }
}

// Joins the ranges of joins_as_range in place: one pass, each figure read once.
void join_ranges(const Document& doc, std::vector<FoundFigure>& out, TextStore& texts) {
    std::size_t w = 0;
    for (std::size_t r = 0; r < out.size(); ++r) {
        if (w > 0 && joins_as_tally(doc, out[w - 1], out[r])) {
            FoundFigure& a = out[w - 1];
            a.body.value_text += "\xE2\x80\x93";
            a.body.value_text += out[r].body.value_text;
            a.body.kind = "ratio";
            a.noun_elided = false;
            a.rule = "two whole numbers joined by \"to\" after a vote or a game, or the second smaller: a tally or score";
            a.range.end = out[r].range.end;
            a.end_token = out[r].end_token;
            continue;
        }
        if (w > 0 && joins_as_range(doc, out[w - 1], out[r])) {
            FoundFigure& a = out[w - 1];
            const FoundFigure& b = out[r];
            const bool years = plain_year(a);
            if (!years && a.body.kind == "count" && written_scale(a) == 1) a.body.value *= written_scale(b);
            const std::string_view upper = doc.slice(b.range);
            a.body.value_text += "\xE2\x80\x93";
            a.body.value_text += b.body.value_text;
            a.body.derived.push_back({"upper bound", b.body.value, texts.keep(upper), ""});
            if (!years) {
                a.body.unit = b.body.unit;
                a.body.counts = b.body.counts;
                a.noun_elided = b.noun_elided;
                // "over 10 or 15 years" is a span ("during"), as "over three years" is.
                Text unit;
                if (a.body.qualifier == "more than" && a.first_token >= 1 && word_at(doc, a.first_token - 1, "over") &&
                    !(a.first_token >= 2 && word_at(doc, a.first_token - 2, "for")) && lexicon::is_time_unit(b.body.unit.view(), &unit))
                    a.body.qualifier = Text();
            } else {
                a.body.unit = "year";
            }
            const Connector c = connector_at(doc, a.end_token);
            a.body.kind = "range";
            a.rule = c == Connector::Or ? Text("range written with \"or\" (\"10 or 15 years\")")
                     : c == Connector::And ? Text("range written \"between \xE2\x80\xA6 and \xE2\x80\xA6\"")
                     : years ? Text("range of years (\"from 2011 to 2015\")")
                             : Text("range written with \"to\" (\"4% to 6%\")");
            a.range.end = b.range.end;
            a.end_token = b.end_token;
            continue;
        }
        if (w != r) out[w] = std::move(out[r]);
        ++w;
    }
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(w), out.end());
}

} // namespace

std::vector<FoundFigure> find_figures(const Document& doc, const std::vector<ByteRange>& skip, const CalendarDate& publication,
                                      TextStore& texts, std::vector<FoundFigure>&& storage) {
    std::vector<FoundFigure> out = std::move(storage);
    out.clear();
    const std::vector<Token>& t = doc.tokens();
    out.reserve(t.size() / 16 + 8);
    prefer_huge_pages(out.data(), out.capacity() * sizeof(FoundFigure));
    Scan scan{Window{doc, t, t.size()}, publication.year, publication.month, &out, &texts, RangeCursor(doc.sentences()),
              RangeCursor(doc.paragraphs())};
    const char* const text = doc.text().data();
    const std::size_t n = t.size();
    // skip[si] is the first skipped range not over before the token; tokens that begin
    // before both its ends are outside it, and need no look at the list.
    std::size_t si = 0;
    const auto guard_of = [&](std::size_t k) { return k < skip.size() ? std::min(skip[k].begin, skip[k].end) : ~std::uint32_t{0}; };
    std::uint32_t skip_guard = guard_of(0);
    std::size_t i = 0;
    while (i < n) {
        check_cancelled_at(i);
        const Token& tok = t[i];
        if (tok.begin >= skip_guard) {
            while (si < skip.size() && skip[si].end <= tok.begin) ++si;
            skip_guard = guard_of(si);
            if (si < skip.size() && skip[si].begin <= tok.begin) { ++i; continue; }
        }
        if (tok.type == TokenType::Number) { i = scan.number_at(i); continue; }
        if (tok.type != TokenType::Word) {
            // "¾ of the fleet": a vulgar fraction (U+00BC–U+00BE, U+2153–U+2154).
            if (static_cast<unsigned char>(text[tok.begin]) == 0xC2 || static_cast<unsigned char>(text[tok.begin]) == 0xE2) {
                const std::string_view p = doc.token_text(i);
                const double share = p == "\xC2\xBC" ? 0.25 : p == "\xC2\xBD" ? 0.5 : p == "\xC2\xBE" ? 0.75
                                   : p == "\xE2\x85\x93" ? 1.0 / 3 : p == "\xE2\x85\x94" ? 2.0 / 3 : 0;
                if (share > 0)
                    if (const std::size_t next = scan.fraction_of_at(i, share)) { i = next; continue; }
            }
            ++i;
            continue;
        }
        // Only capitalised words (months, "Q1", "First …") and a few lower-case
        // initials (first/second/third/fourth quarter; number words) can start a figure.
        const unsigned char c0 = static_cast<unsigned char>(text[tok.begin]);
        const std::size_t len = tok.end - tok.begin;
        const bool upper = c0 >= 'A' && c0 <= 'Z';
        const std::uint8_t opens = kWordOpens.of[c0];
        if (!opens) { ++i; continue; }
        // "a"/"an" (only a duration starts there: "in a decade") and lower-case "mid-…" have
        // initials of their own ('a', 'm'): their words take the short way.
        if ((opens & OpensArticle) && (len <= 2 || opens == OpensArticle)) {
            // ("a million people", "half a billion dollars": a scale word after "a".)
            if (len == 1 && i + 1 < n && t[i + 1].end - t[i + 1].begin >= 7 && t[i + 1].end - t[i + 1].begin <= 8)
                if (const std::size_t next = scan.article_scale_at(i + 1)) { i = next; continue; }
            if (len == 1 || (len == 2 && text[tok.begin + 1] == 'n'))
                if (const std::size_t next = scan.article_duration_at(i)) { i = next; continue; }
            ++i;
            continue;
        }
        if (opens == OpensMid) {
            if (len >= 7)
                if (const std::size_t next = scan.mid_period_at(i)) { i = next; continue; }
            ++i;
            continue;
        }
        if (len < 2) { ++i; continue; }
        // A word that opens a date has 2 to 12 bytes (unsigned: shorter wraps round);
        // number words ("seventy-seven") and fractions ("three-quarters") run longer.
        const bool date_length = len - 2 <= 10;
        const bool may_date = date_length && (upper ? ((opens & OpensDate) || ((opens & OpensDateIfFive) && len == 5) ||
                                                       ((opens & OpensDateIfFour) && len == 4))
                                                    : (i + 1 < n && doc.token_text(i + 1) == "quarter"));
        if (may_date) {
            DateMatch dm;
            if (match_date_at(doc, i, &dm)) {
                bool inside_skip = si < skip.size() && skip[si].begin < t[dm.end - 1].end;
                if (!inside_skip) { scan.emit_date(dm); i = dm.end; continue; }
            }
            if (const std::size_t next = scan.quarter_alone_at(i)) { i = next; continue; }  // "Q3", "its third quarter"
        }
        if ((opens & OpensMid) && len >= 7)
            if (const std::size_t next = scan.mid_period_at(i)) { i = next; continue; }  // "mid-August"
        if (opens & OpensNumberWord) {
            const std::string_view word(text + tok.begin, len);
            if (const int v = lexicon::number_word_any_case(word)) { i = scan.number_word_at(i, v); continue; }
            if (len > 6 && lexicon::equals_lower(word.substr(len - 4), "fold"))  // "threefold"
                if (const int v = lexicon::number_word_any_case(word.substr(0, len - 4))) { i = scan.fold_word_at(i, v); continue; }
            // "a six-week low": the hyphen comes after a number word of at most 11 letters ("twenty-five").
            if (len >= 7 && std::memchr(text + tok.begin + 3, '-', std::min<std::size_t>(len - 3, 10)))
                if (const std::size_t next = scan.hyphen_duration_at(i)) { i = next; continue; }
        }
        if ((opens & OpensFraction) && fraction_length(len)) {
            if (const std::size_t next = scan.fraction_change_at(i)) { i = next; continue; }  // "cut by a third"
            const double pct = fraction_percent(doc.token_text(i));
            if (pct > 0 && pct < 100)
                if (const std::size_t next = scan.fraction_of_at(i, pct / 100)) { i = next; continue; }  // "two-thirds of"
        }
        ++i;
    }
    join_ranges(doc, out, texts);
    carry_changes(doc, out);
    return out;
}

} // namespace gloss
