// Gloss — relations between figures. See figure_relations.hpp.
//
// Index of this file:
// [SECTION] Numbers as text
// [SECTION] Elided nouns
// [SECTION] Sources
// [SECTION] Derived bases
// [SECTION] Conflicts
// [SECTION] Unsourced figures
#include "figure_relations.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <map>

#include "lexicon.hpp"

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] Numbers as text
//-----------------------------------------------------------------------------

namespace {

// Room for any number format_number writes: at most 63 digits (what "%.0f" of a
// huge value left in a 64-byte buffer), their separators and a sign.
constexpr std::size_t kNumberRoom = 128;

// "%.4g" of 0 < a < 1000 (to_chars is specified to match printf) without its
// cost: a scaled to four digits before the point and rounded. Returns 0 when
// the rounding is too close to call in double arithmetic, or a is below 1e-4
// (printf then writes an exponent): the caller asks to_chars.
std::size_t write_four_digits(double a, char* out) {
    static constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7};
    int k = 1;  // a * 10^k in [1000, 10000): k - 3 decimals after rounding to four digits
    double s = a * kPow10[k];
    while (s < 1000 && k < 7) s = a * kPow10[++k];
    if (s < 1000) return 0;
    // s is within 1e-12 of the exact product: only a near-tie can round the other way. (Near
    // 1000 or 10000 a wrong k does not matter: either k rounds to the same digits.)
    const double fl = std::floor(s);
    const double frac = s - fl;
    if (frac > 0.499999 && frac < 0.500001) return 0;
    int r = static_cast<int>(fl) + (frac > 0.5 ? 1 : 0);
    if (r == 10000) { r = 1000; --k; }  // rounded up to a power of ten
    char d[4] = {static_cast<char>('0' + r / 1000), static_cast<char>('0' + r / 100 % 10),
                 static_cast<char>('0' + r / 10 % 10), static_cast<char>('0' + r % 10)};
    const int int_digits = 4 - k;  // digits before the point (0 or fewer: "0.0…")
    int last = 3;                  // the last digit kept: trailing zeros after the point go
    while (last >= int_digits && last >= 0 && d[last] == '0') --last;
    std::size_t n = 0;
    if (int_digits <= 0) {
        out[n++] = '0';
        out[n++] = '.';
        for (int z = int_digits; z < 0; ++z) out[n++] = '0';
        for (int i = 0; i <= last; ++i) out[n++] = d[i];
        return n;
    }
    for (int i = 0; i < int_digits; ++i) out[n++] = d[i];
    if (last >= int_digits) {
        out[n++] = '.';
        for (int i = int_digits; i <= last; ++i) out[n++] = d[i];
    }
    return n;
}

// format_number into `out` (kNumberRoom bytes); returns the length.
std::size_t write_number(double v, char* out) {
    if (!std::isfinite(v)) { out[0] = '?'; return 1; }
    const bool neg = v < 0;
    double a = std::fabs(v);
    std::size_t n = 0;
    if (neg) out[n++] = '-';
    if (a >= 1000) {
        // Round to four significant digits: a / 10^(e-3), where 10^e <= a < 10^(e+1).
        static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        int e = 3;
        while (e < 22 && a >= kPow10[e + 1]) ++e;
        const double mag = e < 22 ? kPow10[e - 3] : std::pow(10.0, std::floor(std::log10(a)) - 3);
        a = std::round(a / mag) * mag;
        char digits[64];
        std::size_t count = 0;
        if (a < 1e18) {
            // What "%.0f" prints (round half to even), without printf.
            std::uint64_t u = static_cast<std::uint64_t>(std::nearbyint(a));
            char* p = digits + sizeof digits;
            do { *--p = static_cast<char>('0' + u % 10); u /= 10; } while (u);
            count = static_cast<std::size_t>(digits + sizeof digits - p);
            std::memmove(digits, p, count);
        } else {
            std::snprintf(digits, sizeof digits, "%.0f", a);
            count = std::strlen(digits);
        }
        for (std::size_t i = 0; i < count; ++i) {
            out[n++] = digits[i];
            if ((count - i - 1) % 3 == 0 && i + 1 < count) out[n++] = ',';
        }
        return n;
    }
    if (a > 0)
        if (const std::size_t m = write_four_digits(a, out + n)) return n + m;
    // Four significant digits, as "%.4g" prints them (to_chars is specified to match printf).
    const std::to_chars_result r = std::to_chars(out + n, out + kNumberRoom, a, std::chars_format::general, 4);
    return static_cast<std::size_t>(r.ptr - out);
}

} // namespace

std::string format_number(double v) {
    char buf[kNumberRoom];
    return std::string(buf, write_number(v, buf));
}

namespace {

// Whether a number as written carries a scale word or letter in lower case ("115 billion", "3.2 mln",
// "40bn"; not "4K", a screen's resolution as often).
bool has_scale_word(std::string_view written) {
    for (const char ch : written)
        if (ch >= 'a' && ch <= 'z') return true;
    return false;
}

bool is_amount(const FoundFigure& f) {
    return f.body.kind == "count" || f.body.kind == "quantity" || f.body.kind == "money";
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Elided nouns
//-----------------------------------------------------------------------------

namespace {

// "54 of the 120 seats", "12 of its 20 provinces", "won 11 of his 38 games": the words between a bare count
// and the amount after it that make the count a part of that amount.
bool part_of_between(std::string_view gap) {
    for (const std::string_view g : {" of the ", " of its ", " of their ", " of all ", " of ", " of his ", " of her ", " of our ",
                                     " of these ", " of those "})
        if (gap == g) return true;
    return false;
}

// "61 and 64 days", "three or four weeks": the words between two numbers that share what follows.
bool joined_by_or_and(std::string_view gap) { return gap == " and " || gap == " or "; }

// "4K", "5G": digits with letters of their own, a name more than an amount ("between 4K and 720p").
bool letters_after_digits(std::string_view written) {
    return !written.empty() && written.front() >= '0' && written.front() <= '9' &&
           ((written.back() >= 'A' && written.back() <= 'Z') || (written.back() >= 'a' && written.back() <= 'z'));
}

// Whether `s` is one of `words`.
bool one_of(std::string_view s, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), s) != words.end();
}

// The words between an amount and the bare amount it is compared with, a comma before them or not: "from",
// "against", "up from", "compared with" ….
bool compared_with_between(std::string_view between) {
    if (!between.empty() && between.front() == ',') between.remove_prefix(1);
    return one_of(between, {" from ", " against ", " up from ", " down from ", " compared with ", " compared to ", " versus ",
                            " vs ", " vs. "});
}

// The words between an amount of change and the bare amount it moved to: "rose 12 yen to 348", "closed 40
// pence lower at 612", "ended 3 cents higher at 95".
bool moved_to_between(std::string_view between) {
    return one_of(between, {" to ", " lower at ", " higher at ", " up at ", " down at ", " lower to ", " higher to "});
}

// What the subject that opens a sentence says of the bare counts in it.
struct OpeningSubject {
    std::string counts;    // things or people in the plural: "Flights will rise from about 480 to 700" → "flights"
    bool measure = false;  // a measure, which counts nothing: "Prices rose to 300"
};

// The subject that opens sentence `sentence`, read up to an auxiliary, a modal or a verb of change ("Night
// flights will be limited to 16" → flights; "Harlow Ferries will buy 40", a name, says nothing).
OpeningSubject opening_subject(const Document& doc, int sentence) {
    const auto& t = doc.tokens();
    std::size_t q = doc.first_token_at_or_after(doc.sentences()[static_cast<std::size_t>(sentence)].begin);
    if (q < t.size() && lexicon::equals_lower(doc.token_text(q), "the")) ++q;
    const std::size_t first = q;
    OpeningSubject out;
    while (q < t.size() && q - first < 3 && t[q].type == TokenType::Word && (q == first || !(t[q].flags & TokenCapitalized))) {
        char vb[32];
        const std::string_view lw = lexicon::lower(doc.token_text(q), vb);
        int direction = 0;
        const bool verb = lexicon::is_modal(lw) || lexicon::is_change_verb(lw, &direction) || lw == "will" || lw == "are" ||
                          lw == "were" || lw == "have" || lw == "had" || lw == "totalled" || lw == "totaled" ||
                          lw == "numbered" || lw == "reached";
        if (q > first && verb) {
            char hb[32];
            const std::string_view head = lexicon::lower(doc.token_text(q - 1), hb);
            static constexpr std::string_view kMeasures[] = {"prices", "numbers", "levels", "rates", "sales", "exports",
                                                             "imports", "costs", "fares", "wages", "earnings", "profits",
                                                             "revenues", "stocks", "reserves", "volumes", "temperatures",
                                                             "emissions", "shares", "figures", "totals", "savings"};
            out.measure = lexicon::is_money_noun(head) || std::find(std::begin(kMeasures), std::end(kMeasures), head) != std::end(kMeasures);
            // (A capital only the sentence gives is read in lower case: "Flights".)
            if (!out.measure && !(q - 1 > first && (t[q - 1].flags & TokenCapitalized)) && lexicon::plural_like(head) &&
                !lexicon::is_data_noun(head))
                out.counts = std::string(head);
            return out;
        }
        if (lexicon::is_function_word(lw)) return out;
        ++q;
    }
    return out;
}

// Whether the figure `f`, read as a number after a name ("Greens 21"), is a gapped clause's count instead:
// after "the" and a comma or "and", a name in the plural, then the number, then the clause's end ("Labour
// won 412 seats, the Conservatives 121 and the Greens 72").
bool gapped_count(const Document& doc, const FoundFigure& f) {
    const auto& t = doc.tokens();
    std::size_t k = f.first_token;
    const std::size_t num = f.end_token - 1;
    if (num <= k || num >= t.size() || t[num].type != TokenType::Number) return false;
    // (The name may begin before the figure: "the Liberal Democrats 72" reads "Democrats 72".)
    while (k > 0 && num - k < 4 && t[k - 1].type == TokenType::Word && (t[k - 1].flags & TokenCapitalized) &&
           !lexicon::equals_lower(doc.token_text(k - 1), "the"))
        --k;
    if (k < 2 || !lexicon::equals_lower(doc.token_text(k - 1), "the")) return false;
    const std::string_view before = doc.token_text(k - 2);
    if (!(before == "," || before == "and")) return false;
    for (std::size_t q = k; q < num; ++q)
        if (t[q].type != TokenType::Word || !(t[q].flags & TokenCapitalized)) return false;
    char lb[32];
    const std::string_view last = lexicon::lower(doc.token_text(num - 1), lb);
    if (last.size() < 4 || last.back() != 's' || lexicon::is_identifier_label(last) ||
        lexicon::is_identifier_label(last.substr(0, last.size() - 1)))  // ("the Routes 9 and 12")
        return false;
    if (num + 1 >= t.size()) return true;
    const std::string_view after = doc.token_text(num + 1);
    return after == "," || after == "." || after == ";" || after == "and";
}

// Whether an amount of money is written in hundredths of its currency: "40 pence", "3 cents", "5c".
bool in_hundredths(std::string_view written) {
    const std::size_t space = written.rfind(' ');
    const std::string_view last = space == std::string_view::npos ? written : written.substr(space + 1);
    return last == "pence" || last == "cents" || last == "cent" || (space == std::string_view::npos && !last.empty() &&
                                                                    (last.back() == 'p' || last.back() == 'c'));
}

} // namespace

