// Gloss — the English word classes the analysers use (no ImGui).
//
// Small closed lists (qualifiers, scale words, units, change verbs, reporting
// verbs, function words). Every test takes an already lower-cased ASCII word.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "gloss/annotation_text.hpp"

namespace gloss::lexicon {

// One byte lower-cased (ASCII letters only), as an unsigned char.
inline unsigned char fold_ascii(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'A' && u <= 'Z') ? static_cast<unsigned char>(u + 32) : u;
}

// Every byte of `x` lower-cased (ASCII letters only), all bytes at once: a byte
// whose low seven bits reach 'A' but not past 'Z', with its high bit clear, gains 0x20.
template <class Lanes> inline Lanes fold_ascii_lanes(Lanes x) {
    constexpr Lanes ones = static_cast<Lanes>(~Lanes{0}) / 0xFF;  // 0x01 in every byte
    constexpr Lanes high = ones * 0x80;
    const Lanes low7 = x & ~high;
    const Lanes from_a = low7 + ones * (0x80 - 'A');       // high bit set: low7 >= 'A'
    const Lanes past_z = low7 + ones * (0x80 - 'Z' - 1);   // high bit set: low7 >  'Z'
    return x | ((from_a & ~past_z & ~x & high) >> 2);
}

// Lower-case ASCII copy of `w` into `buf` (at most 31 bytes); returns the view.
// Inline: words are short, and a call costs about as much as the copy.
inline std::string_view lower(std::string_view w, char (&buf)[32]) {
    const std::size_t n = w.size() < 31 ? w.size() : 31;
    for (std::size_t i = 0; i < n; ++i) buf[i] = static_cast<char>(fold_ascii(w[i]));
    return std::string_view(buf, n);
}

// The hash of the analysis' word tables (closed lists, glossary forms, quantity
// keys): of the word lower-cased (ASCII) first when `fold`. It takes the word
// eight bytes at a time (the last eight overlapping the ones before; four and
// four, or three single bytes, for shorter words), one multiplication each,
// where a byte-by-byte hash costs several instructions per byte.
inline std::uint32_t word_hash(std::string_view w, bool fold) {
    const std::size_t n = w.size();
    const char* const s = w.data();
    std::uint64_t h = n * 0x9E3779B97F4A7C15ull;
    const auto mix = [&h, fold](std::uint64_t chunk) {
        if (fold) chunk = fold_ascii_lanes(chunk);
        h = (h ^ chunk) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    };
    if (n >= 8) {
        std::uint64_t chunk;
        for (std::size_t i = 0; i + 8 < n; i += 8) {
            std::memcpy(&chunk, s + i, 8);
            mix(chunk);
        }
        std::memcpy(&chunk, s + n - 8, 8);
        mix(chunk);
    } else if (n >= 4) {
        std::uint32_t head, tail;
        std::memcpy(&head, s, 4);
        std::memcpy(&tail, s + n - 4, 4);
        mix(head | std::uint64_t{tail} << 32);
    } else if (n > 0) {
        mix(static_cast<unsigned char>(s[0]) | std::uint64_t{static_cast<unsigned char>(s[n / 2])} << 8 |
            std::uint64_t{static_cast<unsigned char>(s[n - 1])} << 16);
    }
    return static_cast<std::uint32_t>(h ^ (h >> 32));
}

// True when `w`, lower-cased (ASCII), equals the lower-case word `lw`: lower(w) == lw without the copy.
inline bool equals_lower(std::string_view w, std::string_view lw) {
    if (w.size() != lw.size()) return false;
    for (std::size_t i = 0; i < w.size(); ++i)
        if (fold_ascii(w[i]) != static_cast<unsigned char>(lw[i])) return false;
    return true;
}