void resolve_elided_nouns(const Document& doc, std::vector<FoundFigure>& figures, TextStore& texts) {
    // One forward pass: `last` is the latest amount that names what it counts
    // (figures are in text order, so it is the one a backward walk would meet
    // first). Linear, where a walk back from every bare number was quadratic
    // on a line of bare numbers ("1.2.3.4.5.6.7.8.9.").
    std::size_t last = figures.size();
    std::size_t last_measured = figures.size();  // the latest amount of money or quantity in a unit ("40 billion dlrs")
    int subject_sentence = -1;                   // the sentence whose opening subject was read last, and that subject
    OpeningSubject subject;
    for (std::size_t i = 0; i < figures.size(); ++i) {
        FoundFigure& f = figures[i];
        // "40 billion dlrs in 2030 and 38 billion in 2031": a bare amount with a scale word is in the unit
        // of the amount of money or quantity before it (a bare count with no scale keeps looking for a noun).
        // (So is a bare amount with a fraction, which counts nothing: "1.80 euros this year and 1.60 in 2023".)
        // (Not a name's version, "Bluetooth 4.1", nor a code before a slash, "10.1073/…".)
        bool fractional = f.body.value != std::floor(f.body.value) && f.first_token > 0;
        if (fractional) {
            const auto& toks = doc.tokens();
            const Token& before = toks[f.first_token - 1];
            const bool name_before = before.type == TokenType::Word && (before.flags & TokenCapitalized);
            const bool slash_after = f.end_token < toks.size() && doc.token_text(f.end_token) == "/" &&
                                     toks[f.end_token].begin == toks[f.end_token - 1].end;
            const bool glued_before = before.end == toks[f.first_token].begin;
            fractional = !name_before && !slash_after && !glued_before;
        }
        if (f.noun_elided && f.body.kind == "count" && last_measured < figures.size() &&
            (has_scale_word(f.body.value_text) || fractional) && (last == figures.size() || last < last_measured)) {
            const FoundFigure& g = figures[last_measured];
            if (g.sentence == f.sentence) {
                f.body.kind = g.body.kind;
                f.body.unit = g.body.unit;
                f.body.counts = g.body.counts;
                f.noun_elided = false;
                f.rule = texts.keep(f.rule + "; in " + g.body.unit + ", the unit of the amount before it");
            }
        }
        // "to 4,900 euros from 3,700", "at 40 tonnes against 52": a bare amount that the amount of money or
        // quantity right before it is compared with is in its unit.
        if (f.noun_elided && f.body.kind == "count" && last_measured + 1 == i) {
            const FoundFigure& g = figures[last_measured];
            if (g.sentence == f.sentence && g.range.end < f.range.begin && compared_with_between(doc.slice({g.range.end, f.range.begin}))) {
                f.body.kind = g.body.kind;
                f.body.unit = g.body.unit;
                f.noun_elided = false;
                f.rule = texts.keep(f.rule + "; in " + g.body.unit + ", the unit of the amount it is compared with");
            } else if (g.sentence == f.sentence && g.range.end < f.range.begin && g.body.kind == "money" &&
                       !in_hundredths(g.body.value_text) && moved_to_between(doc.slice({g.range.end, f.range.begin}))) {
                // "Shares rose 12 yen to 348": the price a move of money ended at is in its currency (not after
                // "40 pence": 612 would be pence, and the amount is in pounds).
                f.body.kind = g.body.kind;
                f.body.unit = g.body.unit;
                f.noun_elided = false;
                f.rule = texts.keep(f.rule + "; in " + g.body.unit + ", the unit of the move before it");
            }
        }
        // "a 6.1 billion surplus" after "… 5.8 billion marks": an amount that counts what money measures
        // (a surplus, a profit, a debt) is money, in the currency of the amount before it in its paragraph.
        if (f.body.kind == "count" && has_scale_word(f.body.value_text) && last_measured < figures.size() &&
            lexicon::is_money_noun(f.body.counts)) {
            const FoundFigure& g = figures[last_measured];
            if (g.body.kind == "money" && g.paragraph == f.paragraph && f.sentence - g.sentence <= 3) {
                f.body.kind = g.body.kind;
                f.body.unit = g.body.unit;
                f.rule = texts.keep(f.rule + "; money, in " + g.body.unit + ", the currency of the amount before it");
            }
        }
        // "won 54 of the 120 seats": a part of the amount right after it counts what that amount counts.
        if (f.noun_elided && f.body.kind == "count" && i + 1 < figures.size()) {
            const FoundFigure& g = figures[i + 1];
            if (g.sentence == f.sentence && g.body.kind == "count" && !g.body.counts.empty() && g.range.begin > f.range.end &&
                g.range.begin - f.range.end <= 9 && part_of_between(doc.slice({f.range.end, g.range.begin}))) {
                f.body.counts = g.body.counts;
                f.noun_elided = false;
                f.rule = texts.keep(f.rule + "; counts \xE2\x80\x9C" + g.body.counts + "\xE2\x80\x9D, of the amount after it");
            }
        }
        // "61 and 64 days", "three or four weeks": a bare number joined to the amount after it shares its
        // unit or noun (not its scale: "5 and 6 million" stays apart).
        if (f.noun_elided && f.body.kind == "count" && i + 1 < figures.size()) {
            const FoundFigure& g = figures[i + 1];
            if (g.sentence == f.sentence && !g.noun_elided && (!g.body.counts.empty() || !g.body.unit.empty()) &&
                (g.body.kind == "count" || g.body.kind == "quantity" || g.body.kind == "duration") &&
                !has_scale_word(g.body.value_text) && !has_scale_word(f.body.value_text) && g.range.begin > f.range.end &&
                joined_by_or_and(doc.slice({f.range.end, g.range.begin})) && !letters_after_digits(doc.slice(f.range))) {
                f.body.kind = g.body.kind;
                f.body.unit = g.body.unit;
                f.body.counts = g.body.counts;
                f.noun_elided = false;
                f.rule = texts.keep(f.rule + "; in " + (g.body.unit.empty() ? g.body.counts : g.body.unit) +
                                    ", as the amount it is joined to");
            }
        }
        // "Labour won 412 seats, the Conservatives 121 and the Greens 72": a gapped clause counts what the count
        // before it in its sentence counts; the party's name is who, not a model's or a route's.
        if (f.body.kind == "identifier" && last < figures.size() && figures[last].sentence == f.sentence &&
            figures[last].body.kind == "count" && !figures[last].body.counts.empty() && gapped_count(doc, f)) {
            const FoundFigure& g = figures[last];
            f.first_token = f.end_token - 1;
            f.range.begin = doc.tokens()[f.first_token].begin;
            f.body.kind = "count";
            f.body.value_text = std::string(doc.token_text(f.first_token));
            f.body.counts = g.body.counts;
            f.body.unit = g.body.unit;
            f.rule = texts.keep("a number after a name in the plural in a gapped clause (\", the Greens 21\"); counts \xE2\x80\x9C" +
                                std::string(g.body.counts.view()) + "\xE2\x80\x9D, as the count before it");
        }
        // "Flights will rise from about 480 to 700": things in the plural that open the sentence are what its bare
        // counts count, whatever an earlier sentence counted.
        bool measured = false;  // the sentence opens with a measure ("Prices rose to 250"): no count's noun carries
        if (f.noun_elided && f.body.kind == "count" && (last >= figures.size() || figures[last].sentence != f.sentence)) {
            if (f.sentence != subject_sentence) {
                subject_sentence = f.sentence;
                subject = opening_subject(doc, f.sentence);
            }
            measured = subject.measure;
            if (!subject.counts.empty()) {
                f.body.counts = texts.keep(subject.counts);
                f.noun_elided = false;
                f.rule = texts.keep(f.rule + "; counts \xE2\x80\x9C" + subject.counts + "\xE2\x80\x9D, the subject that opens its sentence");
            }
        }
        if (f.noun_elided && (f.body.kind == "count" || f.body.kind == "range") && last < figures.size()) {
            const FoundFigure& g = figures[last];
            // A noun carries over up to three sentences ("sold 300 boats in May. In June it sold 250"); a unit
            // alone only within its sentence ("Output was 40 tonnes. Of the boats, 19 were late": no tonnes),
            // unless the number has a scale word, as wire copy writes it ("… 64 mln tonnes. It kept the export
            // estimate at 62 mln").
            const bool unit_only = (g.body.kind == "quantity" || g.body.kind == "range") &&
                                   (g.body.counts.empty() || g.body.counts == g.body.unit);
            // Money stands for its noun only within its sentence: "a €120m shortfall. Passenger numbers reached
            // 310 million" counts no shortfall (and no count is in euros).
            const bool money_elsewhere = g.body.kind == "money" && g.sentence != f.sentence;
            if (g.paragraph == f.paragraph && f.sentence - g.sentence <= 3 && !money_elsewhere && !(measured && !unit_only) &&
                (!unit_only || g.sentence == f.sentence || has_scale_word(f.body.value_text))) {
                f.body.counts = g.body.counts;
                f.body.unit = g.body.unit;
                // "1,420 mln" after "… mln tonnes", "628 mln" after "between 610 and 640 mln tonnes"
                if ((g.body.kind == "quantity" || (g.body.kind == "range" && lexicon::is_measure_unit(g.body.unit))) &&
                    f.body.kind == "count")
                    f.body.kind = "quantity";
                if (g.body.kind == "money" && f.body.kind == "count") f.body.kind = "money";  // ("… this year and 90 next year")
                f.rule = texts.keep(f.rule + "; counts \xE2\x80\x9C" + (g.body.counts.empty() ? g.body.unit : g.body.counts) +
                                    "\xE2\x80\x9D, the noun of the count before it");
            }
        }
        // (A quantity in a unit of measure stands for its noun too: "1,461" after "28,526 tonnes" is in tonnes.)
        if ((is_amount(f) || f.body.kind == "range") &&
            (!f.body.counts.empty() || ((f.body.kind == "quantity" || f.body.kind == "range") && lexicon::is_measure_unit(f.body.unit))))
            last = i;
        if ((f.body.kind == "money" || f.body.kind == "quantity") && !f.body.unit.empty()) last_measured = i;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Sources
//-----------------------------------------------------------------------------

namespace {

// The citations (sorted by begin) that begin inside a sentence: [first, last)
// indices. Figures ask sentence after sentence in reading order, so the answer
// is kept for the next figure of the same sentence and the next sentence's is
// found by stepping on from it (a binary search only when a figure goes back).
class CitationsBySentence {
public:
    CitationsBySentence(const Document& doc, const std::vector<FoundCitation>& cites) : doc_(doc), cites_(cites) {}
    std::pair<std::size_t, std::size_t> of(int sentence) {
        if (sentence == sentence_) return {lo_, hi_};
        const ByteRange s = doc_.sentences()[static_cast<std::size_t>(sentence)];
        const auto begins_before = [](const FoundCitation& c, std::uint32_t v) { return c.range.begin < v; };
        if (lo_ > 0 && cites_[lo_ - 1].range.begin >= s.begin)
            lo_ = static_cast<std::size_t>(std::lower_bound(cites_.begin(), cites_.begin() + static_cast<std::ptrdiff_t>(lo_),
                                                            s.begin, begins_before) - cites_.begin());
        while (lo_ < cites_.size() && cites_[lo_].range.begin < s.begin) ++lo_;
        hi_ = lo_;
        while (hi_ < cites_.size() && cites_[hi_].range.begin < s.end) ++hi_;
        sentence_ = sentence;
        return {lo_, hi_};
    }

private:
    const Document&                   doc_;
    const std::vector<FoundCitation>& cites_;
    int                               sentence_ = -1;
    std::size_t                       lo_ = 0, hi_ = 0;
};

// Whether token `k` is the word `lw` (lower case), in any case.
bool word_is(const Document& doc, std::size_t k, std::string_view lw) {
    return k < doc.tokens().size() && doc.tokens()[k].type == TokenType::Word && lexicon::equals_lower(doc.token_text(k), lw);
}

Text named_source(const FoundCitation& c) {
    for (const CitationPart& p : c.body.parts)
        if (p.source && !c.vague) return *p.source;
    return {};
}

} // namespace

// How many citations of its sentence a figure looks through, either side, for
// its source: a bound on the pairs of one sentence (figures × citations).
constexpr std::size_t kSourceWindow = 32;

namespace {

// The attribution a quotation goes on from, for figure `f` in a sentence with no citation of its own: the
// sentence opens with a quotation mark, and the sentence before it, in the same paragraph, ends in an
// attribution to someone named ('"…," Ivo Lind told the Courier. "Salaries there are 30% higher."'); nullptr
// otherwise.
const FoundCitation* quotation_goes_on(const Document& doc, const FoundFigure& f, const std::vector<FoundCitation>& citations,
                                       CitationsBySentence& in_sentence) {
    if (f.sentence <= 0) return nullptr;
    const auto& sentences = doc.sentences();
    const ByteRange here = sentences[static_cast<std::size_t>(f.sentence)];
    const std::string_view opening = doc.text().substr(here.begin, 3);
    if (!(opening.substr(0, 1) == "\"" || opening == "\xE2\x80\x9C")) return nullptr;
    const auto [lo, hi] = in_sentence.of(f.sentence - 1);
    if (lo == hi) return nullptr;
    const FoundCitation& said = citations[hi - 1];
    if (said.body.citation_type != "attribution" || named_source(said).empty() ||
        doc.paragraph_of(said.range.begin) != doc.paragraph_of(here.begin))
        return nullptr;
    return &said;
}

} // namespace

void attach_sources(const Document& doc, std::vector<FoundFigure>& figures, const std::vector<FoundCitation>& citations,
                    TextStore& /*texts*/) {
    if (doc.sentences().empty()) return;
    CitationsBySentence in_sentence(doc, citations);
    const auto begins_before = [](const FoundCitation& c, std::uint32_t v) { return c.range.begin < v; };
    const auto credit = [&](std::size_t k) { return citations[k].body.citation_type == "image_credit"; };
    // Where each figure ends (the token after it), in text order: a clause that opens right there is about it.
    std::vector<std::size_t> figure_ends;
    figure_ends.reserve(figures.size());
    for (const FoundFigure& f : figures) figure_ends.push_back(f.end_token);
    std::sort(figure_ends.begin(), figure_ends.end());
    for (FoundFigure& f : figures) {
        const auto [lo, hi] = in_sentence.of(f.sentence);
        if (lo == hi) {
            // '"…," Ivo Lind told the Courier. "Salaries there are 30% higher."': a quotation that opens its
            // sentence goes on in the words of whoever spoke last in the sentence before, in the same paragraph.
            if (const FoundCitation* said = quotation_goes_on(doc, f, citations, in_sentence)) {
                f.body.source = named_source(*said);
                f.attributed = true;
            }
            continue;
        }
        const auto first = citations.begin() + static_cast<std::ptrdiff_t>(lo);
        const auto last = citations.begin() + static_cast<std::ptrdiff_t>(hi);
        const FoundCitation* pick = nullptr;
        // The subject of the sentence ("Open Doors counted …") speaks for the figures after it,
        // up to the next subject ("…, while the Health Ministry put the figure at …"): the
        // latest subject that ends before the figure, among the kSourceWindow citations
        // before it (a run-on sentence of attributions stays linear).
        const std::size_t before = static_cast<std::size_t>(std::lower_bound(first, last, f.range.begin, begins_before) - citations.begin());
        for (std::size_t k = before, steps = 0; k-- > lo && steps < kSourceWindow; ++steps)
            if (citations[k].subject && citations[k].range.end <= f.range.begin) { pick = &citations[k]; break; }
        // (A subject that holds the figure speaks for it: "Two-thirds said …, a step he says …" is the poll's. It
        // begins before the figure ends: among the kSourceWindow citations back from there.)
        const std::size_t holding = static_cast<std::size_t>(std::lower_bound(first, last, f.range.end, begins_before) - citations.begin());
        for (std::size_t k = holding, steps = 0; !pick && k-- > lo && steps < kSourceWindow; ++steps)
            if (citations[k].subject && citations[k].range.begin <= f.range.begin && f.range.end <= citations[k].range.end &&
                !named_source(citations[k]).empty())
                pick = &citations[k];
        // (An unnamed subject gives way to a source named after the figure: "critics warn of debt: it stands at
        // 78% of its output, according to the Harlow Fund".)
        const bool unnamed_pick = pick && named_source(*pick).empty();
        if (pick && !unnamed_pick) { f.body.source = named_source(*pick); f.attributed = true; continue; }
        // Else the first citation (not an image credit) after the figure, or the last one before it. A
        // citation in a relative clause speaks for the figure the clause is about only: "fell to 87% from 93%,
        // below the 95% that the WHO says is needed" gives the WHO the 95% alone; so does one right after a
        // figure, its "that" left out ("below the 95% the WHO says is needed").
        const std::size_t at = static_cast<std::size_t>(std::lower_bound(first, last, f.range.end, begins_before) - citations.begin());
        std::size_t after = at;
        for (std::size_t steps = 0; after < hi && credit(after) && steps < kSourceWindow; ++steps) ++after;
        if (after < hi && !credit(after)) {
            const std::size_t opens = doc.first_token_at_or_after(citations[after].range.begin);
            const auto& toks = doc.tokens();
            const bool relative = opens >= 1 && opens < toks.size() && (word_is(doc, opens - 1, "that") || word_is(doc, opens - 1, "which"));
            const bool reduced = !relative && citations[after].subject &&
                                 std::binary_search(figure_ends.begin(), figure_ends.end(), opens);
            if ((!relative || f.end_token == opens - 1) && (!reduced || f.end_token == opens) &&
                (!unnamed_pick || !named_source(citations[after]).empty())) {
                f.body.source = named_source(citations[after]);
                f.attributed = true;
                continue;
            }
        }
        if (unnamed_pick) { f.attributed = true; continue; }  // (its unnamed subject, as before)
        for (std::size_t k = at, steps = 0; k-- > lo && steps < kSourceWindow; ++steps)
            if (!credit(k)) { pick = &citations[k]; break; }
        if (pick) { f.body.source = named_source(*pick); f.attributed = true; }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Derived bases
//-----------------------------------------------------------------------------

namespace {

// How the amounts derived from a figure are written, following the figure:
// "≈ 13,830 TEU", "≈ $13.66 billion" (a scale word when the figure has one, a
// currency's sign before the number).
struct AmountStyle {
    double           scale = 1;      // 1e6 for "million", ...
    const char*      scale_word = "";
    std::string_view before;         // "$" ... (static storage)
    Text             unit_after;     // ... " TEU": written after a space, when not empty
    bool             cents = false;  // money in a currency's units: to the cent ("$4.69", not "$4.691")
    // Appends the number in the figure's scale: "13.66 billion", "13,830".
    void append_number(std::string& out, double v) const {
        char buf[kNumberRoom];
        if (cents) v = std::round(v * 100) / 100;
        if (scale > 1) {
            out.append(buf, write_number(v / scale, buf));
            out += ' ';
            out += scale_word;
        } else {
            out.append(buf, write_number(v, buf));
        }
    }
    // Appends "≈ $13.66 billion", "≈ 13,830 TEU".
    void append_amount(std::string& out, double v) const {
        out += "\xE2\x89\x88 ";
        out += before;
        append_number(out, v);
        if (!unit_after.empty()) { out += ' '; out += unit_after; }
    }
};

AmountStyle amount_style(const FoundFigure& f) {
    AmountStyle s;
    const bool money = f.body.kind == "money";
    const Text unit = money || !f.body.unit.empty() ? f.body.unit : f.body.counts;
    const char* sign = !money ? nullptr
                       : unit == "USD" ? "$" : unit == "EUR" ? "\xE2\x82\xAC" : unit == "GBP" ? "\xC2\xA3"
                       : unit == "JPY" ? "\xC2\xA5" : nullptr;
    if (sign) s.before = sign;
    else s.unit_after = unit;
    // The scale the figure was written in: its value over the number as written.
    const double as_written = number_value(f.body.value_text);
    if (as_written > 0) {
        const double ratio = std::fabs(f.body.value) / as_written;
        static constexpr struct { double scale; const char* word; } kScales[] = {
            {1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
        for (const auto& k : kScales)
            if (std::fabs(ratio / k.scale - 1.0) < 1e-6) { s.scale = k.scale; s.scale_word = k.word; break; }
    }
    s.cents = money && s.scale == 1;
    return s;
}

// "up 85 percent from 7.6 GW": an amount after "from" is the change's base, not its end value.
bool introduced_by_from(const Document& doc, const FoundFigure& f) {
    const std::size_t p = f.first_token;
    if (p == 0) return false;
    const Token& t = doc.tokens()[p - 1];
    return t.type == TokenType::Word && lexicon::equals_lower(doc.token_text(p - 1), "from");
}

// "wiping $14 billion off its value", "knocked 5% off": the amount is the change itself, not an end value.
bool followed_by_off(const Document& doc, const FoundFigure& f) {
    const std::size_t p = f.end_token;
    return p < doc.tokens().size() && doc.tokens()[p].type == TokenType::Word && lexicon::equals_lower(doc.token_text(p), "off");
}

// "after dipping below $8", "well above $100": an amount right after a word of
// threshold is a mark the value crossed, not the value the change ended at
// (unless the change reached it: "fell 3% to below $8").
bool after_threshold(const Document& doc, const FoundFigure& f) {
    const std::size_t p = f.first_token;
    if (p == 0 || doc.tokens()[p - 1].type != TokenType::Word) return false;
    const std::string_view w = doc.token_text(p - 1);
    // Not "over" or "more than": "sales of over $5m" is an amount, only roughly given.
    static constexpr std::string_view kThresholds[] = {"below", "above", "beneath", "under", "past", "beyond"};
    bool threshold = false;
    for (const std::string_view t : kThresholds) threshold |= lexicon::equals_lower(w, t);
    if (!threshold) return false;
    for (std::size_t k = p - 1, steps = 0; k-- > 0 && steps < 3; ++steps)
        if (word_is(doc, k, "to") || word_is(doc, k, "at")) return false;
    return true;
}

// The token of the percentage that restates amount `f` as a share of a whole right after it (", or 8% of
// its staff"): the "%" or "percent" token's number, or 0 when none does.
std::size_t share_restated_after(const Document& doc, const FoundFigure& f) {
    const auto& toks = doc.tokens();
    const std::size_t k = f.end_token;
    if (k + 3 >= toks.size() || toks[k].type != TokenType::Punct || doc.token_text(k) != "," || !word_is(doc, k + 1, "or"))
        return 0;
    // (Over the share's qualifier, a word or two: ", or about 8% of", ", or more than 8% of".)
    std::size_t number = k + 2;
    for (int words = 0; words < 2 && number < toks.size() && toks[number].type == TokenType::Word; ++words) ++number;
    if (number >= toks.size() || toks[number].type != TokenType::Number) return 0;
    std::size_t q = number + 1;
    if (q < toks.size() && doc.token_text(q) == "%") ++q;
    else if (word_is(doc, q, "percent") || word_is(doc, q, "pct")) ++q;
    else if (word_is(doc, q, "per") && word_is(doc, q + 1, "cent")) q += 2;
    else return 0;
    return word_is(doc, q, "of") ? number : 0;
}

// "fell 3% as £500 was cut", "down by $2m", "a cut of £500": an absolute change
// is the difference itself, not the value the change ended at.
bool absolute_change(const Document& doc, const FoundFigure& f) {
    const auto& toks = doc.tokens();
    int dir = 0;
    const auto change_word = [&](std::size_t k) {
        if (k >= toks.size() || toks[k].type != TokenType::Word) return false;
        char b[32];
        const std::string_view lw = lexicon::lower(doc.token_text(k), b);
        return lexicon::is_change_verb(lw, &dir) || lw == "wiped" || lw == "slashed" || lw == "trimmed" || lw == "shaved" ||
               lw == "knocked" || lw == "saved" || lw == "added" || lw == "removed";
    };
    // After it, a passive verb of change: "£500 was cut", "$2bn had been wiped".
    std::size_t k = f.end_token;
    int aux = 0;
    while (aux < 3 && k < toks.size() && toks[k].type == TokenType::Word && toks[k].end - toks[k].begin <= 5) {
        char b[32];
        const std::string_view lw = lexicon::lower(doc.token_text(k), b);
        if (!(lw == "was" || lw == "were" || lw == "is" || lw == "are" || lw == "be" || lw == "been" || lw == "being" ||
              lw == "has" || lw == "had" || lw == "have" || lw == "will"))
            break;
        ++k, ++aux;
    }
    if (aux > 0 && change_word(k)) return true;
    // Before it, "by" after a change ("fell by $2m"), "of" after a change noun ("a cut of £500").
    const std::size_t p = f.first_token;
    if (p >= 2 && word_is(doc, p - 1, "by") && change_word(p - 2)) return true;
    if (p >= 2 && word_is(doc, p - 1, "of") && toks[p - 2].type == TokenType::Word) {
        char b[32];
        if (lexicon::is_change_noun(lexicon::lower(doc.token_text(p - 2), b), &dir)) return true;
    }
    // Right after a verb of change, and restated as a share of a whole: "cut 1,200 jobs, or 8% of its staff".
    return p >= 1 && change_word(p - 1) && share_restated_after(doc, f) != 0;
}

// "expand by 7% per year", "rising 2% a month", "3% annually": a rate of change
// over time; the amounts of its sentence are not one step of it.
bool annual_rate(const Document& doc, const FoundFigure& change) {
    const std::size_t k = change.end_token;
    if (word_is(doc, k, "annually") || word_is(doc, k, "yearly") || word_is(doc, k, "monthly")) return true;
    if (!(word_is(doc, k, "per") || word_is(doc, k, "a") || word_is(doc, k, "an") || word_is(doc, k, "each") || word_is(doc, k, "every"))) return false;
    if (k + 1 >= doc.tokens().size() || doc.tokens()[k + 1].type != TokenType::Word) return false;
    char b[32];
    Text unit;
    const std::string_view lw = lexicon::lower(doc.token_text(k + 1), b);
    return lw == "annum" || (lexicon::is_time_unit(lw, &unit) && unit.view() == lw);
}

// Whether an amount is the one a change is attached to: right before it with
// only punctuation and a word of direction between ("closed at $8.15 — down
// 4.2%", "7,120, up 0.6%"), or right after it with "to" or "at" ("rose 5% to
// $10", "by more than a third, to €120m").
bool attached_to_change(const Document& doc, const FoundFigure& change, const FoundFigure& amount) {
    const auto& toks = doc.tokens();
    const bool before = amount.range.end <= change.range.begin;
    std::size_t k = before ? amount.end_token : change.end_token;
    const std::size_t end = before ? change.first_token : amount.first_token;
    if (end < k || end - k > 4) return false;
    bool linked = before;  // after the change, a "to" or "at" must link it
    for (; k < end; ++k) {
        const std::string_view w = doc.token_text(k);
        if (toks[k].type == TokenType::Punct) {
            if (w == ";" || w == ":" || w == ".") return false;
            continue;
        }
        if (toks[k].type != TokenType::Word) return false;
        char b[32];
        const std::string_view lw = lexicon::lower(w, b);
        // ", an increase of 4%", ", a drop of 2%": the change restated as a noun.
        int direction = 0;
        if (before && lexicon::is_change_noun(lw, &direction) && k + 2 == end && word_is(doc, k + 1, "of")) {
            ++k;
            continue;
        }
        if (w.size() > 4) return false;
        if (before && (lw == "up" || lw == "down" || lw == "or" || lw == "a" || lw == "an" || lw == "by" || lw == "per")) continue;
        // The amount's period: "6,300 passengers a day, a 26% increase".
        Text unit;
        if (before && lexicon::is_time_unit(lw, &unit)) continue;
        if (!before && (lw == "to" || lw == "at")) { linked = true; continue; }
        return false;
    }
    return linked;
}

// "a 70% lower risk", "30% fewer deaths", "a 20% higher price": a change that qualifies the noun after its
// comparative. It applies to what that noun measures, not to another amount of the sentence ("people
// who walked 7,000 steps had a 70% lower risk": the steps did not fall), unless that amount is attached.
bool qualifies_a_noun(const Document& doc, const FoundFigure& change) {
    const auto& toks = doc.tokens();
    const std::size_t k = change.end_token;
    if (k + 1 >= toks.size() || toks[k].type != TokenType::Word || toks[k + 1].type != TokenType::Word) return false;
    char b[32], nb[32];
    const std::string_view lw = lexicon::lower(doc.token_text(k), b), next = lexicon::lower(doc.token_text(k + 1), nb);
    return lexicon::is_comparative(lw) && next != "than" && !lexicon::is_function_word(next);
}

// "the yen's 40% surge", "the index's 0.3% decline", "its 5% rise": a change whose owner is named right
// before it. It is that owner's change; another amount of the sentence gets no base from it unless attached
// ("the yen's 40% surge has made a $40 melon a byword": the melon's price did not rise by 40%).
bool owned_change(const Document& doc, const FoundFigure& change) {
    const auto& toks = doc.tokens();
    const std::size_t p = change.first_token;
    if (p == 0 || toks[p - 1].type != TokenType::Word) return false;
    const std::string_view w = doc.token_text(p - 1);
    // "100's" is split by the tokenizer: "100", "'", "s".
    if (w == "s" && p >= 2 && toks[p - 2].type == TokenType::Punct &&
        (doc.token_text(p - 2) == "'" || doc.token_text(p - 2) == "\xE2\x80\x99"))
        return true;
    return lexicon::is_possessive(w) || lexicon::equals_lower(w, "its") || lexicon::equals_lower(w, "their");
}

// Whether a year dates a record, not a change's base: "their highest since 2022", "the worst level since 1987".
bool dates_a_record(const Document& doc, const FoundFigure& date) {
    const auto& toks = doc.tokens();
    const std::size_t p = date.first_token;
    if (p < 2 || toks[p - 1].type != TokenType::Word || !lexicon::equals_lower(doc.token_text(p - 1), "since")) return false;
    for (std::size_t q = p - 1; q > 0 && p - q <= 3 && toks[q - 1].type == TokenType::Word; --q) {
        char b[32];
        const std::string_view w = lexicon::lower(doc.token_text(q - 1), b);
        // (A superlative in "-est", not a noun so spelled: "interest", "harvest", "protest".)
        const bool noun = w == "interest" || w == "harvest" || w == "forest" || w == "protest" || w == "request" ||
                          w == "contest" || w == "inquest" || w == "arrest" || w == "conquest";
        if ((w.size() > 5 && w.substr(w.size() - 3) == "est" && !noun) || w == "most" || w == "least" || w == "best" ||
            w == "worst" || w == "first")
            return true;
    }
    return false;
}

// "up 17% from $533 billion in 2023": the year right after the stated base
// ("from AMOUNT in YEAR") dates that base, not the end value; so does a year
// after "from" itself ("up 12% from its 2021 level").
bool dates_stated_base(const Document& doc, const std::vector<FoundFigure>& figures, std::size_t i, std::size_t j,
                       const FoundFigure& date) {
    const auto& toks = doc.tokens();
    // "up 12% from its 2021 level", "from the 2021 figure", "rose 5% from 2019": the year after "from".
    const auto word_is = [&](std::size_t q, std::string_view w) {
        return q < toks.size() && toks[q].type == TokenType::Word && lexicon::equals_lower(doc.token_text(q), w);
    };
    const std::size_t p = date.first_token;
    // "has grown by a quarter to 12,000 since 2023": the year after "since" is where the change began.
    if (p >= 1 && (word_is(p - 1, "from") || word_is(p - 1, "since"))) return true;
    // "30 percent more than in 2021", "up 8% on 2019", "up 5% over 2019", "compared with 2021": the year of
    // the comparison.
    if (p >= 1 && (word_is(p - 1, "than") ||
                   ((word_is(p - 1, "on") || word_is(p - 1, "over")) && p >= 2 && toks[p - 2].type == TokenType::Punct) ||
                   (word_is(p - 1, "in") && p >= 2 && word_is(p - 2, "than"))))
        return true;
    if (p >= 2 && (word_is(p - 1, "with") || word_is(p - 1, "to")) && word_is(p - 2, "compared")) return true;
    // "from its 2021 level", and "an increase of 5% over the 2019 figure".
    if (p >= 2 && (word_is(p - 2, "from") || word_is(p - 2, "over")) &&
        (word_is(p - 1, "its") || word_is(p - 1, "their") || word_is(p - 1, "the") || word_is(p - 1, "his") || word_is(p - 1, "her")))
        return true;
    for (std::size_t v = i; v < j; ++v) {
        const FoundFigure& f = figures[v];
        if (!is_amount(f) || !introduced_by_from(doc, f)) continue;
        const std::size_t in = f.end_token;
        if (in + 1 == date.first_token && toks[in].type == TokenType::Word && lexicon::equals_lower(doc.token_text(in), "in"))
            return true;
    }
    return false;
}

// Whether a spaced dash and a capital stand between two figures: items of a list written on one line
// ("Pledged $2bn for ports - Raised fees by 30%"), each its own statement.
bool list_items_apart(const Document& doc, const FoundFigure& fa, const FoundFigure& fb) {
    const FoundFigure& first = fa.range.begin < fb.range.begin ? fa : fb;
    const FoundFigure& second = fa.range.begin < fb.range.begin ? fb : fa;
    if (second.range.begin <= first.range.end) return false;
    const std::string_view between = doc.slice({first.range.end, second.range.begin});
    for (const std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
        const std::size_t at = between.find(dash);
        if (at != std::string_view::npos && at + dash.size() < between.size()) {
            const char next = between[at + dash.size()];
            if (next >= 'A' && next <= 'Z') return true;
        }
    }
    return false;
}

// "shares jumped 12% after the firm said profits doubled to €40m": an amount after another verb of change
// (not a bare "up" or "down") is that verb's, not the percentage's. The walk stops after 60 tokens.
bool changed_by_another_verb(const Document& doc, const FoundFigure& change, const FoundFigure& amount) {
    if (amount.range.begin <= change.range.end) return false;
    const auto& toks = doc.tokens();
    for (std::size_t k = change.end_token; k < amount.first_token && k < toks.size() && k - change.end_token < 60; ++k) {
        if (toks[k].type != TokenType::Word || toks[k].end - toks[k].begin < 4) continue;
        char b[32];
        int direction = 0;
        const std::string_view lw = lexicon::lower(doc.token_text(k), b);
        if (lw != "down" && lexicon::is_change_verb(lw, &direction)) return true;
    }
    return false;
}

// Whether the words between two figures of a sentence set their clauses against
// each other ("prices fell 12%, but households still pay 40 cents"): then the
// change does not describe the amount.
bool clauses_contrast(const Document& doc, const FoundFigure& fa, const FoundFigure& fb) {
    const ByteRange a = fa.range, b = fb.range;
    const std::uint32_t from = std::min(a.end, b.end), to = std::max(a.begin, b.begin);
    if (from >= to) return false;
    const auto& toks = doc.tokens();
    // The first token at or after `from`: after the figure that ends first.
    for (std::size_t k = a.end <= b.end ? fa.end_token : fb.end_token; k < toks.size() && toks[k].begin < to; ++k) {
        const std::string_view w = doc.token_text(k);
        if (toks[k].type == TokenType::Punct) {
            if (w == ";") return true;
            continue;
        }
        if (toks[k].type != TokenType::Word) continue;
        for (const std::string_view c : {"but", "while", "whereas", "although", "though", "yet", "however"})
            if (lexicon::equals_lower(w, c)) return true;
    }
    return false;
}

} // namespace

// How far (in figures, either side) a percentage change looks for the amount it
// changed: a bound on the pairs of one sentence, so that a run-on sentence of
// changes and amounts ("Output was 5 tonnes, down 3% ..." repeated) stays linear.
constexpr std::size_t kBaseWindow = 8;

void derive_bases(const Document& doc, std::vector<FoundFigure>& figures, TextStore& texts) {
    std::size_t i = 0;
    std::vector<bool> used;  // per sentence: amounts already given a base
    std::string line, end_number, base_number;  // scratch for the texts, reused
    while (i < figures.size()) {
        const int sent = figures[i].sentence;
        std::size_t j = i;
        while (j < figures.size() && figures[j].sentence == sent) ++j;
        bool used_ready = false;  // most sentences have no change: `used` is cleared at the first one
        bool period_ready = false;
        Text period_label;
        for (std::size_t c = i; c < j; ++c) {
            const FoundFigure& change = figures[c];
            if (change.body.kind != "change" || change.body.unit != "percent" || change.direction == 0) continue;
            if (annual_rate(doc, change)) continue;  // "expand by 7% per year": a rate, not one change of an amount
            const bool own_measure = qualifies_a_noun(doc, change) || owned_change(doc, change);
            if (!used_ready) { used.assign(j - i, false); used_ready = true; }
            // The nearest amount in the sentence, among the kBaseWindow figures
            // on either side of the change (the bound keeps a run-on sentence of
            // changes and amounts linear: each pair's walk between them is short).
            std::size_t best = j;
            std::uint64_t best_d = ~std::uint64_t{0};
            const std::size_t v_first = c - i > kBaseWindow ? c - kBaseWindow : i;
            const std::size_t v_end = j - c > kBaseWindow ? c + kBaseWindow + 1 : j;
            for (std::size_t v = v_first; v < v_end; ++v) {
                if (used[v - i] || !is_amount(figures[v]) || figures[v].body.value <= 0) continue;
                if (figures[v].body.counts == "age") continue;  // "fed fish to age 4, which lowered the odds by 60%"
                if (introduced_by_from(doc, figures[v]) || followed_by_off(doc, figures[v]) ||
                    list_items_apart(doc, change, figures[v]) ||
                    after_threshold(doc, figures[v]) || absolute_change(doc, figures[v]) ||
                    clauses_contrast(doc, change, figures[v]) || changed_by_another_verb(doc, change, figures[v]))
                    continue;
                // The amount the change is attached to wins; else the nearest.
                std::uint64_t d = figures[v].range.begin > change.range.begin ? figures[v].range.begin - change.range.begin
                                                                            : change.range.begin - figures[v].range.begin;
                const bool attached = attached_to_change(doc, change, figures[v]);
                if (own_measure && !attached) continue;
                // A count of things is not a level that changes unless attached: "the eight states that
                // joined will see 3.1% growth" (their economies grow, not their number).
                if (!attached && figures[v].body.kind == "count") continue;
                if (!attached) d += std::uint64_t{1} << 32;
                if (d < best_d) { best_d = d; best = v; }
            }
            if (best == j) continue;
            used[best - i] = true;
            FoundFigure& end = figures[best];
            const double p = std::fabs(change.body.value);
            const double factor = 1.0 + change.direction * p / 100.0;
            if (factor <= 0) continue;
            const double base = end.body.value / factor;
            const AmountStyle style = amount_style(end);
            end_number.clear();
            style.append_number(end_number, end.body.value);
            base_number.clear();
            style.append_number(base_number, base);
            // The period of the base: a year (or quarter) in the sentence, one year back,
            // or the year the text gives the stated base ("from $533 billion in 2023").
            DerivedValue dv;
            dv.label = change.direction > 0 ? Text("base before the increase") : Text("base before the decrease");
            if (!period_ready) {  // the sentence's first year, read once for all its changes
                period_ready = true;
                period_label = Text();
                // The year that dates the stated base wins ("in 2013 it was 4.2m, 5% over the 2006
                // figure"); else one year before the sentence's first year. Of a sentence's years the
                // first kBaseWindow are asked, so that a run-on list of years stays linear.
                const FoundFigure* first = nullptr;
                bool stated = false;
                std::size_t asked = 0;
                for (std::size_t y = i; y < j && !stated && asked < kBaseWindow; ++y) {
                    const FoundFigure& d = figures[y];
                    if (d.body.kind != "date" || d.date.year == 0 || d.date.month || dates_a_record(doc, d)) continue;
                    ++asked;
                    stated = dates_stated_base(doc, figures, i, j, d);
                    if (!first || stated) first = &d;
                }
                if (first) {
                    line.clear();
                    if (first->date.quarter) { line += 'Q'; line += std::to_string(first->date.quarter); line += ' '; }
                    line += std::to_string(stated ? first->date.year : first->date.year - 1);
                    line += stated ? " base (the year of the stated base)" : " base (a year earlier)";
                    period_label = texts.keep(line);
                }
            }
            if (!period_label.empty()) dv.label = period_label;
            dv.value = base;
            line.clear();
            style.append_amount(line, base);
            dv.text = texts.keep(line);
            // "58,500 ÷ (1 + 323%) ≈ 13,830"
            char pct[kNumberRoom];
            line.assign(end_number);
            line += " \xC3\xB7 (1 ";
            line += change.direction > 0 ? "+" : "\xE2\x88\x92";
            line += ' ';
            line.append(pct, write_number(p, pct));
            line += "%) \xE2\x89\x88 ";
            line += base_number;
            dv.arithmetic = texts.keep(line);
            end.body.derived.push_back(dv);
            DerivedValue delta;
            delta.label = change.direction > 0 ? Text("absolute increase") : Text("absolute decrease");
            delta.value = end.body.value - base;
            line.clear();
            style.append_amount(line, std::fabs(delta.value));
            delta.text = texts.keep(line);
            line.assign(end_number);
            line += " \xE2\x88\x92 ";
            line += base_number;
            line += " \xE2\x89\x88 ";
            if (delta.value < 0) line += "\xE2\x88\x92";  // a minus sign, not a hyphen: "≈ −0.1684 billion"
            style.append_number(line, std::fabs(delta.value));
            delta.arithmetic = texts.keep(line);
            end.body.derived.push_back(delta);
            line.assign(end.rule.view());
            line += "; with the percentage change in its sentence it gives the base (end \xC3\xB7 (1 + change))";
            end.rule = texts.keep(line);
        }
        i = j;
    }
}

namespace {

// A value derived from `from` by one operation: "from ÷ operand ≈ value" (or "×"), written like the figure
// `f` ("≈ $7", "14 ÷ 2 ≈ 7"), with its label.
DerivedValue derived_by(const FoundFigure& f, Text label, double value, const char* operation, double operand,
                        const char* operand_suffix, TextStore& texts) {
    const AmountStyle style = amount_style(f);
    std::string line;
    DerivedValue dv;
    dv.label = label;
    dv.value = value;
    style.append_amount(line, value);
    dv.text = texts.keep(line);
    line.clear();
    style.append_number(line, f.body.value);
    line += operation;
    char number[kNumberRoom];
    line.append(number, write_number(operand, number));
    line += operand_suffix;
    line += " \xE2\x89\x88 ";
    style.append_number(line, value);
    dv.arithmetic = texts.keep(line);
    return dv;
}

// Appends `more` to the rule of `f`.
void add_to_rule(FoundFigure& f, std::string_view more, TextStore& texts) {
    std::string line(f.rule.view());
    line += more;
    f.rule = texts.keep(line);
}

} // namespace

void derive_absolute_bases(const Document& doc, std::vector<FoundFigure>& figures, TextStore& texts) {
    const auto& t = doc.tokens();
    std::string line;
    for (std::size_t k = 0; k + 1 < figures.size(); ++k) {
        const FoundFigure& by = figures[k];
        if (!is_amount(by) || by.body.value <= 0 || by.first_token == 0) continue;
        // The verb of change right before the amount, or before "by": "fell 3.5 mln barrels", "rose by $2m".
        std::size_t p = by.first_token - 1;
        if (p > 0 && word_is(doc, p, "by")) --p;
        if (t[p].type != TokenType::Word) continue;
        char b[32];
        int dir = 0;
        if (!lexicon::is_change_verb(lexicon::lower(doc.token_text(p), b), &dir) || dir == 0) continue;
        // The end: the next figure of the sentence (over its dates), right after "to", of the same kind and unit.
        std::size_t e = k + 1;
        while (e < figures.size() && figures[e].sentence == by.sentence && figures[e].body.kind == "date") ++e;
        if (e >= figures.size() || figures[e].sentence != by.sentence) continue;
        FoundFigure& end = figures[e];
        if (!end.body.derived.empty() || end.body.kind != by.body.kind || end.body.unit != by.body.unit || end.body.value <= 0 ||
            end.first_token <= by.end_token || end.first_token - by.end_token > 12 || !word_is(doc, end.first_token - 1, "to"))
            continue;
        // (One movement: no other verb of change, nor "and" or "but", between them: "rose $2 and then fell to $40".)
        bool one_move = true;
        for (std::size_t q = by.end_token; q + 1 < end.first_token && one_move; ++q) {
            if (t[q].type != TokenType::Word) continue;
            int other = 0;
            const std::string_view lw = lexicon::lower(doc.token_text(q), b);
            one_move = lw != "and" && lw != "but" && lw != "then" && !lexicon::is_change_verb(lw, &other);
        }
        if (!one_move) continue;
        const double base = end.body.value - dir * by.body.value;
        if (base <= 0) continue;
        // "325.8 mln + 3.5 mln ≈ 329.3 million"
        const AmountStyle style = amount_style(end);
        DerivedValue dv;
        dv.label = dir > 0 ? Text("base before the increase") : Text("base before the decrease");
        dv.value = base;
        line.clear();
        style.append_amount(line, base);
        dv.text = texts.keep(line);
        line.clear();
        style.append_number(line, end.body.value);
        line += dir > 0 ? " \xE2\x88\x92 " : " + ";
        style.append_number(line, by.body.value);
        line += " \xE2\x89\x88 ";
        style.append_number(line, base);
        dv.arithmetic = texts.keep(line);
        end.body.derived.push_back(dv);
        add_to_rule(end, "; with the amount its verb of change moved by before it, it gives the base (end minus the change)", texts);
    }
}

void derive_wholes(const Document& doc, std::vector<FoundFigure>& figures, TextStore& texts) {
    for (std::size_t k = 0; k + 1 < figures.size(); ++k) {
        FoundFigure& part = figures[k];
        if (!part.body.derived.empty() || !is_amount(part) || part.body.value <= 0) continue;
        // The share is the figure right after, read already ("8%").
        const std::size_t at = share_restated_after(doc, part);
        if (at == 0 || figures[k + 1].first_token != at) continue;
        const double share = figures[k + 1].body.value;
        if (!(share > 0 && share < 100)) continue;
        part.body.derived.push_back(derived_by(part, "the whole it is a share of", part.body.value * 100.0 / share,
                                               " \xC3\xB7 ", share, "%", texts));  // "1,200 ÷ 8% ≈ 15,000"
        add_to_rule(part, "; restated as a share of a whole (\", or N% of\") it gives the whole (amount \xC3\xB7 share)", texts);
    }
}

void derive_multiple_bases(const Document& doc, std::vector<FoundFigure>& figures, TextStore& texts) {
    const auto& t = doc.tokens();
    for (FoundFigure& end : figures) {
        if (!end.body.derived.empty() || !is_amount(end) || end.body.value <= 0) continue;
        // "doubled to $14", "has halved to 300 tonnes": the verb right before "to", right before the amount.
        const std::size_t p = end.first_token;
        if (p < 2 || t[p - 1].type != TokenType::Word || !lexicon::equals_lower(doc.token_text(p - 1), "to") ||
            t[p - 2].type != TokenType::Word)
            continue;
        char b[32];
        const std::string_view verb = lexicon::lower(doc.token_text(p - 2), b);
        const double factor = verb == "doubled" ? 2 : verb == "tripled" || verb == "trebled" ? 3 : verb == "quadrupled" ? 4
                              : verb == "halved" ? 0.5 : 0;
        if (factor == 0) continue;
        // "14 ÷ 2 ≈ 7", "300 × 2 ≈ 600"
        end.body.derived.push_back(derived_by(end, factor > 1 ? Text("base before the increase") : Text("base before the decrease"),
                                              end.body.value / factor, factor > 1 ? " \xC3\xB7 " : " \xC3\x97 ",
                                              factor > 1 ? factor : 1 / factor, "", texts));
        std::string more = "; after \"";
        more += verb;
        more += " to\" it gives the base (end divided by how many times it grew)";
        add_to_rule(end, more, texts);
    }
}

namespace {

// Whether the word before figure `f` is `lw` ("to", "from"), or is before an article and up to four
// words that describe the amount ("from a revised 4.1 billion", "to a provisional 5.2 billion").
bool word_before_is(const Document& doc, const FoundFigure& f, std::string_view lw) {
    const auto& t = doc.tokens();
    std::size_t p = f.first_token;
    const auto word_is = [&](std::size_t q, std::string_view w) {
        return t[q].type == TokenType::Word && lexicon::equals_lower(doc.token_text(q), w);
    };
    if (p > 0 && word_is(p - 1, lw)) return true;
    // Over a qualifier: "to nearly 7bn dollars", "from under 4bn dollars", "from about $3".
    if (!f.body.qualifier.empty() && p >= 2) {
        if (word_is(p - 1, "almost") || word_is(p - 1, "nearly") || word_is(p - 1, "about") || word_is(p - 1, "around") ||
            word_is(p - 1, "roughly") || word_is(p - 1, "some") || word_is(p - 1, "over") || word_is(p - 1, "under"))
            return word_is(p - 2, lw);
        if (p >= 3 && word_is(p - 1, "than") && (word_is(p - 2, "less") || word_is(p - 2, "more") || word_is(p - 2, "fewer")))
            return word_is(p - 3, lw);
    }
    for (int described = 0; p > 0 && described < 4; ++described, --p) {
        const std::size_t q = p - 1;
        if (t[q].type != TokenType::Word || (t[q].flags & TokenCapitalized)) return false;
        char b[32];
        const std::string_view w = lexicon::lower(doc.token_text(q), b);
        if (w == "a" || w == "an") return q > 0 && word_is(q - 1, lw);
        if (lexicon::is_function_word(w)) return false;
    }
    return false;
}

} // namespace

namespace {

// In the sentence of figures [i, j): the one amount or percentage after "to" (or before "up from"/"down
// from") and the one after "from", as *to and *from, when the sentence says they moved (a word of change
// before the later one, no word of a span) and has no percentage change of its own; false otherwise.
bool change_pair(const Document& doc, const std::vector<FoundFigure>& figures, std::size_t i, std::size_t j,
                 std::size_t* to_at, std::size_t* from_at) {
    std::size_t to = j, from = j;
    int pairs_to = 0, pairs_from = 0;
    for (std::size_t k = i; k < j; ++k) {
        const FoundFigure& f = figures[k];
        if (f.body.kind == "change") return false;  // its base comes from derive_bases
        if (!(is_amount(f) || f.body.kind == "percent") || f.body.value <= 0 || f.body.kind == "range") continue;
        if (word_before_is(doc, f, "to")) { to = k; ++pairs_to; }
        else if (word_before_is(doc, f, "from")) { from = k; ++pairs_from; }
    }
    // "handled 1.2 million crates last year, up from 1,000,000": the amount before "up from" is the end.
    int said = 0;  // +1 after "up from", -1 after "down from": the direction the text gives
    if (pairs_from == 1) {
        const std::size_t p = figures[from].first_token;
        if (p >= 2 && doc.tokens()[p - 2].type == TokenType::Word)
            said = lexicon::equals_lower(doc.token_text(p - 2), "up") ? 1 : lexicon::equals_lower(doc.token_text(p - 2), "down") ? -1 : 0;
    }
    if (pairs_to == 0 && pairs_from == 1 && from > i) {
        if (said != 0) {
            for (std::size_t k = from; k-- > i;)
                if ((is_amount(figures[k]) || figures[k].body.kind == "percent") && figures[k].body.kind != "range") {
                    to = k;  // (a percentage too: "67%, down from 69%")
                    pairs_to = 1;
                    break;
                }
            // "won 87 of the 200 seats, down from 112": the part moved, not the whole it is out of.
            if (pairs_to == 1 && to > i) {
                const std::size_t w = figures[to].first_token;
                const std::size_t of = w >= 1 && lexicon::equals_lower(doc.token_text(w - 1), "the") ? w - 2 : w - 1;
                const FoundFigure& part = figures[to - 1];
                if (w >= 2 && of < w && lexicon::equals_lower(doc.token_text(of), "of") && part.end_token == of &&
                    part.body.kind == figures[to].body.kind && part.body.unit == figures[to].body.unit)
                    to = to - 1;
            }
        }
    }
    if (pairs_to != 1 || pairs_from != 1) return false;  // none, or a list of them
    const FoundFigure& end = figures[to];
    const FoundFigure& start = figures[from];
    if (end.body.kind != start.body.kind || end.body.unit != start.body.unit || !end.body.derived.empty() ||
        end.body.value == start.body.value || clauses_contrast(doc, end, start))
        return false;
    // ("Exports fell to 300 tonnes, up from 450" says the opposite of its figures: no change to derive.)
    if ((said > 0 && end.body.value < start.body.value) || (said < 0 && end.body.value > start.body.value)) return false;
    // A movement says so with a word of change before the later figure ("rose", "cut", "up", "a fall");
    // "ranging from 9 degrees on the coast to 15 inland" is a span, whatever the words after.
    const std::size_t stop = std::max(end.first_token, start.first_token);
    const std::uint32_t begin = doc.sentences()[static_cast<std::size_t>(end.sentence)].begin;
    bool moved = false;
    for (std::size_t q = stop; q-- > 0 && doc.tokens()[q].begin >= begin;) {
        if (doc.tokens()[q].type != TokenType::Word) continue;
        char b[32];
        const std::string_view lw = lexicon::lower(doc.token_text(q), b);
        if (lw == "ranged" || lw == "range" || lw == "ranges" || lw == "ranging" || lw == "varied" || lw == "varies" ||
            lw == "vary")
            return false;
        int dir = 0;
        moved |= lexicon::is_change_verb(lw, &dir) || lexicon::is_change_noun(lw, &dir) || lw == "up" || lw == "down";
    }
    *to_at = to;
    *from_at = from;
    return moved;
}

// The change from `start` to `end`: for amounts, absolute and in percent ("increase from $3.90: ≈ $0.6
// (+15.4%)"); for two percentages, in percentage points. `line` is scratch.
DerivedValue change_between(const FoundFigure& end, const FoundFigure& start, TextStore& texts, std::string& line) {
    const double delta = end.body.value - start.body.value;
    const char* sign = delta > 0 ? "+" : "\xE2\x88\x92";
    char num[kNumberRoom];
    DerivedValue dv;
    dv.value = delta;
    if (end.body.kind == "percent") {
        // "eased to 3.1% from 3.4%": "9% − 18.2%" as numbers, also for "nine pct".
        line.assign(delta > 0 ? "increase from " : "decrease from ");
        line.append(num, write_number(start.body.value, num));
        line += '%';
        dv.label = texts.keep(line);
        line.assign("\xE2\x89\x88 ");
        line.append(num, write_number(std::fabs(delta), num));
        line += ' ';
        line += lexicon::kPercentagePoints.view();
        dv.text = texts.keep(line);
        line.clear();
        line.append(num, write_number(end.body.value, num));
        line += "% \xE2\x88\x92 ";
        line.append(num, write_number(start.body.value, num));
        line += "% \xE2\x89\x88 ";
        line += sign;
        line.append(num, write_number(std::fabs(delta), num));
        line += " points";
        dv.arithmetic = texts.keep(line);
        return dv;
    }
    const AmountStyle style = amount_style(end);
    line.assign(delta > 0 ? "increase from " : "decrease from ");
    line += start.body.value_text;  // as written: "$3.90", "980,000"
    {
        // The unit after it, unless the amount as written ends in its currency's word ("190 pesos"; not a
        // scale: "4.8 billion" → "4.8 billion DEM").
        const std::string_view written = start.body.value_text;
        const std::size_t space = written.rfind(' ');
        const std::string_view last = space == std::string_view::npos ? std::string_view() : written.substr(space + 1);
        const bool worded = !last.empty() && std::all_of(last.begin(), last.end(), [](char ch) { return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'; }) &&
                            lexicon::scale_word(last) == 0;
        if (!style.unit_after.empty() && !worded) { line += ' '; line += style.unit_after; }
    }
    dv.label = texts.keep(line);
    char pct[32];
    std::snprintf(pct, sizeof pct, "%.1f%%", std::fabs(100.0 * delta / start.body.value));  // one decimal: "15.4%"
    line.clear();
    style.append_amount(line, std::fabs(delta));
    line += " (";
    line += sign;
    line += pct;
    line += ')';
    dv.text = texts.keep(line);
    // "$4.50 − $3.90 ≈ +0.6; 0.6 ÷ 3.9 ≈ 15.4%": the amounts as written, then the change.
    line.assign(end.body.value_text);
    line += " \xE2\x88\x92 ";
    line += start.body.value_text;
    line += " \xE2\x89\x88 ";
    line += sign;
    style.append_number(line, std::fabs(delta));
    line += "; ";
    style.append_number(line, std::fabs(delta));
    line += " \xC3\xB7 ";
    style.append_number(line, start.body.value);
    line += " \xE2\x89\x88 ";
    line += pct;
    dv.arithmetic = texts.keep(line);
    return dv;
}

} // namespace

void derive_changes(const Document& doc, std::vector<FoundFigure>& figures, TextStore& texts) {
    std::string line;
    std::size_t i = 0;
    while (i < figures.size()) {
        std::size_t j = i;
        while (j < figures.size() && figures[j].sentence == figures[i].sentence) ++j;
        std::size_t to = 0, from = 0;
        if (change_pair(doc, figures, i, j, &to, &from)) {
            FoundFigure& end = figures[to];
            end.body.derived.push_back(change_between(end, figures[from], texts, line));
            line.assign(end.rule.view());
            line += end.body.kind == "percent" ? "; with a percentage after \"from\" in its sentence it gives the change in points"
                                               : "; with an amount after \"from\" in its sentence it gives the change (end \xE2\x88\x92 start)";
            end.rule = texts.keep(line);
        }
        i = j;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Conflicts
//-----------------------------------------------------------------------------

namespace {

// Appends the quantity a figure counts, as conflicts compare it: "political
// prisoner|count|" (what it counts, lower-case, a plural "s" dropped; its kind;
// its unit). Appends nothing when the figure names no quantity worth comparing.
void append_quantity_key(const FoundFigure& f, std::string& key) {
    const std::string_view counts = f.body.counts.view();
    if (counts.empty()) return;
    // A measure that says only its unit ("14.1 GW", "58,500 TEU") does not say
    // what it measures: two of them are as likely different quantities (this
    // year's, last year's, the total, a target) as disagreeing sources.
    if (!f.body.unit.empty() && counts.size() == f.body.unit.size()) {
        std::size_t i = 0;
        while (i < counts.size() && lexicon::fold_ascii(counts[i]) == lexicon::fold_ascii(f.body.unit[i])) ++i;
        if (i == counts.size()) return;
    }
    const std::size_t at = key.size();
    for (const char c : counts) key += static_cast<char>(lexicon::fold_ascii(c));
    if (key.size() - at > 3 && key.back() == 's') key.pop_back();
    const std::string_view k = std::string_view(key).substr(at);
    if (k == "people" || k == "person" || k == "individual" || k == "time" || k == "case" || k == "unit" ||
        k == "item" || k == "thing" || k == "other" || k == "year" || k == "month" || k == "day") {
        key.resize(at);
        return;
    }
    key += '|';
    key += f.body.kind;
    key += '|';
    key += f.body.unit;
}

// For each sentence that has one, the date figure that names its period with
// "in", "during", "as of", "for", "on" (not "since", "by"). One pass.
std::vector<int> periods_by_sentence(const Document& doc, const std::vector<FoundFigure>& figures) {
    std::vector<int> out(doc.sentences().size() + 1, -1);
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const FoundFigure& d = figures[i];
        if (d.body.kind != "date") continue;
        const int sent = d.sentence;
        if (out[static_cast<std::size_t>(sent)] >= 0) continue;
        std::size_t p = d.first_token;
        char b[32];
        // "the fourth quarter of 2031": step back over "the".
        if (p > 0 && doc.tokens()[p - 1].type == TokenType::Word && lexicon::lower(doc.token_text(p - 1), b) == "the") --p;
        if (p == 0) continue;
        const std::string_view prev = lexicon::lower(doc.token_text(p - 1), b);
        if (prev == "in" || prev == "during" || prev == "for" || prev == "on" || prev == "throughout" ||
            (prev == "of" && p >= 2 && ascii_lower(doc.token_text(p - 2)) == "as"))
            out[static_cast<std::size_t>(sent)] = static_cast<int>(i);
    }
    return out;
}

} // namespace

// Whether a group of figures of one quantity (reading order) is a conflict: two of them, in different
// sentences, each attributed (to a named source, or to an unnamed or missing one), give different values
// and come from different sources (an unnamed source counts as one of its own). Values listed in one sentence ("319,000 in February; 287,000 in January") and a series from
// one source are not; nor is a group longer than a reader can weigh (more than 12 members) or spread
// over more than 30 paragraphs: that is a table or a running series.
namespace {

// Whether the sentence of `f` tells of a movement: a word of change (rose, fell, increase, decline) or
// "from" before a number.
bool describes_movement(const Document& doc, const FoundFigure& f) {
    const auto& t = doc.tokens();
    const ByteRange s = f.body.sentence;
    std::size_t q = doc.first_token_at_or_after(s.begin);
    for (; q < t.size() && t[q].begin < s.end; ++q) {
        if (t[q].type != TokenType::Word) continue;
        char b[32];
        const std::string_view lw = lexicon::lower(doc.token_text(q), b);
        int dir = 0;
        if (lexicon::is_change_verb(lw, &dir) || lexicon::is_change_noun(lw, &dir)) return true;
        if (lw == "from" && q + 1 < t.size() && (t[q + 1].type == TokenType::Number || (q + 2 < t.size() && t[q + 2].type == TokenType::Number)))
            return true;
    }
    return false;
}

// A figure given as a rate over time, in the words after it in its sentence: "500 leaks … in a typical
// month", "40 arrests a week", "300 a year", "each day". A rate is no claim about one moment.
bool rate_over_time(const Document& doc, const FoundFigure& f) {
    const auto& t = doc.tokens();
    const std::uint32_t sentence_end = f.body.sentence.end;
    bool per = false;  // "a", "an", "each", "every", "per" seen
    std::size_t taken = 0;
    for (std::size_t q = f.end_token; q < t.size() && t[q].begin < sentence_end && taken < 14; ++q, ++taken) {
        if (t[q].type != TokenType::Word) { per = false; continue; }
        char b[32];
        const std::string_view lw = lexicon::lower(doc.token_text(q), b);
        if (lw == "a" || lw == "an" || lw == "each" || lw == "every" || lw == "per") { per = true; continue; }
        if (per && (lw == "typical" || lw == "average" || lw == "normal" || lw == "given" || lw == "single")) continue;
        Text unit;
        if (per && (lexicon::is_time_unit(lw, &unit) || lw == "quarter")) return true;
        per = false;
    }
    return false;
}

// The token right before figure `f`, over up to two hedges ("its about 40 staff", "had nearly 300"); npos
// when the figure opens the text.
std::size_t before_hedges(const Document& doc, const FoundFigure& f) {
    const auto& t = doc.tokens();
    std::size_t q = f.first_token;
    if (q == 0 || q > t.size()) return std::string_view::npos;
    --q;
    for (int hedges = 0; hedges < 2 && q > 0 && t[q].type == TokenType::Word; ++hedges) {
        const std::string_view w = doc.token_text(q);
        if (w != "about" && w != "some" && w != "nearly" && w != "almost" && w != "over" && w != "around" && w != "roughly") break;
        --q;
    }
    return q;
}

// A figure its owner is named for, by a possessive right before it: "its 1.4 mln bpd quota", "Harlow's
// 200 staff". Two owners' figures are each their own, not two claims about one quantity.
bool owned_figure(const Document& doc, const FoundFigure& f) {
    const std::size_t q = before_hedges(doc, f);
    if (q == std::string_view::npos || doc.tokens()[q].type != TokenType::Word) return false;
    const std::string_view w = doc.token_text(q);
    return w == "its" || w == "their" || w == "his" || w == "her" || w == "our" || lexicon::is_possessive(w);
}

// The owner a figure is given for by a verb of having or winning right before it ("the union had 45,000
// members", "Harlow has about 200 staff", "the dock union now has 700", "the Unity Party (UP) won 88 seats",
// "the Harbour Front, which won 37 seats,"): the one or two words before that verb, lower-case, not past a
// function word (over a short form in parentheses; before "which" or "who" after a comma, the name before
// the comma); "" for none, or for "there" ("there have been"). An owner's figure is compared only with the
// same owner's: seats two parties won are two quantities.
std::string owner_by_having(const Document& doc, const FoundFigure& f) {
    const auto& t = doc.tokens();
    const std::size_t q = before_hedges(doc, f);
    if (q == std::string_view::npos || q == 0 || t[q].type != TokenType::Word) return {};
    const std::string_view verb = doc.token_text(q);
    static constexpr std::string_view verbs[] = {"has", "have", "had", "holds", "held", "won", "wins", "gained", "secured",
                                                 "controls", "controlled"};
    if (std::find(std::begin(verbs), std::end(verbs), verb) == std::end(verbs)) return {};
    std::size_t o = q - 1;
    if (o > 0 && t[o].type == TokenType::Word &&
        (doc.token_text(o) == "now" || doc.token_text(o) == "still" || doc.token_text(o) == "already"))
        --o;  // "the union now has 45,000 members"
    // "the Unity Party (UP) won": over the short form in parentheses.
    if (o >= 3 && doc.token_text(o) == ")" && doc.token_text(o - 2) == "(" && t[o - 1].type == TokenType::Word) o -= 3;
    if (t[o].type != TokenType::Word) return {};
    std::string head = ascii_lower(doc.token_text(o));
    // ", which won 37 seats": the name before the comma.
    if ((head == "which" || head == "who") && o >= 2 && doc.token_text(o - 1) == "," && t[o - 2].type == TokenType::Word) {
        o -= 2;
        head = ascii_lower(doc.token_text(o));
    }
    if (head == "there" || head == "which" || head == "that" || head == "who") return {};
    char b[32];
    if (o > 0 && t[o - 1].type == TokenType::Word && !lexicon::is_function_word(lexicon::lower(doc.token_text(o - 1), b)))
        return ascii_lower(doc.token_text(o - 1)) + ' ' + head;
    return head;
}

// A figure of a plan, a promise or a forecast, in the words of its clause: "will build 5,000 homes",
// "plans to hire 300", "a target of 20,000", "20,000 homes will be built". What someone means to do
// is no count of what is: plans are never grouped with counts, nor with each other's plans (two
// parties' plans differ without disagreeing).
bool planned_figure(const Document& doc, const FoundFigure& f) {
    const auto& t = doc.tokens();
    const ByteRange s = f.body.sentence;
    const auto intent = [](std::string_view w) {
        return w == "will" || w == "would" || w == "shall" || w == "plan" || w == "plans" || w == "planned" ||
               w == "aim" || w == "aims" || w == "aimed" || w == "intend" || w == "intends" || w == "intended" ||
               w == "pledge" || w == "pledged" || w == "pledges" || w == "promise" || w == "promised" || w == "promises" ||
               w == "target" || w == "targets" || w == "goal" || w == "vowed" || w == "vows";
    };
    char b[32];
    // Back through the clause: up to eight words, not past a semicolon, a dash or the sentence's start.
    std::size_t words = 0;
    for (std::size_t q = f.first_token; q > 0 && words < 8;) {
        --q;
        if (t[q].begin < s.begin) break;
        if (t[q].type == TokenType::Punct) {
            const std::string_view p = doc.token_text(q);
            if (p == ";" || p == ":" || p == "\xE2\x80\x94" || p == "\xE2\x80\x93") break;
            continue;
        }
        if (t[q].type != TokenType::Word) continue;
        ++words;
        if (intent(lexicon::lower(doc.token_text(q), b))) return true;
    }
    // On after the figure: "20,000 homes will be built", "300 jobs are to go".
    words = 0;
    for (std::size_t q = f.end_token; q < t.size() && t[q].begin < s.end && words < 4; ++q) {
        if (t[q].type != TokenType::Word) {
            if (t[q].type == TokenType::Punct) break;
            continue;
        }
        ++words;
        const std::string_view w = lexicon::lower(doc.token_text(q), b);
        if (w == "will" || w == "would" || w == "shall") return true;
        if ((w == "are" || w == "is") && q + 1 < t.size() && doc.token_text(q + 1) == "to") return true;
    }
    return false;
}

// A figure that gives the size of a gap, a need or a goal, named before "at": "put the shortfall at 30,000
// homes" measures a shortfall, not the homes there are ("the crowd at 20,000 protesters", "the toll at 40
// dead" count the thing itself).
bool measures_other_quantity(const Document& doc, const FoundFigure& f) {
    const auto& t = doc.tokens();
    const std::size_t q = f.first_token;
    if (q < 3 || doc.token_text(q - 1) != "at" || t[q - 2].type != TokenType::Word || t[q - 3].type != TokenType::Word) return false;
    char b[32], c[32];
    const std::string_view noun = lexicon::lower(doc.token_text(q - 2), b);
    const std::string_view det = lexicon::lower(doc.token_text(q - 3), c);
    if (!(det == "the" || det == "its" || det == "their" || det == "his" || det == "her" || det == "our" || lexicon::is_possessive(det)))
        return false;
    static constexpr std::string_view gaps[] = {"shortfall", "shortage", "deficit", "gap", "backlog", "need", "needs",
                                                "demand", "target", "goal", "surplus", "excess", "capacity", "cost",
                                                "costs", "bill", "value", "loss", "losses", "damage", "savings"};
    return std::find(std::begin(gaps), std::end(gaps), noun) != std::end(gaps);
}

bool disagreement(const Document& doc, const std::vector<FoundFigure>& figures, const std::vector<std::size_t>& part) {
    if (part.size() < 2 || part.size() > 12) return false;
    if (figures[part.back()].paragraph - figures[part.front()].paragraph > 30) return false;
    // Each member's owner, read once: a possessive's owns it alone; "has"/"had" gives the owner's words.
    bool owned[12];
    std::string owner[12];
    for (std::size_t x = 0; x < part.size(); ++x) {
        owned[x] = owned_figure(doc, figures[part[x]]);
        if (!owned[x]) owner[x] = owner_by_having(doc, figures[part[x]]);
    }
    for (std::size_t x = 0; x < part.size(); ++x)
        for (std::size_t y = x + 1; y < part.size(); ++y) {
            const FoundFigure& a = figures[part[x]];
            const FoundFigure& b = figures[part[y]];
            if (a.sentence != b.sentence && a.body.value != b.body.value && a.body.source != b.body.source &&
                a.attributed && b.attributed && !owned[x] && !owned[y] && owner[x] == owner[y])
                return true;
        }
    return false;
}

} // namespace

std::vector<FoundConflict> find_conflicts(const Document& doc, const std::vector<FoundFigure>& figures) {
    // Group the amounts by quantity key, in reading order within a group. The keys
    // live in one buffer; an open-addressing table of group numbers finds them.
    // A group's members are chained through `next_member` (no list per group: most have one member).
    struct Group { std::size_t key_at, key_size, first, last, size; };
    std::vector<Group> groups;
    groups.reserve(figures.size() / 4 + 8);
    std::vector<std::size_t> next_member(figures.size(), 0);
    std::string keys;
    keys.reserve(figures.size() * 8 + 64);
    std::vector<int> slots(64, -1);
    for (std::size_t i = 0; i < figures.size(); ++i) {
        if (!is_amount(figures[i])) continue;
        const std::size_t at = keys.size();
        append_quantity_key(figures[i], keys);
        if (keys.size() == at) continue;
        const std::string_view key = std::string_view(keys).substr(at);
        if (groups.size() * 2 >= slots.size()) {  // keep the table at most half full
            std::vector<int> grown(slots.size() * 2, -1);
            for (std::size_t g = 0; g < groups.size(); ++g) {
                std::size_t h = lexicon::word_hash(std::string_view(keys).substr(groups[g].key_at, groups[g].key_size), false);
                while (grown[h & (grown.size() - 1)] >= 0) ++h;
                grown[h & (grown.size() - 1)] = static_cast<int>(g);
            }
            slots.swap(grown);
        }
        std::size_t h = lexicon::word_hash(key, false);
        for (;; ++h) {
            int& slot = slots[h & (slots.size() - 1)];
            if (slot < 0) {
                slot = static_cast<int>(groups.size());
                groups.push_back({at, key.size(), i, i, 1});
                break;
            }
            Group& g = groups[static_cast<std::size_t>(slot)];
            if (std::string_view(keys).substr(g.key_at, g.key_size) == key) {
                next_member[g.last] = i;
                g.last = i;
                ++g.size;
                keys.resize(at);  // the group has the key already
                break;
            }
        }
    }
    const std::vector<int> periods = periods_by_sentence(doc, figures);
    auto period_of = [&](std::size_t i) -> const FoundFigure* {
        const int p = periods[static_cast<std::size_t>(figures[i].sentence)];
        return p < 0 ? nullptr : &figures[static_cast<std::size_t>(p)];
    };
    std::vector<FoundConflict> out;
    // Sources that disagree about one quantity stay within an order of
    // magnitude of each other (1,393 / 1,559 / as many as 5,000); counts
    // of the same noun that are further apart (1.8 million children
    // unvaccinated, 1,500 treated, 16 dead) are different quantities.
    std::vector<std::size_t> part;
    const auto conflicts_in_period = [&](std::vector<std::size_t>& period) {
        std::sort(period.begin(), period.end(),
                  [&](std::size_t a, std::size_t b) { return figures[a].body.value < figures[b].body.value; });
        std::size_t first = 0;  // the cluster is period[first, k)
        for (std::size_t k = 1; k <= period.size(); ++k) {
            if (k < period.size() && !(figures[period[k]].body.value > 10.0 * figures[period[k - 1]].body.value)) continue;
            if (k - first >= 2) {
                part.assign(period.begin() + static_cast<std::ptrdiff_t>(first), period.begin() + static_cast<std::ptrdiff_t>(k));
                std::sort(part.begin(), part.end());  // reading order
                // A figure in a sentence of movement ("rose to 1.84 from 1.825", "a fall of") is a point of a
                // series over time, not one of several claims about the same moment; a plan ("will build 5,000
                // homes") is no count, and "the shortfall at 30,000 homes" measures a shortfall.
                part.erase(std::remove_if(part.begin(), part.end(),
                                          [&](std::size_t m) { return describes_movement(doc, figures[m]) || planned_figure(doc, figures[m]) ||
                                                                 measures_other_quantity(doc, figures[m]); }),
                           part.end());
                // A rate over time ("300 outages in a typical month") is no claim about the moment another figure
                // gives ("520 outages last winter"); rates are compared with rates only.
                std::size_t rates = 0;
                for (const std::size_t m : part) rates += rate_over_time(doc, figures[m]) ? 1 : 0;
                if (rates > 0 && rates < part.size())
                    part.erase(std::remove_if(part.begin(), part.end(), [&](std::size_t m) { return rate_over_time(doc, figures[m]); }),
                               part.end());
                if (disagreement(doc, figures, part)) {
                    FoundConflict c;
                    c.quantity = figures[part[0]].body.counts;
                    c.members = part;
                    out.push_back(std::move(c));
                }
            }
            first = k;
        }
    };
    std::vector<std::size_t> all, members, period;
    for (const Group& group : groups) {
        if (group.size < 2) continue;
        all.clear();
        for (std::size_t m = group.first, k = 0; k < group.size; ++k, m = next_member[m]) all.push_back(m);
        // Figures far apart (more than 30 paragraphs) belong to different stories: runs of all[run, k).
        std::size_t run = 0;
        for (std::size_t k = 1; k <= all.size(); ++k) {
            if (k < all.size() && figures[all[k]].paragraph - figures[all[k - 1]].paragraph <= 30) continue;
            const std::size_t from = run;
            run = k;
            if (k - from < 2) continue;
            members.assign(all.begin() + static_cast<std::ptrdiff_t>(from), all.begin() + static_cast<std::ptrdiff_t>(k));
            bool any_dated = false;
            for (std::size_t m : members) any_dated = any_dated || period_of(m);
            if (!any_dated) {  // no period named: one period
                period = members;
                conflicts_in_period(period);
                continue;
            }
            // Split by period when the figures name different periods.
            std::map<std::string, std::vector<std::size_t>> by_period;
            std::map<std::string, const FoundFigure*> period_date;
            for (std::size_t m : members) {
                const FoundFigure* p = period_of(m);
                if (!p) continue;  // undated: in no period of its own
                const std::string key = iso_text(p->date);
                by_period[key].push_back(m);
                period_date[key] = p;
            }
            bool compatible = true;
            for (const auto& x : period_date)
                for (const auto& y : period_date)
                    if (compare_dates(x.second->date, y.second->date) != 0) compatible = false;
            if (compatible) {
                period = members;
                conflicts_in_period(period);
            } else {
                for (auto& [key, v] : by_period) {
                    period = v;
                    conflicts_in_period(period);
                }
            }
        }
    }
    std::sort(out.begin(), out.end(), [&](const FoundConflict& a, const FoundConflict& b) {
        return figures[a.members[0]].range.begin < figures[b.members[0]].range.begin;
    });
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Unsourced figures
//-----------------------------------------------------------------------------

namespace {

// Whether money figure `b` restates `a` in parentheses right after it: "52bn rupees ($0.6bn)".
bool conversion_of(const Document& doc, const FoundFigure& a, const FoundFigure& b) {
    if (a.body.unit == b.body.unit || b.range.begin < a.range.end) return false;
    const std::string_view between = doc.slice({a.range.end, b.range.begin});
    return between == " (" || between == "(" || between == " (about " || between == " (around " || between == " (\xE2\x89\x88";
}

} // namespace

std::vector<FoundCitation> unsourced_figures(const Document& doc, const std::vector<FoundFigure>& figures,
                                             const std::vector<FoundCitation>& citations) {
    std::vector<FoundCitation> out;
    if (doc.sentences().empty()) return out;
    CitationsBySentence in_sentence(doc, citations);
    std::vector<std::size_t> bare;
    int sourced_sentence = -1;  // the sentence `sourced` was found for
    bool sourced = false;
    bool sourced_here = false;  // …by a citation inside the figure's own paragraph
    std::size_t next_cite = 0;  // citations before it are behind the walk (each is passed once: linear)
    std::size_t i = 0;
    while (i < figures.size()) {
        const int para = figures[i].paragraph;
        std::size_t j = i;
        while (j < figures.size() && figures[j].paragraph == para) ++j;
        bare.clear();
        bool any_sourced = false;
        // An attribution in running text that opens the paragraph carries through it: "A poll for the
        // Courier found that … It interviewed 400 people … 42% backed the plan". (A reference in
        // parentheses covers its own sentence and the next, as above.)
        const std::uint32_t para_begin = para >= 0 && static_cast<std::size_t>(para) < doc.paragraphs().size()
                                             ? doc.paragraphs()[static_cast<std::size_t>(para)].begin
                                             : figures[i].range.begin;
        const int first_sentence = doc.sentence_of(para_begin);
        const std::uint32_t opening_end =
            first_sentence >= 0 ? doc.sentences()[static_cast<std::size_t>(first_sentence)].end : para_begin;
        while (next_cite < citations.size() && citations[next_cite].range.begin < para_begin) ++next_cite;
        bool paragraph_attributed = false;
        for (; next_cite < citations.size() && citations[next_cite].range.begin < opening_end; ++next_cite)
            paragraph_attributed |= citations[next_cite].body.citation_type == "attribution";
        for (std::size_t k = i; k < j; ++k) {
            const FoundFigure& f = figures[k];
            // Amounts, percentages, changes, rates and ranges of them ("between 4% and 6%"), not of years.
            if (!is_amount(f) && f.body.kind != "percent" && f.body.kind != "change" && f.body.kind != "rate" &&
                !(f.body.kind == "range" && f.body.unit != "year"))
                continue;
            // A count under 100 of things ("two committees", "five films", "15 funds") is what happened, not
            // a statistic that needs a source.
            if (f.body.kind == "count" && f.body.value < 100) continue;
            // "52bn rupees ($0.6bn)": an amount restated in another currency needs no source of its own.
            if (k > i && f.body.kind == "money" && figures[k - 1].body.kind == "money" && conversion_of(doc, figures[k - 1], f)) continue;
            // Sourced by an attribution opening its paragraph, or a citation in its sentence or the one
            // before it (a news paragraph that goes on with an attribution: "Exports fell 4%, the council
            // said. Imports rose 2%."); once per sentence, not once per figure.
            // (A source in the paragraph before covers the figure, but does not make its paragraph one
            // "whose other figures have a source": "… the ministry said. ¶ Rates averaged 4.65% …; prices fell
            // 3.4%" flags nothing.)
            if (f.sentence != sourced_sentence) {
                sourced = paragraph_attributed;
                sourced_here = paragraph_attributed;
                for (int back = 0; back < 2 && !sourced; ++back) {
                    if (f.sentence - back < 0) break;
                    const auto [lo, hi] = in_sentence.of(f.sentence - back);
                    for (std::size_t c = lo; c < hi && !sourced; ++c) sourced = citations[c].body.citation_type != "image_credit";
                    sourced_here = sourced && f.sentence - back >= first_sentence;
                }
                sourced_sentence = f.sentence;
            }
            if (sourced_here) any_sourced = true;
            if (!sourced) bare.push_back(k);
        }
        if (any_sourced) {
            for (std::size_t k : bare) {
                FoundCitation c;
                c.range = figures[k].range;
                c.body.citation_type = "figure";
                c.body.checks.push_back("unsourced_figure");
                c.body.messages.push_back("No source is given for this figure, while the other figures in its paragraph cite one.");
                c.rule = "figure in a sentence without a citation, in a paragraph whose other figures have one";
                out.push_back(std::move(c));
            }
        }
        i = j;
    }
    return out;
}

} // namespace gloss