// `w` without a possessive ending ("Harlow's", "HARLOW'S", "Harlow’s" → "Harlow"); `w` itself otherwise.
inline std::string_view without_possessive(std::string_view w) {
    if (w.size() > 2 && w[w.size() - 2] == '\'' && (w.back() == 's' || w.back() == 'S')) return w.substr(0, w.size() - 2);
    if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") return w.substr(0, w.size() - 4);
    return w;
}
inline bool is_possessive(std::string_view w) { return without_possessive(w).size() != w.size(); }

// A participle that, glued to a place by a hyphen, describes what follows ("Tarrow-based", "state-owned").
bool is_descriptor_participle(std::string_view lw);  // based, born, led, owned, backed, run, funded, ...
// A word ending in a hyphen and such a participle: "Tarrow-based", "New York-born" (as written).
bool is_place_descriptor(std::string_view w);

bool is_function_word(std::string_view lw);       // the, of, in, are, have, according, since, ...
bool is_indefinite_object(std::string_view lw);
bool is_modal(std::string_view lw);
bool is_money_noun(std::string_view lw);          // surplus, deficit, profit, loss, revenue, debt, ...: what money measures
int  change_participle(std::string_view lw);     // "rising" +1, "falling" -1, else 0: a verb of change in "-ing"               // would, could, should, might, may, must (not will, can)   // what, whatever, anything, everything, something, nothing
bool is_change_noun(std::string_view lw, int* direction);  // increase (+1), decline (−1), growth, ...
bool is_change_verb(std::string_view lw, int* direction);  // grew, rose (+1); fell, dropped (−1); ...
bool is_reporting_verb(std::string_view lw);      // says, said, estimates, reported, ...
bool may_be_reporting_verb(std::string_view w);   // some reporting verb has w's length and initial (any case): the cheap test first
// The table behind may_be_reporting_verb, for a scan that asks it of every word: bit (initial − 'a') of
// shapes[length] (lengths below 32, lower-case initials) is set when some reporting verb has that shape.
const std::uint32_t* reporting_verb_shapes();
bool is_vague_subject(std::string_view lw);       // others, some, experts, critics, observers, ...
bool is_manner_adverb(std::string_view lw);       // firmly, openly, previously (not family, supply, assembly): an adverb in "-ly"
bool plural_like(std::string_view lw);            // prisoners, days (not homeless, status, analysis, news, series): a plural in "-s"
bool is_agent_plural(std::string_view lw);       // skippers, growers, claimants, respondents (not numbers, orders, events): people who do
bool is_trade_by_suffix(std::string_view lw);    // scientists, geologist, pediatricians (not insists, checklists): people by trade
bool is_source_noun(std::string_view lw);         // officials, traders, spokesman, ministry, report, ... (who or what reports)
bool is_data_noun(std::string_view lw);           // figures, data, statistics, survey, report, ... (what shows)
bool is_organisation_noun(std::string_view lw);   // charity, consultancy, broadcaster, firm, ... (a kind of organisation)
bool is_maker_noun(std::string_view lw);          // carmaker, chipmaker, drugmaker: a maker of something, in one word
bool is_data_verb(std::string_view lw);           // showed, found, put, estimated, ...: report only with a data or named subject
bool is_stance_verb(std::string_view lw);         // noted, stressed, confirmed, …: reporting only before a clause, not an object
bool is_noun_like_verb(std::string_view lw);      // estimates, reports, notes, …: as often plural nouns
// The three tests above in one lookup, for a reporting clause that asks all of them of its verb.
// What a verb is, beyond reporting: of stance ("noted", "denied": reports only before a clause, or as below),
// of data ("showed"), as often a plural noun ("estimates"), making news known ("noted the 12 percent fall":
// with a figure in its object), announcing ("announced the fines": whatever its object).
struct VerbKinds { bool stance = false, data = false, noun_like = false, makes_known = false, announces = false; };
VerbKinds verb_kinds(std::string_view lw);
bool is_comparative(std::string_view lw);         // lower, higher, fewer, bigger, cheaper, …: "a 70% lower risk"
bool takes_share_with_up(std::string_view lw);
bool is_activity_noun(std::string_view lw);       // spending, lending, housing, shipping, …: "-ing" nouns of a trade or budget    // make, took, eats, used, …: "make up 40%" is a share, not a rise
// The pronoun a noun for a person takes: 'h' ("he": spokesman, father, king), 's' ("she": spokeswoman,
// actress, mother), 0 for a noun that says nothing of it ("economist", "chair", "teacher").
char pronoun_of_person_noun(std::string_view lw);
// A courtesy title before a name, as written, with or without its dot: Mr, Mrs, Ms, Miss, Mx, Dr, Prof, Sir,
// Lord, Lady, Dame ("Dr.", "Mrs").
bool is_courtesy_title(std::string_view w);
// The pronoun a courtesy title gives: 'h' (Mr, Sir, Lord), 's' (Mrs, Ms, Miss, Lady, Dame), 0 for the others.
char pronoun_of_courtesy_title(std::string_view w);
bool is_world_region(std::string_view name);      // Europe, Latin America, the Middle East, ... (any case): a place, never a source
bool is_identifier_label(std::string_view lw);    // volume, vol, issue, no, article, resolution, ...
bool is_time_unit(std::string_view lw, Text* singular);  // years → year
// The name of the unit of a difference between two percentages, as the figures and their derived values write it.
inline constexpr Text kPercentagePoints = "percentage points";
bool is_measure_unit(std::string_view w);         // TEU, tonnes, km, barrels, MW, ... (case as written for symbols)
double scale_word(std::string_view lw);           // thousand → 1e3, million, bn, ... ; 0 when not a scale word
const char* currency_symbol(std::string_view sym); // "$" → "USD", "€" → "EUR", ... ; nullptr otherwise
const char* currency_word(std::string_view lw);    // "euros" → "EUR", "dollars" → "USD", ...; nullptr otherwise
const char* currency_abbreviation(std::string_view lw); // mixed-case abbreviations before an amount: "ksh" → "KES"; nullptr otherwise
const char* currency_of_several(std::string_view lw);  // "crowns", "pesos", "dinars" …: a currency many countries name so, by its plural; nullptr otherwise
int number_word(std::string_view lw);              // "two" → 2 … "ninety" → 90, "seventy-seven" → 77, "dozen" → 12; 0 otherwise
bool is_day_word(std::string_view lw);             // monday … sunday, today, yesterday, tonight: when, never a name
bool month_like(std::string_view lw);               // a full month name ("june"), not "may"/"mar" alone

// The shapes of the number words: bit c of kNumberWordShapes.of[length][initial - 'a']
// is set when a number word of that length starts with `initial` and ends with 'a' + c.
constexpr std::size_t kNumberWordMaxLength = 24;
struct NumberWordShapes {
    std::uint32_t of[kNumberWordMaxLength + 1][26];
    std::uint8_t  initial[256];  // by first byte (either case): its letter index 0–25 if a number word starts with it, else 0xFF
};
extern const NumberWordShapes kNumberWordShapes;
int number_word_of_shape(std::string_view w);      // number_word_any_case after the shape test passed

// number_word of w lower-cased ("Three" → 3), without a copy. Most words have no
// number word's shape and are refused here, without a call.
inline int number_word_any_case(std::string_view w) {
    if (w.empty() || w.size() > kNumberWordMaxLength) return 0;
    const unsigned initial = kNumberWordShapes.initial[static_cast<unsigned char>(w[0])];
    if (initial == 0xFF) return 0;
    const unsigned last = static_cast<unsigned>(fold_ascii(w.back()) - 'a');
    if (last >= 26 || !((kNumberWordShapes.of[w.size()][initial] >> last) & 1u)) return 0;
    return number_word_of_shape(w);
}

} // namespace gloss::lexicon
