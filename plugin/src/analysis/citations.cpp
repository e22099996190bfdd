// Gloss — citations and attributions. See citations.hpp.
//
// Index of this file:
// [SECTION] Messages
// [SECTION] Context and word tests
// [SECTION] Parts of a parenthetical
// [SECTION] Parentheticals
// [SECTION] Attributions in running text
// [SECTION] Scan
//
// Cost notes: the scan visits every token, so the per-token tests are cheap byte
// and length tests; a word is lower-cased once into a small buffer and compared
// with the closed lists there. A parenthetical is cut into parts first and its
// dates are read, and its texts kept, only once it is known to be a citation.
// Knowledge-base lookups and messages that recur through a text are remembered
// for the length of one scan.
#include "citations.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <unordered_map>

#include "lexicon.hpp"
#include "people.hpp"
#include "../text/cancellation.hpp"

namespace gloss {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Messages
//-----------------------------------------------------------------------------

// The ending of every "missing source" message: " — most likely a link lost when the text was copied."
#define GLOSS_LOST_LINK " \xE2\x80\x94 most likely a link lost when the text was copied."

//-----------------------------------------------------------------------------
// [SECTION] Context and word tests
//-----------------------------------------------------------------------------

// The hash of the scan's name caches: a name's length and its first and last 8
// bytes (all bytes of a shorter one). Names differ there, and keys that hash
// alike are compared in full anyway.
struct NameHash {
    std::size_t operator()(std::string_view s) const noexcept {
        std::uint64_t h = s.size() * 0x9E3779B97F4A7C15ull;
        if (s.size() >= 8) {
            std::uint64_t head, tail;
            std::memcpy(&head, s.data(), 8);
            std::memcpy(&tail, s.data() + s.size() - 8, 8);
            h = (h ^ head) * 0xFF51AFD7ED558CCDull;
            h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
        } else {
            for (const char ch : s) h = (h ^ static_cast<unsigned char>(ch)) * 0x100000001B3ull;
        }
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};

// What the source registry says about one name as written.
struct SourceLookup {
    const SourceEntry* exact = nullptr;         // kb.find_source(name)
    const SourceEntry* last_word = nullptr;     // kb.find_source(last word of name), once asked
    bool               last_word_asked = false;
};

// The answer of a pure word test `Test`, remembered for words of up to 16 bytes
// in a small direct-mapped table: a text repeats a few hundred words thousands
// of times, and a remembered answer costs a few instructions where the test
// (a hash-table lookup, a list of names) costs a hundred or more.
template <class Answer, Answer (*Test)(std::string_view), std::size_t Slots>
class WordMemo {
    static_assert((Slots & (Slots - 1)) == 0 && Slots <= 4096, "a power of two, at most 2^12 (the hash keeps 12 bits)");

public:
    // `readable_end`: the end of the buffer holding `w` (bytes up to it may be
    // loaded, 8 at a time, and the ones past the word masked off).
    Answer operator()(std::string_view w, const char* readable_end) {
        const std::size_t n = w.size();
        if (n == 0 || n > 16) return Test(w);
        std::uint64_t lo = 0, hi = 0;  // bytes 0–7 and 8–15 of the word, the rest zero
        if (readable_end - w.data() >= 16) {
            std::memcpy(&lo, w.data(), 8);
            std::memcpy(&hi, w.data() + 8, 8);
            if (n <= 8) {
                if (n < 8) lo &= first_bytes(n);
                hi = 0;
            } else if (n < 16) {
                hi &= first_bytes(n - 8);
            }
        } else {
            for (std::size_t k = 0; k < n; ++k) set_byte(k < 8 ? lo : hi, k % 8, static_cast<unsigned char>(w[k]));
        }
        const std::size_t slot = static_cast<std::size_t>(((lo + hi * 31 + n) * 0x9E3779B97F4A7C15ull) >> 52) & (Slots - 1);
        Entry& e = entries_[slot];
        if (e.size != w.size() || e.lo != lo || e.hi != hi) {
            e.lo = lo;
            e.hi = hi;
            e.size = static_cast<std::uint8_t>(w.size());
            e.answer = Test(w);
        }
        return e.answer;
    }

private:
    // Where the byte at memory offset k of a loaded word sits: the mask of the
    // first k bytes, and the byte store, for either byte order.
    static bool little_endian() {
        const std::uint16_t one = 1;
        unsigned char first = 0;
        std::memcpy(&first, &one, 1);
        return first == 1;
    }
    static std::uint64_t first_bytes(std::size_t k) {  // 0 < k < 8
        return little_endian() ? (std::uint64_t(1) << (8 * k)) - 1 : ~std::uint64_t(0) << (64 - 8 * k);
    }
    static void set_byte(std::uint64_t& v, std::size_t k, unsigned char byte) {
        v |= std::uint64_t(byte) << (little_endian() ? 8 * k : 56 - 8 * k);
    }

    struct Entry {
        std::uint64_t lo = 0, hi = 0;  // the word's bytes
        std::uint8_t  size = 0;        // 0: empty slot
        Answer        answer{};
    };
    Entry entries_[Slots];
};

bool reporting_verb_test(std::string_view w) {
    char buf[32];
    return lexicon::is_reporting_verb(lexicon::lower(w, buf));
}
int month_test(std::string_view w) { return month_from_word(w); }
bool function_word_test(std::string_view w) {
    char buf[32];
    return lexicon::is_function_word(lexicon::lower(w, buf));
}

using ReportingVerbMemo = WordMemo<bool, reporting_verb_test, 512>;  // lexicon::is_reporting_verb(lower(w))
using MonthMemo         = WordMemo<int, month_test, 128>;            // month_from_word(w)
using FunctionWordMemo  = WordMemo<bool, function_word_test, 256>;   // lexicon::is_function_word(lower(w))

// Lower-case buffer for a word compared with the lexicon's closed lists, whose words run to 17 bytes
// ("conservationists"); a longer word is read as no word (lower() returns "").
using ShortWord = char[32];

struct Ctx {
    const Document&           doc;
    const std::vector<Token>& t;
    const KnowledgeBase&      kb;
    CalendarDate              publication;
    TextStore&                texts;
    std::string               publication_iso;  // iso_text(publication), for the date-after-publication message
    const char*               text_end;         // doc.text() ends here

    // Remembered for one scan: registry lookups by the exact name as written,
    // the note of each registry entry, messages that repeat.
    mutable std::unordered_map<std::string_view, SourceLookup, NameHash> sources_by_name;
    mutable std::unordered_map<const SourceEntry*, Text>              registry_notes;
    mutable std::unordered_map<std::string_view, Text, NameHash>      vague_subject_messages;
    mutable Text                                                      parts_messages[16];  // "The citation has N parts…", by N
    mutable std::size_t                                               sentence_cursor = 0;
    mutable MonthMemo                                                 month_of;
    mutable FunctionWordMemo                                          function_word_memo;
    mutable std::vector<std::uint64_t>                                mid_sentence_caps;  // see capitalised_mid_sentence()
    mutable std::vector<std::uint64_t>                                lower_words;        // see written_lower_case()
    mutable bool                                                      word_sets_built = false;

    std::string_view tx(std::size_t i) const { return doc.token_text(i); }
    // lexicon::is_function_word of token i lower-cased, remembered for the scan (a text repeats its words).
    // "US" in capitals, a term the knowledge base knows, is a name, not "us" ("AS Opposition Leader …" stays "as").
    bool function_word(std::size_t i) const {
        const bool function = function_word_memo(tx(i), text_end);
        if (!function) return function;  // nearly every call
        if (t[i].flags & TokenAllCaps) return len(i) < 2 || !kb.find_term(tx(i));
        return !name_in_word_form(t, doc.text(), i);  // "He Wenping, a fellow at …", "Per Olsen"
    }
    std::size_t len(std::size_t i) const { return t[i].end - t[i].begin; }
    // One ASCII punctuation byte: punct(i, ",") without the string compare.
    bool punct(std::size_t i, char p) const {
        return i < t.size() && t[i].type == TokenType::Punct && t[i].end - t[i].begin == 1 && doc.text()[t[i].begin] == p;
    }
    bool word(std::size_t i) const { return i < t.size() && t[i].type == TokenType::Word; }
    bool cap(std::size_t i) const { return word(i) && (t[i].flags & TokenCapitalized); }
    // Token i lower-cased (ASCII) when it is a word of at most 31 bytes, else "":
    // is(i, w) for the list words w becomes lower(i) == w.
    std::string_view lower(std::size_t i, ShortWord& buf) const {
        if (!word(i)) return {};
        const std::size_t n = len(i);
        if (n >= sizeof buf) return {};
        const char* s = doc.text().data() + t[i].begin;
        for (std::size_t k = 0; k < n; ++k) buf[k] = static_cast<char>(lexicon::fold_ascii(s[k]));
        return std::string_view(buf, n);
    }
    bool is(std::size_t i, std::string_view lw) const {
        return word(i) && len(i) == lw.size() && lexicon::equals_lower(tx(i), lw);
    }
    std::string_view span(std::size_t first, std::size_t last) const {  // bytes of tokens [first, last]
        return doc.slice({t[first].begin, t[last].end});
    }
    Text text(std::size_t first, std::size_t last) const {  // tokens [first, last], kept in the set's store
        return texts.keep(span(first, last));
    }
    Text keep(std::string_view s) const { return texts.keep(s); }

    // The registry lookups of `name`, made once per name as written (the views
    // point into the document or the set's store, which outlive the scan).
    SourceLookup& lookup(std::string_view name) const {
        auto [it, added] = sources_by_name.try_emplace(name);
        if (added) it->second.exact = kb.find_source(name);
        return it->second;
    }
    const SourceEntry* source_named(std::string_view name) const { return lookup(name).exact; }
    // The registry entry of a cited name: the name itself, else its last word
    // ("Belarusian human rights center Viasna" → "Viasna").
    const SourceEntry* registry_entry(std::string_view name) const {
        SourceLookup& l = lookup(name);  // unordered_map references survive later insertions
        if (l.exact) return l.exact;
        if (!l.last_word_asked) {
            l.last_word_asked = true;
            const std::size_t sp = name.rfind(' ');
            if (sp != std::string_view::npos) l.last_word = source_named(name.substr(sp + 1));
        }
        return l.last_word;
    }
    // Whether `w` is written capitalised after another word of its sentence somewhere in the text
    // ("… than Uber's drivers"): a name, not a common word capitalised by its place ("Early").
    // The set is made on first need, in one walk over the tokens.
    // (Both sets are bit sets of hashes, made on first need in one walk over the tokens: now and then a
    // false "yes", never a false "no".)
    bool capitalised_mid_sentence(std::string_view w) const {
        build_word_sets();
        return has_bit(mid_sentence_caps, word_hash(lexicon::without_possessive(w)));
    }
    // Whether `w` (any case) is written in lower case somewhere in the text ("the whole year"): a common
    // word, not a first name ("Whole Foods", "Once Lind arrived").
    bool written_lower_case(std::string_view w) const {
        build_word_sets();
        char b[32];
        if (w.size() >= sizeof b) return false;
        for (std::size_t k = 0; k < w.size(); ++k) b[k] = static_cast<char>(lexicon::fold_ascii(w[k]));
        return has_bit(lower_words, word_hash(std::string_view(b, w.size())));
    }
    // A cheap hash for the two sets: the length, the first and the last four bytes.
    static std::size_t word_hash(std::string_view w) {
        std::uint64_t h = w.size() * 0x9E3779B97F4A7C15ull;
        if (w.size() >= 4) {
            std::uint32_t head, tail;
            std::memcpy(&head, w.data(), 4);
            std::memcpy(&tail, w.data() + w.size() - 4, 4);
            h = (h ^ ((std::uint64_t(head) << 32) | tail)) * 0xFF51AFD7ED558CCDull;
        } else {
            for (const char ch : w) h = (h ^ static_cast<unsigned char>(ch)) * 0x100000001B3ull;
        }
        return static_cast<std::size_t>(h ^ (h >> 31));
    }
    static bool has_bit(const std::vector<std::uint64_t>& bits, std::size_t h) {
        h &= bits.size() * 64 - 1;
        return (bits[h >> 6] >> (h & 63)) & 1u;
    }
    static void set_bit(std::vector<std::uint64_t>& bits, std::size_t h) {
        h &= bits.size() * 64 - 1;
        bits[h >> 6] |= std::uint64_t(1) << (h & 63);
    }
    void build_word_sets() const {
        if (word_sets_built) return;
        word_sets_built = true;
        std::size_t bits = 1 << 12;  // 8 bits a token, at most 1 MiB a set
        while (bits < t.size() * 8 && bits < (std::size_t(1) << 23)) bits <<= 1;
        lower_words.assign(bits / 64, 0);
        mid_sentence_caps.assign(bits / 64, 0);
        const char* const text = doc.text().data();
        for (std::size_t i = 1; i < t.size(); ++i) {
            const Token& k = t[i];
            if (k.type != TokenType::Word) continue;
            if (text[k.begin] >= 'a' && text[k.begin] <= 'z') {
                set_bit(lower_words, word_hash(tx(i)));
                continue;
            }
            if (!(k.flags & TokenCapitalized) || (k.flags & (TokenAllCaps | TokenNewlineBefore)) || t[i - 1].type != TokenType::Word)
                continue;
            set_bit(mid_sentence_caps, word_hash(lexicon::without_possessive(tx(i))));
        }
    }
    // True when a sentence begins at `byte`: sentences()[sentence_of(byte)].begin == byte,
    // with a cursor instead of a binary search (the bytes asked come nearly in order).
    bool sentence_begins_at(std::uint32_t byte) const { return doc.sentences()[sentence_at(byte)].begin == byte; }
    // The first token of the sentence that holds token `q`.
    std::size_t sentence_first_token(std::size_t q) const {
        return doc.first_token_at_or_after(doc.sentences()[sentence_at(t[q].begin)].begin);
    }
    // The index of the sentence holding `byte` (nearest before it), from the cursor.
    std::size_t sentence_at(std::uint32_t byte) const {
        const auto& s = doc.sentences();
        std::size_t k = sentence_cursor;
        while (k > 0 && s[k].begin > byte) --k;
        while (k + 1 < s.size() && s[k + 1].begin <= byte) ++k;
        sentence_cursor = k;
        return k;
    }
};

bool has_check(const SourceCheckBody& b, Text id) { return std::find(b.checks.begin(), b.checks.end(), id) != b.checks.end(); }

} // namespace

void drop_check(SourceCheckBody& b, std::string_view id) {
    for (std::size_t i = 0; i < b.checks.size();) {
        if (b.checks[i].view() == id) {
            b.checks.erase(b.checks.begin() + static_cast<std::ptrdiff_t>(i));
            if (i < b.messages.size()) b.messages.erase(b.messages.begin() + static_cast<std::ptrdiff_t>(i));
        } else {
            ++i;
        }
    }
}

namespace {

// Room for a few checks at the first one: one allocation per list instead of one per growth.
void reserve_checks(SourceCheckBody& b) {
    if (!b.checks.empty()) return;
    b.checks.reserve(4);
    b.messages.reserve(4);
}

// A check whose message is already a Text: a literal (static storage, nothing
// to copy) or one kept once and shared.
void add_text_check(SourceCheckBody& b, Text id, Text message) {
    if (std::find(b.checks.begin(), b.checks.end(), id) != b.checks.end()) return;
    reserve_checks(b);
    b.checks.push_back(id);
    b.messages.push_back(message);
}

// A check whose message is built for this citation (kept in the set's store).
void add_check(const Ctx& c, SourceCheckBody& b, Text id, std::string_view message) {
    if (std::find(b.checks.begin(), b.checks.end(), id) != b.checks.end()) return;
    reserve_checks(b);
    b.checks.push_back(id);
    b.messages.push_back(c.keep(message));
}

// The pieces joined and kept, through a stack buffer when they fit (no temporary string).
Text keep_joined(const Ctx& c, std::initializer_list<std::string_view> pieces) {
    std::size_t n = 0;
    for (const std::string_view p : pieces) n += p.size();
    char buf[256];
    if (n > sizeof buf) {
        std::string joined;
        joined.reserve(n);
        for (const std::string_view p : pieces) joined.append(p.data(), p.size());
        return c.keep(joined);
    }
    char* out = buf;
    for (const std::string_view p : pieces) {
        if (!p.empty()) std::memcpy(out, p.data(), p.size());
        out += p.size();
    }
    return c.keep(std::string_view(buf, n));
}

// "accessed", "retrieved", "updated", "published", "posted" (tested by length first).
bool date_marker(const Ctx& c, std::size_t q) {
    if (!c.word(q)) return false;
    const std::string_view w = c.tx(q);
    switch (w.size()) {
        case 6: return lexicon::equals_lower(w, "posted");
        case 7: return lexicon::equals_lower(w, "updated");
        case 8: return lexicon::equals_lower(w, "accessed");
        case 9: return lexicon::equals_lower(w, "retrieved") || lexicon::equals_lower(w, "published");
        default: return false;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Parts of a parenthetical
//-----------------------------------------------------------------------------

// Where the date of a part starts: a month name, a year or day, or "accessed …",
// at the start of the part or right after a comma.
std::size_t date_start(const Ctx& c, std::size_t first, std::size_t end) {
    for (std::size_t q = first; q < end; ++q) {
        if (date_marker(c, q)) return q;
        const bool boundary = q == first || c.punct(q - 1, ',');
        // "Ruiz and Brand 2021", "Lind et al. 2019": a year closing the part after a name, with no comma.
        // (Only authors' names: "(Vision 2030)" and "(Windows 2000)" are names with a number.)
        if (!boundary && q + 1 == end && c.t[q].type == TokenType::Number && c.len(q) == 4 && !(c.t[q].flags & TokenHasSeparator) &&
            (c.cap(q - 1) || c.punct(q - 1, '.'))) {
            bool authors = false;
            for (std::size_t a = first + 1; a + 1 < q && !authors; ++a)
                authors = (c.is(a, "al") && c.is(a - 1, "et")) || ((c.is(a, "and") || c.punct(a, '&')) && c.cap(a - 1) && c.cap(a + 1));
            if (authors) return q;
        }
        if (!boundary) continue;
        // The cheap tests first: each of the three returns q, so the order does not matter.
        if (c.cap(q) && c.month_of(c.tx(q), c.text_end)) return q;
        if (c.t[q].type == TokenType::Number && c.len(q) == 4 && !(c.t[q].flags & TokenHasSeparator)) return q;
        DateMatch dm;
        if (match_date_at(c.doc, q, &dm)) return q;
    }
    return end;
}

// A part of a parenthetical, first as token spans (enough to tell whether the
// parenthetical is a citation), then, for citations only, with its texts kept
// and its dates read (read_part_dates).
struct PartInfo {
    CitationPart part;                 // range at first; source, date and iso_date once read
    bool empty = false, internal = false, unparseable = false, accessed = false;
    bool has_source = false, has_date = false;
    bool read_dates = false;           // the date tokens are read with dates_in_tokens
    std::size_t source_first = 0, source_last = 0;  // source tokens [first, last] when has_source
    std::size_t date_first = 0, date_last = 0;      // date tokens [first, last] when has_date
    std::size_t dates_from = 0, end = 0;            // dates_in_tokens(dates_from, end) when read_dates
    std::size_t date_count = 0;
    bool has_later = false;            // a date after the publication date (publication year known)
    CalendarDate later;                // the first such date
};

void parse_part(const Ctx& c, std::size_t first, std::size_t end, PartInfo& info) {
    if (first < end) info.part.range = {c.t[first].begin, c.t[end - 1].end};
    // Leading separators and "see".
    std::size_t f = first;
    while (f < end && (c.punct(f, ',') || c.punct(f, ';'))) ++f;
    if (f >= end) { info.empty = true; return; }
    if (c.is(f, "see")) { info.internal = true; ++f; if (c.is(f, "also")) ++f; }
    const std::size_t d = date_start(c, f, end);
    std::size_t se = d;  // source tokens [f, se)
    while (se > f && (c.punct(se - 1, ',') || c.punct(se - 1, ';') || c.punct(se - 1, ':'))) --se;
    if (se > f) { info.has_source = true; info.source_first = f; info.source_last = se - 1; }
    if (d < end) {
        info.has_date = true; info.date_first = d; info.date_last = end - 1;
        std::size_t ds = d;
        if (date_marker(c, ds)) { info.accessed = c.is(ds, "accessed") || c.is(ds, "retrieved"); ++ds; }
        info.read_dates = true;
        info.dates_from = ds;
        info.end = end;
    } else {
        // "Reuters, Juen 5": something after a comma that has digits but is no date.
        for (std::size_t q = f; q < end; ++q) {
            if (!c.punct(q, ',')) continue;
            bool digits = false;
            for (std::size_t r = q + 1; r < end; ++r) digits |= c.t[r].type == TokenType::Number;
            if (digits && q + 1 < end) {
                info.has_date = true; info.date_first = q + 1; info.date_last = end - 1;
                info.has_source = q > f;
                if (info.has_source) { info.source_first = f; info.source_last = q - 1; }
                info.unparseable = true;
            }
            break;
        }
    }
}

// The part of a citation in full: its texts kept, its dates read.
void read_part_dates(const Ctx& c, PartInfo& info) {
    if (info.has_source) info.part.source = c.text(info.source_first, info.source_last);
    // "(Ode, 2020, p. 14)": a page after the date is where in the source, not part of its date.
    std::size_t end = info.end;
    if (info.has_date)
        for (std::size_t q = info.date_first + 1; q + 1 < end && q <= info.date_last; ++q)
            if (c.punct(q, ',') && (c.is(q + 1, "p") || c.is(q + 1, "pp") || c.is(q + 1, "page") || c.is(q + 1, "pages"))) {
                end = q;
                info.date_last = q - 1;
                break;
            }
    if (info.has_date) info.part.date = c.text(info.date_first, info.date_last);
    if (!info.read_dates) return;
    bool bad = false;
    const std::vector<DateMatch> dates = dates_in_tokens(c.doc, info.dates_from, end, &bad);
    info.unparseable = bad || dates.empty();
    info.date_count = dates.size();
    for (std::size_t k = 0; k < dates.size(); ++k) {
        const CalendarDate d = with_year(dates[k].date, c.publication.year);
        if (k == 0) info.part.iso_date = iso_text(d);
        if (c.publication.year && !info.has_later && compare_dates(d, c.publication) > 0) {
            info.has_later = true;
            info.later = d;
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Parentheticals
//-----------------------------------------------------------------------------

bool cross_reference_word(std::string_view lw) {
    return lw == "below" || lw == "above" || lw == "table" || lw == "figure" || lw == "fig" || lw == "chart" ||
           lw == "box" || lw == "section" || lw == "appendix" || lw == "annex" || lw == "note" || lw == "notes" ||
           lw == "page" || lw == "p" || lw == "chapter" || lw == "map" || lw == "graph" || lw == "footnote" ||
           lw == "sidebar" || lw == "later" || lw == "earlier" || lw == "here" || lw == "there";
}

bool looks_like_list(const Ctx& c, std::size_t first, std::size_t end) {
    for (std::size_t q = first; q < end; ++q) {
        ShortWord buf;
        const std::string_view lw = c.lower(q, buf);
        if (lw.empty()) continue;
        if (lw == "others" || lw == "etc" || lw == "e" || lw == "such" || lw == "including" || lw == "example" ||
            lw == "among")
            return true;
    }
    return false;
}

void registry_note(const Ctx& c, SourceCheckBody& b) {
    for (const CitationPart& p : b.parts) {
        if (!p.source) continue;
        if (const SourceEntry* e = c.registry_entry(*p.source)) {
            auto it = c.registry_notes.find(e);
            if (it == c.registry_notes.end())
                it = c.registry_notes.emplace(e, c.keep(e->name + (e->kind.empty() ? "" : " (" + e->kind + ")") + ": " + e->description)).first;
            b.registry_note = it->second;
            return;
        }
    }
}

void date_checks(const Ctx& c, SourceCheckBody& b, const PartInfo& pi) {
    if (pi.unparseable && pi.part.date)
        add_check(c, b, "unparseable_date", "The date \xE2\x80\x9C" + *pi.part.date + "\xE2\x80\x9D could not be read as a calendar date.");
    if (pi.accessed) add_text_check(b, "accessed_date", "The date is when the page was accessed, not when the source was published.");
    if (pi.date_count > 1) add_text_check(b, "multiple_dates", "One part gives several dates: it may point to several pieces.");
    if (pi.has_later && !has_check(b, "date_after_publication"))
        add_text_check(b, "date_after_publication",
                       keep_joined(c, {"The cited date (", iso_text(pi.later), pi.later.year_inferred ? ", year assumed" : "",
                                       ") is after the article's publication date (", c.publication_iso, ")."}));
}

// "The citation has N parts, separated by “;”.", kept once per N.
Text parts_message(const Ctx& c, std::size_t n) {
    const auto build = [&] { return c.keep("The citation has " + std::to_string(n) + " parts, separated by \xE2\x80\x9C;\xE2\x80\x9D."); };
    const std::size_t slots = sizeof c.parts_messages / sizeof c.parts_messages[0];
    if (n >= slots) return build();
    if (c.parts_messages[n].empty()) c.parts_messages[n] = build();
    return c.parts_messages[n];
}

bool quote_mark(const Ctx& c, std::size_t q);
bool name_word(const Ctx& c, std::size_t q);
std::size_t name_run_end(const Ctx& c, std::size_t b, std::size_t most);

// "(World Bank data)", "(Harlow Port Authority figures)", "(figures from the Harlow Port Authority)", "(data:
// Harlow Fund)": data and who published it, the tokens [first, end); the name as [*nb, *ne], or false.
bool data_and_publisher(const Ctx& c, std::size_t first, std::size_t end, std::size_t* nb, std::size_t* ne) {
    const auto data_at = [&](std::size_t q) {
        ShortWord db;
        return q < end && c.word(q) && !c.cap(q) && lexicon::is_data_noun(c.lower(q, db));
    };
    if (name_word(c, first)) {  // the name, then the data
        const std::size_t l = name_run_end(c, first, 8);
        if (l + 2 != end || !data_at(l + 1)) return false;
        *nb = first;
        *ne = l;
        return true;
    }
    if (!data_at(first)) return false;
    std::size_t a = 0;  // the data, then "from", "by" or a colon, then the name
    if (c.is(first + 1, "from") || c.is(first + 1, "by")) a = c.is(first + 2, "the") ? first + 3 : first + 2;
    else if (c.punct(first + 1, ':')) a = first + 2;
    if (!a || a >= end || !name_word(c, a)) return false;
    const std::size_t l = name_run_end(c, a, 8);
    if (l + 1 != end) return false;
    *nb = a;
    *ne = l;
    return true;
}

// Whether the line ending at token `last` ends in a photo agency's or library's name ("Getty Images", "AFP",
// "Reuters", "iStock"): how a credit line of names joined by slashes ends.
bool photo_agency_end(const Ctx& c, std::size_t last) {
    static constexpr std::string_view agencies[] = {"Images", "AFP", "Reuters", "AP", "EPA", "iStock", "Shutterstock", "Alamy",
                                                    "Bloomberg", "Photodisc", "Presse", "Press", "Photos", "Pictures", "Stock"};
    return c.word(last) && std::find(std::begin(agencies), std::end(agencies), c.tx(last)) != std::end(agencies);
}

// A line of its own that credits an image, opening at token `i`: "Photo: Ana Ruiz/Harlow Times", "Picture by
// Ivo Lind", "Photo credit: …", "Ana Ruiz/AFP/Getty Images". Added to the scan as an image credit (and kept
// from the figures); its last token, or npos.
std::size_t credit_line(const Ctx& c, std::size_t i, CitationScan& scan) {
    const std::size_t n = c.t.size();
    std::size_t last = i;
    while (last + 1 < n && !(c.t[last + 1].flags & TokenNewlineBefore) && last - i < 24) ++last;
    if (last + 1 < n && !(c.t[last + 1].flags & TokenNewlineBefore)) return std::string_view::npos;  // a long line: prose
    ShortWord lb;
    const std::string_view lead = c.lower(i, lb);
    std::size_t from = std::string_view::npos;  // the credit's first token
    const bool labelled = lead == "photo" || lead == "photos" || lead == "image" || lead == "picture" || lead == "photograph" ||
                          lead == "credit" || lead == "illustration";
    if (labelled) {
        if (c.punct(i + 1, ':') || c.is(i + 1, "by")) from = i + 2;
        else if (c.is(i + 1, "credit") && c.punct(i + 2, ':')) from = i + 3;
        if (from != std::string_view::npos && !name_word(c, from)) return std::string_view::npos;  // "Photo: the new pier"
    } else {
        // Names joined by slashes, the last a photo agency's: "Ana Ruiz/AFP/Getty Images".
        bool slash = false;
        for (std::size_t q = i; q <= last; ++q) {
            if (c.word(q)) continue;
            if (c.punct(q, '/')) { slash = true; continue; }
            if (c.punct(q, '-') || c.punct(q, '.') || c.punct(q, '&')) continue;  // "Agence France-Presse", "Jr."
            return std::string_view::npos;
        }
        if (!slash || !photo_agency_end(c, last)) return std::string_view::npos;
        // The credit starts at the name before the first slash; a caption may come before it ("The pier at dawn
        // Ana Ruiz/Reuters": the last two capitalised words then).
        std::size_t fs = i;
        while (!c.punct(fs, '/')) ++fs;
        std::size_t run = fs;
        while (run > i && fs - run < 3 && c.cap(run - 1)) --run;
        from = run == i ? i : std::max(run, fs >= 2 ? fs - 2 : i);
        if (from == fs) return std::string_view::npos;
    }
    if (from == std::string_view::npos || from > last) return std::string_view::npos;
    std::size_t se = last;
    while (se > from && c.t[se].type == TokenType::Punct) --se;
    FoundCitation f;
    f.body.citation_type = "image_credit";
    // (The line from its label, "Photo: …"; after a caption, the credit alone.)
    f.range = {c.t[labelled ? i : from].begin, c.t[last].end};
    CitationPart& part = f.body.parts.emplace_back();
    part.range = {c.t[from].begin, c.t[se].end};
    part.source = c.text(from, se);
    // ("CreditKevin Frayer/Getty Images": the label glued to the name stays out.)
    const std::string_view written = c.span(from, se);
    if (written.size() > 7 && written.substr(0, 6) == "Credit" && written[6] >= 'A' && written[6] <= 'Z')
        part.source = c.keep(written.substr(6));
    add_text_check(f.body, "image_credit", "This is the credit of an image, not the source of a claim.");
    f.rule = "a line that credits an image (\"Photo: …\", \"…/AFP/Getty Images\")";
    scan.parentheticals_cited.push_back(f.range);
    scan.citations.push_back(std::move(f));
    return last;
}

// Parse the parenthetical tokens [open, close] (close may be the last token of
// an unclosed one). Returns false when it is not a citation. `parts` is scratch
// space kept by the caller across parentheticals.
bool parenthetical_citation(const Ctx& c, std::size_t open, std::size_t close, bool closed, std::vector<PartInfo>& parts,
                            FoundCitation* out) {
    const std::size_t first = open + 1, end = closed ? close : close + 1;
    if (first >= end) return false;
    SourceCheckBody& b = out->body;
    b.citation_type = "parenthetical";
    out->range = {c.t[open].begin, c.t[close].end};
    // Image credit: "(Source: …", "(Photo: …".
    ShortWord head;
    const std::string_view lead = c.lower(first, head);
    // ("Fees rose 7% (Source: Harlow Fund)." inside a sentence names where a figure comes from: below.)
    const bool own_line = (c.t[open].flags & TokenNewlineBefore) || open == 0 || c.punct(open - 1, '.') ||
                          c.punct(open - 1, '!') || c.punct(open - 1, '?') || quote_mark(c, open - 1);
    if (lead == "source" && c.punct(first + 1, ':') && !own_line) {
        std::size_t se = end;
        while (se > first + 2 && (c.punct(se - 1, ',') || c.punct(se - 1, ';') || c.punct(se - 1, '.'))) --se;
        if (se <= first + 2) return false;
        CitationPart part;
        part.range = {c.t[first + 2].begin, c.t[se - 1].end};
        part.source = c.text(first + 2, se - 1);
        b.parts.push_back(part);
        out->rule = "\"(Source: …)\" inside a sentence: where its figures come from";
        out->named = true;
        registry_note(c, b);
        return true;
    }
    // Data and who published it, inside a sentence: where its figures come from.
    if (std::size_t nb = 0, ne = 0; closed && !own_line && data_and_publisher(c, first, end, &nb, &ne)) {
        CitationPart part;
        part.range = {c.t[nb].begin, c.t[ne].end};
        part.source = c.text(nb, ne);
        b.parts.push_back(part);
        out->rule = "data and who published it in a parenthesis (\"(Harlow Fund data)\", \"(figures from …)\")";
        out->named = true;
        registry_note(c, b);
        return true;
    }
    if ((lead == "source" || lead == "photo" || lead == "image" || lead == "credit" || lead == "photograph" ||
         lead == "picture") && c.punct(first + 1, ':')) {
        b.citation_type = "image_credit";
        std::size_t se = end;
        while (se > first + 2 && (c.punct(se - 1, ',') || c.punct(se - 1, ';'))) --se;
        CitationPart part;
        part.range = {c.t[first].begin, c.t[end - 1].end};
        if (se > first + 2) part.source = c.text(first + 2, se - 1);
        b.parts.push_back(part);
        add_text_check(b, "image_credit", "This is the credit of an image, not the source of a claim.");
        if (!closed) add_text_check(b, "unclosed_parenthesis", "The parenthesis is never closed: the rest of the credit (probably a link) was lost.");
        if (!part.source) add_text_check(b, "missing_source", "The credit names no source" GLOSS_LOST_LINK);
        out->rule = "\"(Source: …\" or \"(Photo: …\" opens an image credit";
        out->named = false;
        return true;
    }
    if (!closed) return false;
    // Code, numbers alone, a sentence of the writer's: "(SELECT * FROM t)", "(40, 2)", "(I doubt it)", "(See
    // how it helps?)" cite nothing.
    {
        if (c.t[first].flags & TokenNewlineBefore) return false;  // "(" alone on its line: a block of code
        bool words = false;
        for (std::size_t q = first; q < end; ++q) {
            if (c.t[q].type == TokenType::Word) { words = true; continue; }
            if (c.t[q].type != TokenType::Punct) continue;
            const char p = c.doc.text()[c.t[q].begin];
            if (p == '*' || p == '=' || p == '[' || p == ']' || p == '{' || p == '}' || p == '<' || p == '>' || p == '|') return false;
        }
        if (!words || (c.tx(first) == "I" && c.word(first + 1) && !c.cap(first + 1)) || c.punct(end - 1, '?')) return false;
        if (lead == "see" && (c.is(first + 1, "how") || c.is(first + 1, "what") || c.is(first + 1, "why") || c.is(first + 1, "whether")))
            return false;
    }
    // A count and what it counts ("(5 posted)", "(12 comments)"): no source and no date.
    if (c.t[first].type == TokenType::Number && end - first >= 2) {
        bool lower_words = true;
        for (std::size_t q = first + 1; q < end && lower_words; ++q) lower_words = c.word(q) && !c.cap(q);
        if (lower_words) return false;
    }
    // Cross-references: "(see below)", "(see Table 2)".
    if (lead == "see" && first + 1 < end && c.word(first + 1)) {
        char buf[32];
        if (cross_reference_word(lexicon::lower(c.tx(first + 1), buf))) return false;
    }
    // Split at ';'.
    parts.clear();
    std::size_t s = first;
    for (std::size_t q = first; q <= end; ++q) {
        if (q == end || c.punct(q, ';')) {
            parse_part(c, s, q, parts.emplace_back());
            s = q + 1;
        }
    }
    const bool lost_link = c.punct(first, ',') || c.punct(first, ';');
    bool any_date = false, internal = false, capitalised_source = false;
    for (const PartInfo& p : parts) {
        any_date |= p.has_date;
        internal |= p.internal;
        if (p.has_source) {
            const unsigned char c0 = static_cast<unsigned char>(c.doc.text()[c.t[p.source_first].begin]);
            capitalised_source |= (c0 >= 'A' && c0 <= 'Z') || c0 >= 0x80 || (c0 >= '0' && c0 <= '9');
        }
    }
    const bool known_source = parts.size() == 1 && parts[0].has_source && !parts[0].has_date &&
                              c.source_named(c.span(parts[0].source_first, parts[0].source_last)) != nullptr;
    bool citation = lost_link || internal || known_source || (any_date && capitalised_source);
    if (!lost_link && !internal && looks_like_list(c, first, end)) citation = false;
    if (!citation) return false;

    b.parts.reserve(parts.size());
    for (PartInfo& p : parts) {
        read_part_dates(c, p);
        b.parts.push_back(p.part);
    }
    if (internal)
        add_text_check(b, "internal_ref", "\xE2\x80\x9Csee \xE2\x80\xA6\xE2\x80\x9D points to the publisher's own earlier articles, not to an outside source.");
    std::size_t missing = 0, empty = 0;
    for (const PartInfo& p : parts) {
        if (!p.part.source) ++missing;
        if (p.empty) ++empty;
    }
    if (missing) {
        if (missing == 1 && parts.size() == 1) {
            if (parts[0].part.date) add_text_check(b, "missing_source", "The citation has a date but no source name" GLOSS_LOST_LINK);
            else add_text_check(b, "missing_source", "The citation has no source name" GLOSS_LOST_LINK);
        } else {
            add_check(c, b, "missing_source", std::to_string(missing) + " of " + std::to_string(parts.size()) +
                                                  " parts name no source" GLOSS_LOST_LINK);
        }
    }
    if (empty) add_text_check(b, "empty_part", "A part of the citation is empty: nothing stands between the separators.");
    if (parts.size() > 1) add_text_check(b, "multiple_parts", parts_message(c, parts.size()));
    for (const PartInfo& p : parts) {
        if (p.part.source && !p.part.date && !internal)
            add_check(c, b, "no_date", "No date is given for " + *p.part.source + ".");
        date_checks(c, b, p);
    }
    for (std::size_t q = first; q + 1 < end; ++q)
        if (c.punct(q, ';') && c.punct(q + 1, ',') && !(c.t[q + 1].flags & TokenSpaceBefore)) {
            add_text_check(b, "punctuation_irregular", "Irregular separator \xE2\x80\x9C;,\xE2\x80\x9D between parts: something between them was lost.");
            break;
        }
    registry_note(c, b);
    out->named = missing < parts.size();
    out->rule = internal ? Text("parenthesis opening with \"see\" and a source: an internal reference")
                : lost_link ? Text("parenthesis opening with a separator: a citation whose first source is missing")
                            : Text("parenthesis holding a source name and a date");
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Attributions in running text
//-----------------------------------------------------------------------------

bool connector(const Ctx& c, std::size_t q) {
    if (c.punct(q, '&')) return true;
    if (!c.word(q) || c.len(q) > 7) return false;  // (the longest is "without")
    ShortWord buf;
    const std::string_view lw = c.lower(q, buf);
    return lw == "and" || lw == "of" || lw == "for" || lw == "the" || lw == "on" || lw == "de" ||
           // …and in the names of other languages: "Bank fuer Harlow", "Banco del Tarrow", "Caisse des
           // Dépôts", "Instituut voor …"
           lw == "fuer" || lw == "f\xC3\xBCr" || lw == "der" || lw == "des" || lw == "du" || lw == "del" ||
           lw == "della" || lw == "di" || lw == "voor" || lw == "van" || lw == "von" || lw == "la" || lw == "y" ||
           // …and capitalised inside a name in title case: "Doctors Without Borders", "Campaign Against Port Fees".
           ((c.t[q].flags & TokenCapitalized) && !(c.t[q].flags & TokenAllCaps) &&
            (lw == "without" || lw == "against" || lw == "sans"));
}

// The last token of a name from token `b` ("Tarrow University's Centre for Ports"): capitalised words
// and the connectors between them, at most `most` tokens on, on b's line.
std::size_t name_run_end(const Ctx& c, std::size_t b, std::size_t most) {
    std::size_t l = b;
    while (l + 1 < c.t.size() && l - b < most && !(c.t[l + 1].flags & TokenNewlineBefore)) {
        if (c.cap(l + 1) && c.word(l + 1)) { ++l; continue; }
        if (connector(c, l + 1) && c.cap(l + 2) && c.word(l + 2)) { l += 2; continue; }
        break;
    }
    return l;
}

struct Speakers;
Text full_name(const Speakers& sp, std::string_view name);
bool organisation_name(std::string_view name);
void add_named_attribution(const Ctx& c, std::size_t v, FoundCitation& fc, bool person, Text rule, CitationScan& scan,
                           Speakers& sp);
bool post_title(std::string_view lw);
Text affiliation_in(const Ctx& c, std::size_t b, std::size_t e);
void remember_speaker(Speakers& sp, Text source, bool person);
bool possessive_mark(const Ctx& c, std::size_t q);
bool urges_someone_to(const Ctx& c, std::string_view verb, std::size_t q);
char pronoun_of(const Speakers& sp, std::string_view person);
bool determiner_word(std::string_view lw);
bool person_noun(std::string_view lw);
bool person_role(std::string_view lw);
bool role_opens(const Ctx& c, std::size_t b, std::size_t l);
bool office_title(std::string_view lw);
bool executive_initials(std::string_view w);
bool degree_initials(const Ctx& c, std::size_t q);
std::size_t person_before_employer(const Ctx& c, std::size_t f, std::size_t e, std::size_t* nb, std::size_t* ne);
bool last_name_in(const Ctx& c, std::size_t b, std::size_t e, std::size_t* nb, std::size_t* ne);
bool compass_word(std::string_view lw);
Text last_body_of(const Speakers& sp);
bool spokesperson_word(std::string_view lw);
bool possessive_determiner(std::string_view lw);
bool group_noun_is(Text group, std::string_view head);
bool surname_particle(std::string_view lw);
std::size_t after_time_phrase(const Ctx& c, std::size_t q, std::size_t limit = std::string_view::npos);
bool authorship_word(std::string_view lw);
void note_body(Speakers& sp, Text body);
Text body_named_before(const Ctx& c, std::size_t s, std::size_t e, const Speakers& sp);

// The words that open an aside withholding a name, at token `q`: "familiar with", "briefed on", "close
// to" (2) or "with knowledge of" (3), as in "two people familiar with the matter"; 0 when none opens there.
std::size_t withholding_words_at(const Ctx& c, std::size_t q) {
    if ((c.is(q, "familiar") && c.is(q + 1, "with")) || (c.is(q, "briefed") && c.is(q + 1, "on")) ||
        (c.is(q, "close") && c.is(q + 1, "to")))
        return 2;
    return c.is(q, "with") && c.is(q + 1, "knowledge") && c.is(q + 2, "of") ? 3 : 0;
}

bool body_kind(std::string_view lw);
bool place_kind(std::string_view lw);

// Whether the word at `q`, in lower case, says what the name after it is: "the journal Tarrow Policy", "the
// think tank Harlow Watch", "the capital Tarrow" (one who reports, a body's kind or a place's).
bool name_descriptor(const Ctx& c, std::size_t q) {
    if (!c.word(q) || c.cap(q)) return false;
    ShortWord wb;
    const std::string_view lw = c.lower(q, wb);
    return lexicon::is_source_noun(lw) || body_kind(lw) || place_kind(lw) || lw == "tank";
}

// A word for a kind of body: "commission", "office", "ministry", "board", "bank", "agency", "company", ….
bool body_kind(std::string_view lw) {
    return lexicon::is_organisation_noun(lw) || lw == "commission" || lw == "office" || lw == "ministry" || lw == "bureau" ||
           lw == "department" || lw == "board" || lw == "council" || lw == "authority" || lw == "service" || lw == "court" ||
           lw == "committee" || lw == "secretariat" || lw == "directorate" || lw == "league" || lw == "presidency" ||
           lw == "government" || lw == "embassy" || lw == "administration" || lw == "cabinet" || lw == "parliament";
}

// "from the electoral commission", "by the national statistics office": after `by` (the token of "by" or
// "from"), "the" and up to five words (capitalised ones first, then in lower case) that end in a body's kind
// in lower case; one past the phrase, or 0.
std::size_t body_by_kind_after(const Ctx& c, std::size_t by) {
    if (!c.is(by + 1, "the")) return 0;
    // (The last kind among the words: "the statistics office showed" ends at "office", not at the verb. A name
    // may come before the lower-case words: "by the Northgate University research group".)
    std::size_t end = 0;
    bool lower_seen = false;
    for (std::size_t q = by + 2; q < c.t.size() && q - by <= 6 && c.word(q) && !c.function_word(q); ++q) {
        if (c.cap(q)) {
            if (lower_seen || (c.t[q].flags & TokenNewlineBefore)) break;
            continue;
        }
        lower_seen = true;
        ShortWord kb;
        if (body_kind(c.lower(q, kb))) end = q + 1;
    }
    return end;
}

// "In the 2021 census, 64% …", "In a 2019 survey by the Harlow Institute, 40% …": a sentence that opens
// (at token `i`, "In") with the document it reports from, between "In" and a comma. The document must be
// told apart by a year, a capitalised name or its author; "In the report, …" alone is left to the clause.
void data_opening(const Ctx& c, std::size_t i, CitationScan& scan, const Speakers& sp) {
    const std::size_t n = c.t.size();
    if (!c.sentence_begins_at(c.t[i].begin) || !(c.is(i + 1, "the") || c.is(i + 1, "a") || c.is(i + 1, "an") || c.is(i + 1, "its"))) return;
    const std::size_t det = i + 1;
    std::size_t kind = 0;
    bool told_apart = false;
    for (std::size_t q = det + 1; q < n && q <= det + 4; ++q) {
        if (c.t[q].type == TokenType::Number && c.len(q) == 4) { told_apart = true; continue; }  // "the 2021 census"
        if (!c.word(q)) return;
        if (c.cap(q)) { told_apart = true; continue; }  // "the Harlow Courier poll"
        ShortWord kb;
        const std::string_view lw = c.lower(q, kb);
        if (lw == "census" || lw == "survey" || lw == "poll" || lw == "study" || lw == "report" || lw == "analysis" ||
            lw == "review" || lw == "audit") {
            kind = q;
            break;
        }
        if (c.function_word(q)) return;
    }
    if (!kind) return;
    std::size_t end = kind;
    std::size_t nb = 0;
    if ((c.is(kind + 1, "by") || c.is(kind + 1, "from") || c.is(kind + 1, "for")) && c.cap(c.is(kind + 2, "the") ? kind + 3 : kind + 2)) {
        nb = c.is(kind + 2, "the") ? kind + 3 : kind + 2;
        end = name_run_end(c, nb, 8);
        told_apart = true;
    }
    // ("In its quarterly report, …": its owner tells it apart.)
    if (c.is(det, "its")) told_apart = true;
    if (!told_apart || !c.punct(end + 1, ',')) return;
    FoundCitation fc;
    fc.body.citation_type = "attribution";
    fc.range = {c.t[i].begin, c.t[end].end};
    CitationPart& part = fc.body.parts.emplace_back();
    part.range = {c.t[det + 1].begin, c.t[end].end};
    part.source = nb ? c.text(nb, end) : c.text(det + 1, kind);
    // "In its latest annual review, …": the document of the body the clause after it names by its kind ("…,
    // the bank lowered"), else of the body named last; none named yet, no one's.
    if (c.is(det, "its") && !nb) {
        Text body;
        if (const std::size_t a = end + 2; c.is(a, "the") && c.word(a + 1) && !c.cap(a + 1)) body = body_named_before(c, a + 1, a + 1, sp);
        if (body.empty()) body = last_body_of(sp);
        if (body.empty()) return;
        part.source = body;
    }
    fc.named = true;
    fc.rule = "a sentence that opens with the document it reports from (\"In the 2021 census, …\")";
    registry_note(c, fc.body);
    scan.citations.push_back(std::move(fc));
}

// "In Vale's view, …", "In the Harlow Institute's estimate, …": a sentence that opens with whose view it
// gives (`i`: "In"). The owner is a name of one to four capitalised words, a surname the person named in
// full before.
void view_opening(const Ctx& c, std::size_t i, CitationScan& scan, Speakers& sp) {
    if (!c.sentence_begins_at(c.t[i].begin)) return;
    std::size_t b = i + 1;
    if (c.is(b, "the")) ++b;
    std::size_t e = b;
    while (e < c.t.size() && e - b < 4 && c.cap(e) && c.word(e) && !lexicon::is_possessive(c.tx(e))) ++e;
    if (e >= c.t.size() || !c.cap(e) || !c.word(e) || !lexicon::is_possessive(c.tx(e)) || !c.punct(e + 2, ',')) return;
    static constexpr std::string_view views[] = {"view", "opinion", "words", "estimate", "estimation", "assessment",
                                                 "judgment", "judgement", "reckoning", "telling", "account", "analysis"};
    ShortWord vb;
    if (!c.word(e + 1)) return;
    const std::string_view what = c.lower(e + 1, vb);
    if (std::find(std::begin(views), std::end(views), what) == std::end(views)) return;
    const std::string_view name = lexicon::without_possessive(c.span(b, e));
    if (name.empty() || c.function_word(b)) return;
    const bool person = !organisation_name(name) && !(c.t[b].flags & TokenAllCaps);
    FoundCitation fc;
    fc.body.citation_type = "attribution";
    fc.range = {c.t[i].begin, c.t[e + 1].end};
    CitationPart& part = fc.body.parts.emplace_back();
    part.range = {c.t[b].begin, c.t[e].end};
    const Text full = person ? full_name(sp, name) : Text();
    part.source = full.empty() ? c.keep(name) : full;
    add_named_attribution(c, e + 1, fc, person, "a sentence that opens with whose view it gives (\"In Vale's view, …\")", scan, sp);
}

// "according to [the descriptor] Name" starting at token `a` ("according").
bool name_word(const Ctx& c, std::size_t q);

bool business_noun(std::string_view lw);

bool looks_like_acronym(std::string_view w);

void according_to(const Ctx& c, std::size_t a, CitationScan& scan, Speakers& sp) {
    const std::size_t n = c.t.size();
    // "charged according to how long the boat is", "according to whether …": a manner, not who says so.
    if (c.is(a + 2, "how") || c.is(a + 2, "what") || c.is(a + 2, "whether") || c.is(a + 2, "which") ||
        c.is(a + 2, "where") || c.is(a + 2, "when") || (c.is(a + 2, "who") && !(c.t[a + 2].flags & TokenAllCaps)) ||
        c.is(a + 2, "if"))
        return;
    // "prices set according to size and weight", "according to plan": one common word in the singular,
    // alone, is a manner, not who says so (but "according to officials", "according to government data").
    if (c.word(a + 2) && !c.cap(a + 2) && (!c.word(a + 3) || c.function_word(a + 3))) {
        ShortWord mb;
        const std::string_view lw = c.lower(a + 2, mb);
        if (!lw.empty() && lw.back() != 's' && !determiner_word(lw) && !lexicon::is_source_noun(lw) && !lexicon::is_data_noun(lw) &&
            !person_noun(lw) && !c.function_word(a + 2))
            return;
    }
    // "according to his charter", "according to their plan": a possessive and what is not a source.
    // (The noun is the last of the words after the possessive: "its latest figures". A person's own body is
    // no source of theirs: "according to his charter" is what it says.)
    const bool persons = c.is(a + 2, "his") || c.is(a + 2, "her");
    if (persons || c.is(a + 2, "its") || c.is(a + 2, "their")) {
        std::size_t e = a + 3;
        while (e < n && e - a < 7 && c.word(e) && !c.cap(e) && !c.function_word(e)) ++e;
        ShortWord nb;
        const std::string_view noun = e > a + 3 ? c.lower(e - 1, nb) : std::string_view();
        const bool source = lexicon::is_data_noun(noun) || person_noun(noun) || lexicon::is_trade_by_suffix(noun) ||
                            noun == "office" || (!persons && lexicon::is_source_noun(noun));
        if (!source) return;
    }
    // "according to a memo seen by the Harlow Courier": a document no one is named to own, as "A memo seen by
    // the Harlow Courier shows" is; whoever saw it is not its author.
    {
        std::size_t d = a + 2;
        const bool article = c.is(d, "a") || c.is(d, "an");
        if (article) ++d;
        std::size_t w = d;
        bool document = false;
        for (; w < n && w - d < 3 && c.word(w) && !c.cap(w) && !c.function_word(w) && !document; ++w) {
            ShortWord db;
            document = lexicon::is_data_noun(c.lower(w, db)) && (article || lexicon::plural_like(c.tx(w)));
        }
        ShortWord pb;
        const std::string_view seen = c.word(w) ? c.lower(w, pb) : std::string_view();
        if (document && (seen == "seen" || seen == "obtained" || seen == "viewed" || seen == "reviewed") && c.is(w + 1, "by")) {
            const std::size_t outlet = c.is(w + 2, "the") ? w + 3 : w + 2;
            if (outlet < n && c.cap(outlet) && c.word(outlet)) {
                const std::size_t end = name_run_end(c, outlet, 8);
                FoundCitation f;
                f.body.citation_type = "attribution";
                CitationPart& part = f.body.parts.emplace_back();
                f.range = {c.t[a].begin, c.t[end].end};
                part.range = {c.t[a + 2].begin, c.t[w - 1].end};  // the document: a link on the outlet names no owner
                f.body.outlet = c.text(outlet, end);                 // (who saw it is recorded, as after "told")
                f.vague = true;
                add_check(c, f.body, "vague_source",
                          "The claim is attributed to \xE2\x80\x9C" + std::string(c.span(a + 2, w - 1)) +
                              "\xE2\x80\x9D, which it does not name: a reader cannot find or check it.");
                f.rule = "\"according to\" a document only seen by a named outlet, with no owner named";
                scan.citations.push_back(std::move(f));
                return;
            }
        }
    }
    std::size_t q = a + 2;
    const std::size_t start = q;
    std::size_t last = start;  // one past the last token taken
    std::size_t body_by_kind = 0;  // "results from the electoral commission": where the body's words start
    while (q < n && q - start < 16) {
        if (q > start && (c.t[q].flags & TokenNewlineBefore)) break;  // the name ends with its line
        if (c.word(q) && q > start && (c.is(q, "from") || c.is(q, "by"))) {
            if (const std::size_t end = body_by_kind_after(c, q)) {
                body_by_kind = q + 2;
                last = q = end;
                break;
            }
            // ("figures from Ostland's customs agency": a place's or a body's possessive before the kind.)
            if (c.cap(q + 1) && lexicon::is_possessive(c.tx(q + 1)) && !(c.t[q + 1].flags & TokenAllCaps)) {
                std::size_t r = q + 2, end = 0;
                for (; r < n && r - q <= 4 && c.word(r) && !c.cap(r) && !c.function_word(r); ++r) {
                    ShortWord kb;
                    if (body_kind(c.lower(r, kb))) end = r + 1;
                }
                if (end) {
                    body_by_kind = q + 1;
                    last = q = end;
                    break;
                }
            }
        }
        if (c.word(q)) {
            char buf[32];
            const std::string_view lw = lexicon::lower(c.tx(q), buf);
            const bool fn = c.function_word(q);  // (not "WHO": a body's initials)
            if (fn) {
                // ("Harbour Science on Monday": a day after "on" is when, not more of the name.)
                ShortWord wb;
                const bool when = lw == "on" && (month_from_word(c.tx(q + 1)) != 0 || lexicon::is_day_word(c.lower(q + 1, wb)));
                const bool inside = q > start && c.cap(q - 1) && connector(c, q) && c.cap(q + 1) && !when;
                // (…or a possessive: "according to our reporter", "according to his lawyer".)
                const bool lead = q == start && (lw == "the" || lw == "a" || lw == "an" || possessive_determiner(lw));
                // "a recent report by the IMF", "a survey from Gallup": the name after the descriptor.
                // ("a spokesman for the Harlow Council": the body the spokesman speaks for.)
                ShortWord sb;
                const bool by = lw == "by" || lw == "from" || lw == "of" ||
                                (lw == "for" && q > start && spokesperson_word(c.lower(q - 1, sb)));
                // ("a note from ratings agency Brenna Ratings": what the name is, in lower case, before it.)
                const bool agent = q > start && by &&
                                   (c.cap(q + 1) || (c.is(q + 1, "the") && c.cap(q + 2)) ||
                                    (name_descriptor(c, q + 1) && c.cap(q + 2) && c.word(q + 2)) ||
                                    (c.word(q + 1) && !c.cap(q + 1) && !c.function_word(q + 1) && name_descriptor(c, q + 2) &&
                                     c.cap(q + 3) && c.word(q + 3)));
                ShortWord sb2;
                const bool agent_article = q > start + 1 && lw == "the" && c.cap(q + 1) &&
                                           (c.is(q - 1, "by") || c.is(q - 1, "from") || c.is(q - 1, "of") ||
                                            (c.is(q - 1, "for") && q >= start + 2 && spokesperson_word(c.lower(q - 2, sb2))));
                // "data issued on Friday by the Harlow Office": a time phrase between the participle
                // of publishing and its author.
                if (!inside && !lead && !agent && !agent_article && q > start && c.word(q - 1)) {
                    ShortWord pb;
                    const std::string_view prev = c.lower(q - 1, pb);
                    // "the study published in the Harlow Medical Journal": where it was published names it.
                    if (lw == "in" && prev == "published" &&
                        (c.cap(q + 1) || (c.is(q + 1, "the") && (c.cap(q + 2) || ((c.is(q + 2, "journal") || c.is(q + 2, "magazine")) && c.cap(q + 3)))))) {
                        ++q;
                        if (c.is(q, "the")) ++q;
                        if (c.is(q, "journal") || c.is(q, "magazine")) ++q;
                        last = q;
                        continue;
                    }
                    if (authorship_word(prev)) {
                        std::size_t r = q;
                        while (r < n && r < q + 4 && c.word(r) && !c.is(r, "by")) ++r;
                        if (r < n && c.is(r, "by") && (c.cap(r + 1) || (c.is(r + 1, "the") && c.cap(r + 2)))) {
                            last = q = r;
                            continue;
                        }
                    }
                }
                // "an average of surveys compiled by the Tarrow Times", "an analysis of data collected by
                // Harlow Bank": what the descriptor is of, then who made it.
                // ("a study of 55,000 adults published on Wednesday in the Harlow Journal of Medicine": a count
                // of what was studied, then where it was published, over a time phrase.)
                if (lw == "of" && q > start && !agent) {
                    std::size_t r = q + 1;
                    if (r < n && c.t[r].type == TokenType::Number) ++r;
                    while (r < n && r < q + 5 && c.word(r) && !c.cap(r) && !c.function_word(r)) ++r;
                    ShortWord pb;
                    const std::string_view made = r > q + 2 ? c.lower(r - 1, pb) : std::string_view();
                    if (authorship_word(made) && c.is(r, "by") && (c.cap(r + 1) || (c.is(r + 1, "the") && c.cap(r + 2)))) {
                        last = q = r;
                        continue;
                    }
                    // ("an average of polls by the Tarrow Times": data, then who made it.)
                    ShortWord db;
                    if (r > q + 1 && lexicon::is_data_noun(c.lower(r - 1, db)) && c.is(r, "by") &&
                        (c.cap(r + 1) || (c.is(r + 1, "the") && c.cap(r + 2)))) {
                        last = q = r;
                        continue;
                    }
                    if (made == "published") {
                        const std::size_t at = after_time_phrase(c, r, r + 5);
                        std::size_t j = c.is(at, "in") ? at + 1 : n;
                        if (j < n && c.is(j, "the")) ++j;
                        if (j < n && (c.is(j, "journal") || c.is(j, "magazine"))) ++j;
                        if (j < n && c.cap(j) && c.word(j)) {
                            last = q = j;
                            continue;
                        }
                    }
                }
                if (!inside && !lead && !agent && !agent_article) break;
            }
            last = ++q;
            continue;
        }
        // A number inside the descriptor: "a 2023 study", "the 2022 census"; or opening it before data:
        // "according to 2019 figures gathered by Harlow TV".
        ShortWord yb;
        if (c.t[q].type == TokenType::Number && c.word(q + 1) &&
            (q > start || (!c.cap(q + 1) && (lexicon::is_data_noun(c.lower(q + 1, yb)) || lexicon::is_source_noun(c.lower(q + 1, yb)))))) {
            last = ++q;
            continue;
        }
        // A plural's possessive mark inside a name, before the body's kind: "the Harlow Ferry Owners' Association"
        // (not "the Harlow Times' Tarrow correspondent", the paper's).
        if (possessive_mark(c, q) && q > start && c.cap(q - 1) && c.cap(q + 1) && c.word(q + 1) && !(c.t[q].flags & TokenSpaceBefore)) {
            ShortWord kb;
            const std::string_view kind = c.lower(q + 1, kb);
            if (body_kind(kind) || kind == "society") {
                last = ++q;
                continue;
            }
        }
        // Initials with periods inside the name: "the U.N. Food and Agriculture Organization".
        if (c.punct(q, '.') && q > start && c.word(q - 1) && c.len(q - 1) == 1 && c.cap(q - 1) && !(c.t[q].flags & TokenSpaceBefore) &&
            q + 1 < n && c.word(q + 1) && !c.sentence_begins_at(c.t[q + 1].begin)) {
            last = ++q;
            continue;
        }
        // The name's own initials after it: "the Food and Agriculture Organization (FAO)".
        if (c.punct(q, '(') && q > start && c.cap(q - 1) && q + 2 < n && c.word(q + 1) && looks_like_acronym(c.tx(q + 1)) &&
            c.punct(q + 2, ')')) {
            last = q += 3;
            break;
        }
        // A dash joining two capitalised names: "Company—Eurasian".
        if (c.t[q].type == TokenType::Punct && q > start && c.cap(q - 1) && c.cap(q + 1) &&
            !(c.t[q].flags & TokenSpaceBefore) && !(c.t[q + 1].flags & TokenSpaceBefore) &&
            (c.tx(q) == "\xE2\x80\x94" || c.tx(q) == "-" || c.tx(q) == "\xE2\x80\x93" || c.tx(q) == "&")) {
            last = ++q;
            continue;
        }
        break;
    }
    // "two people familiar with the matter", "a person briefed on the talks", "people close to the minister",
    // "a person with knowledge of the plans": the aside belongs to the phrase, and withholds a name.
    // (The phrase stops at the aside's function word: "familiar" is in it, "with" is not.)
    bool withheld = false;
    if (last > start && last + 1 < n) {
        const std::size_t opens = withholding_words_at(c, last - 1) ? last - 1 : withholding_words_at(c, last) ? last : n;
        if (opens != n) {
            const std::size_t stop = std::min(n, last + 7);
            last = opens + withholding_words_at(c, opens);
            while (last < stop && c.word(last) && !(c.t[last].flags & TokenNewlineBefore)) ++last;
            withheld = true;
        }
    }
    // "according to ferry timetable logic", "according to local custom": common words in lower case, with no
    // determiner and no capital, whose last names no one who reports, are a manner too.
    if (!withheld && last > start + 1 && !c.function_word(start)) {
        bool lower_only = true;
        for (std::size_t r = start; r < last && lower_only; ++r) lower_only = c.word(r) && !c.cap(r);
        ShortWord hb;
        const std::string_view head = lower_only ? c.lower(last - 1, hb) : std::string_view();
        if (lower_only && !head.empty() && head.back() != 's' && !lexicon::is_source_noun(head) && !lexicon::is_data_noun(head) &&
            !lexicon::is_vague_subject(head) && !person_noun(head))
            return;
    }
    FoundCitation f;
    f.body.citation_type = "attribution";
    // Built in place: a local std::optional<std::string> copied into the
    // vector trips GCC 12's -Wmaybe-uninitialized.
    CitationPart& part = f.body.parts.emplace_back();
    // Skip a leading article.
    std::size_t s = start;
    if (s < last && (c.is(s, "the") || c.is(s, "a") || c.is(s, "an"))) ++s;
    if (s >= last) {
        f.range = {c.t[a].begin, c.t[std::min(a + 2, n - 1)].end};
        part.range = f.range;
        add_text_check(f.body, "missing_source", "\xE2\x80\x9C" "according to\xE2\x80\x9D names no source" GLOSS_LOST_LINK);
        f.rule = "\"according to\" followed by no name";
        scan.citations.push_back(std::move(f));
        return;
    }
    // The name: the last run of capitalised words (with connectors and joining dashes).
    std::size_t ne = last;  // one past
    while (ne > s && !c.cap(ne - 1) && c.word(ne - 1)) --ne;
    std::size_t nb = ne;
    while (nb > s) {
        if (c.cap(nb - 1)) { --nb; continue; }
        if (nb - 1 > s && (connector(c, nb - 1) || c.t[nb - 1].type == TokenType::Punct) && c.cap(nb - 2)) { --nb; continue; }
        break;
    }
    f.range = {c.t[a].begin, c.t[last - 1].end};
    part.range = {c.t[s].begin, c.t[last - 1].end};
    // "according to Harlow Mining Corp figures": the data a named body published is the body's.
    if (nb < ne && ne + 1 == last && c.word(ne)) {
        char db[32];
        if (lexicon::is_data_noun(lexicon::lower(c.tx(ne), db)) && !c.cap(ne)) {
            f.named = true;
            part.source = c.keep(lexicon::without_possessive(c.span(nb, ne - 1)));  // "the Harlow Fund's figures"
            registry_note(c, f.body);
            f.rule = "\"according to\" followed by a source";
            scan.citations.push_back(std::move(f));
            return;
        }
    }
    if (nb < ne && ne == last) {
        part.source = c.text(nb, ne - 1);
        // ("the Food and Agriculture Organization (FAO)": the body by its initials.)
        if (ne >= nb + 4 && c.punct(ne - 1, ')') && c.punct(ne - 3, '(')) {
            part.source = c.text(ne - 2, ne - 2);
            ne = ne - 3;
        }
        // "according to Ana Ruiz of Harbour Watch": a person's name, then where they work.
        for (std::size_t q = nb + 2; q + 1 < ne && q <= nb + 3; ++q) {
            if (!(c.is(q, "of") || c.is(q, "at") || c.is(q, "from"))) continue;
            const std::size_t ob = c.is(q + 1, "the") ? q + 2 : q + 1;
            const std::string_view who = c.span(nb, q - 1), where = c.span(ob, ne - 1);
            if (ob < ne && !organisation_name(who) && name_word(c, nb) && name_word(c, q - 1)) {
                const Text full = full_name(sp, who);
                part.source = keep_joined(c, {full.empty() ? who : full.view().substr(0, full.view().find(" (")), " (", where, ")"});
                if (nb == s) remember_speaker(sp, *part.source, true);
                ne = q;  // the name is the person's; the rest is their employer
            }
            break;
        }
        const bool person = !organisation_name(*part.source) && nb == s;  // a name alone, no description before it
        // "according to Lind": the person named in full before.
        if (nb + 1 == ne && !organisation_name(*part.source))
            if (const Text full = full_name(sp, part.source->view()); !full.empty()) part.source = full;
        // "according to Ivo Lind, a fellow of the Harlow Institute,": where the person works; and the
        // person is the "he" or "she" (and the surname) of the sentences after.
        if (person && ne > nb + 1 && c.punct(last, ',') && last + 2 < n) {
            ShortWord ob;
            const std::string_view opener = c.lower(last + 1, ob);
            if (determiner_word(opener) || (!c.cap(last + 1) && post_title(opener))) {
                std::size_t close = last + 1;
                while (close < n && close - last < 20 && !(c.t[close].type == TokenType::Punct && !c.punct(close, '-') &&
                                                           !c.punct(close, '&') && !possessive_mark(c, close)))
                    ++close;
                // (Closed by a comma, a dash, or by the sentence's end: "…, according to Ana Ruiz, an analyst at Harlow
                // Bank.", "— according to Ana Ruiz, an analyst at Harlow Bank —".)
                if (close < n && (c.punct(close, ',') || c.punct(close, '.') || c.punct(close, ';') ||
                                  c.tx(close) == "\xE2\x80\x94" || c.tx(close) == "\xE2\x80\x93")) {
                    const Text org = affiliation_in(c, last + 1, close - 1);
                    if (!org.empty()) part.source = keep_joined(c, {part.source->view(), " (", org.view(), ")"});
                }
            }
        }
        if (person && ne > nb + 1) remember_speaker(sp, *part.source, true);
        // ("According to the Office for Island Statistics, …. Its latest figures show": the body "it" stands for.)
        if (!person && organisation_name(*part.source)) note_body(sp, *part.source);
        // "according to the head of the Harlow Port Authority, Ana Ruiz": a person's role in a body, then the
        // person's name between a comma and the clause's end.
        if (!person && nb > s && c.punct(last, ',') && organisation_name(*part.source)) {
            bool role = false;
            for (std::size_t q2 = s; q2 < nb && !role; ++q2) {
                ShortWord rb;
                role = c.word(q2) && !c.cap(q2) && (person_role(c.lower(q2, rb)) || post_title(c.lower(q2, rb)));
            }
            std::size_t pe = last + 1;
            while (pe + 1 < n && pe - last < 3 && name_word(c, pe + 1)) ++pe;
            if (role && pe > last + 1 && name_word(c, last + 1) && (pe + 1 >= n || c.punct(pe + 1, '.') || c.punct(pe + 1, ',') || c.punct(pe + 1, ';')) &&
                !organisation_name(c.span(last + 1, pe))) {
                part.source = keep_joined(c, {c.span(last + 1, pe), " (", part.source->view(), ")"});
                part.range = {c.t[s].begin, c.t[pe].end};
                f.range.end = c.t[pe].end;
                remember_speaker(sp, *part.source, true);
            }
        }
        f.named = true;
        // "the Belarusian human rights center Viasna": the text describes the name.
        bool lower_word = false, function_word = false;
        for (std::size_t q2 = s; q2 < nb; ++q2) {
            char b2[32];
            lower_word |= c.word(q2) && !(c.t[q2].flags & TokenCapitalized);
            function_word |= c.word(q2) && lexicon::is_function_word(lexicon::lower(c.tx(q2), b2));
        }
        if (nb > s && lower_word && !function_word && s > start) {
            InTextDefinition d;
            d.term = *part.source;
            d.long_form = c.text(s, nb - 1);
            d.term_range = {c.t[nb].begin, c.t[ne - 1].end};
            d.site = {c.t[start].begin, c.t[ne - 1].end};
            d.acronym = false;
            scan.definitions.push_back(d);
        }
    } else if (body_by_kind) {
        part.source = c.text(body_by_kind, last - 1);
        f.named = true;
    } else {
        part.source = c.text(s, last - 1);
        // "according to the ministry's own figures": the data's owner, named by its kind.
        if (char db[32]; s + 1 < last && c.word(last - 1) && lexicon::is_data_noun(lexicon::lower(c.tx(last - 1), db))) {
            for (std::size_t q = s; q + 1 < last && q < s + 3; ++q) {
                char ob[32];
                const std::string_view owner = lexicon::without_possessive(c.tx(q));
                if (owner.size() == c.len(q) || !c.word(q) || !lexicon::is_source_noun(lexicon::lower(owner, ob))) continue;
                part.source = c.keep(lexicon::without_possessive(c.span(s, q)));
                break;
            }
        }
        char buf[32];
        // "according to its latest figures": the data of the body last named; "according to his lawyer", "our
        // reporter": someone the text does not name.
        ShortWord db;
        const bool possessive = c.word(start) && possessive_determiner(c.lower(start, db));
        if (possessive && (c.is(start, "its") || c.is(start, "their")) && !last_body_of(sp).empty() &&
            lexicon::is_data_noun(lexicon::lower(c.tx(last - 1), buf))) {
            part.source = last_body_of(sp);
            f.named = true;
            registry_note(c, f.body);
            f.rule = "\"according to its …\": the data of the body named last";
            scan.citations.push_back(std::move(f));
            return;
        }
        // "according to the charity", "according to the ministry": the body of that kind named before, as for
        // "the charity said" (body_named_before).
        if (c.is(start, "the") && s + 1 == last && c.word(s) && !c.cap(s)) {
            if (const Text body = body_named_before(c, s, s, sp); !body.empty()) {
                part.source = body;
                f.named = true;
                registry_note(c, f.body);
                f.rule = "\"according to the …\": a body by its kind, the one of that kind named before";
                scan.citations.push_back(std::move(f));
                return;
            }
        }
        const bool indefinite = c.is(start, "a") || c.is(start, "an") || possessive;  // "a study", "an official", "a 2023 report"
        // "two people familiar with …", "several sources": people the text counts but does not name.
        bool counted = false;
        if (s + 1 < last && c.word(s + 1)) {
            ShortWord cb, pb;
            const std::string_view count = c.lower(s, cb), who = c.lower(s + 1, pb);
            const bool some = count == "several" || count == "some" || count == "many" || count == "multiple" || count == "various";
            counted = ((c.t[s].type == TokenType::Number || lexicon::number_word(count) > 0 || some) && lexicon::is_source_noun(who)) ||
                      // ("according to some projections", "several estimates": documents no one is said to have made.)
                      (some && s + 2 == last && lexicon::is_data_noun(who) && lexicon::plural_like(who));
        }
        ShortWord hb, nb2;
        if (counted || withheld || (possessive && person_noun(c.lower(last - 1, hb)))) {
            f.vague = true;
            // (Documents are "which", people "whom": "two studies", "two people familiar with …".)
            const bool documents = lexicon::is_data_noun(c.lower(last - 1, nb2)) && !withheld;
            add_check(c, f.body, "vague_source",
                      "The claim is attributed to \xE2\x80\x9C" + std::string(c.text(s, last - 1)) + "\xE2\x80\x9D, " +
                          (documents ? "which it does not name: a reader cannot find or check them." : "whom it does not name: a reader cannot check them."));
        } else if (lexicon::is_vague_subject(lexicon::lower(c.tx(last - 1), buf))) {
            f.vague = true;
            add_check(c, f.body, "vague_source", "The claim is attributed to unnamed " + *part.source + ", not to a source a reader can check.");
        } else if (indefinite) {
            f.vague = true;
            add_check(c, f.body, "vague_source",
                      "The claim is attributed to \xE2\x80\x9C" + std::string(c.text(start, last - 1)) +
                          "\xE2\x80\x9D, which it does not name: a reader cannot find or check it.");
        } else {
            f.named = true;
        }
    }
    registry_note(c, f.body);
    f.rule = "\"according to\" followed by a source";
    scan.citations.push_back(std::move(f));
}

// "OHCHR", "DfT", "UNHCR": a capital first and at least two capitals in all, no lower-case run longer than the capitals.
bool looks_like_acronym(std::string_view w) {
    if (w.size() < 2 || w.size() > 10 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
    int upper = 0, lower = 0;
    for (const char ch : w) {
        if (ch >= 'A' && ch <= 'Z') ++upper;
        else if (ch >= 'a' && ch <= 'z') ++lower;
        else if (!(ch >= '0' && ch <= '9')) return false;
    }
    return upper >= 2 && lower < upper;
}

//-----------------------------------------------------------------------------
// [SECTION] Reporting clauses
//-----------------------------------------------------------------------------
//
// A reporting verb ("said", "told", "warned", "estimated", "showed", …) with its
// source: the subject before it ("Harlow Bank, the region's biggest lender,
// said"; "traders said"; "Figures from the Dairy Council showed"; "he said"),
// or the name after it in an inverted clause ("…," said Maria Lopez, an
// economist at Northgate Bank).

// Who spoke last in the text, for the pronouns of later reporting clauses.
struct Speakers {
    Text last_person;  // the last named source that reads as a person's name ("he", "she")
    Text unnamed_person;  // or, when the last to speak was a person the text does not name, how it describes them
                          // ("an economist"): "he" and "she" then report for no one a reader can check
    Text last_mentioned;  // the last person named with a title anywhere ("accused Mr Tove"): "he" when no one spoke yet
    Text last_body;    // the last named source that reads as an organisation's ("it", "they")
    std::uint32_t last_body_at = 0;  // where the scan stood when last_body was named (a byte of the text)
    std::uint32_t now = 0;           // where the scan stands: the byte of the token it reads
    Text last_lone_name;  // the last source of one capitalised word read as a person's ("Tarrowly announced"):
                          // a business, too, for "the company added" when no body spoke
    Text last_group;   // the last plural subject ("traders", "ATPC officials"): "they" refers to it first
    Text business_described;  // the last name described as a business ("Tarrowsoft, the software maker,"): "the
                              // company" or "the firm" when no business spoke yet
    bool group_vague = false;  // last_group names no one ("traders")
    int  poll_text = -1;       // whether the text speaks of a poll or survey (-1: not yet read)
    // Where the text first names a kind of document ("report" at byte 1,204), per kind asked, for "the
    // report said" with no report named before.
    struct FirstMention {
        std::string_view word;
        std::size_t      at;
    };
    FirstMention first_mentions[6] = {};
    std::size_t  first_mentions_seen = 0;
    Text document_kind;        // the kind of the last document named with its author ("report"), for "the report found"
    Text document_author;      // that author ("Tarrow University's Centre for Ports")
    Text people[16];           // people named in full ("Rosa Imbert (Calder Grain)"), most recent last, ring
    std::string_view surnames[16];  // each one's last name ("Imbert"), same ring
    std::string_view firsts[16];    // each one's first name, when a single name may stand for them by it ("Lin"
                                    // for "Lin Weiming"; "" for "Senator Ana Lind": full_name), same ring
    std::size_t people_seen = 0;
    // The last person named with an office ("President Ana Ruiz"), per office, for "the president said".
    struct OfficeHolder {
        char             office[16];  // "president", NUL-terminated (a copy: the caller's word is short-lived)
        std::size_t      read_to;  // the tokens before this one are read
        Text             holder;   // "President Ana Ruiz", when found
        std::size_t      holder_at;
        bool             found;
    };
    OfficeHolder office_holders[4] = {};
    std::size_t  office_holders_seen = 0;
    // The bodies that spoke ("Harlow Ports Ministry", "Tarrow Bank"), most recent last, ring: "the ministry
    // said" after others spoke is the one of that kind.
    Text        bodies[8];
    std::size_t bodies_seen = 0;
    // The acronyms the text has defined so far (the scan's, read in text order): a body named by its initials
    // has the kind of its long form.
    const std::vector<InTextDefinition>* definitions = nullptr;
    // When each was named (a count of namings, not a position): which of last_person, last_mentioned and
    // the people came last.
    std::uint32_t clock = 0, last_person_at = 0, last_mentioned_at = 0, people_at[16] = {};
    // The people the text introduced with a role, by that role's word ("Ivo Lind, an economist at Harlow
    // Bank," → "economist", Ivo Lind), most recent last, ring: "the economist said" is theirs.
    struct IntroducedRole {
        std::string_view role;  // as written in the introduction
        Text             who;
    };
    IntroducedRole roles[16] = {};
    std::size_t    roles_seen = 0;
    // The pronoun the text uses for each person, by family name: 'h' ("Mr Lind", "Lind, a spokesman,",
    // "Lind said he"), 's' ("Ms Lind", "a businesswoman", "Lind says she"); '?' once it has used both. Ring.
    struct Pronoun { std::string_view family_name; char pronoun; };
    Pronoun     pronouns[32] = {};
    std::size_t pronouns_seen = 0;
    // Names of two or three words the text gives in passing ("When Ana Ruiz came to Harlow in 1959, …"), by
    // their last word, with where each is first given: the name in full of a source named later by that word
    // alone ("Ruiz said"). An empty name where two such names share the word.
    struct InPassing {
        Text          who;
        std::uint32_t at;
    };
    std::unordered_map<std::string_view, InPassing> in_passing;
    // The last two people given so (most recent first), where named: "The plan was criticised by Ana Ruiz.
    // \"…,\" she said." — she is the one person named in passing just before, when no one spoke yet.
    InPassing recent_in_passing[2] = {};
    // A surname alone opening a sentence as its subject, the person given in passing by it ("her counterpart
    // Ivo Lind … Lind disagreed."), and that sentence's index: the "he" or "she" of that sentence or the next
    // only ("Lind disagreed. \"…,\" he said."), unless someone speaks in between.
    Text        subject_in_passing;
    std::size_t subject_sentence = 0;
    // Bodies named so, by the word that heads them and may stand for them alone, as written ("Bank" for "the
    // Harlow Central Bank"), each name once, in text order (at most 8 names per word).
    std::unordered_map<std::string_view, std::vector<InPassing>> bodies_in_passing;
};

// Whether the knowledge names `name` as something other than a person (a body, a place, a term): then it is
// no one's name. A person the glossary knows ("Angela Merkel") is still a person the text names.
bool known_as_no_person(const Ctx& c, std::string_view name) {
    const GlossaryEntry* e = c.kb.find_term(name);
    return e && e->kind != "person";
}

Text last_body_of(const Speakers& sp) { return sp.last_body; }

// The body "its" stands for when a post is "its" ("Its chief executive, Ivo Lind,"): the last body, when it is
// one by name; a study or a report ("the study was funded by …") has no chief executive.
Text employer_its(const Speakers& sp) {
    const std::string_view b = sp.last_body.view();
    return !b.empty() && b[0] >= 'A' && b[0] <= 'Z' ? sp.last_body : Text();
}

// The body named last ("the Tarrow Coffee Board") when a word of tokens [s, e] in lower case is the kind its
// name ends in ("a board spokesman", "the board"); "" otherwise.
// The one body whose name is headed by the kind at token `e` ("agency" → "the Harlow Space Agency"), named in
// passing after the last body spoke and before token `s`; empty when none or several were.
Text body_of_kind_named_since(const Ctx& c, std::size_t s, std::size_t e, const Speakers& sp) {
    const std::string_view kind = c.tx(e);
    char key[32];
    if (kind.empty() || kind.size() >= sizeof key || sp.bodies_in_passing.empty()) return Text();
    kind.copy(key, kind.size());
    key[0] = static_cast<char>(key[0] - 'a' + 'A');  // as the name writes it: "Agency"
    const auto it = sp.bodies_in_passing.find(std::string_view(key, kind.size()));
    if (it == sp.bodies_in_passing.end()) return Text();
    const Speakers::InPassing* only = nullptr;
    for (const Speakers::InPassing& k : it->second) {
        if (k.at <= sp.last_body_at || k.at >= c.t[s].begin) continue;
        if (only) return Text();
        only = &k;
    }
    return only ? only->who : Text();
}

Text body_named_before(const Ctx& c, std::size_t s, std::size_t e, const Speakers& sp) {
    // "the company", "the firm", "the software maker", "the carmaker", "the retailer": a business by its kind
    // ("group" and "bank" name too much else alone).
    ShortWord kb0;
    const std::string_view kind0 = c.lower(e, kb0);
    // ("A spokesperson for the firm": the kind after "for the" that ends the subject.)
    const bool the_kind = (s >= 1 && c.is(s - 1, "the")) || (e >= s + 2 && c.is(e - 1, "the") && c.is(e - 2, "for"));
    // ("the city's water company said": a business its owner names, not one named before.)
    bool owned = false;
    for (std::size_t q = s; q < e && !owned; ++q) owned = c.word(q) && !c.cap(q) && lexicon::is_possessive(c.tx(q));
    const bool business_kind = the_kind && !owned && kind0 != "group" && kind0 != "bank" && business_noun(kind0);
    // "Voltcycle has raised $40m, the company said": the name that opens the sentence, after a comma in it.
    if (business_kind && s >= 3 && c.punct(s - 2, ',')) {
        std::size_t b = c.sentence_first_token(s);
        if (b + 1 < s && lexicon::is_place_descriptor(c.tx(b))) ++b;  // ("Harlow-based Voltcycle": no part of the name)
        std::size_t e = b;
        while (e + 1 < s && e - b < 4 && c.cap(e + 1) && c.word(e + 1)) ++e;
        ShortWord vb;
        // (One word must be one the text capitalises mid-sentence too: "Jobs will go, the carmaker said" names none.)
        const bool one_word_name = e > b || (c.capitalised_mid_sentence(c.tx(b)) && c.tx(b).back() != 's');
        if (b < s && c.cap(b) && c.word(b) && !c.function_word(b) && !(c.t[b].flags & TokenAllCaps) && c.word(e + 1) &&
            !c.cap(e + 1) && one_word_name && full_name(sp, c.tx(e)).empty() && !lexicon::is_world_region(c.span(b, e))) {
            const std::string_view verb = c.lower(e + 1, vb);
            if (verb == "has" || verb == "have" || verb == "will" || verb == "is" || verb == "was" || verb == "plans" ||
                (verb.size() > 3 && verb.substr(verb.size() - 2) == "ed"))
                return c.text(b, e);
        }
    }
    if (sp.last_body.empty() && sp.last_lone_name.empty()) {
        // "Shares in Tarrowsoft, the software maker, fell. … The firm now expects", "Shares in Tarrowsoft rose after
        // the software maker reported": the business described.
        return business_kind ? sp.business_described : Text();
    }
    const std::string_view body = sp.last_body.empty() ? sp.last_lone_name.view() : sp.last_body.view();
    const std::size_t space = body.rfind(' ');
    // "the company added", "the firm told": the business that spoke last, whatever its name ("Harlow Ferries",
    // "Tarrowmart"); not a public body ("Harlow Statistics Office").
    const auto business_spoke_last = [&]() -> Text {
        // A name whose head comes before "of", "on" or "for" is a business only when the head says so: "Harlow
        // Bank of Commerce" is, "the Harlow Panel on Climate Change" is not.
        for (const std::string_view link : {std::string_view(" of "), std::string_view(" on "), std::string_view(" for ")}) {
            const std::size_t at = body.find(link);
            if (at == std::string_view::npos) continue;
            const std::size_t head = body.rfind(' ', at - 1);
            const std::string_view hw = body.substr(head == std::string_view::npos ? 0 : head + 1, at - (head == std::string_view::npos ? 0 : head + 1));
            char hb[32];
            if (hw.size() >= sizeof hb || !business_noun(lexicon::lower(hw, hb))) return Text();
            break;
        }
        char lb[32];
        const std::string_view last_word = body.substr(space == std::string_view::npos ? 0 : space + 1);
        const std::string_view lw = last_word.size() < sizeof lb ? lexicon::lower(last_word, lb) : std::string_view();
        // (A business has a name: "official data", "the report" that spoke last are none.)
        const bool named = !body.empty() && body[0] >= 'A' && body[0] <= 'Z' && !lexicon::is_data_noun(lw);
        const bool business = named && !lw.empty() && !(lw == "ministry" || lw == "office" || lw == "bureau" || lw == "department" ||
                                               lw == "council" || lw == "commission" || lw == "committee" || lw == "authority" ||
                                               lw == "court" || lw == "government" || lw == "parliament" || lw == "board" ||
                                               lw == "agency" || lw == "institute" || lw == "university" || lw == "union" ||
                                               lw == "party" || lw == "police" || lw == "army" || lw == "service" ||
                                               lw == "fund" || lw == "organisation" || lw == "organization" ||
                                               lw == "association" || lw == "federation" || lw == "secretariat" ||
                                               lw == "assembly" || lw == "senate" || lw == "congress" || lw == "bank" ||
                                               lw == "panel");
        if (!business) return Text();
        return sp.last_body.empty() && pronoun_of(sp, sp.last_lone_name.view()) == 0 ? sp.last_lone_name : sp.last_body;
    };
    if (business_kind) return business_spoke_last();
    // "the agency counted", "the organisation warned", "the club said", "according to the charity": a word for any
    // public body, club or charity is the
    // body that spoke last ("the ECDC", "the Harlow Centre for Disease Control", "Harlow United"), unless its name
    // ends in another kind ("Harlow Bank").
    if (s >= 1 && s == e && c.is(s - 1, "the") && !sp.last_body.empty() &&
        (c.is(e, "agency") || c.is(e, "organisation") || c.is(e, "organization") || c.is(e, "body") || c.is(e, "watchdog") ||
         c.is(e, "regulator") || c.is(e, "club") || c.is(e, "charity"))) {
        // A body of that kind named after the last one spoke, and only one, is the one meant: "The Glacier Network
        // said … Data from the Harlow Space Agency's satellites … The agency estimates" → Harlow Space Agency.
        if (const Text since = body_of_kind_named_since(c, s, e, sp); !since.empty()) return since;
        char lb[32];
        const std::string_view last_word = body.substr(space == std::string_view::npos ? 0 : space + 1);
        const std::string_view lw = last_word.size() < sizeof lb ? lexicon::lower(last_word, lb) : std::string_view();
        const bool organisation = (lw == "organisation" || lw == "organization") && (c.is(e, "organisation") || c.is(e, "organization"));
        if (!lw.empty() && (!body_kind(lw) || lexicon::equals_lower(c.tx(e), lw) || organisation)) return sp.last_body;
        return Text();
    }
    // The body of the kind at token q in a name held: the name, when a word of it is the kind ("the Harlow
    // Ministry of Health" is "the ministry" too); its owner, when the kind is the owner's ("the Harlow
    // Ministry's crop bureau" → Harlow Ministry); "" when neither.
    const auto of_kind = [&](const Text& held, std::size_t q) -> Text {
        std::string_view name = held.view();
        // A body named by its initials has the kind of the long form the text defined them with: "the Tarrow
        // Glacier Network (TGN)" is "the network".
        if (name.find(' ') == std::string_view::npos && sp.definitions) {
            for (auto d = sp.definitions->rbegin(); d != sp.definitions->rend(); ++d)
                if (d->acronym && d->term == name) { name = d->long_form; break; }
        }
        // (…or of the expansion the glossary knows: "the IMF … The fund urged" → IMF.)
        if (name == held.view() && name.find(' ') == std::string_view::npos && looks_like_acronym(name))
            if (const GlossaryEntry* g = c.kb.find_term(name); g != nullptr && !g->expansion.empty()) name = g->expansion;
        for (std::size_t w = 0; w < name.size();) {
            std::size_t end = name.find(' ', w);
            if (end == std::string_view::npos) end = name.size();
            const std::string_view word = name.substr(w, end - w), bare = lexicon::without_possessive(word);
            if (bare.size() == c.len(q) && lexicon::equals_lower(bare, c.tx(q)))
                return bare.size() == word.size() || w + word.size() == name.size() ? held : c.keep(name.substr(0, w + bare.size()));
            w = end + 1;
        }
        return Text();
    };
    for (std::size_t q = s; q <= e; ++q) {
        if (!c.word(q) || c.cap(q) || c.len(q) < 4) continue;
        ShortWord kb;
        if (!body_kind(c.lower(q, kb))) continue;
        if (const Text last = of_kind(sp.last_body, q); !last.empty()) return last;
        // "A company spokesman said", "a firm spokeswoman told": who speaks for the business that spoke last.
        ShortWord sb;
        if (q + 1 == e && !owned && business_noun(c.lower(q, kb)) && spokesperson_word(c.lower(e, sb))) return business_spoke_last();
        // "board figures show": what a body of that kind, named in passing since the last spoke, published.
        ShortWord db;
        if (q + 1 == e && lexicon::is_data_noun(c.lower(e, db)))
            if (const Text since = body_of_kind_named_since(c, q, q, sp); !since.empty()) return since;
        // Not the last body: the one body of that kind named before it ("The Harlow Ports Ministry said …
        // Tarrow Bank said … the ministry added"); none when two of that kind were, and only after "the"
        // ("Tarrow bank argues" is a name).
        if (q != e || s < 1 || !c.is(s - 1, "the")) return Text();
        Text found;
        const std::size_t held = std::min<std::size_t>(sp.bodies_seen, 8);
        for (std::size_t k = 0; k < held; ++k) {
            const Text other = of_kind(sp.bodies[k], q);
            if (other.empty()) continue;
            if (!found.empty() && found.view() != other.view()) return Text();
            found = other;
        }
        return found;
    }
    return Text();
}

// Whether tokens [b, e] are words in lower case, the last a body's kind: "health ministry".
bool described_body_ends(const Ctx& c, std::size_t b, std::size_t e) {
    for (std::size_t q = b; q <= e; ++q)
        if (!c.word(q) || c.cap(q) || c.function_word(q)) return false;
    ShortWord kb;
    return body_kind(c.lower(e, kb));
}

// A word for a business: "company", "firm", "retailer", "lender", a maker ("maker", "carmaker", "chipmaker").
bool business_noun(std::string_view lw) {
    static constexpr std::string_view business[] = {"company", "firm", "maker", "manufacturer", "retailer", "group", "carrier",
                                                    "airline", "lender", "insurer", "operator", "developer", "publisher",
                                                    "startup", "start-up", "conglomerate", "multinational", "chain",
                                                    "producer", "miner", "exporter", "bank"};
    return std::find(std::begin(business), std::end(business), lw) != std::end(business) || lexicon::is_maker_noun(lw);
}

// "Shares in Tarrowsoft rose", "shares of Harlow Ferries fell": a company by its shares, at the word "shares"
// (`i`), kept like a name described as a business (note_business_described).
void note_business_by_shares(const Ctx& c, std::size_t i, Speakers& sp) {
    if (!(c.is(i + 1, "in") || c.is(i + 1, "of")) || !name_word(c, i + 2)) return;
    std::size_t e = i + 2;
    while (e + 1 < c.t.size() && e - i < 6 && name_word(c, e + 1) && !(c.t[e + 1].flags & TokenNewlineBefore)) ++e;
    if (lexicon::is_possessive(c.tx(e))) return;  // "shares in Harlow's ferries"
    sp.business_described = c.text(i + 2, e);
}

// "Tarrowsoft, the software maker,", "Harlow Ferries, a ferry company,": a name described as a business, at
// the comma `i` after it, kept for "the company" and "the firm" when no business spoke yet.
void note_business_described(const Ctx& c, std::size_t i, Speakers& sp) {
    if (i == 0 || !c.word(i - 1) || !c.cap(i - 1) || !(c.is(i + 1, "the") || c.is(i + 1, "a") || c.is(i + 1, "an"))) return;
    std::size_t q = i + 2;
    while (q < c.t.size() && q - i <= 5 && c.word(q) && !c.cap(q) && !c.function_word(q)) ++q;
    if (q == i + 2 || !(c.punct(q, ',') || c.punct(q, '.'))) return;
    ShortWord hb;
    if (!business_noun(c.lower(q - 1, hb))) return;
    std::size_t b = i - 1;
    while (b > 0 && i - 1 - b < 3 && c.word(b - 1) && c.cap(b - 1) && !c.function_word(b - 1) &&
           !(c.t[b].flags & TokenNewlineBefore))
        --b;
    sp.business_described = c.text(b, i - 1);
}

// One who speaks for a body the text names by what it does and its kind, in lower case, in tokens [s, e]:
// "a spokesman for the health ministry", "a health ministry spokeswoman" → "health ministry", the source
// as for "the health ministry said". "" otherwise ("a ministry spokesman" says no more than "a ministry").
Text body_spoken_for(const Ctx& c, std::size_t s, std::size_t e) {
    for (std::size_t r = s; r < e; ++r) {
        ShortWord rb;
        if (!c.word(r) || !spokesperson_word(c.lower(r, rb))) continue;
        if (!c.is(r + 1, "for") || !c.is(r + 2, "the") || e < r + 4 || e > r + 5) return Text();
        return described_body_ends(c, r + 3, e) ? c.text(r + 3, e) : Text();
    }
    ShortWord hb;
    if (e < s + 2 || !c.word(e) || !spokesperson_word(c.lower(e, hb))) return Text();
    std::size_t b = e - 1;
    while (b > s && e - b < 3 && c.word(b - 1) && !c.cap(b - 1) && !c.function_word(b - 1)) --b;
    return b + 1 < e && described_body_ends(c, b, e - 1) ? c.text(b, e - 1) : Text();
}

// The last word of a full name, before its affiliation: "Rosa Imbert (Calder Grain)" → "Imbert"; "" for one word.
std::string_view surname_of(std::string_view full) {
    full = full.substr(0, full.find(" ("));
    const std::size_t space = full.rfind(' ');
    return space == std::string_view::npos ? std::string_view() : full.substr(space + 1);
}

// A person's family name as the speakers hold it: "Imbert" for "Rosa Imbert (Calder Grain)", "Mr Imbert"
// and "Imbert".
std::string_view family_name_of(std::string_view person) {
    const std::string_view surname = surname_of(person);
    return surname.empty() ? person.substr(0, person.find(" (")) : surname;
}

// `who` is the last person to speak: the one a later "he" or "she" refers to first.
void speaker_is(Speakers& sp, Text who) {
    sp.last_person = who;
    sp.last_person_at = ++sp.clock;
    sp.unnamed_person = Text();
}

void learn_pronoun(Speakers& sp, std::string_view person, char pronoun) {
    const std::string_view name = family_name_of(person);
    if (name.empty() || !pronoun) return;
    for (std::size_t k = 0; k < std::min<std::size_t>(sp.pronouns_seen, 32); ++k)
        if (sp.pronouns[k].family_name == name) {
            if (sp.pronouns[k].pronoun != pronoun) sp.pronouns[k].pronoun = '?';
            return;
        }
    sp.pronouns[sp.pronouns_seen++ % 32] = {name, pronoun};
}

// 'h', 's', or 0 when the text has not said (or has said both).
char pronoun_of(const Speakers& sp, std::string_view person) {
    const std::string_view name = family_name_of(person);
    if (name.empty()) return 0;
    for (std::size_t k = 0; k < std::min<std::size_t>(sp.pronouns_seen, 32); ++k)
        if (sp.pronouns[k].family_name == name) return sp.pronouns[k].pronoun == '?' ? 0 : sp.pronouns[k].pronoun;
    return 0;
}


// `who` joins the people named in full (the ring behind "Imbert said" and "she said").
void add_named_person(Speakers& sp, Text who) {
    const std::size_t at = sp.people_seen++ % 16;
    sp.surnames[at] = surname_of(who.view());
    sp.people[at] = who;
    sp.people_at[at] = ++sp.clock;
    // The first word of a name of two or three words, the first no office: "Tan Wei Ming", not "Senator Ana Lind".
    const std::string_view full = who.view().substr(0, who.view().find(" ("));
    const std::size_t space = full.find(' ');
    const std::size_t third = space == std::string_view::npos ? space : full.find(' ', space + 1);
    char tb[32];
    const bool by_first = space != std::string_view::npos &&
                          (third == std::string_view::npos || full.find(' ', third + 1) == std::string_view::npos) &&
                          !office_title(lexicon::lower(full.substr(0, space), tb));
    sp.firsts[at] = by_first ? full.substr(0, space) : std::string_view();
}

// The person "he" (`pronoun` 'h') or "she" ('s') stands for: the last to speak (or, before anyone spoke,
// the last named with a title), unless the text calls that person by the other pronoun, or names someone
// after them whom it calls by this one ("Ivo Lind said …. Ana Ruiz, a businesswoman, was there. She said"):
// then the last person named whom the pronoun fits. "" when no one fits.
Text pronoun_person(const Speakers& sp, char pronoun) {
    const bool spoke = !sp.last_person.empty();
    const Text base = spoke ? sp.last_person : sp.last_mentioned;
    const std::uint32_t base_at = spoke ? sp.last_person_at : sp.last_mentioned_at;
    const char base_pronoun = base.empty() ? 0 : pronoun_of(sp, base.view());
    if (base_pronoun == pronoun) return base;
    const std::size_t n = std::min<std::size_t>(sp.people_seen, 16);
    Text unknown;  // the last named whose pronoun the text has not given
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t at = (sp.people_seen - 1 - k) % 16;
        if (base_pronoun == 0 && sp.people_at[at] <= base_at) break;  // only those named after the speaker
        const char p = pronoun_of(sp, sp.people[at].view());
        if (p == pronoun) return sp.people[at];
        if (p == 0 && unknown.empty() && family_name_of(sp.people[at].view()) != family_name_of(base.view())) unknown = sp.people[at];
    }
    if (base_pronoun == 0) return base;
    return unknown;
}

// Whether a group named before ("Harlow Port officials") ends in the plural noun `head` ("officials"), any case.
bool group_noun_is(Text group, std::string_view head) {
    const std::string_view g = group.view();
    if (g.size() <= head.size() || g[g.size() - head.size() - 1] != ' ') return false;
    for (std::size_t k = 0; k < head.size(); ++k)
        if (lexicon::fold_ascii(g[g.size() - head.size() + k]) != static_cast<unsigned char>(head[k])) return false;
    return true;
}

// "Imbert said", "Ms Imbert said" after "Rosa Imbert, a trader at Calder Grain, said": the person
// named in full before, with the affiliation; "" when no one named before has that surname.
// The byte where the text first writes the lower-case word `lw` as a word of its own, in lower case or with
// a capital ("report", "Report"); read once per word and kept in `sp`.
std::size_t first_mention(const Ctx& c, std::string_view lw, Speakers& sp) {
    for (std::size_t k = 0; k < std::min<std::size_t>(sp.first_mentions_seen, 6); ++k)
        if (sp.first_mentions[k].word == lw) return sp.first_mentions[k].at;
    const std::string_view text = c.doc.text();
    const auto letter = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); };
    std::size_t found = text.size();
    for (std::size_t from = 0; from + lw.size() <= text.size();) {
        // The word's tail after its first letter, then that letter in either case before it.
        const std::size_t at = text.find(lw.substr(1), from + 1);
        if (at == std::string_view::npos || at == 0) break;
        const std::size_t b = at - 1, e = at + lw.size() - 1;
        if ((text[b] | 0x20) == lw[0] && (b == 0 || !letter(text[b - 1])) && (e >= text.size() || !letter(text[e]))) {
            // As a noun: after a determiner or an owner ("a report", "the NAO's report", "its latest report"),
            // not as a verb ("ports that fail to report losses").
            std::size_t w1 = b;
            while (w1 > 0 && text[w1 - 1] == ' ') --w1;
            std::size_t w0 = w1;
            while (w0 > 0 && (letter(text[w0 - 1]) || text[w0 - 1] == '\'')) --w0;
            char pb[32];
            const std::string_view before = w1 - w0 < sizeof pb ? lexicon::lower(text.substr(w0, w1 - w0), pb) : std::string_view();
            if (before == "a" || before == "an" || before == "the" || before == "this" || before == "that" || before == "its" ||
                before == "their" || before == "his" || before == "her" || before == "new" || before == "latest" ||
                before == "annual" || before == "final" || before == "draft" ||
                (before.size() > 2 && before.substr(before.size() - 2) == "'s") ||
                (w1 >= 4 && text.substr(w1 - 4, 4) == "\xE2\x80\x99s")) {
                found = b;
                break;
            }
        }
        from = at;
    }
    sp.first_mentions[sp.first_mentions_seen++ % 6] = {lw, found};
    return found;
}

// The person introduced last with the role `lw` ("economist"), or "" when none was.
Text introduced_with_role(const Speakers& sp, std::string_view lw) {
    const std::size_t n = std::min<std::size_t>(sp.roles_seen, 16);
    for (std::size_t k = 0; k < n; ++k) {
        const Speakers::IntroducedRole& r = sp.roles[(sp.roles_seen - 1 - k) % 16];
        if (lexicon::equals_lower(r.role, lw)) return r.who;
    }
    return Text();
}

// Records the roles an introduction gives `who` ("an economist at Harlow Bank", "Harlow Port's chief
// engineer"): its words that name a person by role, before the first preposition.
void learn_roles(Speakers& sp, std::string_view introduction, Text who) {
    std::size_t at = 0;
    while (at < introduction.size()) {
        std::size_t end = introduction.find(' ', at);
        if (end == std::string_view::npos) end = introduction.size();
        const std::string_view word = introduction.substr(at, end - at);
        at = end + 1;
        char lb[32];
        if (word.empty() || word.size() >= sizeof lb) continue;
        const std::string_view lw = lexicon::lower(word, lb);
        if (lw == "of" || lw == "at" || lw == "for" || lw == "in" || lw == "with" || lw == "from" || lw == "who" ||
            lw == "which" || lw == "and")
            break;
        if (!person_noun(lw) && !person_role(lw)) continue;
        sp.roles[sp.roles_seen++ % 16] = {word, who};
    }
}

// A name without its courtesy title: "Ms Imbert", "Dr. Imbert" → "Imbert".
std::string_view without_courtesy_title(std::string_view name) {
    const std::size_t space = name.find(' ');
    return space != std::string_view::npos && lexicon::is_courtesy_title(name.substr(0, space)) ? name.substr(space + 1) : name;
}

// The person after an owner's possessive: "Harlow Bank's Imbert" → "Imbert", the owner in *owner ("" when none).
std::string_view after_owner(std::string_view name, std::string_view* owner) {
    *owner = {};
    for (const std::string_view mark : {"'s ", "\xE2\x80\x99s "})
        if (const std::size_t at = name.find(mark); at != std::string_view::npos && at > 0) {
            *owner = name.substr(0, at);
            return name.substr(at + mark.size());
        }
    return name;
}

Text full_name(const Speakers& sp, std::string_view name) {
    if (sp.people_seen == 0 || name.empty()) return Text();
    // "Sir Ivo" after "Sir Ivo Lind": a knight or a dame is named again by title and first name.
    if ((name.rfind("Sir ", 0) == 0 || name.rfind("Dame ", 0) == 0) && name.find(' ', name.find(' ') + 1) == std::string_view::npos) {
        const std::size_t n = std::min<std::size_t>(sp.people_seen, 16);
        for (std::size_t k = 0; k < n; ++k) {
            const Text& held = sp.people[(sp.people_seen - 1 - k) % 16];
            const std::string_view v = held.view();
            if (v.size() > name.size() + 1 && v.compare(0, name.size(), name) == 0 && v[name.size()] == ' ') return held;
        }
        return Text();
    }
    name = without_courtesy_title(name);
    // "President Lind", "Senator Imbert": an office before the surname (the person is named in full with it or without).
    if (const std::size_t space = name.find(' '); space != std::string_view::npos && space < 31 &&
                                                  name.find(' ', space + 1) == std::string_view::npos) {
        char ob[32];
        if (office_title(lexicon::lower(name.substr(0, space), ob))) name.remove_prefix(space + 1);
    }
    // "de Miranda", "De Miranda", "van Berg": a surname's particle before its last word.
    if (const std::size_t space = name.find(' '); space != std::string_view::npos && space <= 5 &&
                                                  name.find(' ', space + 1) == std::string_view::npos) {
        char pb[32];
        if (surname_particle(lexicon::lower(name.substr(0, space), pb))) name.remove_prefix(space + 1);
    }
    // "Harlow Bank's Imbert": the person, whoever they work for.
    std::string_view owner;
    name = after_owner(name, &owner);
    if (name.empty() || name.find(' ') != std::string_view::npos) return Text();
    const std::size_t n = std::min<std::size_t>(sp.people_seen, 16);
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t at = (sp.people_seen - 1 - k) % 16;
        if (sp.surnames[at] == name) return sp.people[at];
    }
    // "Lin said" after "Lin Chung-jung, a spokesman,": a name the text gave family name first (or a
    // person called by the first name), when it opens the full name of one person only, with no title.
    Text only;
    for (std::size_t k = 0; k < n; ++k) {
        if (sp.firsts[k] != name) continue;
        // (The same person twice, with where they work and without: the fuller one.)
        const std::string_view full = sp.people[k].view().substr(0, sp.people[k].view().find(" ("));
        if (!only.empty() && only.view().substr(0, only.view().find(" (")) != full) return Text();
        if (sp.people[k].size() > only.size()) only = sp.people[k];
    }
    return only;
}

// The person a surname alone stands for: one named in full who spoke (full_name), else the one the text gave
// in passing by that surname ("her counterpart Ivo Lind … Lind disagreed"); "" for none, or for two, or
// for a name whose first word the text also writes in lower case ("Whether Lind" opened a sentence).
Text person_by_surname(const Ctx& c, const Speakers& sp, std::string_view surname, bool speakers = true) {
    if (speakers && sp.people_seen > 0)
        if (Text full = full_name(sp, surname); !full.empty()) return full;
    const auto it = sp.in_passing.find(surname);
    if (it == sp.in_passing.end() || it->second.who.empty()) return Text();
    const std::string_view who = it->second.who.view();
    return c.written_lower_case(who.substr(0, who.find(' '))) ? Text() : it->second.who;
}

bool quote_mark(const Ctx& c, std::size_t q) {
    if (q >= c.t.size() || c.t[q].type != TokenType::Punct) return false;
    const std::string_view p = c.tx(q);
    return p == "\"" || p == "'" || p == "\xE2\x80\x9C" || p == "\xE2\x80\x9D" || p == "\xE2\x80\x98" || p == "\xE2\x80\x99";
}

// An apostrophe closing a plural possessive ("Harlow Colleges' board"): attached to a word in "s", then a space.
bool possessive_mark(const Ctx& c, std::size_t q) {
    if (q == 0 || !c.word(q - 1) || (c.t[q].flags & TokenSpaceBefore)) return false;
    const std::string_view p = c.tx(q), w = c.tx(q - 1);
    return (p == "'" || p == "\xE2\x80\x99") && !w.empty() && (w.back() == 's' || w.back() == 'S') &&
           (q + 1 >= c.t.size() || (c.t[q + 1].flags & TokenSpaceBefore));
}

// A small closed list of words: the words of each length as 16 zero-padded
// bytes, compared two 64-bit loads at a time (these are asked several times
// per reporting verb; a lookup costs a few instructions, not a hash and a probe).
class WordSet {
public:
    WordSet(std::initializer_list<std::string_view> list) {
        for (const std::string_view w : list) {
            if (w.empty()) continue;
            if (w.size() <= kMax) {
                by_size_[w.size()].push_back(pack(w));
                initials_[w.size()] |= initial_bit(w[0]);
            } else {
                longer_.push_back(w);
            }
        }
    }
    bool has(std::string_view w) const {
        if (w.empty()) return false;
        if (w.size() > kMax) return std::find(longer_.begin(), longer_.end(), w) != longer_.end();
        if (!(initials_[w.size()] & initial_bit(w[0]))) return false;  // most words asked: no word of this length starts so
        const Key k = pack(w);
        for (const Key& e : by_size_[w.size()])
            if (e.lo == k.lo && e.hi == k.hi) return true;
        return false;
    }

private:
    static constexpr std::size_t kMax = 16;
    struct Key { std::uint64_t lo, hi; };
    static Key pack(std::string_view w) {  // w.size() <= kMax; byte k at bits 8k (the order is only ours)
        Key k{0, 0};
        for (std::size_t i = 0; i < w.size(); ++i)
            (i < 8 ? k.lo : k.hi) |= std::uint64_t{static_cast<unsigned char>(w[i])} << (8 * (i % 8));
        return k;
    }
    static std::uint64_t initial_bit(char c) { return std::uint64_t{1} << (static_cast<unsigned char>(c) & 63); }
    std::vector<Key>              by_size_[kMax + 1];
    std::uint64_t                 initials_[kMax + 1] = {};  // initial_bit of the first byte of each word, by length
    std::vector<std::string_view> longer_;
};

// A kind of place, in lower case: "port", "city", "province", "capital" ("the port of Harlow", "the capital
// Tarrow").
bool place_kind(std::string_view lw) {
    static const WordSet kinds{"port", "city", "town", "village", "province", "region", "district", "island",
                               "county", "municipality", "harbour", "harbor", "capital", "state"};
    return kinds.has(lw);
}

bool determiner_word(std::string_view lw) {
    static const WordSet set{"the", "a", "an", "one", "some", "several", "many", "other", "its", "his", "her", "their",
                             "two", "three", "most", "few", "both", "these", "those", "this", "that", "our", "my", "your",
                             "another"};
    return set.has(lw);
}

bool indefinite_word(std::string_view lw) {
    return lw == "a" || lw == "an" || lw == "one" || lw == "some" || lw == "several" || lw == "many" || lw == "other" ||
           lw == "two" || lw == "three" || lw == "most" || lw == "few" || lw == "another";
}

// A share or a number as a whole subject: "Four-fifths said", "A majority said", "One in four
// said", "Half agreed" — how many of those polled answered so, not who says so.
bool quantity_word(std::string_view lw) {
    static const std::string_view shares[] = {"half", "majority", "minority", "most", "all", "none", "third", "thirds",
                                              "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "percent",
                                              "cent", "dozen", "hundred", "hundreds", "thousand", "thousands"};
    for (std::string_view w : shares)
        if (lw == w) return true;
    if (lexicon::number_word(lw) > 0) return true;
    const std::size_t dash = lw.rfind('-');  // "three-quarters", "two-thirds", "forty-one"
    return dash != std::string_view::npos && dash > 0 && dash + 1 < lw.size() &&
           (quantity_word(lw.substr(dash + 1)) || lexicon::number_word(lw.substr(0, dash)) > 0);
}

// A verb's helper after a name ("said Mr Hale had", "said the board would"): the name opens a reported
// clause ("A majority said Mr Hale had done well"), it does not close an inverted one.
bool auxiliary_word(std::string_view lw) {
    return lw == "had" || lw == "has" || lw == "have" || lw == "was" || lw == "were" || lw == "is" || lw == "are" ||
           lw == "would" || lw == "will" || lw == "could" || lw == "should" || lw == "may" || lw == "might" ||
           lw == "must" || lw == "did" || lw == "does" || lw == "do" || lw == "can";
}

// Words between a subject and its reporting verb that are neither: "has", "also", "later", "all".
bool between_subject_and_verb(std::string_view lw) {
    static const WordSet set{
        "has", "have", "had", "also", "later", "earlier", "previously", "recently", "separately", "again", "further",
        "would", "will", "already", "repeatedly", "publicly", "privately", "all", "both", "each", "then", "once",
        "reportedly", "initially", "jointly", "similarly", "often", "now", "still", "too", "last", "this", "week",
        "month", "year", "published", "released", "issued", "themselves", "himself", "herself", "itself", "may",
        "might", "could", "should", "must", "do", "does", "did", "not", "never", "always", "generally", "widely",
        "meanwhile", "however", "nevertheless", "subsequently", "instead", "first", "originally", "officially",
        "openly", "yet", "long", "since", "consistently", "frequently", "here"};
    return set.has(lw);
}

// A verb's past form that does not end in "-ed": "said", "spoke", "met", "went".
bool irregular_past(std::string_view verb) {
    static const WordSet forms{"said", "told", "wrote", "found", "put", "thought", "forecast", "read", "spoke",
                               "knew", "felt", "held", "made", "gave", "saw", "set", "met", "went", "took", "came",
                               "left", "led", "won", "lost", "sent", "built", "began", "ran", "sold", "bought"};
    return forms.has(verb);
}

// A reporting verb in its plural present form ("say", "believe", "warn"): its subject is a group.
bool plural_verb(std::string_view verb) {
    return !verb.empty() && verb.back() != 's' && !(verb.size() > 2 && verb.substr(verb.size() - 2) == "ed") &&
           !irregular_past(verb);
}

bool be_form(std::string_view lw) {
    return lw == "is" || lw == "was" || lw == "were" || lw == "are" || lw == "be" || lw == "been" || lw == "being";
}

// A preposition that joins a description and a name: "officials in Tallinn", "figures from the council".
bool joining_preposition(std::string_view lw) {
    return lw == "of" || lw == "for" || lw == "at" || lw == "in" || lw == "from" || lw == "by" || lw == "with";
}

// A capitalised word that is a name's word, not a common word capitalised at a sentence's start.
bool name_particle(const Ctx& c, std::size_t q);

bool name_word(const Ctx& c, std::size_t q) {
    if (!c.cap(q)) return false;
    {
        // "We're", "It's", "Don't": a contraction is no name. The apostrophe stands one or two letters
        // from the end: looked for there only (this is asked of every capitalised word near a verb).
        const std::string_view w = c.tx(q);
        std::size_t ap = std::string_view::npos;
        for (std::size_t tail = 1; tail <= 2 && ap == std::string_view::npos; ++tail) {
            if (w.size() > tail + 1 && w[w.size() - tail - 1] == '\'') ap = w.size() - tail - 1;
            else if (w.size() > tail + 3 && w.compare(w.size() - tail - 3, 3, "\xE2\x80\x99") == 0) ap = w.size() - tail - 3;
        }
        if (ap != std::string_view::npos) {
            const std::string_view tail = w.substr(ap + (w[ap] == '\'' ? 1 : 3));
            char fb[32];
            if (tail == "re" || tail == "ve" || tail == "ll" || tail == "d" || tail == "m" || tail == "t" ||
                (tail == "s" && lexicon::is_function_word(lexicon::lower(w.substr(0, ap), fb))))  // "It's", "That's"
                return false;
        }
    }
    if (lexicon::is_place_descriptor(c.tx(q))) return false;  // "Tarrow-based": it describes the name after it
    char buf[32];
    const std::string_view lw = lexicon::lower(c.tx(q), buf);
    if (c.function_word(q) || determiner_word(lw)) return false;
    if ((c.t[q].flags & TokenAllCaps) != 0) return true;
    if ((lexicon::month_like(lw) && !name_in_word_form(c.t, c.doc.text(), q)) || lexicon::is_day_word(lw)) return false;  // not "Theresa May"
    const bool starts = q == 0 || c.sentence_begins_at(c.t[q].begin) || (quote_mark(c, q - 1) && !possessive_mark(c, q - 1));
    // "Nobody expected", "Everyone said": an indefinite pronoun, never a name.
    if (lw == "nobody" || lw == "everybody" || lw == "somebody" || lw == "anybody" || lw == "everyone" || lw == "someone" ||
        lw == "anyone" || lw == "none")
        return false;
    // "Dozens of residents said": a quantity capitalised by its place.
    if (starts && (lw == "dozens" || lw == "hundreds" || lw == "thousands" || lw == "scores" || lw == "millions")) return false;
    // "Analysts said", "Bank economists said": a common noun capitalised by its place; "Chief Inspector …" is a title.
    if (starts && !c.cap(q + 1) && (lexicon::is_source_noun(lw) || lexicon::is_data_noun(lw) || lexicon::is_vague_subject(lw)))
        return false;
    // "Early estimates", "Mine officials": a capitalised first word before a lower-case noun is a common word
    // (not one with a possessive: "Lind's office said"; "Today's figures" is time).
    const bool possessive_name = lexicon::is_possessive(c.tx(q)) && lw.rfind("today", 0) != 0 && lw.rfind("yesterday", 0) != 0 &&
                                 lw.rfind("tomorrow", 0) != 0 && lw.rfind("tonight", 0) != 0;
    if (starts && !possessive_name && c.word(q + 1) && !c.cap(q + 1) && !name_particle(c, q + 1)) {
        char nb[32];
        const std::string_view next = lexicon::lower(c.tx(q + 1), nb);
        if (!lexicon::is_function_word(next) && !lexicon::is_reporting_verb(next) && !between_subject_and_verb(next) &&
            !lexicon::is_manner_adverb(next))  // "Tarrow strongly warned"
            return false;
    }
    return true;
}

// A point of the compass as an adjective of a place: "eastern", "north-western", "central", "southern".
bool compass_word(std::string_view lw) {
    static const WordSet points{"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                                "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
                                "south-western"};
    return points.has(lw);
}

// An office that makes whoever holds it a person, in lower case: "minister", "president", "governor"
// (the title before a name, "Harbour Minister Ana Ruiz", or after it, "Ana Ruiz, chairman of …").
bool office_title(std::string_view lw) {
    static const WordSet offices{"minister", "president", "secretary", "chairman", "chairwoman", "chair", "chairperson",
                                 "governor", "director", "senator", "mayor", "chancellor", "commissioner", "ambassador",
                                 "judge", "treasurer", "rector", "provost"};
    return offices.has(lw);
}

// A word that describes the business named after it, capitalised only where it opens a sentence: a rival, a
// kind of business ("Carmaker Tarrow Motors", "Rival Ostsoft", "Retailer Tarrowmart").
bool business_descriptor(std::string_view lw) {
    static const WordSet kinds{"rival", "airline", "broadcaster", "carrier", "charity", "consultancy", "insurer", "lender",
                               "manufacturer", "publisher", "regulator", "retailer", "startup", "conglomerate",
                               "watchdog", "miner", "brewer", "shipper", "operator"};
    return kinds.has(lw) || lexicon::is_maker_noun(lw);
}

// In tokens [f, e]: a person's name of two or three words after a role in lower case, then "from", "of" or
// "at" (and "the") and a capitalised body that runs to e ("chief inspector Ana Ruiz from the Harlow police").
// Returns the preposition's token, the name in [*nb, *ne]; 0 when the words are not so.
std::size_t person_before_employer(const Ctx& c, std::size_t f, std::size_t e, std::size_t* nb, std::size_t* ne) {
    for (std::size_t q = f + 2; q + 1 <= e && q <= f + 8; ++q) {
        if (!(c.is(q, "from") || c.is(q, "of") || c.is(q, "at"))) continue;
        const std::size_t body = c.is(q + 1, "the") ? q + 2 : q + 1;
        if (body > e || !c.cap(body)) return 0;
        std::size_t b = 0, l = 0;
        if (!last_name_in(c, f, q - 1, &b, &l) || l != q - 1 || l - b < 1 || l - b > 2 || b == f || c.cap(b - 1)) return 0;
        if (organisation_name(c.span(b, l))) return 0;
        *nb = b;
        *ne = l;
        return q;
    }
    return 0;
}

// An academic or professional degree written after a name, at token q: "MD", "PhD", "Ph.D" is not one token.
bool degree_initials(const Ctx& c, std::size_t q) {
    if (!c.word(q) || !c.cap(q)) return false;
    const std::string_view w = c.tx(q);
    return w == "MD" || w == "PhD" || w == "DPhil" || w == "MPH" || w == "RN" || w == "DO" || w == "MBA" || w == "JD" ||
           w == "DDS" || w == "DVM" || w == "MSc" || w == "FRCP";
}

// A post written as an executive's initials, as written: "CEO", "CFO", "COO", "CTO", "CIO".
bool executive_initials(std::string_view w) {
    return w.size() == 3 && w[0] == 'C' && (w[1] == 'E' || w[1] == 'F' || w[1] == 'O' || w[1] == 'T' || w[1] == 'I') && w[2] == 'O';
}

// The first executive's initials among tokens [b, e] ("Harlow Ferries CEO Ivo Lind"), or e + 1.
std::size_t executive_initials_in(const Ctx& c, std::size_t b, std::size_t e) {
    for (std::size_t q = b; q <= e; ++q)
        if (executive_initials(c.tx(q))) return q;
    return e + 1;
}

// The first word of a post held in a body, as written after a name without an article: an office, or a
// post or trade ("chief executive of …", "economist at …", "deputy editor", "senior fellow").
bool post_title(std::string_view lw) {
    static const WordSet posts{"leader", "head", "chief", "spokesman", "spokeswoman", "economist", "analyst",
                               "professor", "executive", "manager", "founder", "editor", "adviser", "advisor",
                               "deputy", "vice", "senior", "general", "managing", "trader", "dealer", "researcher",
                               "fellow", "partner",
                               // A club's staff and players: "Harlow United striker Ivo Lind said".
                               "coach", "captain", "striker", "midfielder", "defender", "goalkeeper", "winger",
                               "forward", "boss"};
    return office_title(lw) || posts.has(lw);
}

// A role news gives to sources it does not name ("the spokesman added", "the banker said"); not a team's
// coach or a court's judge, whom the text names elsewhere.
bool anonymous_role(std::string_view lw) {
    static const WordSet roles{"spokesman", "spokeswoman", "spokesperson", "official", "banker", "dealer", "trader",
                               "diplomat", "economist", "analyst", "expert", "insider", "aide", "source", "executive",
                               "negotiator", "broker", "strategist", "observer"};
    return roles.has(lw);
}

// One who speaks for a body: "spokesman", "spokeswoman", "spokesperson", "spokespeople".
bool spokesperson_word(std::string_view lw) {
    return lw == "spokesman" || lw == "spokeswoman" || lw == "spokesperson" || lw == "spokespeople";
}

// One who speaks for a person, after "his" or "her": "spokesman", "spokeswoman", "office", "management",
// "representatives", "campaign" (not "lawyer" or "aide": someone of their own, whom the text does not name).
bool speaks_for_person(std::string_view lw) {
    return spokesperson_word(lw) || lw == "office" || lw == "management" || lw == "representative" ||
           lw == "representatives" || lw == "campaign" || lw == "publicist";
}

// `person` when the text right before token `b` names no one else: the sentence before `b` (or, when `b`
// opens its sentence, the sentence before it) names the person and has no capitalised word of another name
// ("Ivo Lind will not run, his spokesman said"; not "Ana Ruiz said Karl Ode will go, his office said"). A
// sentence of more than 60 tokens there is too long to tell: "".
Text person_alone_before(const Ctx& c, std::size_t b, const Text& person) {
    if (person.empty()) return Text();
    std::size_t from = c.sentence_first_token(b), to = b;
    if (from == b) {
        if (b == 0) return Text();
        to = from;
        from = c.sentence_first_token(b - 1);
    }
    if (to - from > 60) return Text();
    const std::string_view name = person.view();
    const auto in_name = [&](std::string_view w) {
        w = lexicon::without_possessive(w);
        for (std::size_t at = name.find(w); at != std::string_view::npos; at = name.find(w, at + 1))
            if ((at == 0 || name[at - 1] == ' ') && (at + w.size() == name.size() || name[at + w.size()] == ' ')) return true;
        return false;
    };
    bool named = false;
    for (std::size_t q = from; q < to; ++q) {
        if (!c.word(q) || !c.cap(q)) continue;
        if (in_name(c.tx(q))) { named = true; continue; }
        if (q != from) return Text();
    }
    return named ? person : Text();
}

// "his", "her", "its", "their", "our", "my", "your": a determiner that names an owner.
bool possessive_determiner(std::string_view lw) {
    return lw == "his" || lw == "her" || lw == "its" || lw == "their" || lw == "our" || lw == "my" || lw == "your";
}

// A noun that names a person by role or kin ("mother", "spokesman", "lawyer"): one capitalised word
// in an appositive after it is that person's name.
bool person_role(std::string_view lw) {
    static const WordSet roles{"mother", "father", "wife", "husband", "son", "daughter", "sister", "brother", "aunt",
                               "uncle", "cousin", "grandmother", "grandfather", "widow", "widower", "partner",
                               "friend", "neighbour", "neighbor", "colleague", "boyfriend", "girlfriend", "spokesman",
                               "spokeswoman", "spokesperson", "lawyer", "attorney", "doctor", "teacher", "coach",
                               "owner", "founder", "manager", "captain", "skipper", "landlord", "employer", "boss",
                               "striker", "midfielder", "defender", "goalkeeper", "winger", "referee", "batsman",
                               "bowler", "pitcher", "quarterback", "jockey", "driver", "rider", "sprinter", "author",
                               "co-author", "coauthor",
                               // posts of a place's staff: "the harbour master", "the headteacher", "the curator"
                               "master", "harbourmaster", "headteacher", "headmaster", "headmistress", "principal",
                               "curator", "warden", "coroner", "ranger", "pilot", "surgeon", "nurse"};
    return office_title(lw) || roles.has(lw);
}

// A singular noun for one person who reports ("spokeswoman", "economist", "official", "source"): "he" or
// "she" in the sentences after refers to them.
// Whether the words from token b (before l) name a post before their first preposition, within four
// words: "regional director of …", "Tarrow country director for …"; not "speaking at …".
bool role_opens(const Ctx& c, std::size_t b, std::size_t l) {
    for (std::size_t q = b; q < l && q < b + 4 && c.word(q); ++q) {
        if (c.cap(q)) continue;
        ShortWord wb;
        const std::string_view lw = c.lower(q, wb);
        if (post_title(lw) || person_noun(lw)) return true;
        if (c.function_word(q)) return false;
    }
    return false;
}

bool person_noun(std::string_view lw) {
    static const WordSet people{"economist", "analyst", "official", "trader", "dealer", "diplomat", "banker", "expert",
                                "executive", "researcher", "scientist", "source", "engineer", "officer", "broker",
                                "strategist", "observer", "critic", "insider", "delegate", "negotiator", "correspondent",
                                "reporter", "lawmaker", "legislator", "witness", "resident", "spokesperson",
                                "representative", "envoy", "prosecutor", "judge", "commander", "activist",
                                "commenter", "columnist", "blogger", "leader"};
    // (A trade by its suffix, singular: "a geologist", "the pediatrician".)
    return person_role(lw) || people.has(lw) || (!lw.empty() && lw.back() != 's' && lexicon::is_trade_by_suffix(lw));
}

// Whether a name reads as an organisation's rather than a person's.
bool organisation_name(std::string_view name) {
    static const WordSet heads{
        "Bank", "Council", "Ministry", "Association", "Corp", "Company", "Group", "Office", "Department", "Agency",
        "Institute", "Organisation", "Organization", "Fund", "Union", "Commission", "Committee", "Board",
        "Authority", "Government", "Party", "Federation", "Inc", "Ltd", "Society", "Centre", "Center", "Service",
        "University", "Court", "Times", "News", "Post", "Journal", "Reuters", "Exchange", "Bureau", "Forum",
        "Foundation", "Industries", "Airlines", "Corporation", "Trust", "Reserve", "Treasury", "Police", "Army",
        "Co", "Motors", "Motor", "Oil", "Holdings", "Energy", "Petroleum", "Steel", "Mining", "Systems",
        "Technologies", "Partners", "Capital", "Securities", "Markets", "Electric", "Media", "Telecom", "Airways",
        "Railways", "Insurance", "Investments", "Chamber", "Secretariat", "Parliament", "Assembly", "Congress",
        "Senate", "Cabinet", "Network", "Press", "Radio", "Television", "Herald", "Tribune", "Gazette", "Club",
        "Courier", "Telegraph", "Chronicle", "Examiner", "Inquirer", "Dispatch",
        "League", "Alliance", "Coalition", "Movement", "Embassy", "Hospital", "School", "College", "Academy",
        "Laboratory", "Brothers", "plc", "PLC", "AG", "SA", "GmbH", "LLC", "NV",
        // Firms named by their trade: "Harlow Ferries", "Tarrow Foods".
        "Ferries", "Foods", "Stores", "Resources", "Enterprises", "Pharmaceuticals", "Services", "Studios", "Labs",
        "Shipping", "Logistics", "Shipyards", "Breweries", "Entertainment", "Software", "Solutions", "Ventures",
        "Communications", "Utilities", "Transport", "Aviation", "Aerospace", "Automotive", "Chemicals", "Institution",
        "Lines", "Line", "Rail", "Railway", "Air", "Express", "Power", "Metals", "Mines", "Properties", "Construction",
        "Engineering", "Electronics", "Networks", "Hotels", "Resorts", "Brands", "Pharma", "Textiles", "Cement",
        "Finance", "Retail", "Guard",
        "Observatory", "Museum", "Library", "Unit", "Division", "Directorate", "Inspectorate", "Tribunal",
        // Sports clubs: "Harlow United", "Tarrow Rovers".
        "United", "Rovers", "Wanderers", "Athletic", "Albion", "Rangers", "FC", "Hotspur"};
    // A person's title before more of the name: "Mining Minister Ana Lind", "Oil Secretary Ana Lind".
    static const WordSet titles{"Spokesman", "Spokeswoman", "Judge", "General", "Inspector", "Chief", "Mr", "Mrs", "Ms",
                                "Dr", "Prof", "Sir", "Lord", "Lady"};
    for (std::size_t i = 0, w = 0; i < name.size(); ++i) {
        if (name[i] != ' ') continue;
        std::string_view word = name.substr(w, i - w);
        if (!word.empty() && word.back() == '.') word.remove_suffix(1);
        char lb[32];
        if (titles.has(word) || (!word.empty() && word[0] >= 'A' && word[0] <= 'Z' && office_title(lexicon::lower(word, lb))))
            return false;
        w = i + 1;
    }
    int upper = 0, letters = 0;
    std::size_t word = 0;
    for (std::size_t i = 0; i <= name.size(); ++i) {
        const char ch = i < name.size() ? name[i] : ' ';
        if (ch == ' ' || ch == '.' || ch == ',') {
            if (i > word && heads.has(name.substr(word, i - word))) return true;
            word = i + 1;
            continue;
        }
        if (ch >= 'A' && ch <= 'Z') ++upper;
        if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) ++letters;
    }
    return letters > 0 && upper * 2 > letters;  // an acronym
}

// "Allan Reyes of Calder Grain Co" (tokens [nb, ne]): a person's name of two or three words, then "of"
// and where they work, written as "Allan Reyes (Calder Grain Co)"; "" when the name is no such pair
// ("Bank of England", "Secretary of State Ana Lind", "Central Bank of Harlow").
Text person_of_organisation(const Ctx& c, std::size_t nb, std::size_t ne) {
    // A role before the name ("Analyst Mia Berg of Tarrow Securities", "Economist Ana Ruiz of …") is no part of it,
    // nor is a courtesy title ("Dr Ana Ruiz of Tarrow University", as a name introduced loses it).
    if (nb < ne) {
        char rb[32];
        const std::string_view role = lexicon::lower(c.tx(nb), rb);
        if (person_noun(role) || post_title(role)) ++nb;
    }
    if (nb < ne && lexicon::is_courtesy_title(c.tx(nb))) {
        ++nb;
        if (c.punct(nb, '.')) ++nb;  // "Dr. Ana Ruiz"
    }
    std::size_t of = nb;
    while (of <= ne && !c.is(of, "of")) ++of;
    if (of > ne || of - nb < 2 || of - nb > 3 || of + 1 > ne) return Text();
    for (std::size_t q = nb; q < of; ++q) {
        char b[32];
        if (!c.cap(q) || (c.t[q].flags & TokenAllCaps) || lexicon::is_source_noun(lexicon::lower(c.tx(q), b))) return Text();
    }
    const std::string_view person = c.span(nb, of - 1);
    if (organisation_name(person)) return Text();
    std::size_t ob = of + 1;
    if (c.is(ob, "the")) ++ob;
    if (ob > ne || !c.cap(ob)) return Text();
    return keep_joined(c, {person, " (", c.span(ob, ne), ")"});
}

// A word of time at token q: a day ("Monday", "today"), a month, a year or a day's number in digits, a unit
// of time in the singular ("week", "month"), or a part of the day ("morning", "weekend").
bool time_word(const Ctx& c, std::size_t q) {
    if (c.t[q].type == TokenType::Number) {
        const std::string_view n = c.tx(q);
        return (n.size() == 4 && (n[0] == '1' || n[0] == '2')) || n.size() <= 2;  // a year, a day of the month
    }
    if (!c.word(q) || c.len(q) > 9 || c.len(q) < 3) return false;
    // (First by the initial: days, months, "Today" and "Yesterday" open with one of "adfjmnostwy", units of
    // time and "today" with one of "acdehmnqtwy"; most words stop here.)
    const char first = static_cast<char>(c.tx(q)[0] | 0x20);
    if (!std::strchr(c.cap(q) ? "adfjmnostwy" : "acdehmnqtwy", first)) return false;
    ShortWord tb;
    const std::string_view lw = c.lower(q, tb);
    Text unit;
    return lexicon::is_day_word(lw) || lexicon::month_like(lw) ||
           (c.cap(q) && c.len(q) == 3 && month_from_word(lw) != 0 &&  // "May", and "Jan 4" before its day
            (lw == "may" || (q + 1 < c.t.size() && c.t[q + 1].type == TokenType::Number))) ||
           (lexicon::is_time_unit(lw, &unit) && unit.view() == lw) || lw == "morning" || lw == "afternoon" ||
           lw == "evening" || lw == "weekend";
}

// A word that leads into or joins a phrase of time: a preposition ("on", "in", "since"), a word of when
// ("last", "next", "earlier", "late") or "the", "of", "mid", "same" ("at the end of the week").
bool time_phrase_word(std::string_view lw) {
    return lw == "on" || lw == "in" || lw == "at" || lw == "during" || lw == "since" || lw == "by" || lw == "until" ||
           lw == "last" || lw == "this" || lw == "next" || lw == "earlier" || lw == "later" || lw == "early" ||
           lw == "late" || lw == "the" || lw == "of" || lw == "mid" || lw == "same";
}

// The token after a phrase of time that opens at q, or q when none opens there: up to five words in one
// sentence, opened by a preposition or a word of when ("on Tuesday", "on May 4", "last week", "in 2023",
// "later that year", "in early May") or by a day alone ("yesterday", "Monday"), the last of them a word of
// time. Not a month alone ("May Lind said"), nor a unit alone ("week after week"). It ends by `limit` at the latest.
std::size_t after_time_phrase(const Ctx& c, std::size_t q, std::size_t limit) {
    std::size_t end = q;
    for (std::size_t r = q; r < c.t.size() && r < q + 5 && r < limit; ++r) {
        if (r > q && ((c.t[r].flags & TokenNewlineBefore) || c.sentence_begins_at(c.t[r].begin))) break;
        if (!(c.word(r) || c.t[r].type == TokenType::Number)) break;
        ShortWord wb;
        if (time_word(c, r)) {
            if (r == q && !lexicon::is_day_word(c.lower(r, wb))) return q;
            end = r + 1;
        } else if (!time_phrase_word(c.lower(r, wb))) {
            break;
        }
    }
    return end;
}

// Whether the tokens before `k` are a phrase of time that opens the sentence, with no comma after it: "On
// Monday the ministry said", "In 2019 she said", "Last week officials said", "In early May Harlow Bank said".
bool time_phrase_opens_before(const Ctx& c, std::size_t k) {
    if (k == 0 || !time_word(c, k - 1)) return false;  // most subjects: this one test
    // The sentence's start, at most five tokens back; the phrase read from there, no further than k, ends at k
    // ("On Monday | Jan Lind said").
    for (std::size_t q = k - 1; k - q <= 5; --q) {
        if (q == 0 || (c.t[q].flags & TokenNewlineBefore) || c.sentence_begins_at(c.t[q].begin)) return after_time_phrase(c, q, k) == k;
        if (!(c.word(q) || c.t[q].type == TokenType::Number)) return false;
    }
    return false;
}

// Where a clause starts at token k: nothing before it in its sentence that a subject could continue.
bool clause_boundary_before(const Ctx& c, std::size_t k) {
    if (k == 0 || (c.t[k].flags & TokenNewlineBefore) || c.sentence_begins_at(c.t[k].begin)) return true;
    if (time_phrase_opens_before(c, k)) return true;  // "On Monday the ministry said"

    const std::size_t p = k - 1;
    if (c.t[p].type == TokenType::Punct) return true;
    if (c.t[p].type == TokenType::Number) return false;
    ShortWord buf;
    const std::string_view lw = c.lower(p, buf);
    return lw == "and" || lw == "but" || lw == "that" || lw == "as" || lw == "while" || lw == "because" ||
           lw == "so" || lw == "when" || lw == "where" || lw == "although" || lw == "though" || lw == "since" ||
           lw == "if" || lw == "which" || lw == "after" || lw == "before" || lw == "yet" || lw == "whereas" ||
           lw == "then" || lw == "however" || lw == "now" || lw == "or" || lw == "what" || lw == "who" || lw == "whom" ||
           lw == "later" || lw == "earlier" || lw == "meanwhile" || lw == "today" || lw == "yesterday" ||
           // a comparison with what someone expected: "more than Ivo Lind predicted", "faster than analysts forecast"
           lw == "than" ||
           // a sentence adverb that opens its sentence: "Indeed they warned"
           ((lw == "instead" || lw == "indeed" || lw == "separately" || lw == "nevertheless" || lw == "nonetheless" ||
             lw == "similarly" || lw == "likewise" || lw == "previously") &&
            (p == 0 || c.sentence_begins_at(c.t[p].begin) || (c.t[p].flags & TokenNewlineBefore)));
}

// A capitalised word of at most 8 letters at `w` that opens with the initial of the name ending at
// `name_end` ("Hatro" after "Harlow-Tarrow Bank NV"): a short form written in title case.
bool title_case_short_form(const Ctx& c, std::size_t w, std::size_t name_end) {
    if (!c.cap(w) || c.len(w) > 8) return false;
    std::size_t f = name_end;
    while (f > 0 && f + 8 > name_end && !(c.t[f].flags & TokenNewlineBefore)) {
        if ((c.cap(f - 1) && !c.function_word(f - 1)) || connector(c, f - 1)) { --f; continue; }
        if (f >= 2 && c.punct(f - 1, '-') && c.cap(f - 2)) { f -= 2; continue; }  // "Harlow-Tarrow"
        break;
    }
    while (f < name_end && (connector(c, f) || c.function_word(f))) ++f;  // "The Harlow Bank", "of Harlow"
    return c.tx(w)[0] == c.tx(f)[0];
}

// The first token of a person's name [nb, ne] without a party's label before it ("Conservative Ivo Lind",
// "Tory Ana Ruiz" → the token of the given name); nb when no label leads a name of two words or more.
std::size_t after_party_label(const Ctx& c, std::size_t nb, std::size_t ne) {
    if (nb + 2 > ne || !name_word(c, nb + 1) || !name_word(c, ne)) return nb;
    const std::string_view w = c.tx(nb);
    const bool label = w == "Conservative" || w == "Tory" || w == "Labour" || w == "Labor" || w == "Democrat" ||
                       w == "Republican" || w == "Liberal" || w == "Socialist" || w == "Communist" || w == "Unionist" ||
                       w == "Nationalist";
    return label && !organisation_name(c.span(nb + 1, ne)) ? nb + 1 : nb;
}

// A word for a part of a group, before "of": "most of the analysts", "two of the skippers", "all of them".
bool part_of_group(std::string_view lw) {
    return lw == "most" || lw == "many" || lw == "several" || lw == "both" || lw == "all" || lw == "some" ||
           lw == "few" || lexicon::number_word(lw) > 0;
}

// The token of "a" or "an" before initials with periods ("U.S.", "U.K.") that stand right before token `b`:
// "A U.S. official said" (the subject found starts after the initials' last period); npos when there is none.
std::size_t indefinite_before_initials(const Ctx& c, std::size_t b) {
    const std::size_t none = std::string_view::npos;
    std::size_t q = b;
    int letters = 0;
    while (q >= 2 && c.punct(q - 1, '.') && c.word(q - 2) && c.len(q - 2) == 1 && c.cap(q - 2) && letters < 4) {
        q -= 2;
        ++letters;
    }
    if (letters < 2) return none;
    // (Over up to two adjectives: "A senior U.S. banker".)
    for (int adjectives = 0; adjectives < 2 && q >= 2 && c.word(q - 1) && !c.cap(q - 1) && !c.function_word(q - 1); ++adjectives) --q;
    return q >= 1 && (c.is(q - 1, "a") || c.is(q - 1, "an")) ? q - 1 : none;
}

// A subject noun phrase ending at token `k` (inclusive): its first token, or npos when there is none.
// It takes capitalised names with their connectors ("Office of the UN"), lower-case nouns and adjectives
// ("a commerce ministry spokeswoman"), a preposition before a name ("officials in Tallinn", "figures from
// the Dairy Council"), a list of names ("the FA, the RUG and the HPU") and one leading determiner.
std::size_t subject_start(const Ctx& c, std::size_t k) {
    // "Figures released on Wednesday by the national statistics office showed": data, a participle of
    // publishing, a time phrase and a body named by its kind — the whole is the subject.
    for (std::size_t by = k >= 4 ? k - 4 : 0; by + 2 <= k; ++by) {
        if (!(c.is(by, "by") || c.is(by, "from")) || body_by_kind_after(c, by) != k + 1) continue;
        for (std::size_t p = by; p > 1 && by - p < 6; --p) {
            ShortWord pb, db;
            const std::string_view part = c.lower(p - 1, pb);
            if (!authorship_word(part)) continue;
            if (!c.word(p - 2) || !lexicon::is_data_noun(c.lower(p - 2, db))) break;
            std::size_t s = p - 2;  // and the words that describe the data: "Official figures"
            while (s > 0 && p - 2 - s < 2 && c.word(s - 1) && !c.function_word(s - 1) && !(c.t[s].flags & TokenNewlineBefore) &&
                   !c.sentence_begins_at(c.t[s].begin))
                --s;
            return s;
        }
    }
    std::size_t b = k + 1;
    int taken = 0;
    bool listed = false;  // an "and" between names was taken: a comma before the next name continues the list
    while (b > 0 && taken < 14) {
        const std::size_t q = b - 1;
        if (b <= k && (c.t[b].flags & TokenNewlineBefore)) break;
        if (b <= k && time_phrase_opens_before(c, b)) break;  // "On Monday | the ministry said": no part of it
        // "40 skippers said", "some 200 protesters told": a count in digits before who reports.
        // (Not a year: "In 2023 officials said".)
        if (c.t[q].type == TokenType::Number && b <= k && c.word(b) && !c.cap(b) && !(c.t[b].flags & TokenNewlineBefore) &&
            !(c.len(q) == 4 && (c.tx(q)[0] == '1' || c.tx(q)[0] == '2'))) {
            b = q;
            ++taken;
            continue;
        }
        if (c.word(q)) {
            char buf[32];
            const std::string_view lw = lexicon::lower(c.tx(q), buf);
            const bool fn = c.function_word(q);
            // "the two governments", "the three banks": a count in words after a determiner, before what it counts.
            if (b <= k && c.word(b) && !c.cap(q) && q >= 1 && c.word(q - 1) && lexicon::number_word_any_case(lw) > 1) {
                ShortWord db;
                if (determiner_word(c.lower(q - 1, db))) { b = q; ++taken; continue; }
            }
            // (A word or two of what the name is may stand between "the" and the name: "in the journal Tarrow
            // Policy", "by the think tank Harlow Watch".)
            std::size_t named_at = c.is(b, "the") ? b + 1 : b;
            while (named_at <= k && named_at < b + 3 && c.word(named_at) && !c.cap(named_at) && !c.function_word(named_at)) ++named_at;
            if (named_at > b && !(c.is(b, "the") && named_at == b + 1) && !name_descriptor(c, named_at - 1)) named_at = k + 1;
            const bool name_follows = b <= k && (c.cap(b) || (c.is(b, "the") && named_at <= k && c.cap(named_at)));
            // A verb ends the subject: "The banker said officials have stressed" has the subject "officials".
            // (A form as often a plural noun is one inside a subject: "a review of the 12 biggest projects says".)
            const bool verb_like = !c.cap(q) && lw.find('-') == std::string_view::npos &&
                                   !lexicon::is_data_noun(lw) &&
                                   ((lexicon::is_reporting_verb(lw) && !lexicon::verb_kinds(lw).noun_like) ||
                                    (lw.size() > 4 && lw.substr(lw.size() - 2) == "ed"));
            if (!fn && !determiner_word(lw) && !verb_like) { b = q; ++taken; continue; }
            // "the U.S.-based Harlow Center": a place glued to "-based" describes the name after it.
            if (lexicon::is_descriptor_participle(lw) && b <= k && q >= 2 && c.punct(q - 1, '-') && !(c.t[q].flags & TokenSpaceBefore) &&
                !(c.t[q - 1].flags & TokenSpaceBefore)) {
                std::size_t p = q - 1;
                while (p > 0 && !(c.t[p].flags & TokenSpaceBefore) && (c.word(p - 1) || c.punct(p - 1, '.'))) --p;
                if (p < q - 1 && c.cap(p)) { taken += int(q - p); b = p; continue; }
            }
            // "a survey released this week by …", "an inquiry last week by …": a participle of publishing or a
            // time phrase between the document and its author belongs to the subject.
            if (q > 0 && b <= k && c.word(q - 1)) {
                char db[32];
                const std::string_view before = lexicon::lower(c.tx(q - 1), db);
                const bool published = authorship_word(lw);
                Text unit;
                const bool when = (lw == "this" || lw == "last") && c.word(b) && lexicon::is_time_unit(c.tx(b), &unit);
                if ((published || when) && lexicon::is_data_noun(before)) { b = q; ++taken; continue; }
                if (when && (before == "issued" || before == "published" || before == "released")) { b = q; ++taken; continue; }
            }
            if (verb_like) break;
            // "chairman of the conference Manaspas Xuto": a preposition inside a description.
            char nb2[32];
            ShortWord fb;
            const bool noun_follows = b <= k && ((c.word(b) && (c.is(b, "the") || c.is(b, "all") || !c.function_word(b) ||
                                                                determiner_word(c.lower(b, fb)))) ||
                                                 c.t[b].type == TokenType::Number);
            // (…or after data: "a review of studies found", "an analysis of census figures showed".)
            const std::string_view before_q = q > 0 && c.word(q - 1) ? lexicon::lower(c.tx(q - 1), nb2) : std::string_view();
            // (…or after a quantity of them: "a number of economists say", "dozens of residents said".)
            // (…or a part of them: "most of the analysts said", "two of the skippers told".)
            const bool quantity_of = lw == "of" && (before_q == "number" || before_q == "handful" || before_q == "couple" ||
                                                    before_q == "dozens" || before_q == "hundreds" || before_q == "thousands" ||
                                                    before_q == "scores" || before_q == "group" || part_of_group(before_q));
            const bool inside = name_follows || (lw != "and" && noun_follows && !before_q.empty() &&
                                                 (lexicon::is_source_noun(before_q) || quantity_of ||
                                                  ((lw == "of" || lw == "from" || lw == "on" || lw == "into" || lw == "about" ||
                                                    lw == "by") &&  // "research by scientists suggested"
                                                   lexicon::is_data_noun(before_q))));
            // ("shipped its first phone and Ivo Lind said": an "and" after a word in lower case opens a new clause.)
            // (Not after one who reports: "local bankers and Harlow officials told" are one subject.)
            bool new_clause = lw == "and" && c.word(q - 1) && !c.cap(q - 1) && !c.function_word(q - 1) && name_follows;
            if (new_clause) {
                char rb[32];
                new_clause = !lexicon::is_source_noun(lexicon::lower(c.tx(q - 1), rb));
                for (std::size_t n = b; n <= k && new_clause; ++n) new_clause = c.cap(n) && c.word(n);
            }
            if (q + 1 <= k && (connector(c, q) || joining_preposition(lw)) && lw != "the" && inside && q > 0 && !new_clause &&
                (c.word(q - 1) || c.punct(q - 1, ')'))) {
                listed |= lw == "and";
                b = q; ++taken; continue;
            }
            if (lw == "the" && q > 0 && b <= k && (c.cap(b) || (b < named_at && named_at <= k && c.cap(named_at)))) {
                char pb[32];
                const std::string_view prev = c.word(q - 1) ? lexicon::lower(c.tx(q - 1), pb) : std::string_view();
                if (connector(c, q - 1) || joining_preposition(prev)) { b = q; ++taken; continue; }
            }
            // "traders in several ports", "an analyst from a leading ferry firm", "dealers in all ports": a
            // determiner after a preposition that follows a noun of who reports belongs to the subject's description.
            if ((determiner_word(lw) || lw == "all") && b <= k && q >= 2 && c.word(q - 1) && c.word(q - 2) &&
                (!c.cap(q - 2) || c.sentence_begins_at(c.t[q - 2].begin))) {
                char pb2[32], sb2[32];
                const std::string_view before_prep = lexicon::lower(c.tx(q - 2), sb2);
                // (…or after data: "figures from the customs office showed"; and what data is about: "a review
                // on the busiest quays says".)
                const std::string_view prep = lexicon::lower(c.tx(q - 1), pb2);
                const bool about = prep == "on" || prep == "into" || prep == "about";
                if ((joining_preposition(prep) && (lexicon::is_source_noun(before_prep) || lexicon::is_data_noun(before_prep))) ||
                    (about && lexicon::is_data_noun(before_prep)) || (prep == "of" && part_of_group(before_prep))) {
                    b = q; ++taken; continue;
                }
            }
            if (determiner_word(lw) && b <= k) {
                b = q;
                // "the FA, the RUG and the HPU": a comma before the determiner continues a list of names.
                if (listed && q >= 2 && c.punct(q - 1, ',') && c.cap(q - 2)) { b = q - 1; ++taken; continue; }
                break;
            }
            break;
        }
        if (listed && c.punct(q, ',') && q > 0 && c.cap(q - 1) && b <= k) { b = q; ++taken; continue; }
        // "Tarrow Ports' spokesperson", "the farmers' union": the apostrophe of a plural possessive, inside the
        // subject.
        if (possessive_mark(c, q) && b <= k && (c.cap(q - 1) || (c.word(q - 1) && c.tx(q - 1).back() == 's' && !c.function_word(q - 1)))) {
            b = q; ++taken; continue;
        }
        // "the poll of 20,000 people in 20 countries found": a number after a preposition, in the description.
        if (c.t[q].type == TokenType::Number && b <= k && c.word(b) && q >= 1 && c.word(q - 1)) {
            char pb3[32];
            if (joining_preposition(lexicon::lower(c.tx(q - 1), pb3))) { b = q; ++taken; continue; }
            // "A 2019 study by …", "the 2020 census": a year after the determiner; "a review on the 12 busiest
            // quays": a count after it, before the words it counts.
            const std::string_view year = c.tx(q);
            if (((year.size() == 4 && (year[0] == '1' || year[0] == '2')) || !c.cap(b)) &&
                determiner_word(lexicon::lower(c.tx(q - 1), pb3))) {
                b = q; ++taken; continue;
            }
        }
        // "(ATPC)" after a name: "the Association of Tin Producing Countries (ATPC) say".
        // (Or a short form in title case with the name's initial: "Harlow-Tarrow Bank NV (Hatro)".)
        // (Or after a body's kind in lower case, the initials its name: "the national health institute (NHI) said".)
        ShortWord kb;
        if (c.punct(q, ')') && q >= 3 && c.punct(q - 2, '(') && c.word(q - 1) &&
            ((c.cap(q - 3) && (looks_like_acronym(c.tx(q - 1)) || title_case_short_form(c, q - 1, q - 3))) ||
             (c.word(q - 3) && !c.cap(q - 3) && (c.t[q - 1].flags & TokenAllCaps) && looks_like_acronym(c.tx(q - 1)) &&
              body_kind(c.lower(q - 3, kb))))) {
            b = q - 2; taken += 3; continue;
        }
        break;
    }
    if (b > k) return std::string_view::npos;
    while (b <= k && (c.punct(b, ',') || c.punct(b, '('))) ++b;
    return b <= k ? b : std::string_view::npos;
}

// A surname's particle, lower-cased: "de", "van", "von", "da", "bin", …
bool surname_particle(std::string_view lw) {
    static const WordSet particles{"de", "van", "von", "da", "di", "du", "der", "den", "del", "della", "dos", "das",
                                   "bin", "ibn", "ter", "ten", "le", "la"};
    return particles.has(lw);
}

// A surname's particle in lower case at token `q`, before the surname ("de Miranda", "van der Berg").
bool name_particle(const Ctx& c, std::size_t q) {
    if (!c.word(q) || c.cap(q) || !surname_particle(c.tx(q))) return false;
    return c.cap(q + 1) || (c.word(q + 1) && !c.cap(q + 1) && surname_particle(c.tx(q + 1)) && c.cap(q + 2));  // "van der Berg"
}

// The last capitalised name inside tokens [b, e] (inclusive), as [first, last]; false when there is none.
bool last_name_in(const Ctx& c, std::size_t b, std::size_t e, std::size_t* nb, std::size_t* ne) {
    std::size_t q = e + 1;
    while (q > b && !name_word(c, q - 1) && !(c.word(q - 1) && looks_like_acronym(c.tx(q - 1)))) --q;
    if (q == b) return false;
    *ne = q - 1;
    std::size_t f = q - 1;
    while (f > b) {
        if (name_word(c, f - 1)) { --f; continue; }
        // "Robert M. Lind": an initial and its period inside the name.
        if (f - 1 > b && c.punct(f - 1, '.') && c.word(f - 2) && c.len(f - 2) == 1 && c.cap(f - 2)) { f -= 2; continue; }
        // "Harlow Ferry Users' Group": a plural's possessive mark inside the name.
        if (f - 1 > b && possessive_mark(c, f - 1) && name_word(c, f - 2)) { f -= 2; continue; }
        if (f - 1 > b && connector(c, f - 1) && name_word(c, f - 2)) { f -= 2; continue; }
        if (f - 2 > b && connector(c, f - 1) && connector(c, f - 2) && name_word(c, f - 3)) { f -= 3; continue; }
        // "Ana de Miranda", "de Miranda notes": a particle in lower case before a surname.
        if (name_particle(c, f - 1)) { --f; continue; }
        break;
    }
    *nb = f;
    return true;
}

// A verb of leading a body at token `q`: "heads", "runs", "leads", "chairs", "directs", "founded", "manages".
bool leads_word(const Ctx& c, std::size_t q) {
    return c.is(q, "heads") || c.is(q, "runs") || c.is(q, "leads") || c.is(q, "chairs") || c.is(q, "directs") ||
           c.is(q, "founded") || c.is(q, "manages");
}

// An affiliation in an appositive: ", an economist at Northgate Bank" → "Northgate Bank", from tokens [b, e].
// The name must close the appositive ("a professor at the University of Buffalo"; "president of the
// broadcaster Shanghai Media Group"), not stand inside it ("director for European publishing").
Text affiliation_in(const Ctx& c, std::size_t b, std::size_t e) {
    // ", Harlow's head of research,", ", Tarrow Foods' chief executive,": the possessive name the
    // appositive opens with (up to five capitalised words).
    for (std::size_t k = b; k <= e && k < b + 5 && c.cap(k); ++k) {
        const std::string_view w = c.tx(k), last = lexicon::without_possessive(w);
        if (last.size() != w.size() && last.size() > 1)
            return c.keep(c.doc.text().substr(c.t[b].begin, c.t[k].begin + last.size() - c.t[b].begin));
        if (k < e && possessive_mark(c, k + 1)) return c.keep(c.span(b, k));
    }
    for (std::size_t q = b; q <= e; ++q) {
        // (…or what the person leads: "who heads the Harlow Institute", "who runs Tarrow Capital".)
        const bool leads = leads_word(c, q);
        // ("from the Federation of Harbour Traders": "from" and "the"; "from Tarrow" is where the person comes from.)
        const bool from_body = c.is(q, "from") && c.is(q + 1, "the");
        if (!(c.is(q, "at") || c.is(q, "of") || c.is(q, "for") || c.is(q, "with") || leads || from_body)) continue;
        // "Minister for Harbour Works", "Secretary for Ports": a portfolio, not an employer.
        // ("Director of the Tarrow Institute", "Governor of the Bank of Harlow": an office held in a body, after "the".)
        if (q > b && (c.is(q, "for") || c.is(q, "of")) && c.cap(q - 1)) {
            ShortWord ob;
            const std::string_view before = c.lower(q - 1, ob);
            const bool in_body = c.is(q + 1, "the") && before != "minister" && before != "secretary";
            if ((office_title(before) && !in_body) || spokesperson_word(before)) continue;
        }
        // ("vice minister of Harbour Works", "secretary for ports": in lower case too.)
        if (q > b && (c.is(q, "for") || c.is(q, "of")) && (c.is(q - 1, "minister") || c.is(q - 1, "secretary")) && !c.is(q + 1, "the"))
            continue;
        std::size_t f = q + 1;
        // "the regional airline" before the name; "of sales in Europe" names a place, not an employer, and
        // so does a point of the compass ("an elder of the clan of eastern Harlow").
        bool compass = false;
        for (; f <= e && c.word(f) && !c.cap(f) && f - q < 5 && !c.is(f, "in"); ++f) {
            ShortWord cb;
            compass |= compass_word(c.lower(f, cb));
        }
        if (f > e || !c.cap(f) || compass) continue;
        // "of Tarrow-based Harlow Ferries": the place is no part of the body's name.
        for (std::size_t d = f; d < e && d - f < 4; ++d)
            if (lexicon::is_place_descriptor(c.tx(d)) && c.cap(d + 1)) f = d + 1;
        std::size_t l = f;
        while (l + 1 <= e) {
            if (c.cap(l + 1) || (connector(c, l + 1) && l + 2 <= e && c.cap(l + 2))) { ++l; continue; }
            // "Committee for a Sound Budget": an article after a connector inside the name.
            if (connector(c, l + 1) && l + 3 <= e && (c.is(l + 2, "a") || c.is(l + 2, "the")) && c.cap(l + 3)) { l += 2; continue; }
            // "Dana F. Lind Co": an initial's period inside the name.
            if (c.punct(l + 1, '.') && c.len(l) == 1 && c.cap(l) && l + 2 <= e && c.cap(l + 2)) { ++l; continue; }
            if (possessive_mark(c, l + 1) && l + 2 <= e && c.cap(l + 2)) { l += 2; continue; }  // "Harlow Colleges' School"
            break;
        }
        if (l == e) return c.text(f, l);
        // "at the Center for Harbour Security (CHS)": the body's own initials after it.
        if (l + 3 == e && c.punct(l + 1, '(') && c.punct(e, ')') && c.word(l + 2) && looks_like_acronym(c.tx(l + 2))) return c.text(f, l);
        // "a member of Harbour Watch's general council": the body whose organ the lower-case words after
        // its possessive name (up to three, ending in a body's kind).
        if (const std::string_view owner = lexicon::without_possessive(c.tx(l)); owner.size() != c.len(l) && e - l <= 3) {
            bool organ = true;
            for (std::size_t q = l + 1; q <= e && organ; ++q) organ = c.word(q) && !c.cap(q);
            ShortWord kb;
            if (organ && body_kind(c.lower(e, kb)))
                return c.keep(c.doc.text().substr(c.t[f].begin, c.t[l].begin + owner.size() - c.t[f].begin));
        }
        // "a fellow at the Harlow Institute and a founder of …", "… of the Harlow Centre in Tarrow": the
        // first employer, before a second post or the place it is in.
        if (c.is(l + 1, "and") && (c.is(l + 2, "a") || c.is(l + 2, "an") || c.is(l + 2, "the"))) return c.text(f, l);
        // "a professor at Tarrow University whose research …": a relative clause after the employer.
        if (c.is(l + 1, "whose") || c.is(l + 1, "who") || c.is(l + 1, "where")) return c.text(f, l);
        // (A name of one word must read as a body's: "a teacher of English in Tarrow" names no employer.)
        if (c.is(l + 1, "in") && l + 2 <= e && c.cap(l + 2) && (l > f || organisation_name(c.span(f, l)))) {
            std::size_t p = l + 2;
            while (p < e && (c.cap(p + 1) || c.punct(p + 1, ','))) ++p;
            if (p == e) return c.text(f, l);
        }
    }
    return Text();
}

// "…, the region's biggest lender, said": the comma that opens an appositive closed by the comma at `close`,
// or npos when the comma is not one.
std::size_t appositive_open(const Ctx& c, std::size_t close) {
    const std::size_t limit = close > 32 ? close - 32 : 0;
    // A comma between a place's parts ("in Lisbon, Portugal,") opens the appositive only when no
    // comma before it does: it is kept as the answer while the search goes on.
    std::size_t place_comma = std::string_view::npos;
    for (std::size_t q = close; q-- > limit;) {
        // "U.S.", "a Ph.D. student" inside the appositive: a period the sentence goes on after is an
        // abbreviation's, not a sentence's end.
        const bool abbreviation = c.punct(q, '.') && q > 0 && c.word(q - 1) && !(c.t[q].flags & TokenSpaceBefore) &&
                                  ((c.len(q - 1) == 1 && c.cap(q - 1)) || !c.sentence_begins_at(c.t[q + 1].begin));
        // ("Harlow Radio 4's": an apostrophe between a number and "s" is a possessive, not a quotation mark.)
        const bool number_possessive = q > 0 && c.t[q - 1].type == TokenType::Number && !(c.t[q].flags & TokenSpaceBefore) &&
                                       c.is(q + 1, "s") && !(c.t[q + 1].flags & TokenSpaceBefore);
        if ((c.punct(q, '.') && !abbreviation) || c.punct(q, ';') || c.punct(q, ':') ||
            (quote_mark(c, q) && !possessive_mark(c, q) && !number_possessive) ||
            (c.t[q + 1].flags & TokenNewlineBefore))
            return place_comma;
        if (!c.punct(q, ',')) continue;
        if (q + 1 >= close || q == 0) return place_comma;
        if (place_comma == std::string_view::npos && c.cap(q + 1) && q >= 2 && c.cap(q - 1) && c.is(q - 2, "in")) {
            place_comma = q;
            continue;
        }
        ShortWord buf;
        const std::string_view lw = c.lower(q + 1, buf);
        const bool opener = determiner_word(lw) || lw == "which" || lw == "who" || lw == "whose" || lw == "where" || lw == "including" ||
                            lw == "such" || lw == "like" || lw == "among" || lw == "head" || lw == "chief" ||
                            lw == "director" || lw == "chairman" || lw == "president" || lw == "however" ||
                            lw == "though" || lw == "too" || lw == "from" || lw == "of" || lw == "at" ||
                            // "Ana Ruiz, now a BBC pundit, said", "…, formerly the port's chief, said".
                            ((lw == "now" || lw == "formerly" || lw == "once" || lw == "still" || lw == "currently") &&
                             (c.is(q + 2, "a") || c.is(q + 2, "an") || c.is(q + 2, "the") || possessive_mark(c, q + 3))) ||
                            (lw.size() > 4 && lw.substr(lw.size() - 3) == "ing") || (c.cap(q + 1) && !c.is(q + 1, "but")) ||
                            // "The study, published in …, found", "The team, led by …, found", "Ana Ruiz, based in …, said",
                            // "A report by the Harlow Institute, published on Tuesday, found".
                            (lw.size() > 3 && lw.substr(lw.size() - 2) == "ed" &&
                             (c.is(q + 2, "in") || c.is(q + 2, "by") || c.is(q + 2, "on") || c.is(q + 2, "last") ||
                              c.is(q + 2, "this") || c.is(q + 2, "earlier") || c.is(q + 2, "at"))) ||
                            (lw == "led" && c.is(q + 2, "by")) || (c.is(q + 2, "out") && c.is(q + 3, "by")) ||
                            ((lw == "run" || lw == "written") && c.is(q + 2, "by")) ||
                            // "Lind, in a tweet, said", "Lind, during a visit, said": a phrase of time or place.
                            // ("The governor, in remarks published on Friday, said": what was said, in the plural.)
                            ((lw == "in" || lw == "on" || lw == "during") &&
                             (c.is(q + 2, "a") || c.is(q + 2, "an") || c.is(q + 2, "the") || c.is(q + 2, "his") ||
                              c.is(q + 2, "her") || c.is(q + 2, "its") || c.is(q + 2, "their") || c.is(q + 2, "remarks") ||
                              c.is(q + 2, "comments") || c.is(q + 2, "testimony") || c.is(q + 2, "interviews")));
        // "vice president and chief ferry officer of …", "senior dealer at …": a title.
        bool title = false;
        for (std::size_t r = q + 1; r < close && r <= q + 3; ++r) {
            char tb[32];
            title |= c.word(r) && lexicon::is_source_noun(lexicon::lower(c.tx(r), tb));
        }
        if (!opener && !title) return place_comma;
        return q;
    }
    return place_comma;
}

// "Kestrel Motors which posted a loss, said": a relative clause after a name, with no comma before it;
// the position of "which" or "who" (read as the appositive's opening comma), or npos.
std::size_t relative_clause_open(const Ctx& c, std::size_t close) {
    const std::size_t limit = close > 24 ? close - 24 : 0;
    for (std::size_t q = close; q-- > limit + 1;) {
        if (c.t[q].type == TokenType::Punct || (c.t[q + 1].flags & TokenNewlineBefore)) return std::string_view::npos;
        if ((c.is(q, "which") || c.is(q, "who")) && c.cap(q - 1) && c.word(q - 1)) return q;
    }
    return std::string_view::npos;
}

// A body, for a later "it", "its director" and "the agency": the last one, and among the last eight.
void note_body(Speakers& sp, Text body) {
    sp.last_body = body;
    sp.last_body_at = sp.now;
    sp.bodies[sp.bodies_seen++ % 8] = body;
}

void remember_speaker(Speakers& sp, Text source, bool person) {
    if (source.empty()) return;
    sp.subject_in_passing = Text();  // someone spoke since
    if (!person) {
        note_body(sp, source);
        return;
    }
    speaker_is(sp, source);
    std::string_view name = source.view();
    name = name.substr(0, name.find(" ("));
    if (name.find(' ') == std::string_view::npos) sp.last_lone_name = source;
    // ("Harlow Bank's Imbert" is not a name in full: "Imbert" is someone named before, or no one yet.)
    if (name.find(' ') != std::string_view::npos && (sp.people_seen == 0 || sp.people[(sp.people_seen - 1) % 16] != source) &&
        name.find("'s ") == std::string_view::npos && name.find("\xE2\x80\x99s ") == std::string_view::npos)
        add_named_person(sp, source);
}

// A title and a surname at token `i` ("Mr Lewis", "Mrs. Okafor"): that person becomes the last one
// named, in full when the text named them in full before ("Ana Lewis (Harlow Bank)").
void remember_titled_person(const Ctx& c, std::size_t i, Speakers& sp) {
    const std::string_view w = c.tx(i);
    if (w != "Mr" && w != "Mrs" && w != "Ms" && w != "Dr") return;
    // As a clause's subject the last person named; elsewhere ("accused Mr Tove of", "said Mr Lind had":
    // someone's object) only the one a pronoun falls back on when no one has spoken yet.
    const bool subject = clause_boundary_before(c, i);
    std::size_t q = i + 1;
    if (c.punct(q, '.')) ++q;
    if (q >= c.t.size() || !c.cap(q) || !c.word(q) || (c.t[q].flags & TokenNewlineBefore) || (c.t[q].flags & TokenAllCaps)) return;
    std::size_t l = q;
    if (c.cap(l + 1) && c.word(l + 1) && !(c.t[l + 1].flags & TokenNewlineBefore)) ++l;  // "Mr Ed Lewis"
    const std::string_view last = c.tx(l);
    if (last.size() > 2 && (last.substr(last.size() - 2) == "'s" || last.find("\xE2\x80\x99") != std::string_view::npos)) return;  // "Mr Lewis's plan"
    const Text full = full_name(sp, c.tx(l));
    const Text who = full.empty() ? c.text(i, l) : full;
    if (subject) {
        speaker_is(sp, who);
    } else {
        sp.last_mentioned = who;
        sp.last_mentioned_at = ++sp.clock;
    }
    learn_pronoun(sp, last, lexicon::pronoun_of_courtesy_title(w));
}

// A person's name of two or three words opening a sentence (tokens [b, e]) and followed by a verb
// ("Ana Lind issued a plea …", "Ana Lind has …"): the person a later "he" or "she" refers to, even
// when the sentence reports nothing; and the full name for a later surname alone.
void remember_subject_person(const Ctx& c, std::size_t b, std::size_t e, Speakers& sp, std::size_t verb_at = 0,
                             std::string_view employer = {}) {
    // "Mr Brown set out …": a courtesy title and a surname are the person named in full before, which
    // remember_titled_person() finds; kept here they would stand for that person.
    {
        const std::string_view first = c.tx(b);
        if (first == "Mr" || first == "Mrs" || first == "Ms" || first == "Dr") return;
        // ("Meanwhile Ivo Lind sailed on", "Accordingly Ana Ruiz left": an adverb opening the sentence.)
        ShortWord ab;
        const std::string_view lw = c.lower(b, ab);
        if (b < e && c.sentence_begins_at(c.t[b].begin) && (between_subject_and_verb(lw) || lexicon::is_manner_adverb(lw))) ++b;
        if (b < e && c.sentence_begins_at(c.t[b].begin) && business_descriptor(lw)) return;  // "Rival Ostsoft": a business
    }
    // "Harlow Ferries CEO Ivo Lind knows …": the name after an executive's initials, and the body before them.
    if (const std::size_t q = executive_initials_in(c, b, e); q < e) {
        if (q > b) employer = c.span(b, q - 1);
        b = q + 1;
    }
    // "Prime Minister Ivo Tarrow spoke …": an office before the name is kept with it, and the name is
    // what follows the office.
    const std::size_t title_at = b;
    while (b + 1 < e) {
        ShortWord tb;
        const std::string_view tw = c.lower(b, tb);
        if (!(office_title(tw) || tw == "prime" || tw == "deputy" || tw == "vice" || tw == "foreign" || tw == "finance" ||
              tw == "defence" || tw == "defense" || tw == "interior" || tw == "chief" || tw == "acting"))
            break;
        ++b;
    }
    if (b > title_at) {
        ShortWord ob;
        if (!office_title(c.lower(b - 1, ob))) b = title_at;  // "Chief Ivo …", "Vice …": no office after all
    }
    if (e - b > 2) return;
    // The verb: a past form, a present third person or an auxiliary ("issued", "wants", "has", "will").
    {
        ShortWord vb;
        std::size_t at = verb_at ? verb_at : e + 1;
        {  // "Lind first ventured", "Ruiz recently said": over an adverb
            ShortWord ab;
            const std::string_view adverb = c.lower(at, ab);
            if (adverb == "first" || adverb == "then" || adverb == "still" || adverb == "never" || adverb == "once" ||
                (adverb.size() > 4 && adverb.substr(adverb.size() - 2) == "ly" && c.word(at + 1) && !c.cap(at + 1)))
                ++at;
        }
        const std::string_view verb = c.lower(at, vb);
        const bool past = (verb.size() > 3 && verb.substr(verb.size() - 2) == "ed") || irregular_past(verb);
        const bool third = verb.size() > 3 && verb.back() == 's' && verb[verb.size() - 2] != 's' && verb[verb.size() - 2] != 'u';
        if (!past && !third && verb != "has" && verb != "had" && verb != "is" && verb != "was" && verb != "will" &&
            verb != "would" && verb != "can" && verb != "could" && verb != "also" && verb != "later")
            return;
    }
    Text full;
    if (e == b && (sp.people_seen == 0 || c.function_word(b) || (full = full_name(sp, c.tx(b))).empty())) {
        // One given in passing, where the surname opens the sentence, for the pronoun of this sentence or the
        // next only (not "Once Ruiz arrived, Lind lent her a map": "she" is still the other one).
        if (!c.function_word(b) && c.sentence_begins_at(c.t[b].begin))
            if (const Text passing = person_by_surname(c, sp, c.tx(b), false); !passing.empty()) {  // (no speaker has it)
                sp.subject_in_passing = passing;
                sp.subject_sentence = c.sentence_at(c.t[b].begin);
            }
        return;  // one word: a surname named in full before
    }
    // A first word the text also writes in lower case is a common word ("Whole Foods", "Once Lind …").
    if (c.written_lower_case(c.tx(b))) return;
    // Places and groups are named the same way: "New Harlow has", "Port Ostend is", "Harlow City was".
    static const WordSet place_words{"New", "North", "South", "East", "West", "Northern", "Southern", "Eastern",
                                     "Western", "Central", "Upper", "Lower", "Great", "Greater", "United", "Saint",
                                     "St", "San", "Santa", "Los", "Las", "Port", "Fort", "Mount", "Lake", "Cape",
                                     "City", "County", "State", "States", "Kingdom", "Republic", "Island", "Islands",
                                     "Valley", "Bay", "Coast", "Street", "Avenue", "Road", "Square", "Park", "Hall",
                                     // …and groups: "House Republicans", "Mission Control".
                                     "Republicans", "Democrats", "Conservatives", "Liberals", "Socialists", "Greens",
                                     "Tories", "Control", "Command", "Headquarters", "Staff", "Team"};
    for (std::size_t q = b; q <= e; ++q) {
        if (!c.word(q) || (c.t[q].flags & TokenAllCaps) || c.function_word(q) || place_words.has(c.tx(q))) return;
        ShortWord wb;
        const std::string_view lw = c.lower(q, wb);
        if (lw.empty() || lexicon::month_like(lw) || lexicon::is_day_word(lw) || lexicon::is_source_noun(lw) || lexicon::is_data_noun(lw))
            return;
    }
    const std::string_view name = c.span(b, e);
    if (lexicon::is_world_region(name) || known_as_no_person(c, name)) return;  // a place or a body the knowledge names
    // "Ivo Lind is the director of the Harlow Trust": named so in full before, with where they work.
    if (full.empty() && employer.empty() && e > b && title_at == b)
        if (const Text held = full_name(sp, c.tx(e)); held.view().substr(0, held.view().find(" (")) == name) full = held;
    const Text who = !full.empty() ? full : employer.empty() ? c.text(title_at, e) : keep_joined(c, {name, " (", employer, ")"});
    remember_speaker(sp, who, true);
    // "Lind has earned his place", "Ruiz lost her job": a possessive in the same clause, before any other
    // name or punctuation, is the subject's own — the pronoun the text uses for them.
    for (std::size_t q = e + 1; q < c.t.size() && q - e < 6 && c.word(q) && !c.cap(q); ++q) {
        if (c.is(q, "his") || c.is(q, "himself")) { learn_pronoun(sp, who.view(), 'h'); break; }
        if (c.is(q, "herself") || (c.is(q, "her") && c.word(q + 1) && !c.cap(q + 1) && !c.function_word(q + 1))) {
            learn_pronoun(sp, who.view(), 's');
            break;
        }
    }
}

// A person's name of two or three capitalised words at token `i`, right after a role in lower case
// ("skipper Wade Bassi", "economist Ana Ruiz"): kept among the people named in full, so that a surname
// alone later is theirs. As the subject of a verb ("At the pier, skipper Ivo Brand has …") the person is
// also the "he" or "she" after; elsewhere ("met economist Ana Ruiz") nobody becomes it.
void remember_person_after_role(const Ctx& c, std::size_t i, Speakers& sp) {
    ShortWord rb;
    const std::string_view role = c.lower(i - 1, rb);
    if (role.empty() || !person_noun(role)) return;
    // ("lead author Dr Ana Ruiz": the name after the courtesy title, as the people introduced are named.)
    if (lexicon::is_courtesy_title(c.tx(i)) && i + 1 < c.t.size()) {
        i += c.punct(i + 1, '.') ? 2 : 1;
        if (i >= c.t.size() || !c.cap(i)) return;
    }
    std::size_t e = i;
    while (e + 1 < c.t.size() && e - i < 2 && c.cap(e + 1) && !(c.t[e + 1].flags & (TokenNewlineBefore | TokenAllCaps))) ++e;
    if (e == i || (c.cap(e + 1) && e - i == 2)) return;
    for (std::size_t q = i; q <= e; ++q)
        if (c.function_word(q)) return;
    const std::string_view name = c.span(i, e);
    if (organisation_name(name) || known_as_no_person(c, name)) return;
    const Text who = c.text(i, e);
    // (Not again when the last person named is this one, maybe with where they work: "said lead author Ana
    // Ruiz of Tarrow University" has just named "Ana Ruiz (Tarrow University)".)
    const std::string_view last = sp.people_seen ? sp.people[(sp.people_seen - 1) % 16].view() : std::string_view();
    if (last.substr(0, last.find(" (")) != who.view()) add_named_person(sp, who);
    learn_pronoun(sp, who.view(), lexicon::pronoun_of_person_noun(role));
    remember_subject_person(c, i, e, sp);
}

// A person's name of one to three capitalised words from token `i` that no more capitals continue, with no
// function word or word in capitals, and no body's name or term the knowledge has: its last token, or npos.
std::size_t person_name_end(const Ctx& c, std::size_t i) {
    std::size_t e = i;
    while (e + 1 < c.t.size() && e - i < 2 && c.cap(e + 1) && c.word(e + 1) && !(c.t[e + 1].flags & TokenNewlineBefore)) ++e;
    if (c.cap(e + 1) && c.word(e + 1)) return std::string_view::npos;  // a longer run of capitals
    for (std::size_t q = i; q <= e; ++q)
        if (!c.word(q) || c.function_word(q) || (c.t[q].flags & TokenAllCaps)) return std::string_view::npos;
    const std::string_view name = c.span(i, e);
    if (organisation_name(name) || known_as_no_person(c, name)) return std::string_view::npos;
    return e;
}

// The pronoun the first word of a role in lower case among tokens [b, e) gives ("a tall woman",
// "a spokesman"), or 0; the words stop at the first token that is no word.
char role_pronoun(const Ctx& c, std::size_t b, std::size_t e) {
    for (std::size_t q = b; q < e && c.word(q); ++q) {
        if (c.cap(q)) continue;
        ShortWord rb;
        if (const char p = lexicon::pronoun_of_person_noun(c.lower(q, rb))) return p;
    }
    return 0;
}

// A poll, survey, estimate or projection at token `q`, whose figures "gave" reports ("A second poll … gave the
// party 31%").
bool poll_like(const Ctx& c, std::size_t q) {
    static const WordSet words{"poll", "polls", "survey", "surveys", "estimate", "estimates", "projection", "projections",
                               "forecast", "forecasts", "census", "tally", "count"};
    ShortWord b;
    return c.word(q) && words.has(c.lower(q, b));
}

// "Harbour Council President Ana Ruiz", "Harbour Council (HC) President Ana Ruiz" in tokens [from, e]: a body's
// office, capitalised, between the body (a name ending in a kind of body, or its initials in parentheses) and
// the holder's name of two or three words that ends at e. The office's token, with the body in `*body`; npos
// when the words are not so. (A minister's or a secretary's portfolio is no body: "Harbour Minister Ana Ruiz".)
std::size_t office_between_body_and_name(const Ctx& c, std::size_t from, std::size_t e, std::string_view* body) {
    for (std::size_t q = std::max(from + 1, e >= 3 ? e - 3 : 0); q + 2 <= e; ++q) {
        ShortWord ob;
        const std::string_view office = c.cap(q) ? c.lower(q, ob) : std::string_view();
        if (!office_title(office) || office == "minister" || office == "secretary") continue;
        bool named = true;
        for (std::size_t k = q + 1; k <= e && named; ++k) named = name_word(c, k);
        if (!named) return std::string_view::npos;
        ShortWord kb;
        if (q >= from + 4 && c.punct(q - 1, ')') && c.punct(q - 3, '(') && looks_like_acronym(c.tx(q - 2))) *body = c.tx(q - 2);
        else if (c.cap(from) && c.word(q - 1) && body_kind(c.lower(q - 1, kb)) && organisation_name(c.span(from, q - 1)))
            *body = c.span(from, q - 1);
        else
            return std::string_view::npos;
        return q;
    }
    return std::string_view::npos;
}

// Whether tokens [s, e] end in who someone works for, left unnamed: "of a Tarrowan shipping house", "for an
// unnamed bank" (a preposition, "a" or "an", then words of which at most one, a nationality or place, is
// capitalised, the last in lower case).
bool employer_left_unnamed(const Ctx& c, std::size_t s, std::size_t e) {
    for (std::size_t q = s + 1; q + 2 <= e; ++q) {
        if (!(c.is(q, "of") || c.is(q, "for") || c.is(q, "at") || c.is(q, "from") || c.is(q, "with"))) continue;
        if (!(c.is(q + 1, "a") || c.is(q + 1, "an"))) continue;
        std::size_t capitals = 0;
        for (std::size_t k = q + 2; k <= e; ++k) capitals += c.cap(k) ? 1 : 0;
        return capitals <= 1 && c.word(e) && !c.cap(e);
    }
    return false;
}

// Whether a document named as `b` is one named before as `a`: the same word, or "poll" and "survey".
bool same_document_kind(std::string_view a, std::string_view b) {
    if (a.empty()) return false;
    if (a == b) return true;
    return (a == "poll" || a == "survey") && (b == "poll" || b == "survey");
}

// "a report issued last week by Tarrow University's Centre for Ports", "a study from the Harlow
// Institute": the body that wrote a document of that kind (at token `i`, after "by" or "from"), for a later
// "the report found". The document's noun opens the phrase with an article, at most six words before.
void remember_document_author(const Ctx& c, std::size_t i, Speakers& sp) {
    const std::size_t by = c.is(i - 1, "the") ? i - 2 : i - 1;
    std::size_t kind = 0;
    for (std::size_t q = by; q-- > 0 && by - q <= 6;) {
        if (!c.word(q)) return;
        ShortWord kb;
        const std::string_view lw = c.lower(q, kb);
        if (lexicon::is_data_noun(lw) && lw.back() != 's' && q > 0 &&
            (c.is(q - 1, "a") || c.is(q - 1, "an") || c.is(q - 1, "the") || c.is(q - 1, "new") || c.is(q - 1, "latest"))) {
            kind = q;
            break;
        }
    }
    if (!kind) return;
    std::size_t l = name_run_end(c, i, 10);
    // "a statement from the Harlow fisheries ministry": a name, then a kind of body in lower case.
    bool kind_after = false;
    for (std::size_t q = l + 1; q <= l + 2 && q < c.t.size() && c.word(q) && !c.cap(q) && !c.function_word(q); ++q) {
        ShortWord ob;
        if (lexicon::is_organisation_noun(c.lower(q, ob))) { l = q; kind_after = true; break; }
    }
    const std::string_view author = c.span(i, l);
    if (!organisation_name(author) && !kind_after && author.find("'s ") == std::string_view::npos &&
        author.find("\xE2\x80\x99s ") == std::string_view::npos)
        return;  // a body's name, or a body's part ("Tarrow University's Centre"); a person's is the author's own
    ShortWord kb;
    sp.document_kind = c.keep(c.lower(kind, kb));
    sp.document_author = c.text(i, l);
}

// "a team led by Ana Ruiz of Tarrow University": a person named after a verb of leading and "by", with where
// they work, joins the people named in full (for a later "Ruiz said"); nobody becomes "he" or "she" by it.
void remember_person_led_by(const Ctx& c, std::size_t i, Speakers& sp) {
    if (!(c.is(i - 2, "led") || c.is(i - 2, "headed") || c.is(i - 2, "chaired") || c.is(i - 2, "directed") ||
          c.is(i - 2, "co-led") || c.is(i - 2, "run")))
        return;
    const std::size_t e = person_name_end(c, i);
    if (e == std::string_view::npos || e == i) return;
    const std::string_view name = c.span(i, e);
    Text who = c.text(i, e);
    // "of Tarrow University", "at the Harlow Institute": where they work.
    if (c.is(e + 1, "of") || c.is(e + 1, "at") || c.is(e + 1, "from")) {
        std::size_t b = e + 2;
        if (c.is(b, "the")) ++b;
        std::size_t oe = b;
        while (oe + 1 < c.t.size() && oe - b < 5 && !(c.t[oe + 1].flags & TokenNewlineBefore) &&
               ((c.cap(oe + 1) && c.word(oe + 1)) || (c.is(oe + 1, "of") && c.cap(oe + 2))))
            oe += c.cap(oe + 1) ? 1 : 2;
        if (b < c.t.size() && c.cap(b) && c.word(b) && (oe > b || organisation_name(c.span(b, oe))))
            who = keep_joined(c, {name, " (", c.span(b, oe), ")"});
    }
    add_named_person(sp, who);
}

// "charged Ivo Lind, 54, with fraud": a name of two or three words before an age between commas (the
// number at token `i`) is a person's, one of the people named in full.
void remember_person_with_age(const Ctx& c, std::size_t i, Speakers& sp) {
    if (i < 3 || !c.punct(i - 1, ',') || !c.punct(i + 1, ',') || c.len(i) > 3) return;
    const std::size_t e = i - 2;
    std::size_t b = e;
    while (b > 0 && e - b < 2 && c.cap(b - 1) && c.word(b - 1) && !(c.t[b].flags & TokenNewlineBefore)) --b;
    if (b == e || !c.cap(e) || !c.word(e) || (b > 0 && c.cap(b - 1) && c.word(b - 1) && !c.sentence_begins_at(c.t[b].begin)))
        return;
    for (std::size_t q = b; q <= e; ++q)
        if (c.function_word(q) || (c.t[q].flags & TokenAllCaps)) return;
    const std::string_view name = c.span(b, e);
    if (organisation_name(name) || known_as_no_person(c, name) || lexicon::is_world_region(name)) return;
    const Text who = c.text(b, e);
    if (full_name(sp, surname_of(who.view())).view().substr(0, name.size()) == name) return;  // named so already
    add_named_person(sp, who);
}

// A person's name of two or three words opening at token `i` wherever the text gives it ("When Ana Ruiz
// came to Harlow, …", "a letter from Ivo Lind"), after a title if any ("President Ana Ruiz"): the full name
// a family name alone stands for later ("Ruiz said"), unless another such name ends in it too, or the text
// writes that word in lower case ("Young" beside "young"). Names of places after a point of the compass,
// "New", "Port" or "Lake" are no one's ("South Tarrow").
void note_name_in_passing(const Ctx& c, std::size_t i, Speakers& sp) {
    std::size_t b = i;
    for (int titles = 0; titles < 2 && b + 1 < c.t.size() && c.cap(b + 1) && c.word(b + 1); ++titles) {
        ShortWord tb;
        const std::string_view lw = c.lower(b, tb);
        if (!lexicon::is_courtesy_title(c.tx(b)) && !office_title(lw) && !c.function_word(b)) break;
        ++b;
    }
    // (The cheap tests first: most capitalised words stand alone, or end in a word written in lower case too.)
    const std::size_t n = c.t.size();
    std::size_t e = b;
    while (e + 1 < n && e - b < 2 && c.cap(e + 1) && c.word(e + 1) && !(c.t[e + 1].flags & TokenNewlineBefore)) ++e;
    if (e == b || (c.cap(e + 1) && c.word(e + 1))) return;
    if (lexicon::is_place_descriptor(c.tx(b))) return;  // "Harlow-based Voltcycle": a place, then a name
    for (std::size_t q = b; q < e; ++q)
        if (lexicon::is_possessive(c.tx(q))) return;  // "Tarrowly's Ruiz": someone of an owner's
    const std::string_view last = lexicon::without_possessive(c.tx(e));
    if (last.size() < 2) return;
    const std::string_view name = lexicon::without_possessive(c.span(b, e));
    const auto known = sp.in_passing.find(last);
    const auto named_now = [&](Text who) {
        if (sp.recent_in_passing[0].who != who) sp.recent_in_passing[1] = sp.recent_in_passing[0];
        sp.recent_in_passing[0] = {who, c.t[b].begin};
    };
    if (known != sp.in_passing.end() && (known->second.who.empty() || known->second.who.view() == name)) {
        if (!known->second.who.empty()) named_now(known->second.who);
        return;
    }
    if (person_name_end(c, b) != e || organisation_name(name)) return;  // (not "Tarrow Sea Lines")
    ShortWord fb;
    const std::string_view first = c.lower(b, fb);
    // (Not a word that opens a sentence before its subject: "Meanwhile Lind", "Accordingly Lind", "Some
    // Tarrish ports"; nor a count: "Sixty-third Lind".)
    const bool opener = first == "some" || first == "many" || first == "several" || between_subject_and_verb(first) ||
                        lexicon::is_manner_adverb(first) || lexicon::number_word_any_case(c.tx(b).substr(0, c.tx(b).find('-'))) > 0 ||
                        business_descriptor(first);  // "Rival Ostsoft"
    static const WordSet place_words{"north", "south", "east", "west", "new", "port", "fort", "san", "santa", "saint",
                                     "st", "lake", "mount", "cape", "upper", "lower", "greater", "little", "great"};
    if (opener || compass_word(first) || place_words.has(first) || lexicon::is_day_word(first) || month_from_word(c.tx(b)) != 0 ||
        lexicon::is_courtesy_title(c.tx(b)) || office_title(first) || lexicon::is_world_region(c.span(b, e)))
        return;
    if (known != sp.in_passing.end()) {
        known->second.who = Text();  // another name ends in it
        sp.recent_in_passing[0] = sp.recent_in_passing[1] = {};
    } else {
        const Text who = c.keep(name);
        sp.in_passing.emplace(last, Speakers::InPassing{who, c.t[b].begin});
        named_now(who);
    }
}

// The one person named in passing in the sentence of token `e` or the one before it (`e`: a "he" or "she"
// before a reporting verb, when no one has spoken yet), unless two were, or the text calls them by the
// other pronoun; "" otherwise.
Text person_named_just_before(const Ctx& c, std::size_t e, char pronoun, const Speakers& sp) {
    const Speakers::InPassing& last = sp.recent_in_passing[0];
    if (last.who.empty() || last.at >= c.t[e].begin) return Text();
    const std::size_t sentence = c.sentence_at(c.t[e].begin);
    const std::uint32_t from = c.doc.sentences()[sentence > 0 ? sentence - 1 : 0].begin;
    if (last.at < from) return Text();
    const Speakers::InPassing& before = sp.recent_in_passing[1];
    if (!before.who.empty() && before.at >= from) return Text();
    const char known = pronoun_of(sp, last.who.view());
    return known == 0 || known == pronoun ? last.who : Text();
}

// A word that heads a body's name and stands for it alone, capitalised, after "the" (lower case): "the Bank
// said" after "the Harlow Central Bank", "the Commission found" after "the Tarrow Ports Commission".
bool body_head_word(std::string_view lw) {
    static const WordSet heads{"bank", "commission", "fund", "ministry", "council", "agency", "board", "office",
                               "bureau", "authority", "institute", "party", "union", "court", "department",
                               "corporation", "federation", "association", "organisation", "organization",
                               "committee", "assembly", "tribunal", "government", "foundation"};
    return heads.has(lw);
}

// A body's name of two words or more opening at token `i` ("the Harlow Central Bank", "Bank of Tarrow"),
// with a word that may stand for it alone: recorded under that word, for a later "the Bank said".
void note_body_in_passing(const Ctx& c, std::size_t i, Speakers& sp) {
    const std::size_t n = c.t.size();
    // (Most capitalised words stand alone: the next word is no capital, "of", "for" or "and".)
    const auto joins = [&](std::size_t q) {
        return (c.cap(q) && c.word(q)) ||
               (c.word(q) && c.len(q) <= 3 && (c.is(q, "of") || c.is(q, "for") || c.is(q, "and")));
    };
    if (!joins(i + 1)) return;
    std::size_t b = i;
    while (b < n && c.cap(b) && c.function_word(b)) ++b;  // "The", "But"
    if (b >= n || !c.cap(b) || (b > i && (c.t[b].flags & TokenNewlineBefore)) || !joins(b + 1)) return;
    std::size_t e = b, head = n;
    for (std::size_t q = b; q < n && q - b < 8; ++q) {
        if (q > b && (c.t[q].flags & TokenNewlineBefore)) break;
        if (c.word(q) && c.cap(q) && !c.function_word(q)) {
            ShortWord hb;
            // (…possessive too: "the Harlow Space Agency's satellites".)
            if (head == n && c.len(q) >= 4 && c.len(q) <= 16 && body_head_word(lexicon::without_possessive(c.lower(q, hb)))) head = q;
            e = q;
            if (lexicon::is_possessive(c.tx(q))) break;
            continue;
        }
        if ((c.is(q, "of") || c.is(q, "for") || c.is(q, "and")) && (c.cap(q + 1) || (c.is(q + 1, "the") && c.cap(q + 2)))) {
            if (c.is(q + 1, "the")) ++q;
            // ("Officials of the Harlow Ports Commission": the name after "of", when no head came before it.)
            if (head == n) b = q + 1;
            continue;
        }
        break;
    }
    if (head == n || e == b) return;
    const std::string_view name = lexicon::without_possessive(c.span(b, e));
    std::vector<Speakers::InPassing>& named = sp.bodies_in_passing[lexicon::without_possessive(c.tx(head))];
    for (const Speakers::InPassing& k : named)
        if (k.who.view() == name) return;
    if (named.size() < 8) named.push_back({c.keep(name), c.t[b].begin});
}

// A source named by one word that a name given in passing before it ends in ("Ruiz" after "When Ana Ruiz
// came to Harlow, …"): named in full. Sources resolved by the ring of speakers are named so already. And a
// body named by its head word alone ("the Bank said") is the one body named so before it, if only one was.
void name_in_full(const Ctx& c, std::vector<FoundCitation>& citations, const Speakers& sp) {
    if (sp.in_passing.empty() && sp.bodies_in_passing.empty()) return;
    for (FoundCitation& fc : citations)
        for (CitationPart& part : fc.body.parts) {
            if (fc.body.citation_type != "attribution") break;
            if (!part.source) continue;
            // ("Mr Lind", "Harlow Bank's Ruiz": by the family name, with where the person works.)
            std::string_view owner;
            const std::string_view name = after_owner(without_courtesy_title(part.source->view()), &owner);
            if (name.find(' ') != std::string_view::npos) continue;
            const auto it = sp.in_passing.find(name);
            // (Not a word the text writes in lower case too: "Young" beside "young".)
            if (it != sp.in_passing.end() && !it->second.who.empty() && it->second.at < part.range.begin &&
                !c.written_lower_case(name))
                part.source = owner.empty() ? it->second.who : keep_joined(c, {it->second.who.view(), " (", owner, ")"});
            if (!owner.empty()) continue;
            if (const auto bt = sp.bodies_in_passing.find(name); bt != sp.bodies_in_passing.end() && name == part.source->view()) {
                const Speakers::InPassing* only = nullptr;
                bool several = false;
                for (const Speakers::InPassing& k : bt->second)
                    if (k.at < part.range.begin) { several |= only != nullptr; only = &k; }
                if (only && !several) part.source = only->who;
            }
        }
}

// A person's name of two or three words at token `i`, right after the comma that closes a sentence's
// opening phrase ("Standing at the quay, Ana Ruiz tears open a crate", "In 2004, Ivo Lind founded …"): the
// subject, like a name that opens its sentence (remember_subject_person).
void remember_person_after_opening(const Ctx& c, std::size_t i, Speakers& sp) {
    const std::size_t s = c.sentence_first_token(i);  // (an opening phrase may hold commas: up to 40 tokens)
    if (i - s > 40 || !c.word(s)) return;
    ShortWord ob;
    const std::string_view first = c.lower(s, ob);
    const bool opening = first == "in" || first == "on" || first == "at" || first == "after" || first == "before" ||
                         first == "during" || first == "since" || first == "with" || first == "from" || first == "by" ||
                         first == "for" || first == "like" || first == "as" || first == "when" || first == "while" ||
                         (first.size() > 5 && first.substr(first.size() - 3) == "ing");
    if (!opening) return;
    const std::size_t e = person_name_end(c, i);
    if (e == std::string_view::npos) return;
    // One word only when it is a family name given in full before ("After the test, Imbert, a tall woman …").
    if (e == i && full_name(sp, c.tx(i)).empty()) return;
    if (c.punct(e + 1, ',')) {  // an appositive: what it says of the person's pronoun
        learn_pronoun(sp, c.tx(e), role_pronoun(c, e + 2, e + 8));
        return;
    }
    remember_subject_person(c, i, e, sp);
}

// A body's name opening a sentence at token `i` and followed by its verb ("The Harlow Audit Office
// published …"): the body a later "it" may refer to.
void remember_subject_body(const Ctx& c, std::size_t i, Speakers& sp) {
    if (!c.sentence_begins_at(c.t[i].begin)) return;
    if (c.is(i, "a") || c.is(i, "an")) return;  // "A Harbour Audit Office review": no body in particular
    // "The study was printed in …. It found that …": a document the text names by its kind, for "it".
    if ((c.is(i, "the") || c.is(i, "this")) && c.word(i + 1) && !c.cap(i + 1) && c.word(i + 2) && !c.cap(i + 2)) {
        ShortWord db, vb;
        const std::string_view kind = c.lower(i + 1, db), verb = c.lower(i + 2, vb);
        // (One document, not several: "analysis" and "census" are singular, "figures" and "data" are not.)
        // (A word too long for the buffer reads as empty: no kind at all.)
        if (kind.empty()) return;
        const bool plural = kind == "data" || lexicon::plural_like(kind);
        if (lexicon::is_data_noun(kind) && !plural &&
            (be_form(verb) || verb == "has" || (verb.size() > 3 && verb.substr(verb.size() - 2) == "ed"))) {
            sp.last_body = c.text(i + 1, i + 1);
            sp.last_body_at = sp.now;
        }
        return;
    }
    std::size_t b = c.is(i, "the") ? i + 1 : i;
    // ("Harlow-based Voltcycle has raised …": the place glued to "-based" is no part of the name.)
    if (b + 1 < c.t.size() && c.word(b) && lexicon::is_place_descriptor(c.tx(b))) ++b;
    if (b >= c.t.size() || !c.cap(b) || !c.word(b)) return;
    if (c.function_word(b)) return;  // "If I read it right, …": the sentence's subject comes later
    // "Shares of Harlow Motors fell": the company, by its shares (note_business_by_shares), is no body that spoke.
    if (c.is(b, "shares") && (c.is(b + 1, "of") || c.is(b + 1, "in"))) return;
    std::size_t e = b;
    while (e + 1 < c.t.size() && e - b < 8 && !(c.t[e + 1].flags & TokenNewlineBefore)) {
        if (c.cap(e + 1) && c.word(e + 1)) { ++e; continue; }
        if (connector(c, e + 1) && c.cap(e + 2) && !c.is(e + 1, "and")) { e += 2; continue; }
        break;
    }
    // "Ana Ruiz, chief economist at Harlow Bank, also questioned …": a person, over an appositive that
    // names a role, before the verb.
    if (c.punct(e + 1, ',') && b == i && e > b && !organisation_name(c.span(b, e))) {
        // "Ivo Lind, 61, is the mayor of Tarrow": an age between commas, then the verb.
        if (e + 3 < c.t.size() && c.t[e + 2].type == TokenType::Number && c.len(e + 2) <= 3 && c.punct(e + 3, ',') &&
            c.word(e + 4) && !c.cap(e + 4)) {
            remember_subject_person(c, b, e, sp, e + 4);
            return;
        }
        bool role = false;
        std::size_t q = e + 2;
        for (; q < c.t.size() && q - e < 18 && c.word(q); ++q) {
            ShortWord rb;
            const std::string_view lw = c.lower(q, rb);
            role |= (!c.cap(q) && person_noun(lw)) || post_title(lw);  // ("…, Associate Director of …,": a post, capitalised)
        }
        // "Transparency Harlow, an anti-corruption group, welcomed …": a body, by the kind of body between
        // commas, for a later "it" and "its director".
        if (!role && c.punct(q, ',') && q > e + 3 && (c.is(e + 2, "a") || c.is(e + 2, "an")) && c.word(q + 1) && !c.cap(q + 1)) {
            ShortWord kb;
            if (body_kind(c.lower(q - 1, kb))) {
                note_body(sp, c.text(b, e));
                return;
            }
        }
        // "Ana Ruiz, a tall woman who …,": the pronoun the text will use for her.
        if (e > b || !full_name(sp, c.tx(e)).empty()) learn_pronoun(sp, c.tx(e), role_pronoun(c, e + 2, e + 6));
        if (role && c.punct(q, ',') && c.word(q + 1) && !c.cap(q + 1))
            remember_subject_person(c, b, e, sp, q + 1, affiliation_in(c, e + 2, q - 1).view());
        return;
    }
    if (!c.word(e + 1) || c.cap(e + 1)) return;
    // "The Ostland central bank cut …", "The Harlow finance ministry said …": a place's name, then a body's
    // kind in lower case, before a verb: that body, for "the bank" and "it" after.
    if (e == b && i < b && !(c.t[b].flags & TokenAllCaps)) {
        std::size_t k = e + 1;
        ShortWord kb, nb2;
        while (k < c.t.size() && k - e <= 3 && c.word(k) && !c.cap(k) && !c.function_word(k) && !body_kind(c.lower(k, kb))) ++k;
        if (k < c.t.size() && k - e <= 3 && c.word(k) && !c.cap(k) && body_kind(c.lower(k, kb)) && c.word(k + 1) &&
            !c.cap(k + 1)) {
            const std::string_view next = c.lower(k + 1, nb2);
            if (!person_noun(next) && !lexicon::is_source_noun(next) && !body_kind(next)) {
                sp.last_body = c.text(b, k);
                sp.last_body_at = sp.now;
                return;
            }
        }
    }
    if (e == b && !(c.t[b].flags & TokenAllCaps)) {  // one capitalised word: as often a common word
        if (b == i) remember_subject_person(c, b, e, sp);  // …or a surname ("Lind wants …")
        return;
    }
    const std::string_view name = c.span(b, e);
    bool executive = false;  // "Harlow Ferries CEO Ivo Lind knows …": a person, of the body before the initials
    for (std::size_t q = b; q < e && !executive; ++q) executive = executive_initials(c.tx(q));
    if (!organisation_name(name) || executive) {
        if (b == i) remember_subject_person(c, b, e, sp);
        return;
    }
    if (c.t[e].flags & TokenAllCaps && b == e) return;  // "The UK …": a country, as often
    note_body(sp, c.text(b, e));
}

// The person a title names within the 80 tokens before `e` ("Harbour Minister Ana Ruiz is to …, which
// he said …"), for a "he" or "she" when no one has spoken or been named with "Mr" yet; "" when none.
Text person_titled_before(const Ctx& c, std::size_t e) {
    const std::size_t limit = e > 80 ? e - 80 : 0;
    for (std::size_t q = e; q-- > limit;) {
        ShortWord tb;
        if (!c.cap(q) || !office_title(c.lower(q, tb)) || !c.cap(q + 1) || !c.word(q + 1)) continue;
        std::size_t l = q + 1;
        while (l + 1 < e && l - q < 3 && c.cap(l + 1) && c.word(l + 1) && !(c.t[l + 1].flags & TokenNewlineBefore)) ++l;
        return c.text(q + 1, l);
    }
    return Text();
}

// The person the text names with the office `office` ("President Ana Ruiz", "Mayor Ivo Lind") within the
// 1,500 tokens before `e`, title and name; "" when none. Each office's last answer is kept in `sp`, so
// that the tokens between two questions are read once: the whole text costs O(n), however often it asks.
Text office_holder_before(const Ctx& c, std::size_t e, std::string_view office, Speakers& sp) {
    const std::size_t limit = e > 1500 ? e - 1500 : 0;
    Speakers::OfficeHolder* memo = nullptr;
    if (office.empty() || office.size() >= sizeof memo->office) return Text();
    for (Speakers::OfficeHolder& m : sp.office_holders)
        if (office == m.office) memo = &m;
    if (!memo) {
        memo = &sp.office_holders[sp.office_holders_seen++ % 4];
        *memo = Speakers::OfficeHolder{};
        std::memcpy(memo->office, office.data(), office.size());
        memo->office[office.size()] = '\0';
    }
    const std::size_t stop = std::max(limit, std::min(memo->read_to, e));
    for (std::size_t q = e; q-- > stop;) {
        // ("President Ana Ruiz", and a role in lower case: "Harlow United manager Ivo Lind".)
        if (c.len(q) != office.size() || !c.is(q, office) || !c.cap(q + 1) || !c.word(q + 1) ||
            (c.t[q + 1].flags & TokenNewlineBefore))
            continue;
        std::size_t l = q + 1;
        while (l + 1 < e && l - q < 3 && c.cap(l + 1) && c.word(l + 1) && !(c.t[l + 1].flags & TokenNewlineBefore)) ++l;
        if (l == q + 1 && c.t[q + 1].flags & TokenAllCaps) continue;
        memo->read_to = e;
        memo->holder = c.cap(q) ? c.text(q, l) : c.text(q + 1, l);  // an office in capitals is part of the name
        memo->holder_at = q;
        memo->found = true;
        return memo->holder;
    }
    memo->read_to = e;
    return memo->found && memo->holder_at >= limit ? memo->holder : Text();
}

// The message of a `vague_source` check for an unnamed subject as written ("traders"), kept once per
// scan: the same subject recurs.
Text vague_subject_message(const Ctx& c, std::string_view subject) {
    auto [msg, added] = c.vague_subject_messages.try_emplace(subject, Text());
    if (added)
        msg->second = c.keep("The claim is attributed to unnamed \xE2\x80\x9C" + std::string(subject) +
                             "\xE2\x80\x9D, not to a source a reader can check.");
    return msg->second;
}

// "in an interview with", "in a phone interview with", "in an email to", "in a statement to" at token `q`:
// the token after "with", "to" or "on", or 0.
std::size_t medium_opens(const Ctx& c, std::size_t q) {
    if (!c.is(q, "in") || !(c.is(q + 1, "an") || c.is(q + 1, "a"))) return 0;  // (any case: "In an email to …")
    std::size_t m = q + 2;
    if (c.is(m, "phone") || c.is(m, "telephone") || c.is(m, "exclusive") || c.is(m, "emailed") || c.is(m, "written") ||
        c.is(m, "televised") || c.is(m, "recent"))
        ++m;
    const bool medium = c.is(m, "interview") || c.is(m, "email") || c.is(m, "e-mail") || c.is(m, "statement") ||
                        c.is(m, "message") || c.is(m, "letter") || c.is(m, "comment");
    // ("In a recent article for the Harlow Review": what the speaker wrote, and where.)
    const bool written = c.is(m, "article") || c.is(m, "column") || c.is(m, "essay") || c.is(m, "op-ed") ||
                         c.is(m, "piece") || c.is(m, "commentary");
    if (medium && (c.is(m + 1, "with") || c.is(m + 1, "on") || c.is(m + 1, "to"))) return m + 2;
    if (written && (c.is(m + 1, "for") || c.is(m + 1, "in"))) return m + 2;
    return 0;
}

// "she told the Harbour Times", "told Reuters": the outlet after the verb, or "".
Text outlet_after(const Ctx& c, std::size_t v) {
    // "said in an interview with the Harlow Times", "told Ruiz in an interview on Harlow Radio", "said in an
    // email to the Harlow Courier": right after the verb (over an object of "told").
    for (std::size_t q = v + 1; q < c.t.size() && q <= v + 4; ++q) {
        const std::size_t after = medium_opens(c, q);
        if (!after) continue;
        std::size_t f = c.is(after, "the") ? after + 1 : after;
        if (!name_word(c, f) || (c.t[f].flags & TokenNewlineBefore)) break;
        std::size_t l = f;
        while (l + 1 < c.t.size() && name_word(c, l + 1) && !(c.t[l + 1].flags & TokenNewlineBefore)) ++l;
        return c.text(f, l);
    }
    if (!(c.is(v, "told") || c.is(v, "tells"))) {
        // "In an interview with Harlow Radio, Ana Brook said", "Speaking to the Harlow Courier, Ana Brook said",
        // "Writing in the Harlow Journal, …": the outlet the sentence opens with.
        const std::size_t s = c.sentence_first_token(v);
        if (v - s > 30) return Text();
        std::size_t f = 0;
        if (const std::size_t after = medium_opens(c, s)) f = after;
        else if ((c.is(s, "speaking") || c.is(s, "talking")) && (c.is(s + 1, "to") || c.is(s + 1, "with"))) f = s + 2;
        else if (c.is(s, "writing") && c.is(s + 1, "in")) f = s + 2;
        if (!f) return Text();
        if (c.is(f, "the")) ++f;
        if (f >= v || !name_word(c, f)) return Text();
        std::size_t l = f;
        while (l + 1 < v && name_word(c, l + 1)) ++l;
        return c.punct(l + 1, ',') ? c.text(f, l) : Text();
    }
    std::size_t f = v + 1;
    if (c.is(f, "the")) ++f;
    if (!name_word(c, f)) return Text();
    std::size_t l = f;
    while (l + 1 < c.t.size() && name_word(c, l + 1) && !(c.t[l + 1].flags & TokenNewlineBefore)) ++l;
    return c.text(f, l);
}

// An attribution with its subject before the verb, over `range`, with one part: the name at tokens [nb, ne]
// (its source is the caller's to set).
FoundCitation subject_attribution(const Ctx& c, ByteRange range, std::size_t nb, std::size_t ne) {
    FoundCitation fc;
    fc.body.citation_type = "attribution";
    fc.subject = true;
    fc.range = range;
    fc.body.parts.emplace_back().range = {c.t[nb].begin, c.t[ne].end};
    return fc;
}

// The one a group's appositive names as one of them, between the comma at `open` and the one at `close`:
// ", like Ana Ruiz of the Harlow Institute,", ", including Lind,", ", such as Ivo Lind," → "Ana Ruiz (Harlow
// Institute)", the person named in full before for a surname alone; ", like Harlow Bank,", ", including the
// think tank Greenway," → a body's name, and `*body` set. "" when the appositive is no such name.
Text named_example(const Ctx& c, std::size_t open, std::size_t close, const Speakers& sp, bool* body) {
    *body = false;
    std::size_t b = open + 1;
    if (c.is(b, "like") || c.is(b, "including")) ++b;
    else if (c.is(b, "such") && c.is(b + 1, "as")) b += 2;
    else return Text();
    // A body: its name to the comma, after "the" and a few words of its kind ("the think tank").
    std::size_t nb = b;
    if (c.is(nb, "the"))
        for (++nb; nb < close && nb - b <= 3 && c.word(nb) && !c.cap(nb) && !c.function_word(nb);) ++nb;
    // ("the opposition Ostland Forward party": its kind in lower case may follow the name.)
    std::size_t ne = close - 1;
    ShortWord kb;
    if (ne > nb && c.word(ne) && !c.cap(ne) && body_kind(c.lower(ne, kb)) && c.cap(ne - 1)) --ne;
    bool whole_name = nb <= ne && c.cap(nb);
    // (A plural's possessive mark inside the name: "the Tarrow Residents' Group".)
    for (std::size_t q = nb; q <= ne && whole_name; ++q)
        whole_name = (c.word(q) && (c.cap(q) || c.is(q, "of") || c.is(q, "for") || c.is(q, "and"))) ||
                     (q > nb && q < ne && possessive_mark(c, q) && c.tx(q - 1).back() == 's');
    if (whole_name && !c.cap(ne)) whole_name = false;
    if (whole_name && (nb > b + 1 || ne + 1 < close || organisation_name(c.span(nb, ne)))) {
        *body = true;
        return c.text(nb, close - 1);  // (with its kind after it: "Harlow Ports union" is no "Harlow Ports")
    }
    // ("including opposition lawmaker Mira Santos": a role in lower case before the name.)
    {
        std::size_t r = b;
        while (r < close && r - b < 3 && c.word(r) && !c.cap(r) && !c.function_word(r)) ++r;
        ShortWord rb;
        if (r > b && r < close && c.cap(r) && c.word(r) &&
            (person_noun(c.lower(r - 1, rb)) || post_title(c.lower(r - 1, rb)) || office_title(c.lower(r - 1, rb))))
            b = r;
    }
    if (b >= close || !c.cap(b) || !c.word(b)) return Text();
    std::size_t e = b;
    while (e + 1 < close && e - b < 2 && c.cap(e + 1) && c.word(e + 1)) ++e;
    const std::string_view name = c.span(b, e);
    if (organisation_name(name) || known_as_no_person(c, name)) return Text();
    std::string_view employer;
    if (e + 1 < close) {  // "of the Harlow Institute", "at Harlow Bank", "from Tarrow"
        if (!(c.is(e + 1, "of") || c.is(e + 1, "at") || c.is(e + 1, "from"))) return Text();
        std::size_t ob = e + 2;
        if (c.is(ob, "the")) ++ob;
        if (ob >= close || !c.cap(ob)) return Text();
        for (std::size_t q = ob; q < close; ++q)
            if (!(c.word(q) && (c.cap(q) || c.is(q, "of") || c.is(q, "for") || c.is(q, "and")))) return Text();
        employer = c.span(ob, close - 1);
    }
    const Text full = e == b ? full_name(sp, name) : Text();
    const std::string_view who = full.empty() ? name : full.view();
    if (employer.empty() || who.find('(') != std::string_view::npos) return full.empty() ? c.keep(name) : full;
    return keep_joined(c, {who, " (", employer, ")"});
}

// Adds the named attribution `fc` (its part's source set) for the reporting verb at `v`: the outlet after
// the verb, the speaker kept for later pronouns, the registry's note.
void add_named_attribution(const Ctx& c, std::size_t v, FoundCitation& fc, bool person, Text rule, CitationScan& scan,
                           Speakers& sp) {
    fc.named = true;
    fc.body.outlet = outlet_after(c, v);
    fc.rule = rule;
    remember_speaker(sp, *fc.body.parts.front().source, person);
    registry_note(c, fc.body);
    scan.citations.push_back(std::move(fc));
}

// The source after an inverted verb at `v` ("…," said Maria Lopez, an economist at Northgate Bank):
// true when one was found and added.
// The body named before a person's post, the post before the name at `nb` ("Harlow Bank chief economist
// Ivo Lind", "Harlow Bank's chief economist", "Harlow United striker"), no further back than token `s`;
// "" when there is none. (One word opening the sentence is a common noun there: "Party spokesman Ivo Brand".)
std::string_view body_before_post(const Ctx& c, std::size_t s, std::size_t nb) {
    std::size_t t = nb;
    while (t > s && c.word(t - 1) && !c.cap(t - 1) && nb - t < 3) --t;
    ShortWord pb;
    if (!(t < nb && t > s && post_title(c.lower(t, pb)) && c.cap(t - 1) && c.word(t - 1))) return {};
    std::size_t ob = t - 1;
    while (ob > s && c.cap(ob - 1) && c.word(ob - 1) && !c.sentence_begins_at(c.t[ob].begin)) --ob;
    // "the Courier's North America editor": the body is the possessive's owner, before the desk it runs.
    if ((c.is(ob, "The") || c.is(ob, "the")) && ob + 1 < t) ++ob;
    for (std::size_t q = ob; q + 1 < t; ++q)
        if (lexicon::is_possessive(c.tx(q))) {
            const std::string_view owner = lexicon::without_possessive(c.span(ob, q));
            return organisation_name(owner) || (c.t[q].flags & TokenAllCaps) ? owner : std::string_view();
        }
    const std::string_view body = lexicon::without_possessive(c.span(ob, t - 1));
    const bool lone_opener = ob == t - 1 && c.sentence_begins_at(c.t[ob].begin) && !(c.t[ob].flags & TokenAllCaps);
    return !lone_opener && organisation_name(body) ? body : std::string_view();
}

// "Mira Santos, a pundit for Harlow TV, said the players …", "Its chief executive, Ivo Lind, called the
// results …": the comma before the verb at `v` closes an appositive of the subject that opens the sentence, so
// the verb is not inverted, whatever follows it. The subject is a name or a possessive's noun phrase of at most
// six tokens; the appositive between the two commas opens with a determiner, "now", "formerly", "who" or a name,
// and holds no other punctuation.
bool closes_subject_appositive(const Ctx& c, std::size_t v) {
    if (v < 4 || !c.punct(v - 1, ',')) return false;
    const std::size_t b = c.sentence_first_token(v);
    std::size_t comma = b;
    while (comma + 1 < v && comma - b <= 6 && !c.punct(comma, ',')) {  // (the subject is short: the walk is bounded)
        if (!c.word(comma) && !c.punct(comma, '.')) return false;  // a quotation, a dash: another shape
        ++comma;
    }
    if (comma == b || comma + 1 >= v - 1 || comma - b > 6) return false;
    for (std::size_t q = comma + 1; q + 1 < v; ++q)
        if (!c.word(q) && !c.punct(q, '.') && !c.punct(q, '-')) return false;
    ShortWord ob, ab;
    const std::string_view opener = c.lower(b, ob);
    const bool possessive = opener == "its" || opener == "his" || opener == "her" || opener == "their";
    // (A name: a capitalised word after the first, or a first word the text capitalises mid-sentence too;
    // "Currently, India has …, said the report" opens with an adverb.)
    bool named = c.capitalised_mid_sentence(c.tx(b));
    for (std::size_t q = b + 1; q < comma && !named; ++q) named = c.cap(q) && name_word(c, q) && !c.function_word(q);
    if (!(possessive || (named && !c.function_word(b)))) return false;
    const std::string_view a = c.lower(comma + 1, ab);
    if (a == "a" || a == "an" || a == "the" || a == "now" || a == "formerly" || a == "who" || a == "its" || a == "his" ||
        a == "her" || a == "their")
        return true;
    // (An appositive that is a name is a name only: "Its chief executive, Ivo Lind, called".)
    for (std::size_t q = comma + 1; q + 1 < v; ++q)
        if (c.word(q) && !(c.cap(q) && name_word(c, q))) return false;
    return true;
}

bool inverted_source(const Ctx& c, std::size_t v, CitationScan& scan, Speakers& sp) {
    const std::size_t n = c.t.size();
    std::size_t f = v + 1;
    if (f >= n || (c.t[f].flags & TokenNewlineBefore)) return false;
    ShortWord buf;
    const std::string_view first = c.lower(f, buf);
    // "Lind, quoted by the Courier, said": who quotes is not who claims (but "a charge, denied by growers").
    if (first == "by" && (c.is(v, "quoted") || c.is(v, "cited"))) return false;
    // "The mayor, Ivo Brand, said on Twitter that …": where or when it was said, not who said it.
    if (first == "on" || first == "in" || first == "at" || first == "during" || first == "after" || first == "before" ||
        first == "to" || first == "through" || first == "via")
        return false;
    FoundCitation fc;
    fc.body.citation_type = "attribution";
    CitationPart& part = fc.body.parts.emplace_back();
    if (first == "he" || first == "she") {
        // "…," said he. — but "…, said he thought": the pronoun opens the reported clause.
        if (c.word(f + 1)) return false;
        if (!sp.unnamed_person.empty()) {
            fc.vague = true;
            fc.range = {c.t[v].begin, c.t[f].end};
            part.range = {c.t[f].begin, c.t[f].end};
            add_check(c, fc.body, "vague_source", "The claim is attributed to unnamed \xE2\x80\x9C" +
                                                      std::string(sp.unnamed_person.view()) +
                                                      "\xE2\x80\x9D, not to a source a reader can check.");
            fc.rule = "reporting verb before \"he\" or \"she\", after an unnamed person spoke";
            scan.citations.push_back(std::move(fc));
            return true;
        }
        const Text who = pronoun_person(sp, first == "he" ? 'h' : 's');
        if (who.empty()) return false;
        if (who == sp.last_lone_name) sp.last_lone_name = Text();  // a person, then
        fc.range = {c.t[v].begin, c.t[f].end};
        part.range = {c.t[f].begin, c.t[f].end};
        part.source = who;
        fc.named = true;
        fc.rule = "reporting verb before a pronoun (\"said she\"): the last named speaker";
        scan.citations.push_back(std::move(fc));
        return true;
    }
    // "…, say those who oppose the plan": people described by what they do, never named.
    if ((first == "those" || first == "people" || first == "many") && c.is(f + 1, "who")) {
        std::size_t z = f + 1;
        while (z + 1 < n && z - f < 12 && c.word(z + 1) && !(c.t[z + 1].flags & TokenNewlineBefore)) ++z;
        fc.vague = true;
        fc.range = {c.t[v].begin, c.t[z].end};
        part.range = {c.t[f].begin, c.t[z].end};
        add_check(c, fc.body, "vague_source",
                  "The claim is attributed to \xE2\x80\x9C" + std::string(c.span(f, z)) +
                      "\xE2\x80\x9D, which it does not name: a reader cannot find or check it.");
        fc.rule = "reporting verb before people described, not named (\"say those who …\")";
        scan.citations.push_back(std::move(fc));
        return true;
    }
    std::size_t e = f;  // last token of the phrase
    std::size_t q = f;
    std::size_t outlet_at = n;  // where the outlet after "in" or "on" starts, when the phrase is a person's name
    if (determiner_word(first)) ++q;
    int taken = 0;
    for (; q < n && taken < 12; ++q, ++taken) {
        if (c.t[q].flags & TokenNewlineBefore) break;
        if (c.word(q)) {
            char b2[32];
            const std::string_view lw = lexicon::lower(c.tx(q), b2);
            const bool fn = c.function_word(q);
            if (!fn || c.cap(q)) { if (!fn || name_word(c, q)) { e = q; continue; } }
            // "writes Ana Ruiz in the Tarrow Review": a person's name, then where they wrote or spoke.
            if ((lw == "in" || lw == "on") && e > f && name_word(c, f) && name_word(c, e) && !organisation_name(c.span(f, e)) &&
                (c.cap(q + 1) || (c.is(q + 1, "the") && c.cap(q + 2)))) {
                outlet_at = c.is(q + 1, "the") ? q + 2 : q + 1;
                break;
            }
            if ((connector(c, q) || joining_preposition(lw)) && (c.cap(q + 1) || (c.is(q + 1, "the") && c.cap(q + 2)))) continue;
            break;
        }
        if (c.punct(q, '(') && c.word(q + 1) && looks_like_acronym(c.tx(q + 1)) && c.punct(q + 2, ')')) { q += 2; e = q; continue; }
        // "explains Dr. Okafor": a title's period inside the name.
        if (c.punct(q, '.') && q == e + 1 && c.cap(q + 1) && (c.is(e, "dr") || c.is(e, "mr") || c.is(e, "mrs") || c.is(e, "ms") ||
                                                               c.is(e, "prof") || c.is(e, "st") || c.is(e, "gen") || c.is(e, "sen")))
            continue;
        // "said C. Ada Lind", "said Robert M. Lind": an initial's period inside the name.
        if (c.punct(q, '.') && q == e + 1 && c.word(e) && c.len(e) == 1 && c.cap(e) && c.cap(q + 1) && !(c.t[q].flags & TokenSpaceBefore))
            continue;
        break;
    }
    // "…, said two people familiar with the matter", "…, said a person with knowledge of the talks": people
    // whose names the text withholds (the phrase took "familiar" but not "with").
    // Adds the attribution from the verb to token `z`, to people unnamed (described by tokens f to `who_end`).
    const auto add_unnamed = [&](std::size_t z, std::size_t who_end, Text rule) {
        fc.vague = true;
        fc.range = {c.t[v].begin, c.t[z].end};
        part.range = {c.t[f].begin, c.t[z].end};
        add_text_check(fc.body, "vague_source", vague_subject_message(c, c.span(f, who_end)));
        fc.rule = rule;
        scan.citations.push_back(std::move(fc));
        return true;
    };
    const std::size_t opens = withholding_words_at(c, e) ? e : withholding_words_at(c, e + 1) ? e + 1 : n;
    if (opens != n && opens > f && c.word(opens - 1)) {
        ShortWord hb;
        if (lexicon::is_source_noun(c.lower(opens - 1, hb))) {
            std::size_t z = opens + withholding_words_at(c, opens) - 1;
            while (z + 1 < n && z - opens < 6 && c.word(z + 1) && !(c.t[z + 1].flags & TokenNewlineBefore)) ++z;
            return add_unnamed(z, opens - 1, "reporting verb before people whose names the text withholds (\"familiar with the matter\")");
        }
    }
    if (e == f && first == "one" && (c.punct(f + 1, '.') || c.punct(f + 1, ','))) {
        // "…," said one: one of those the text spoke to, unnamed.
        fc.range = {c.t[v].begin, c.t[f].end};
        part.range = {c.t[f].begin, c.t[f].end};
        fc.vague = true;
        add_check(c, fc.body, "vague_source", "The claim is attributed to \xE2\x80\x9Cone\xE2\x80\x9D, which the text does not name: a reader cannot find or check it.");
        fc.rule = "reporting verb before its subject (\"…,\" said one): unnamed";
        scan.citations.push_back(std::move(fc));
        return true;
    }
    if (e < f || (e == f && determiner_word(first) && first != "one")) return false;
    // "Ana Ruiz, the party's leader, said Lind's \"plan\" failed": an owner opens the reported clause; and
    // "…, urged Lind to step down": the one called on is the verb's object, not who speaks.
    if (lexicon::is_possessive(c.tx(e)) || possessive_mark(c, e + 1)) return false;
    {
        ShortWord vb;
        if (urges_someone_to(c, c.lower(v, vb), f)) return false;
    }
    if (!quote_mark(c, v - 1) && e + 1 < n && c.word(e + 1)) {
        ShortWord ab;
        if (auxiliary_word(c.lower(e + 1, ab))) return false;
    }
    // "…, said U.S. producers could …": an abbreviation's period and the sentence going on in lower case.
    if (c.punct(e + 1, '.') && c.word(e + 2) && !c.cap(e + 2)) return false;
    std::size_t nb = 0, ne = 0;
    const bool has_name = last_name_in(c, f, e, &nb, &ne);
    char hb[32];
    const std::string_view head = c.word(e) ? lexicon::lower(c.tx(e), hb) : std::string_view();
    const bool name_at_end = has_name && (ne == e || (c.punct(e, ')') && (ne + 1 == e || ne + 3 == e)));
    // (One person by a role, after "a", "an" or "one": "said one resident", "said a local witness".)
    // (…or, after "one" or "another", any noun for a person by what they do: "said one ferry worker".)
    const auto agent = [](std::string_view h) {
        for (const std::string_view tail : {"er", "or", "ist", "ian", "man", "woman"})
            if (h.size() > tail.size() + 2 && h.substr(h.size() - tail.size()) == tail) return true;
        return false;
    };
    // ("one" and "another" count people: "wrote a letter" is no one.)
    const bool someone = (person_noun(head) && (first == "a" || first == "an" || first == "one" || first == "another")) ||
                         (agent(head) && !lexicon::is_data_noun(head) && (first == "one" || first == "another"));
    // "…, said one ferry skipper in Harlow": someone unnamed, then where they are; the place names no source.
    if (has_name && nb > f + 1 && (first == "a" || first == "an" || first == "one" || first == "another" || first == "two" ||
                                   first == "three" || first == "several" || first == "some")) {
        const std::size_t in = c.is(nb - 1, "the") ? nb - 2 : nb - 1;
        ShortWord pb;
        const std::string_view who = in > f && c.word(in - 1) ? c.lower(in - 1, pb) : std::string_view();
        if (c.is(in, "in") && !who.empty() && (lexicon::is_source_noun(who) || person_noun(who) || agent(who)))
            return add_unnamed(e, e, "reporting verb before someone unnamed and where they are (\"said one skipper in Harlow\")");
    }
    // "…, said its managing director, Sir Ivo Lind": a post after a determiner, then after a comma the name of
    // the one who holds it (of the body named last, after "its" or "their"). The post may say whose it is in
    // lower case: "said the chair of the group, Tom Asker".
    std::size_t post_end = e;
    if (!has_name && (c.is(e + 1, "of") || c.is(e + 1, "at") || c.is(e + 1, "for")) && c.is(e + 2, "the")) {
        std::size_t q = e + 3;
        while (q < n && q - e <= 5 && c.word(q) && !c.cap(q) && !c.function_word(q)) ++q;
        if (q > e + 3 && c.punct(q, ',')) post_end = q - 1;
    }
    if (!has_name && determiner_word(first) && e > f && (person_noun(head) || post_title(head)) && c.punct(post_end + 1, ',') &&
        name_word(c, post_end + 2) && !(c.t[post_end + 2].flags & TokenNewlineBefore)) {
        const std::size_t a = post_end + 2;  // the name's first token
        std::size_t z = a;
        while (z + 1 < n && z - a < 4 && name_word(c, z + 1) && !(c.t[z + 1].flags & TokenNewlineBefore)) ++z;
        if (z > a && (z + 1 >= n || c.punct(z + 1, ',') || c.punct(z + 1, '.') || c.punct(z + 1, ';')) &&
            !organisation_name(c.span(a, z))) {
            fc.range = {c.t[v].begin, c.t[z].end};
            part.range = {c.t[a].begin, c.t[z].end};
            const bool owned = first == "its" || first == "their";
            const Text body = owned ? last_body_of(sp) : Text();
            part.source = body.empty() ? c.text(a, z) : keep_joined(c, {c.span(a, z), " (", body.view(), ")"});
            fc.named = true;
            fc.rule = "reporting verb before a post and, after a comma, the name of who holds it (\"said its chief executive, Ivo Lind\")";
            remember_speaker(sp, *part.source, true);
            scan.citations.push_back(std::move(fc));
            return true;
        }
    }
    // "…, said the regulator, the Harlow Port Authority": a body by its kind, then after a comma its name.
    if (!has_name && determiner_word(first) && e > f && body_kind(head) && c.punct(e + 1, ',') && !(c.t[e + 2].flags & TokenNewlineBefore)) {
        const std::size_t nb = c.is(e + 2, "the") ? e + 3 : e + 2;
        std::size_t z = nb;
        while (z + 1 < n && z - nb < 6 && (name_word(c, z + 1) || (connector(c, z + 1) && name_word(c, z + 2))) &&
               !(c.t[z + 1].flags & TokenNewlineBefore))
            ++z;
        if (name_word(c, nb) && z > nb && (z + 1 >= n || c.punct(z + 1, ',') || c.punct(z + 1, '.') || c.punct(z + 1, ';')) &&
            organisation_name(c.span(nb, z))) {
            fc.range = {c.t[v].begin, c.t[z].end};
            part.range = {c.t[nb].begin, c.t[z].end};
            part.source = c.text(nb, z);
            fc.named = true;
            fc.rule = "reporting verb before a body by its kind and, after a comma, its name (\"said the regulator, the Harlow Port Authority\")";
            remember_speaker(sp, *part.source, false);
            scan.citations.push_back(std::move(fc));
            return true;
        }
    }
    if (!name_at_end && !lexicon::is_source_noun(head) && !lexicon::is_data_noun(head) && !someone) return false;
    fc.range = {c.t[v].begin, c.t[e].end};
    part.range = {c.t[f].begin, c.t[e].end};
    if (name_at_end) {
        // A title before the name stays out: "Academy executive director Bruce Davis" → "Bruce Davis".
        std::string name(c.span(nb, ne));
        // ", an economist at Northgate Bank": the affiliation after the name.
        Text org;
        // (A degree between commas first: "said Ana Ruiz, MD, president of …", ", PhD, of Tarrow University".)
        std::size_t comma = e + 1;
        if (c.punct(comma, ',') && degree_initials(c, comma + 1) && c.punct(comma + 2, ',')) comma += 2;
        if (c.punct(comma, ',')) {
            const std::size_t a = comma + 1;  // the appositive's first token
            std::size_t l = a;
            while (l < n && l - a < 18 && !(c.t[l].type == TokenType::Punct && !c.punct(l, '-') && !c.punct(l, '&') &&
                                            !possessive_mark(c, l) &&  // "the Harlow Seafarers' Union"
                                            !(c.punct(l, '.') && c.len(l - 1) == 1 && c.cap(l - 1) && c.cap(l + 1))))
                ++l;
            ShortWord b3;
            const std::string_view opener = c.lower(a, b3);
            // ", an economist at Northgate Bank", ", chief executive of Harlow Bank", ", regional director of
            // the Harlow Board", ", Tarrow country director for Harbour Watch".
            // (", of Tarrow University", ", at the Harlow Institute": where they work, straight away.)
            // (", who heads the Harlow Grain Council", ", who works at Tarrow Bank": what the person leads or
            // where they work; not ", who spoke at the Harlow Forum".)
            // (", who teaches law at Tarrow University", ", who studies ice at the Harlow Institute": where they do it.)
            const bool who_leads = opener == "who" && (leads_word(c, a + 1) ||
                                                       (c.is(a + 1, "works") && (c.is(a + 2, "at") || c.is(a + 2, "for"))) ||
                                                       c.is(a + 1, "teaches") || c.is(a + 1, "lectures") ||
                                                       c.is(a + 1, "researches") || c.is(a + 1, "studies"));
            if (l > a && (determiner_word(opener) || (!c.cap(a) && post_title(opener)) || role_opens(c, a, l) ||
                          opener == "of" || opener == "at" || opener == "from" || who_leads))
                org = affiliation_in(c, a, l - 1);
        }
        // "said Ivo Lind of ferry tracker Harlow Counts": where they work after "of" and a description of it in
        // lower case (one to four words), the body's name in capitals.
        if (org.empty() && c.is(e + 1, "of") && c.word(e + 2) && !c.cap(e + 2)) {
            std::size_t q = e + 2;
            while (q < n && q - e < 6 && c.word(q) && !c.cap(q) && !c.function_word(q) && !(c.t[q].flags & TokenNewlineBefore)) ++q;
            std::size_t z = q;
            while (z + 1 < n && z - q < 5 && name_word(c, z + 1) && !(c.t[z + 1].flags & TokenNewlineBefore)) ++z;
            if (q > e + 2 && name_word(c, q) && !(c.t[q].flags & TokenNewlineBefore)) {
                org = c.text(q, z);
                fc.range.end = c.t[z].end;
            }
        }
        // "said Harlow Ferries CEO Ivo Lind": an executive's initials are a post, after the body it is held in;
        // "said Harlow Bank chief economist Ana Ruiz": the body before the post.
        const std::size_t exec = executive_initials_in(c, nb, ne);
        std::size_t office = std::string_view::npos;  // "said Harbour Council President Ana Ruiz"
        if (org.empty() && exec < ne && exec > nb) {
            org = c.keep(lexicon::without_possessive(c.span(nb, exec - 1)));
            nb = exec + 1;
            name = std::string(c.span(nb, ne));
        } else if (std::string_view body; org.empty() && (office = office_between_body_and_name(c, nb, ne, &body)) != std::string_view::npos) {
            // ("said Harbour Council President Ana Ruiz": a body's office between the body and the name.)
            org = c.keep(body);
            nb = office + 1;
            name = std::string(c.span(nb, ne));
        } else if (org.empty() && nb > f + 1) {
            const std::string_view body = body_before_post(c, f, nb);
            if (!body.empty()) org = c.keep(body);
        }
        const Text person_at = person_of_organisation(c, nb, ne);
        const bool person = !person_at.empty() || !organisation_name(name);
        if (!org.empty()) {
            // ("says Lind, an elder of the Tarrow clan": the person named in full before, where they are now.)
            const Text full = person ? full_name(sp, name) : Text();
            const std::string_view shown = full.empty() ? std::string_view(name) : full.view().substr(0, full.view().find(" ("));
            part.source = keep_joined(c, {shown, " (", org.view(), ")"});
        } else if (!person_at.empty()) {
            part.source = person_at;  // "said Allan Reyes of Calder Grain Co"
        } else {
            const Text full = person ? full_name(sp, name) : Text();
            part.source = full.empty() ? c.text(nb, ne) : full;
        }
        fc.named = true;
        if (outlet_at < n) {
            std::size_t l = outlet_at;
            while (l + 1 < n && name_word(c, l + 1) && !(c.t[l + 1].flags & TokenNewlineBefore)) ++l;
            fc.body.outlet = c.text(outlet_at, l);
        }
        remember_speaker(sp, *part.source, person);
    } else if (std::size_t pnb = 0, pne = 0, at = person_before_employer(c, f, e, &pnb, &pne); at) {
        // "said chief inspector Ana Ruiz from the Harlow police": a person by role, then where they work.
        const std::size_t body = c.is(at + 1, "the") ? at + 2 : at + 1;
        part.source = keep_joined(c, {c.span(pnb, pne), " (", c.span(body, e), ")"});
        fc.named = true;
        remember_speaker(sp, *part.source, true);
    } else if (first == "the" && f + 1 == e && !sp.group_vague && group_noun_is(sp.last_group, head)) {
        part.source = sp.last_group;  // "…, said the officials" after "Harlow Port officials said": that group
        fc.named = true;
    } else if (indefinite_word(first) || (head.size() > 1 && head.back() == 's' && head != "analysis")) {
        fc.vague = true;
        fc.body.parts[0].source.reset();
        if (person_noun(head)) sp.unnamed_person = c.text(f, e);  // "…," said a grain trader. "…," he said.
        add_check(c, fc.body, "vague_source",
                  "The claim is attributed to \xE2\x80\x9C" + std::string(c.span(f, e)) + "\xE2\x80\x9D, which it does not name: a reader cannot find or check it.");
    } else {
        // ("…, said the survey", "…, said the ministry": without the article, as before the verb; a body by its
        // kind is the one named before.)
        const std::size_t from = first == "the" && f < e ? f + 1 : f;
        const Text named_before = from > f ? body_named_before(c, from, e, sp) : Text();
        part.source = !named_before.empty() ? named_before : c.text(from, e);
        fc.named = true;
    }
    fc.rule = "reporting verb before its subject (\"…,\" said Maria Lopez)";
    registry_note(c, fc.body);
    scan.citations.push_back(std::move(fc));
    return true;
}

// Adds an attribution over `range` whose one part is the name at tokens [nb, ne], with its registry note.
void add_named_source(const Ctx& c, ByteRange range, std::size_t nb, std::size_t ne, Text rule, CitationScan& scan) {
    FoundCitation fc;
    fc.body.citation_type = "attribution";
    fc.range = range;
    CitationPart& part = fc.body.parts.emplace_back();
    part.range = {c.t[nb].begin, c.t[ne].end};
    // (Without a possessive: "by Harlow Bank's count" → Harlow Bank.)
    part.source = lexicon::is_possessive(c.tx(ne)) ? c.keep(lexicon::without_possessive(c.span(nb, ne))) : c.text(nb, ne);
    fc.named = true;
    fc.rule = rule;
    registry_note(c, fc.body);
    scan.citations.push_back(std::move(fc));
}

// The last token of a name that opens at token `b` (a name word there): name words, and connectors between
// them ("Bank of Harlow"), on one line, at most `most` tokens on.
std::size_t name_words_end(const Ctx& c, std::size_t b, std::size_t most) {
    std::size_t e = b;
    while (e + 1 < c.t.size() && e - b < most && !(c.t[e + 1].flags & TokenNewlineBefore)) {
        if (name_word(c, e + 1)) { ++e; continue; }
        if (connector(c, e + 1) && e + 2 < c.t.size() && name_word(c, e + 2)) { e += 2; continue; }
        break;
    }
    return e;
}

// ", per the Harlow Ports Office.": a name after "per" and a comma is where the claim comes from (never
// "per barrel", "per cent" or "per capita": those follow no comma).
void per_source(const Ctx& c, std::size_t i, CitationScan& scan) {
    const std::size_t n = c.t.size();
    // ("Per the Harlow Ports Office, …", "Per Harlow Bank, …" opening a sentence: a body's name, then a comma;
    // "Per Olsen, a trader, said" is a person.)
    const bool opens = i == 0 || c.sentence_begins_at(c.t[i].begin) || (c.t[i].flags & TokenNewlineBefore);
    if (!opens && (i == 0 || !c.punct(i - 1, ','))) return;
    std::size_t b = i + 1;
    if (c.is(b, "the")) ++b;
    if (b >= n || !name_word(c, b) || (c.t[b].flags & TokenNewlineBefore)) return;
    const std::size_t e = name_words_end(c, b, 8);
    if (e + 1 < n && !c.punct(e + 1, '.') && !c.punct(e + 1, ',') && !c.punct(e + 1, ';')) return;
    if (opens && !(c.punct(e + 1, ',') && (b > i + 1 || organisation_name(c.span(b, e))))) return;
    add_named_source(c, {c.t[i].begin, c.t[e].end}, b, e,
                     "\"per\" after a comma, then a name: where the claim comes from (\"…, per the Harlow Ports Office\")", scan);
}

// An estimate's or a count's word: "by one estimate", "by Harlow Bank's count".
bool estimate_word(std::string_view lw) {
    return lw == "estimate" || lw == "estimates" || lw == "count" || lw == "counts" || lw == "reckoning" ||
           lw == "calculation" || lw == "calculations" || lw == "tally" || lw == "measure" || lw == "measures";
}

// "By one estimate, …", "…, by most estimates.", "…, by Harlow Bank's count.": whose estimate a claim is, at
// the "by" at token `i`, closed by a comma or the sentence's end. Named by a possessive; vague by a word of
// how many or whose ("one", "some", "most", "official"); "By his count," is the last person named.
void estimate_by(const Ctx& c, std::size_t i, CitationScan& scan, const Speakers& sp) {
    const std::size_t n = c.t.size();
    std::size_t q = i + 1;
    if (q + 1 < n && c.is(q, "the") && c.cap(q + 1)) ++q;  // "by the Harlow Fund's estimate"
    if (q >= n || !c.word(q) || (c.t[q].flags & TokenNewlineBefore)) return;
    std::size_t nb = q, ne = q;  // a name's tokens, with the possessive on the last
    bool named = false;
    Text person;  // "By his count": who "his" or "her" stands for
    if (c.is(q, "his") || c.is(q, "her")) {
        person = pronoun_person(sp, c.is(q, "his") ? 'h' : 's');
        if (person.empty()) return;
        ++q;
    } else if (c.cap(q)) {
        while (ne + 1 < n && ne - nb < 5 && c.word(ne) && c.cap(ne) && !lexicon::is_possessive(c.tx(ne)) &&
               !(c.t[ne + 1].flags & TokenNewlineBefore))
            ++ne;
        if (!c.cap(ne) || !lexicon::is_possessive(c.tx(ne))) return;
        named = true;
        q = ne + 1;
    } else {
        ShortWord wb;
        const std::string_view lw = c.lower(q, wb);
        if (!(lw == "one" || lw == "some" || lw == "most" || lw == "many" || lw == "several" || lw == "other" ||
              lw == "official" || lw == "independent" || lw == "conservative" || lw == "unofficial" || lw == "all"))
            return;  // (not "by its own count": the subject's, read with the clause)
        ++q;
        if (c.is(q, "official") || c.is(q, "independent") || c.is(q, "conservative")) ++q;
    }
    ShortWord eb;
    if (q >= n || !c.word(q) || !estimate_word(c.lower(q, eb))) return;
    // A comma or the sentence's end after it: "by one estimate, …", "…, by Harlow Bank's count."
    if (q + 1 < n && !c.punct(q + 1, ',') && !c.punct(q + 1, '.') && !c.punct(q + 1, ';')) return;
    // …and a clause beside it: not "was measured by one count" (a passive's agent).
    if (i > 0 && !c.punct(i - 1, ',') && !c.sentence_begins_at(c.t[i].begin) && !(c.t[i].flags & TokenNewlineBefore)) return;
    const ByteRange range{c.t[i].begin, c.t[q].end};
    if (!person.empty()) {
        FoundCitation fc;
        fc.body.citation_type = "attribution";
        fc.range = range;
        CitationPart& part = fc.body.parts.emplace_back();
        part.range = {c.t[i + 1].begin, c.t[i + 1].end};
        part.source = person;
        fc.named = true;
        fc.rule = "\"by\" and a pronoun's estimate or count (\"By his count,\"): the last person named";
        scan.citations.push_back(std::move(fc));
        return;
    }
    if (named) {
        add_named_source(c, range, nb, ne, "\"by\" and a name's estimate or count (\"by Harlow Bank's count\")", scan);
        return;
    }
    FoundCitation fc;
    fc.body.citation_type = "attribution";
    fc.range = range;
    fc.body.parts.emplace_back().range = {c.t[i + 1].begin, c.t[q].end};
    fc.vague = true;
    add_text_check(fc.body, "vague_source", vague_subject_message(c, c.span(i + 1, q)));
    fc.rule = "\"by\" and an estimate no one is named for (\"by one estimate\", \"by most counts\")";
    scan.citations.push_back(std::move(fc));
}

// ", citing Harlow Bank", ", citing figures from the Harlow Port Authority", ", citing a 2021 report by the state
// audit office", ", citing unnamed officials": what a clause rests on, named after "citing" (token `i`) in a
// participle's clause after a comma.
void citing(const Ctx& c, std::size_t i, CitationScan& scan) {
    const std::size_t n = c.t.size();
    if (i == 0 || !c.punct(i - 1, ',') || i + 1 >= n || (c.t[i + 1].flags & TokenNewlineBefore)) return;
    const std::size_t q = i + 1;
    // A name straight away ("citing Harlow Bank", "citing the Harlow Courier").
    const std::size_t a = c.is(q, "the") ? q + 1 : q;
    if (a < n && name_word(c, a) && !(c.t[a].flags & TokenNewlineBefore)) {
        std::size_t e = name_words_end(c, a, 6);
        if (lexicon::is_possessive(c.tx(e)) || lexicon::is_world_region(c.span(a, e))) return;  // "citing Harlow's record"
        // ("citing Ostland as one example", "citing Harlow as a model": an example, not a source; but "citing Ivo
        // Lind as saying" quotes.)
        if (c.is(e + 1, "as") && !c.is(e + 2, "saying")) return;
        add_named_source(c, {c.t[i].begin, c.t[e].end}, a, e, "\"citing\" and a name after a comma (\", citing Harlow Bank\")", scan);
        return;
    }
    // A document or data, then who made it: "a 2021 report by …", "figures from …", "new data from …".
    std::size_t d = q;
    if (c.is(d, "a") || c.is(d, "an") || c.is(d, "the") || c.is(d, "its") || c.is(d, "their")) ++d;
    if (d < n && c.t[d].type == TokenType::Number && c.len(d) == 4) ++d;  // "a 2021 report"
    for (int adjectives = 0; adjectives < 2 && d + 1 < n && c.word(d) && !c.cap(d) && !c.function_word(d) &&
                             !lexicon::is_data_noun(c.tx(d)) && !lexicon::is_source_noun(c.tx(d));
         ++adjectives)
        ++d;
    ShortWord nb;
    const std::string_view noun = d < n && c.word(d) && !c.cap(d) ? c.lower(d, nb) : std::string_view();
    if (noun.empty()) return;
    if (lexicon::is_data_noun(noun) && (c.is(d + 1, "by") || c.is(d + 1, "from") || c.is(d + 1, "of"))) {
        const std::size_t by = d + 1;
        const std::size_t nb2 = c.is(by + 1, "the") ? by + 2 : by + 1;
        if (nb2 < n && name_word(c, nb2) && !(c.t[nb2].flags & TokenNewlineBefore)) {
            const std::size_t e = name_words_end(c, nb2, 6);
            if (lexicon::is_world_region(c.span(nb2, e))) return;
            add_named_source(c, {c.t[i].begin, c.t[e].end}, nb2, e,
                             "\"citing\" a document and who made it (\", citing figures from the Harlow Port Authority\")", scan);
            return;
        }
        if (const std::size_t end = body_by_kind_after(c, by); end) {
            add_named_source(c, {c.t[i].begin, c.t[end - 1].end}, by + 2, end - 1,
                             "\"citing\" a document and the body by its kind that made it (\"citing a report by the audit office\")", scan);
            return;
        }
        return;
    }
    // Unnamed people: "citing unnamed officials", "citing sources close to the talks".
    if (lexicon::plural_like(noun) && (lexicon::is_source_noun(noun) || lexicon::is_agent_plural(noun)) && !lexicon::is_data_noun(noun)) {
        FoundCitation fc;
        fc.body.citation_type = "attribution";
        fc.range = {c.t[i].begin, c.t[d].end};
        fc.body.parts.emplace_back().range = {c.t[q].begin, c.t[d].end};
        fc.vague = true;
        const std::size_t said = c.is(q, "unnamed") || c.is(q, "anonymous") ? q + 1 : q;  // (not "unnamed “unnamed officials”")
        add_text_check(fc.body, "vague_source", vague_subject_message(c, c.span(said, d)));
        fc.rule = "\"citing\" people it does not name (\", citing unnamed officials\")";
        scan.citations.push_back(std::move(fc));
    }
}

// "In the words of Ana Ruiz, …": the name quoted, at token `i` ("In"), before a comma.
void in_the_words_of(const Ctx& c, std::size_t i, CitationScan& scan) {
    if (!(c.is(i + 1, "the") && c.is(i + 2, "words") && c.is(i + 3, "of"))) return;
    std::size_t b = i + 4;
    if (c.is(b, "the")) ++b;
    if (b >= c.t.size() || !name_word(c, b)) return;
    const std::size_t e = name_words_end(c, b, 6);
    if (!c.punct(e + 1, ',')) return;
    add_named_source(c, {c.t[i].begin, c.t[e].end}, b, e, "\"in the words of\" and a name (\"In the words of Ana Ruiz, …\")",
                     scan);
}

// 'Ana Ruiz put it bluntly: "Fees will rise."', 'In a note, Harlow Bank economist Ana Ruiz was blunt: "…"':
// a quotation after a colon, whose clause opens with who speaks (a name, or "he", "she", "it" for the last
// to speak), when nothing in that clause reported it already. `i` is the colon.
void quote_after_colon(const Ctx& c, std::size_t i, CitationScan& scan, Speakers& sp) {
    const std::size_t n = c.t.size();
    if (i + 1 >= n || c.t[i + 1].type != TokenType::Punct) return;
    const std::string_view open = c.tx(i + 1);
    if (!(open == "\"" || open == "\xE2\x80\x9C") || !c.word(i + 2) || !c.cap(i + 2)) return;
    // The sentence's start, at most 20 tokens back.
    std::size_t s = i;
    while (s > 0 && i - s < 20 && !c.sentence_begins_at(c.t[s].begin) && !(c.t[s].flags & TokenNewlineBefore)) --s;
    if (!(s == 0 || c.sentence_begins_at(c.t[s].begin) || (c.t[s].flags & TokenNewlineBefore))) return;
    if (!scan.citations.empty() && scan.citations.back().range.end > c.t[s].begin) return;  // "Ana Ruiz told reporters: …"
    // Over an opening phrase and its comma ("In a note, …", "Asked about fees, …").
    std::size_t b = s;
    {
        ShortWord ob;
        const std::string_view first = c.lower(s, ob);
        if (c.function_word(s) || (first.size() > 4 && (first.substr(first.size() - 2) == "ed" || first.substr(first.size() - 3) == "ing")))
            for (std::size_t q = s + 1; q < i && q < s + 8; ++q)
                if (c.punct(q, ',')) { b = q + 1; break; }
    }
    if (b >= i) return;
    FoundCitation fc;
    fc.body.citation_type = "attribution";
    CitationPart& part = fc.body.parts.emplace_back();
    bool person = false;
    ShortWord pb;
    const std::string_view first = c.lower(b, pb);
    if (first == "he" || first == "she" || first == "it") {
        const Text who = first == "it" ? sp.last_body : pronoun_person(sp, first == "he" ? 'h' : 's');
        if (who.empty() || !sp.unnamed_person.empty()) return;
        part.range = {c.t[b].begin, c.t[b].end};
        part.source = who;
        person = first != "it";
    } else {
        // A name, after a role in lower case ("economist Ana Ruiz"), or a body, then a role and a person
        // ("Harlow Bank economist Ana Ruiz": Ana Ruiz of Harlow Bank).
        std::size_t nb = b;
        while (nb < i && nb < b + 3 && c.word(nb) && !c.cap(nb) && !c.function_word(nb)) ++nb;
        if (nb >= i || !name_word(c, nb) || c.function_word(nb)) return;
        std::size_t ne = name_run_end(c, nb, 6);
        std::size_t employer_b = 0, employer_e = 0;
        ShortWord rb;
        if (ne + 2 < i && c.word(ne + 1) && !c.cap(ne + 1) && person_noun(c.lower(ne + 1, rb)) && name_word(c, ne + 2)) {
            employer_b = nb;
            employer_e = ne;
            nb = ne + 2;
            ne = name_run_end(c, nb, 4);
        }
        if (ne >= i) return;
        const std::string_view name = c.span(nb, ne);
        person = !organisation_name(name) && !employer_e;
        const Text full = organisation_name(name) ? Text() : full_name(sp, name);
        if (employer_e) {
            person = true;
            part.source = keep_joined(c, {name, " (", c.span(employer_b, employer_e), ")"});
        } else if (!full.empty()) {
            part.source = full;
            person = true;
        } else {
            // One capitalised word alone is no name a reader can check ("Critics were blunt: …").
            if (nb == ne && !organisation_name(name) && !(c.t[nb].flags & TokenAllCaps)) return;
            part.source = c.text(nb, ne);
        }
        part.range = {c.t[nb].begin, c.t[ne].end};
        // The clause goes on with a verb: the name is its subject ("Ana Ruiz put it", "Ana Ruiz, an economist,
        // was blunt"), not the object of one before it.
        if (!(c.word(ne + 1) || c.punct(ne + 1, ','))) return;
    }
    fc.range = {c.t[b].begin, c.t[i].end};
    fc.named = true;
    fc.subject = true;
    fc.rule = "a quotation after a colon, whose clause opens with who speaks (\"Ana Ruiz put it bluntly: …\")";
    registry_note(c, fc.body);
    const Text who = *part.source;
    scan.citations.push_back(std::move(fc));
    remember_speaker(sp, who, person);
}

// A poll or survey named where it is mentioned, not as a subject: "63% of those asked in the Harbour
// Times poll", "voters polled for the Valley Courier", "a survey by Fieldline". `i` is the poll word.
void named_poll(const Ctx& c, std::size_t i, CitationScan& scan) {
    const std::size_t n = c.t.size();
    std::size_t nb = 0, ne = 0, from = 0, to = i;
    ShortWord wb;
    const std::string_view w = c.lower(i, wb);
    if (w == "polled" || w == "surveyed") {
        // "polled for the Valley Courier", "polled by the Harlow Courier": the name after "for" or "by".
        if (!c.is(i + 1, "for") && !c.is(i + 1, "by")) return;
        std::size_t q = i + 2;
        if (c.is(q, "the")) ++q;
        if (q >= n || !c.cap(q)) return;
        nb = q;
        ne = q;
        while (ne + 1 < n && ne - nb < 5 && !(c.t[ne + 1].flags & TokenNewlineBefore) &&
               (c.cap(ne + 1) || ((connector(c, ne + 1) || c.is(ne + 1, "on")) && c.cap(ne + 2))))
            ne += c.cap(ne + 1) ? 1 : 2;
        from = i;
        to = ne;
    } else {
        // "in the Harbour Times poll": capitalised words between a determiner (after a preposition) and the noun.
        if (i < 3 || (c.t[i].flags & TokenNewlineBefore)) return;
        std::size_t q = i;
        while (q > 0 && i - q < 5 && c.cap(q - 1) && !(c.t[q].flags & TokenNewlineBefore)) --q;
        if (q == i || q < 2 || !c.is(q - 1, "the")) return;
        ShortWord pb;
        const std::string_view prep = c.lower(q - 2, pb);
        if (prep != "in" && prep != "by" && prep != "from" && prep != "of" && prep != "for") return;
        nb = q;
        ne = i - 1;
        from = q - 1;
    }
    if (lexicon::is_world_region(c.span(nb, ne))) return;
    add_named_source(c, {c.t[from].begin, c.t[to].end}, nb, ne,
                     "a poll or survey named by who made it (\"in the Harbour Times poll\", \"polled for the Courier\")", scan);
}

// Whether the words of the sentence before token `q` are a short phrase of time or place with no comma
// ("In that update", "For the record", "But during the hearing", "Commenting on the debt"): a preposition
// or a participle of speaking, then at most five words in lower case.
bool opening_phrase_before(const Ctx& c, std::size_t q) {
    if (q == 0) return false;
    std::size_t first = q - 1;
    while (first > 0 && q - first < 6 && !c.sentence_begins_at(c.t[first].begin) && c.word(first) && !c.cap(first) &&
           !(c.t[first].flags & TokenNewlineBefore))
        --first;
    if (!c.sentence_begins_at(c.t[first].begin) && !(c.t[first].flags & TokenNewlineBefore) && first != 0) return false;
    if ((c.is(first, "but") || c.is(first, "and") || c.is(first, "yet")) && first + 1 < q) ++first;
    if (first + 1 >= q) return false;
    for (std::size_t w = first + 1; w < q; ++w)
        if (!c.word(w) || c.cap(w)) return false;
    ShortWord fb;
    const std::string_view opening = c.lower(first, fb);
    return opening == "in" || opening == "on" || opening == "at" || opening == "during" || opening == "after" ||
           opening == "before" || opening == "since" || opening == "until" || opening == "under" || opening == "within" ||
           opening == "for" ||
           // …or of what the speaker was doing: "Commenting on the debt Ana Ruiz said".
           opening == "commenting" || opening == "speaking" || opening == "writing" || opening == "responding" ||
           opening == "referring" || opening == "asked" || opening == "testifying" || opening == "addressing";
}

// The first token of a name of two words or more that closes the subject [b, e] when the words before it
// in its sentence are no part of it: a short phrase of time or place without a comma ("In that update Ivo
// Lind suggested"; there one word the text never writes in lower case will do), or a description that ends
// in a person's role in lower case ("Harlow Guide 2005 author Ivo Lind said"). npos otherwise.
std::size_t name_after_opening_phrase(const Ctx& c, std::size_t b, std::size_t e) {
    std::size_t nb = 0, ne = 0;
    if (!last_name_in(c, b, e, &nb, &ne) || ne != e || nb <= b) return std::string_view::npos;
    // (One word will do after an opening phrase when the text never writes it in lower case: "Commenting
    // on the debt Lind said".)
    if (nb == ne) {
        const bool surname = !(c.t[nb].flags & TokenAllCaps) && !c.written_lower_case(c.tx(nb)) && !c.function_word(nb);
        return surname && opening_phrase_before(c, nb) ? nb : std::string_view::npos;
    }
    if (opening_phrase_before(c, nb)) return nb;
    ShortWord rb;
    const std::string_view role = c.word(nb - 1) && !c.cap(nb - 1) ? c.lower(nb - 1, rb) : std::string_view();
    return !role.empty() && (person_noun(role) || role == "author" || role == "writer")
               ? nb
               : std::string_view::npos;
}

// "as announced by the Harlow Statistics Office", "was first reported by the Courier", "is estimated by the
// Harlow Fund at …": a reporting verb in the passive, with its source after "by". True when added.
bool passive_agent(const Ctx& c, std::size_t v, std::string_view verb, CitationScan& scan) {
    static const WordSet verbs{"announced", "reported", "confirmed", "estimated", "forecast", "predicted", "stated",
                               "disclosed", "revealed", "claimed", "alleged", "calculated", "projected"};
    if (!verbs.has(verb) || !c.is(v + 1, "by") || v == 0) return false;
    // Passive: a form of "be" or "as" before the verb, over one adverb ("was first reported", "as previously announced").
    std::size_t p = v - 1;
    ShortWord ab;
    const std::string_view adverb = c.lower(p, ab);
    if (p > 0 && (adverb == "first" || adverb == "already" || adverb == "previously" || adverb == "also" || adverb == "widely" ||
                  adverb == "originally" || adverb == "earlier" || adverb == "later" || adverb == "officially"))
        --p;
    ShortWord pb;
    const std::string_view before = c.lower(p, pb);
    // (…or a comma: "The rise, first reported by the Harlow Courier, will …", a participle's clause; or the
    // figure it speaks of: "below the 1.9% predicted by the Tarrow Fund".)
    const bool after_figure = c.t[p].type == TokenType::Number || (c.punct(p, '%') && p > 0 && c.t[p - 1].type == TokenType::Number) ||
                              (before == "percent" && p > 0 && c.t[p - 1].type == TokenType::Number);
    if (!(be_form(before) || before == "as" || c.punct(p, ',') || after_figure)) return false;
    // The agent: a name (capitalised words with their connectors), after an optional "the".
    std::size_t a = v + 2;
    if (c.is(a, "the")) ++a;
    if (!c.cap(a) || !c.word(a) || (c.t[a].flags & TokenNewlineBefore)) return false;
    std::size_t z = a;
    while (z + 1 < c.t.size() && z - a < 8 && !(c.t[z + 1].flags & TokenNewlineBefore)) {
        if (c.cap(z + 1) && c.word(z + 1)) { ++z; continue; }
        if (connector(c, z + 1) && c.cap(z + 2) && c.word(z + 2)) {
            ShortWord wb;
            const std::string_view when = c.lower(z + 2, wb);
            if (lexicon::is_day_word(when) || lexicon::month_like(when)) break;  // "by the Courier on Monday"
            z += 2;
            continue;
        }
        break;
    }
    // (…with the kind of body after it in lower case: "by the Ostland ministry".)
    if (z + 1 < c.t.size() && c.word(z + 1) && !c.cap(z + 1) && !(c.t[z + 1].flags & TokenNewlineBefore)) {
        ShortWord kb;
        if (body_kind(c.lower(z + 1, kb))) ++z;
    }
    if (lexicon::is_world_region(c.span(a, z))) return false;
    add_named_source(c, {c.t[v].begin, c.t[z].end}, a, z,
                     "a reporting verb in the passive, with its source after \"by\" (\"as announced by …\")", scan);
    return true;
}

// A reporting clause at the verb `v`.
// "Ivo Brand asked the minister whether …, and said that …": a reporting verb after "and" reports for
// the name that opens its sentence (titles before it stay out: "Party spokesman Ivo Brand").
// Whether what a reporting participle says opens at token `q`: "that", a word, a number ("saying 40 boats
// sank") or a quotation ("saying \"agreements are final\"").
bool what_is_said_opens(const Ctx& c, std::size_t q) {
    return q < c.t.size() && (c.word(q) || c.t[q].type == TokenType::Number || quote_mark(c, q));
}

void coordinated_clause(const Ctx& c, std::size_t v, CitationScan& scan, Speakers& sp) {
    // The attribution's words: "and said", "but insisted"; after a comma the participle alone ("saying").
    const std::size_t from = c.punct(v - 1, ',') ? v : v - 1;
    std::size_t b = v - 1;
    for (int steps = 0; b > 0 && steps < 60 && !c.sentence_begins_at(c.t[b].begin) && !(c.t[b].flags & TokenNewlineBefore); ++steps) --b;
    if (!c.sentence_begins_at(c.t[b].begin) && !(c.t[b].flags & TokenNewlineBefore) && b != 0) return;
    // A short phrase of place or time closed by a comma ("In Lisbon, …", "But on Monday, …"): the subject follows.
    if ((c.is(b, "but") || c.is(b, "and") || c.is(b, "yet")) && b + 1 < v) ++b;
    {
        ShortWord fb;
        const std::string_view first = c.lower(b, fb);
        if (first == "in" || first == "on" || first == "at" || first == "after" || first == "before" || first == "during" ||
            first == "earlier" || first == "later" || first == "meanwhile" || first == "yesterday" || first == "today") {
            std::size_t q = b + 1;
            while (q < v && q - b < 7 && !c.punct(q, ',')) ++q;
            if (q + 1 >= v || !c.punct(q, ',')) return;
            b = q + 1;
        }
    }
    // "He raised fees but insisted …": the person "he" or "she" stands for, as before a reporting verb.
    if ((c.is(b, "he") || c.is(b, "she") || c.is(b, "He") || c.is(b, "She")) && b + 1 < v - 1 && c.word(b + 1) && !c.cap(b + 1) &&
        sp.unnamed_person.empty()) {
        const Text who = pronoun_person(sp, c.is(b, "he") ? 'h' : 's');
        if (who.empty()) return;
        FoundCitation fc = subject_attribution(c, {c.t[from].begin, c.t[v].end}, b, b);
        fc.body.parts.front().source = who;
        fc.named = true;
        fc.rule = "a reporting verb after \"and\" or \"but\", in a sentence opened by \"he\" or \"she\": the last named speaker";
        registry_note(c, fc.body);
        scan.citations.push_back(std::move(fc));
        return;
    }
    // "The chancellor hailed the growth but denied …": an office or a role after "the", as before a reporting
    // verb: the holder the text named with it before, or the role as written.
    if (c.is(b, "the") && from != v && b + 2 < v && c.word(b + 1) && !c.cap(b + 1) && c.word(b + 2) && !c.cap(b + 2) &&
        !c.is(b + 2, "of") && !c.is(b + 2, "and")) {
        ShortWord rb;
        const std::string_view role = c.lower(b + 1, rb);
        if (office_title(role) || person_role(role)) {
            FoundCitation fc = subject_attribution(c, {c.t[from].begin, c.t[v].end}, b + 1, b + 1);
            const Text holder = office_holder_before(c, b + 1, role, sp);
            const Text full = holder.empty() ? Text() : full_name(sp, holder);
            fc.body.parts.front().source = !full.empty() ? full : !holder.empty() ? holder : c.text(b + 1, b + 1);
            add_named_attribution(c, v, fc, !holder.empty(),
                                  "a reporting verb after \"and\" or \"but\", in a sentence opened by an office or a role", scan, sp);
            return;
        }
    }
    // "The ministry declined to comment but said …", "A spokeswoman for the ministry declined … but said": a
    // subject in lower case that names a body (the one of that kind named last, when there is one) or one who
    // speaks for a body the text does not name (vague).
    if ((c.is(b, "the") || c.is(b, "a") || c.is(b, "an")) && from != v) {
        // The head: the first word of a body's kind or of one who speaks for a body, over up to three
        // lower-case words before it ("The state ministry", "A senior spokeswoman").
        std::size_t q = b + 1;
        bool found = false;
        for (; q + 1 < v && q - b < 6 && c.word(q) && !c.cap(q) && !c.function_word(q); ++q) {
            ShortWord kb;
            const std::string_view w = c.lower(q, kb);
            if (body_kind(w) || spokesperson_word(w)) { found = true; break; }
            if (possessive_mark(c, q + 1)) ++q;  // "The nurses' union": whose body it is
        }
        const std::size_t head_at = found ? q : b;
        if (found) ++q;
        std::size_t body_at = 0;  // "for the ministry": whom a spokesperson speaks for
        if (c.is(q, "for") && c.is(q + 1, "the") && c.word(q + 2) && !c.cap(q + 2)) {
            ShortWord kb;
            if (body_kind(c.lower(q + 2, kb))) { body_at = q + 2; q += 3; }
        }
        ShortWord hb;
        const std::string_view head = head_at > b ? c.lower(head_at, hb) : std::string_view();
        const bool body = !head.empty() && body_kind(head) && !body_at;
        const bool speaker = !head.empty() && spokesperson_word(head);
        ShortWord vb;
        if ((body || speaker) && q + 1 < v && c.word(q) && !c.cap(q) && !c.function_word(q) &&
            !lexicon::is_reporting_verb(c.lower(q, vb))) {
            const std::size_t e = body_at ? body_at : head_at;
            FoundCitation fc = subject_attribution(c, {c.t[from].begin, c.t[v].end}, b, e);
            fc.rule = "a reporting verb after \"and\" or \"but\", in a sentence opened by who reports in lower case";
            const Text kind_body = body_named_before(c, body_at ? body_at : head_at, e, sp);
            if (!kind_body.empty()) {
                fc.body.parts.front().source = kind_body;
                add_named_attribution(c, v, fc, false, fc.rule, scan, sp);
            } else if (body || body_at) {
                fc.body.parts.front().source = c.text(body_at ? body_at : b + 1, e);
                add_named_attribution(c, v, fc, false, fc.rule, scan, sp);
            } else {
                fc.vague = true;
                add_text_check(fc.body, "vague_source", vague_subject_message(c, c.span(b, e)));
                registry_note(c, fc.body);
                scan.citations.push_back(std::move(fc));
            }
            return;
        }
    }
    // "Officials declined to give details but said …", "Local residents fled and said …": people in the plural,
    // unnamed, open the sentence (a word or two before them: "Many", "Local"): a vague source.
    {
        const auto unnamed_people = [](std::string_view lw) {
            return lw.size() > 3 && lexicon::plural_like(lw) && !lexicon::is_data_noun(lw) &&
                   (lexicon::is_source_noun(lw) || lexicon::is_agent_plural(lw) || lexicon::is_vague_subject(lw));
        };
        std::size_t q = b;  // the people's word, the first, second or third of the sentence
        bool people = false;
        for (; q + 1 < v && q - b < 4 && c.word(q) && (q == b || !c.cap(q)); ++q) {
            // ("Nurses' unions welcomed … but said": whose unions they are.)
            if (possessive_mark(c, q + 1) && c.word(q + 2) && !c.cap(q + 2) && lexicon::plural_like(c.tx(q))) { ++q; continue; }
            if (!c.word(q + 1) || c.cap(q + 1)) break;
            ShortWord hb;
            const std::string_view lw = c.lower(q, hb);
            if ((people = unnamed_people(lw)) || (c.function_word(q) && !lexicon::is_vague_subject(lw))) break;
        }
        ShortWord nb;
        if (people && !lexicon::is_reporting_verb(c.lower(q + 1, nb)) && !c.is(q + 1, "of")) {
            FoundCitation fc = subject_attribution(c, {c.t[from].begin, c.t[v].end}, b, q);
            fc.rule = "a reporting verb after \"and\" or \"but\" (or a participle after a comma), in a sentence opened by people in the plural, unnamed";
            fc.vague = true;
            add_text_check(fc.body, "vague_source", vague_subject_message(c, c.span(b, q)));
            registry_note(c, fc.body);
            scan.citations.push_back(std::move(fc));
            return;
        }
    }
    // "Its director, Lena Moss, welcomed the ruling but said …": a role opening the sentence, then the person's
    // name between commas.
    if (ShortWord ob; c.word(b) && (determiner_word(c.lower(b, ob)) || possessive_determiner(c.lower(b, ob)))) {
        std::size_t q = b + 1;
        while (q < v && q - b < 5 && c.word(q) && !c.cap(q) && !c.function_word(q)) ++q;
        ShortWord rb;
        const std::string_view role = q > b + 1 ? c.lower(q - 1, rb) : std::string_view();
        if (!role.empty() && (person_noun(role) || post_title(role) || office_title(role)) && c.punct(q, ',') && name_word(c, q + 1)) {
            std::size_t z = q + 1;
            while (z + 1 < v && z - q < 3 && name_word(c, z + 1)) ++z;
            if (z > q + 1 && c.punct(z + 1, ',') && z + 2 < v && c.word(z + 2) && !c.cap(z + 2) && !organisation_name(c.span(q + 1, z))) {
                FoundCitation fc = subject_attribution(c, {c.t[from].begin, c.t[v].end}, q + 1, z);
                const Text full = full_name(sp, c.span(q + 1, z));
                fc.body.parts.front().source = full.empty() ? c.text(q + 1, z) : full;
                add_named_attribution(c, v, fc, true, "a reporting verb after \"and\" or \"but\": the name between commas after the role opening its sentence",
                                      scan, sp);
                return;
            }
        }
    }
    // Lower-case words of a title before the name ("press secretary Ana Ruiz condemned … and said").
    for (std::size_t q = b, lead = 0; q + 1 < v && lead < 3 && c.word(q) && !c.cap(q) && !c.function_word(q); ++q, ++lead)
        if (c.cap(q + 1)) { b = q + 1; break; }
    // The opening phrase: capitalised words, connectors and lower-case words of who reports.
    std::size_t e = b;
    while (e + 1 < v - 1 && e - b < 8) {
        char lb[32];
        const std::size_t q = e + 1;
        if (c.cap(q) && c.word(q)) { e = q; continue; }
        if (c.word(q) && (connector(c, q) || lexicon::is_source_noun(lexicon::lower(c.tx(q), lb))) && c.cap(q + 1)) { e = q; continue; }
        // A title in lower case between names: "Harlow Port press secretary Ana Ruiz".
        if (c.word(q) && !c.function_word(q) && c.word(q + 1) && !c.cap(q + 1) && !c.function_word(q + 1) && c.cap(q + 2) &&
            q + 2 < v - 1) {
            e = q + 1;
            continue;
        }
        break;
    }
    std::size_t after = e + 1;
    if (c.punct(after, ',')) {  // "Ana Ruiz, the mayor, welcomed … and said": over a role between commas
        std::size_t q = after + 1;
        while (q + 1 < v && q - after < 16 && (c.word(q) || c.t[q].type == TokenType::Number)) ++q;  // (an age: ", 34,")
        if (q == after + 1 || !c.punct(q, ',')) return;
        after = q + 1;
    }
    if (!c.word(after) || c.cap(after)) return;  // a verb follows the subject
    std::size_t nb = 0, ne = 0;
    // One capitalised word opening the sentence is a name when the text capitalises it mid-sentence too and
    // never writes it in lower case ("Lind accused … and said", where "said Lind" stands elsewhere).
    // (Not a plural, "Republicans accused …", unless it is the family name of someone named in full: "Santos".)
    if (e == b && c.cap(b) && !(c.t[b].flags & TokenAllCaps) && (c.tx(b).back() != 's' || !full_name(sp, c.tx(b)).empty()) &&
        c.capitalised_mid_sentence(c.tx(b)) && !c.written_lower_case(c.tx(b))) {
        nb = ne = b;
    } else if (!last_name_in(c, b, e, &nb, &ne) || ne != e) {
        return;
    }
    if (c.is(nb, "but") || c.is(nb, "and") || c.is(nb, "as")) ++nb;
    if (nb > ne) return;
    // "Ostland's finance minister has rejected …, saying": a name's possessive opens who reports, not a
    // name that reports; the words up to the role are the source, as before a reporting verb.
    if (lexicon::is_possessive(c.tx(ne))) {
        std::size_t r = ne + 1;
        ShortWord rb;
        while (r + 1 < v && r - ne <= 3 && c.word(r) && !c.cap(r) &&
               !(person_noun(c.lower(r, rb)) || office_title(c.lower(r, rb)) || spokesperson_word(c.lower(r, rb))))
            ++r;
        if (!(r + 1 < v && r - ne <= 3 && c.word(r) && !c.cap(r)) || c.cap(r + 1) || !c.word(r + 1)) return;
        FoundCitation fc = subject_attribution(c, {c.t[from].begin, c.t[v].end}, nb, r);
        fc.body.parts.front().source = c.text(nb, r);
        add_named_attribution(c, v, fc, false,
                              "a reporting verb after \"and\" or a participle after a comma: the role of a name's that opens its sentence",
                              scan, sp);
        return;
    }
    // (After a comma the name must open the subject: "A Harlow banker shared Lind's view, saying" is no Lind's.)
    // ("Opposition leader Ana Ruiz disputes …, saying": a role of a word or three before the name opens it too.)
    bool role_before = nb > b && nb - b <= 3;
    for (std::size_t q = b; q < nb && role_before; ++q) role_before = c.word(q) && !c.function_word(q);
    if (role_before) {
        ShortWord rb;
        const std::string_view role = c.lower(nb - 1, rb);
        role_before = person_noun(role) || office_title(role) || post_title(role);
    }
    if (from == v && nb != b && !role_before && !(nb == b + 1 && (c.is(b, "The") || c.is(b, "the")))) return;
    nb = after_party_label(c, nb, ne);  // "Conservative Ivo Lind asked …"
    FoundCitation fc = subject_attribution(c, {c.t[from].begin, c.t[v].end}, nb, ne);
    const std::string_view name = c.span(nb, ne);
    const bool person = !organisation_name(name);
    const Text full = person ? full_name(sp, name) : Text();
    fc.body.parts.front().source = full.empty() ? c.text(nb, ne) : full;
    add_named_attribution(c, v, fc, person,
                          from == v ? Text("a reporting participle after a comma (\", saying\"): the name that opens its sentence")
                                    : Text("a reporting verb after \"and\": the name that opens its sentence"),
                          scan, sp);
}

// "an article by Harlow Weekly that claimed …", "a study from the Tarn Institute which found …": a
// document and its author, then a relative pronoun as the verb's subject. True when added.
bool data_by_name_that(const Ctx& c, std::size_t v, CitationScan& scan, Speakers& sp) {
    if (v < 4 || !(c.is(v - 1, "that") || c.is(v - 1, "which"))) return false;
    std::size_t nb = 0, ne = 0;
    // ("an article by Tarrow magazine that claimed": what the name is, in lower case after it, is part of it.)
    const bool kind_after = c.is(v - 2, "magazine") || c.is(v - 2, "newspaper") || c.is(v - 2, "website") ||
                            c.is(v - 2, "journal") || c.is(v - 2, "blog");
    const std::size_t name_end = kind_after ? v - 3 : v - 2;
    if (!last_name_in(c, v >= 10 ? v - 10 : 0, name_end, &nb, &ne) || ne != name_end) return false;
    std::size_t p = nb;
    if (p > 0 && c.is(p - 1, "the")) --p;
    // "by" names an author; "from" a place as often, so only a body's name after it ("from Harlow University").
    if (p < 2 || !(c.is(p - 1, "by") || (c.is(p - 1, "from") && organisation_name(c.span(nb, ne))))) return false;
    char db[32];
    if (!c.word(p - 2) || !lexicon::is_data_noun(lexicon::lower(c.tx(p - 2), db))) return false;
    FoundCitation fc = subject_attribution(c, {c.t[p - 2].begin, c.t[v].end}, nb, v - 2);
    fc.body.parts.front().source = c.text(nb, v - 2);
    add_named_attribution(c, v, fc, false, "a document by a named source, then \"that\" or \"which\" before a reporting verb", scan, sp);
    return true;
}

// "The company that owns the building, Harlow Homes, said", "The firm behind the app, Tarrow Labs, said": a
// description opening the sentence, then the name of what it describes between commas before the verb.
bool named_in_apposition(const Ctx& c, std::size_t v, CitationScan& scan, Speakers& sp) {
    if (v < 5 || !c.punct(v - 1, ',') || !c.cap(v - 2)) return false;
    std::size_t nb = v - 2;
    while (nb > 0 && v - 2 - nb < 5) {
        if (c.cap(nb - 1) && !(c.t[nb].flags & TokenNewlineBefore)) { --nb; continue; }
        if (nb >= 2 && (c.is(nb - 1, "of") || c.is(nb - 1, "and")) && c.cap(nb - 2)) { nb -= 2; continue; }
        break;
    }
    // (…with "the" before the name: "Lind's party, the Harbour Union, said".)
    const std::size_t comma = nb >= 4 && c.is(nb - 1, "the") ? nb - 2 : nb - 1;
    if (nb < 3 || !c.punct(comma, ',')) return false;
    // The description: the sentence's start, a determiner, then lower-case words (no comma) up to the name.
    std::size_t s = comma;
    while (s > 0 && nb - s < 16 && !c.sentence_begins_at(c.t[s].begin) && !(c.t[s].flags & TokenNewlineBefore)) {
        --s;
        if (c.t[s].type == TokenType::Punct && !c.punct(s, '-')) return false;
    }
    if (!c.sentence_begins_at(c.t[s].begin) && !(c.t[s].flags & TokenNewlineBefore)) return false;
    ShortWord db, hb;
    const std::string_view det = c.lower(s, db);
    // (…or a name's possessive: "Lind's party", "Harlow's biggest lender".)
    const bool owner = c.cap(s) && lexicon::is_possessive(c.tx(s));
    if (!(det == "the" || det == "a" || det == "an" || det == "its" || det == "their" || owner) || !c.word(s + 1) || c.cap(s + 1))
        return false;
    // The head: the noun before the comma ("party", "lender"), or the first word when a clause follows it ("The
    // company that owns the building").
    std::size_t h = s + 1;
    if (owner) h = comma - 1;
    const std::string_view head = c.lower(h, hb);
    const bool body = lexicon::is_organisation_noun(head),
               who = person_noun(head) || head == "man" || head == "woman" || head == "person" || head == "boy" || head == "girl";
    if (!body && !who) return false;
    // A name inside the description is the subject's own clue ("A spokesman for Tarrow Airlines, Ivo Brand,"):
    // the subject rules below read it.
    for (std::size_t q = s + 1; q < comma; ++q)
        if (c.cap(q)) return false;
    const std::string_view name = c.span(nb, v - 2);
    if (c.kb.find_term(name) == nullptr && lexicon::is_world_region(name)) return false;
    FoundCitation fc = subject_attribution(c, {c.t[s].begin, c.t[v].end}, nb, v - 2);
    fc.body.parts.front().source = c.text(nb, v - 2);
    // ("Its president, Ivo Lind, warned": one who holds a post in the body "it" stands for.)
    if (det == "its" && who && !organisation_name(name) && !employer_its(sp).empty())
        fc.body.parts.front().source = keep_joined(c, {name, " (", sp.last_body.view(), ")"});
    add_named_attribution(c, v, fc, who && !organisation_name(name),
                          "a description opening the sentence, then its name between commas before a reporting verb", scan, sp);
    return true;
}

// "Research shows", "New research suggests", "Recent studies found": data with no determiner, no
// name and no owner ("Harbour Board figures", "Customs data" name who published them) is nobody's in particular.
bool unowned_data(const Ctx& c, bool determined, std::size_t s, std::size_t e, std::string_view head) {
    if (determined || !lexicon::is_data_noun(head)) return false;
    static const WordSet generic{"new", "recent", "latest", "more", "early", "earlier", "preliminary", "provisional", "initial", "unofficial", "further",
                                 "previous", "other", "existing", "growing", "scientific", "emerging", "independent",
                                 "academic", "medical", "published", "some", "much", "most", "current", "clinical", "several", "many", "numerous", "past", "prior",
                                 "opinion", "public", "private", "internal"};  // ("Opinion polls suggest")
    for (std::size_t q = s; q < e; ++q) {
        ShortWord b;
        if (!generic.has(c.lower(q, b))) return false;
    }
    return true;
}

// An aside that withholds the speaker's name, ending right before the reporting verb at `v` (over one
// comma): "who did not wish to be named", "who spoke on condition of anonymity", "familiar with the
// matter", "briefed on the talks". Its first token, or npos.
std::size_t anonymity_aside_before(const Ctx& c, std::size_t v) {
    std::size_t end = v - 1;
    if (c.punct(end, ',') && end > 0) --end;
    if (!c.word(end)) return std::string_view::npos;
    const std::size_t limit = end > 9 ? end - 9 : 0;
    ShortWord lb;
    const std::string_view last = c.lower(end, lb);
    const bool withheld = last == "named" || last == "identified" || last == "anonymity" || last == "publicly";
    for (std::size_t q = end; q > limit; --q) {
        if (c.t[q].type == TokenType::Punct && !c.punct(q, '-')) return std::string_view::npos;
        if (withheld && (c.is(q, "who") || c.is(q, "speaking"))) return q;
        if (withholding_words_at(c, q)) return q;
    }
    return std::string_view::npos;
}

// "Two people familiar with the matter said", "A senior official who did not wish to be named said": one
// whose name the text withholds, before the verb at `v`. True when added.
bool anonymous_subject(const Ctx& c, std::size_t v, CitationScan& scan) {
    const std::size_t aside = anonymity_aside_before(c, v);
    if (aside == std::string_view::npos || aside < 1) return false;
    std::size_t e = aside - 1;
    if (c.punct(e, ',') && e > 0) --e;
    ShortWord hb;
    if (!c.word(e) || (c.cap(e) && !c.sentence_begins_at(c.t[e].begin)) || !lexicon::is_source_noun(c.lower(e, hb))) return false;
    std::size_t b = e;
    while (b > 0 && e - b < 4 && c.word(b - 1) && !c.cap(b - 1) && !clause_boundary_before(c, b)) --b;
    // ("Two people …"; not a heading's word before a subject that opens its own line.)
    if (b > 0 && !clause_boundary_before(c, b) && c.word(b - 1) && c.cap(b - 1) && c.sentence_begins_at(c.t[b - 1].begin)) --b;
    if (!clause_boundary_before(c, b)) return false;
    // ("Tarrow Wire, citing three sources familiar with the matter, reported": what the subject rests on, between
    // commas; the subject is before it.)
    if (c.is(b, "citing")) return false;
    FoundCitation fc;
    fc.body.citation_type = "attribution";
    fc.subject = true;
    fc.vague = true;
    fc.range = {c.t[b].begin, c.t[v].end};
    fc.body.parts.emplace_back().range = {c.t[b].begin, c.t[v - 1].end};
    add_text_check(fc.body, "vague_source", vague_subject_message(c, c.span(b, e)));
    fc.rule = "who reports, with an aside that withholds the name (\"familiar with the matter\", \"who did not wish to be named\")";
    scan.citations.push_back(std::move(fc));
    return true;
}

// "It is estimated that …", "the ferry is said to be …", "they were believed to have …": a claim in the
// passive with no one to make it (tokens: `k` the subject, `v` the verb). True when added, as unnamed.
bool impersonal_passive(const Ctx& c, std::size_t k, std::size_t v, std::string_view verb, CitationScan& scan) {
    const bool that = c.is(k, "it") && c.is(v + 1, "that") &&
                      (verb == "estimated" || verb == "believed" || verb == "thought" || verb == "said" || verb == "reported" ||
                       verb == "claimed" || verb == "alleged" || verb == "understood");
    const bool to = !that && c.is(v + 1, "to") && c.word(v + 2) &&
                    (verb == "said" || verb == "believed" || verb == "thought" || verb == "reported" || verb == "alleged" ||
                     verb == "estimated");  // "is estimated to bring $40 million"
    if (!that && !to) return false;
    // ("… are thought to help, according to the Harlow Fund": the source comes later.)
    for (std::size_t q = v + 1; q < c.t.size() && q < v + 40 && !c.sentence_begins_at(c.t[q].begin); ++q)
        if (c.is(q, "according") || (c.is(q, "by") && c.cap(q + 1))) return false;
    const std::size_t b = that ? k : k + 1;  // "it is estimated", "is said to"
    FoundCitation fc;
    fc.body.citation_type = "attribution";
    fc.vague = true;
    fc.range = {c.t[b].begin, c.t[to ? v + 1 : v].end};
    fc.body.parts.emplace_back().range = fc.range;
    add_check(c, fc.body, "vague_source", "The claim is made in the passive (\xE2\x80\x9C" + std::string(c.span(b, to ? v + 1 : v)) +
                                              "\xE2\x80\x9D): the text does not say who makes it.");
    fc.rule = "a reporting verb in the passive with no one named (\"it is estimated that\", \"is said to\")";
    scan.citations.push_back(std::move(fc));
    return true;
}

// Whether a finite verb opens at token q ("were", "has", "will", "include"): the word before it is a noun.
bool finite_verb_after(const Ctx& c, std::size_t q) {
    static const WordSet finite{"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should",
                                "may", "might", "can", "must", "include", "included", "remain", "remained"};
    ShortWord b;
    return c.word(q) && finite.has(c.lower(q, b));
}

// A participle that says who made a document (in lower case): "conducted", "published", "compiled", "led",
// "provided", ….
bool authorship_word(std::string_view lw) {
    static const WordSet made{"conducted", "carried", "published", "compiled", "released", "produced", "prepared",
                              "issued", "written", "run", "commissioned", "authored", "led", "analysed", "analyzed",
                              "collected", "gathered", "provided", "supplied"};
    return made.has(lw);
}

// A participle that says who made a document, before "by" ("conducted by", "carried out by", "published by").
bool authorship_participle(const Ctx& c, std::size_t q) {
    ShortWord b;
    return authorship_word(c.lower(q, b));
}

// "confirmed the ferry had sunk", "denied the figures were wrong": after a verb of stance, a short noun
// phrase then a finite auxiliary is a clause with its "that" left out, not the verb's object ("noted the
// importance of …"). `q` is the token after the verb.
bool clause_without_that(const Ctx& c, std::size_t q) {
    ShortWord db;
    const std::string_view det = c.lower(q, db);
    if (!determiner_word(det) && !possessive_determiner(det)) return false;
    for (std::size_t r = q + 1; r < c.t.size() && r <= q + 4; ++r) {
        if (!c.word(r) || (c.t[r].flags & TokenNewlineBefore)) return false;
        ShortWord wb;
        const std::string_view w = c.lower(r, wb);
        if (r > q + 1 && (w == "had" || w == "has" || w == "have" || w == "was" || w == "were" || w == "is" || w == "are" ||
                          w == "would" || w == "will" || w == "could" || w == "should" || w == "might"))
            return true;
        if (c.function_word(r)) return false;  // "the importance of …"
    }
    return false;
}

// "urged the port board to act", "urges ferry owners to cut fares": a call on someone to do something, which
// reports as "called for" does (`q` is the token after the verb; up to five words, then "to" and a verb).
bool urges_someone_to(const Ctx& c, std::string_view verb, std::size_t q) {
    if (verb.substr(0, 3) != "urg") return false;
    for (std::size_t r = q; r < c.t.size() && r < q + 6; ++r) {
        if (!c.word(r)) return false;
        if (c.is(r, "to")) return r > q && c.word(r + 1) && !c.function_word(r + 1);
    }
    return false;
}

// Whether the object a verb's clause opens at token q carries a figure (a number in digits or in words)
// before its sentence or clause ends: "the closure of two quays on Monday", "a $5 million loss".
bool figure_in_object(const Ctx& c, std::size_t q) {
    for (std::size_t r = q; r < c.t.size() && r < q + 12; ++r) {
        if (c.t[r].type == TokenType::Number) return true;
        if (c.t[r].type == TokenType::Punct) {
            if (c.punct(r, '.') || c.punct(r, ';') || c.punct(r, ',') || c.punct(r, '?') || c.punct(r, '!') || c.punct(r, '(') ||
                quote_mark(c, r))
                return false;
            continue;
        }
        if (c.t[r].flags & TokenNewlineBefore) return false;
        if (r > q && lexicon::number_word_any_case(c.tx(r)) > 1) return true;
    }
    return false;
}

// "posted on social media that …", "posted on its website that …": "posted" at token `v` as a report, before
// "on", where, and "that". Not in the lexicon of reporting verbs: "posted a loss" reports nothing.
bool post_that(const Ctx& c, std::size_t v) {
    if (!c.is(v, "posted") || !c.is(v + 1, "on")) return false;
    std::size_t q = v + 2;
    while (q < v + 6 && c.word(q) && !c.is(q, "that")) ++q;
    return c.is(q, "that");
}

// "As Ana Ruiz, an economist at Harlow Bank, put it, …": "put it" (or "puts it", "has put it") at token `v`
// closing a clause that opens with "As", before a comma, colon or full stop — a way of saying, quoted.
// Not "As fees rose, Lind put it away" nor "put it on the table".
bool as_put_it(const Ctx& c, std::size_t v) {
    if (!(c.is(v, "put") || c.is(v, "puts")) || !c.is(v + 1, "it") || v < 2) return false;
    if (!(c.punct(v + 2, ',') || c.punct(v + 2, ':') || c.punct(v + 2, '.') || c.punct(v + 2, ';'))) return false;
    const std::uint32_t sentence_begin = c.doc.sentences()[c.sentence_at(c.t[v].begin)].begin;
    for (std::size_t q = v; q-- > 0 && v - q < 24;) {
        if (c.t[q].begin < sentence_begin) return false;
        // The clause's "As": where the sentence opens, or after a comma ("Fees rose, as Ana Ruiz put it.").
        if (c.is(q, "as")) return c.t[q].begin == sentence_begin || (q > 0 && (c.punct(q - 1, ',') || quote_mark(c, q - 1)));
    }
    return false;
}

// "Economists at Harlow Bank now see growth of 0.8%", "Harlow Bank sees a 2% fall": "see" at token `v` as a
// forecast, with a figure in its object and, as its subject, people who forecast or a body's name. Not in the
// lexicon of reporting verbs: everywhere else "see" reports nothing ("Visitors see 300 birds").
bool forecast_see(const Ctx& c, std::size_t v) {
    if (!(c.is(v, "see") || c.is(v, "sees")) || v == 0 || !figure_in_object(c, v + 1)) return false;
    std::size_t s = v - 1;
    if (s > 0 && (c.is(s, "now") || c.is(s, "also") || c.is(s, "still"))) --s;
    if (!c.word(s)) return false;
    static const WordSet forecasters{"analysts", "economists", "forecasters", "strategists", "traders", "dealers",
                                     "analyst", "economist", "strategist"};
    ShortWord sb;
    if (forecasters.has(c.lower(s, sb))) return true;
    std::size_t nb = s;
    while (nb > 0 && s - nb < 5 && c.cap(nb - 1) && c.word(nb - 1)) --nb;
    return c.cap(s) && organisation_name(c.span(nb, s));
}

// Whether `s` speaks of a poll or survey ("poll", "polled", "Survey", "surveyed").
bool speaks_of_poll(std::string_view s) {
    return s.find("poll") != std::string_view::npos || s.find("survey") != std::string_view::npos ||
           s.find("Poll") != std::string_view::npos || s.find("Survey") != std::string_view::npos;
}

// A share of those a poll asked ("32%", "Forty per cent", "one in four", "three-quarters", "half", "a
// majority") ending at token `e`: its first token, or npos.
std::size_t poll_share_start(const Ctx& c, std::size_t e) {
    if (e < 1) return std::string_view::npos;
    ShortWord eb;
    const std::string_view lw = c.lower(e, eb);
    const auto number = [&](std::size_t q) {
        ShortWord nb;
        return c.t[q].type == TokenType::Number || (c.word(q) && lexicon::number_word(c.lower(q, nb)) > 0);
    };
    if (c.punct(e, '%') && c.t[e - 1].type == TokenType::Number) return e - 1;                   // "32%"
    if (lw == "percent" && number(e - 1)) return e - 1;                                           // "32 percent"
    if (lw == "cent" && e >= 2 && c.is(e - 1, "per") && number(e - 2)) return e - 2;              // "Forty per cent"
    if (number(e) && e >= 2 && c.is(e - 1, "in") && number(e - 2)) return e - 2;                  // "one in four"
    if (lw == "majority" || lw == "minority") return c.is(e - 1, "a") || c.is(e - 1, "the") ? e - 1 : e;
    // "Three-quarters", "two-thirds" written as one word.
    if (const std::size_t dash = lw.find('-'); dash != std::string_view::npos && dash > 2) {
        const std::string_view part = lw.substr(dash + 1);
        if (part == "quarters" || part == "thirds" || part == "fifths") return e;
    }
    if (lw == "half" || lw == "third" || lw == "thirds" || lw == "quarter" || lw == "quarters" || lw == "fifth" || lw == "fifths") {
        if (c.punct(e - 1, '-') && e >= 2 && number(e - 2)) return e - 2;                          // "three-quarters"
        if (c.is(e - 1, "a") || number(e - 1)) return e - 1;                                       // "a third", "two thirds"
        return lw == "half" ? e : std::string_view::npos;
    }
    return std::string_view::npos;
}

// Those a poll asked, as the subject of a reporting verb whose subject ends at token `e` (`v` the verb):
// "32% said", "Forty per cent thought", "one in four said", "A majority, 58%, said", "53% of those polled
// said", "almost half those questioned said", "respondents said". In a text that speaks of a poll or survey,
// the source is the poll named last before it (its maker: "in the Harbour Times poll", "Tarrow Polls
// surveyed 900 adults"). With no poll named, a share is how many answered, not who says so, and nothing
// is added. True when added.
bool poll_answer(const Ctx& c, std::size_t e, std::size_t v, CitationScan& scan, Speakers& sp) {
    const std::size_t none = std::string_view::npos;
    std::size_t b = none;  // the subject's first token
    // Who was asked: "those polled", "respondents" (after "of" or a share, or alone).
    std::size_t group = none;
    ShortWord gb;
    const std::string_view glw = c.word(e) ? c.lower(e, gb) : std::string_view();
    if ((glw == "polled" || glw == "surveyed" || glw == "asked" || glw == "questioned" || glw == "interviewed") && e >= 1 &&
        c.is(e - 1, "those"))
        group = e - 1;
    else if (glw == "respondents")
        group = c.is(e - 1, "the") ? e - 1 : e;
    std::size_t share_end = e;
    if (group != none) {
        b = group;
        share_end = group >= 1 && c.is(group - 1, "of") ? group - 1 : group;
        if (share_end >= 1) share_end -= 1;
        else share_end = none;
    } else if (c.punct(e, ',') && e >= 4 && c.punct(e - 1, '%') && c.t[e - 2].type == TokenType::Number && c.punct(e - 3, ',')) {
        share_end = e - 4;  // "A majority, 58%, said"
    }
    const std::size_t share = share_end == none ? none : poll_share_start(c, share_end);
    if (share != none) b = share;
    else if (group == none || (group >= 1 && c.is(group - 1, "of"))) return false;  // "Many of those polled": the subject's
    // Before it, a word of degree ("nearly", "some", "a total of") and then where a clause may start.
    std::size_t q = b;
    for (int taken = 0; taken < 3 && q > 0; ++taken) {
        ShortWord qb;
        const std::string_view lw = c.lower(q - 1, qb);
        if (lw == "nearly" || lw == "almost" || lw == "some" || lw == "about" || lw == "around" || lw == "just" ||
            lw == "only" || lw == "over" || lw == "roughly" || lw == "another" || lw == "fully")
            --q;
        else if (lw == "of" && q >= 3 && c.is(q - 2, "total") && c.is(q - 3, "a"))
            q -= 3;
        else
            break;
    }
    if (!clause_boundary_before(c, q)) return false;
    if (sp.poll_text < 0) sp.poll_text = speaks_of_poll(c.doc.text());
    if (!sp.poll_text) return false;
    FoundCitation fc;
    fc.body.citation_type = "attribution";
    fc.subject = true;
    fc.range = {c.t[q].begin, c.t[v].end};
    CitationPart& part = fc.body.parts.emplace_back();
    part.range = {c.t[b].begin, c.t[e].end};
    // The poll named last: a citation before this one whose words speak of a poll or survey.
    const std::size_t begin = c.t[q].begin;
    for (std::size_t i = scan.citations.size(), looked = 0; i > 0 && looked < 64; --i, ++looked) {
        const FoundCitation& before = scan.citations[i - 1];
        if (before.range.end > begin || !before.named || before.body.parts.empty() || !before.body.parts[0].source) continue;
        if (!speaks_of_poll(c.doc.text().substr(before.range.begin, before.range.end - before.range.begin))) continue;
        part.source = before.body.parts[0].source;
        fc.named = true;
        fc.rule = "a share of those a poll asked before a reporting verb (\"32% said\"): the poll named last";
        registry_note(c, fc.body);
        scan.citations.push_back(std::move(fc));
        return true;
    }
    // (…or the last poll named with who made it, though it reported nothing itself: "A poll by Harlow Research
    // asked 1,000 voters …. Almost half those questioned said".)
    if (same_document_kind(sp.document_kind.view(), "poll") && !sp.document_author.empty()) {
        part.source = sp.document_author;
        fc.named = true;
        fc.rule = "a share of those a poll asked before a reporting verb (\"32% said\"): the poll named last";
        registry_note(c, fc.body);
        scan.citations.push_back(std::move(fc));
        return true;
    }
    return false;  // no poll named: how many answered, not who says so
}

// A report withheld, which claims nothing, at the reporting verb `v`: "did not say", "wouldn't say", "has
// never said", "declined to say", "refused to confirm". (A view denied is still a view: "growers do not
// expect fares to fall", "many riders do not believe it" report what they think.)
bool withheld_report(const Ctx& c, std::size_t v) {
    if (v == 0 || !c.word(v - 1)) return false;
    static const WordSet telling{"say", "said", "says", "tell", "told", "comment", "commented", "confirm", "confirmed",
                                 "elaborate", "elaborated", "disclose", "disclosed", "reveal", "revealed", "specify",
                                 "specified", "explain", "explained", "announce", "announced", "report", "reported"};
    ShortWord vb;
    if (!telling.has(c.lower(v, vb))) return false;
    const std::string_view w = c.tx(v - 1);
    const auto ends_with = [w](std::string_view tail) { return w.size() > tail.size() && w.substr(w.size() - tail.size()) == tail; };
    if (c.is(v - 1, "not") || c.is(v - 1, "never") || ends_with("n't") || ends_with("n\xE2\x80\x99t")) return true;
    return c.is(v - 1, "to") && v >= 2 &&
           (c.is(v - 2, "declined") || c.is(v - 2, "declines") || c.is(v - 2, "refused") || c.is(v - 2, "refuses"));
}

// Whether the sentence of token `v` ends with a report after a comma: "…, the health institute said (on
// Wednesday).", "…, officials say." — a reporting verb within ten words after a comma, and at most four
// words after it to the sentence's end.
bool report_closes_sentence(const Ctx& c, std::size_t v) {
    const std::uint32_t end = c.doc.sentences()[c.sentence_at(c.t[v].begin)].end;
    std::size_t comma = std::string_view::npos;
    for (std::size_t q = v + 1; q < c.t.size() && c.t[q].begin < end && q - v < 80; ++q) {
        if (c.punct(q, ',')) { comma = q; continue; }
        if (comma == std::string_view::npos || q - comma > 10 || !c.word(q) || c.cap(q)) continue;
        ShortWord rb;
        if (!lexicon::is_reporting_verb(c.lower(q, rb))) continue;
        std::size_t rest = 0;
        for (std::size_t r = q + 1; r < c.t.size() && c.t[r].begin < end && rest <= 4 && r - q < 32; ++r) rest += c.word(r) ? 1 : 0;
        if (rest <= 4 && q + 32 < c.t.size() && c.t[q + 32].begin < end) rest = 5;  // (more than 31 tokens on: no closing report)
        if (rest <= 4) return true;
    }
    return false;
}

void reporting_clause(const Ctx& c, std::size_t v, CitationScan& scan, Speakers& sp) {
    if (v == 0) return;
    ShortWord vb, vb2;
    const std::string_view verb = c.lower(v, vb);
    // "Ivo Lind disagreed, saying the pier was safe": a reporting participle after a comma reports for the name
    // that opens its sentence, when nothing in the sentence has reported yet ("…, Lind said, adding that …"
    // is one report).
    if ((verb == "saying" || verb == "adding" || verb == "warning" || verb == "arguing" || verb == "insisting" ||
         verb == "claiming" || verb == "noting" || verb == "telling") &&
        c.punct(v - 1, ',') && v >= 3 && c.word(v - 2) && !c.cap(v - 2) && what_is_said_opens(c, v + 1)) {
        const std::uint32_t sentence_begin = c.doc.sentences()[static_cast<std::size_t>(c.doc.sentence_of(c.t[v].begin))].begin;
        if (!scan.citations.empty() && scan.citations.back().range.end > sentence_begin) return;
        coordinated_clause(c, v, scan, sp);
        return;
    }
    // "The Fisheries Board put out a note saying …", "answered in an email saying": what a document says,
    // for the name that opens its sentence.
    static const WordSet documents{"statement", "letter", "note", "release", "message", "email", "e-mail", "memo",
                                   "communique", "notice", "post", "tweet", "filing", "submission"};
    if (verb == "saying" && v >= 3 && c.word(v - 1) && !c.cap(v - 1) && what_is_said_opens(c, v + 1) &&
        documents.has(c.lower(v - 1, vb2))) {
        const std::uint32_t sentence_begin = c.doc.sentences()[static_cast<std::size_t>(c.doc.sentence_of(c.t[v].begin))].begin;
        if (!scan.citations.empty() && scan.citations.back().range.end > sentence_begin) return;
        coordinated_clause(c, v, scan, sp);
        return;
    }
    // The progressive reports after a form of "be" only ("is forecasting", "are warning", "has been saying");
    // elsewhere the "-ing" word is a noun or an adjective ("a warning", "the reporting season").
    if (verb.size() > 4 && verb.substr(verb.size() - 3) == "ing" &&
        !(c.is(v - 1, "is") || c.is(v - 1, "are") || c.is(v - 1, "was") || c.is(v - 1, "were") || c.is(v - 1, "been") ||
          c.is(v - 1, "be")))
        return;
    // "called for …" reports a call; "called the charges \"deeply troubling\"" what someone thinks of them, in
    // their words; "called a meeting" nothing.
    // ("called on Monday for", "called again for": a time or an adverb before "for".)
    std::size_t call_for = v + 1;
    if (verb == "called") {
        if (c.is(call_for, "on") && c.word(call_for + 1) && lexicon::is_day_word(c.lower(call_for + 1, vb2))) call_for += 2;
        else if (c.is(call_for, "last") || c.is(call_for, "this")) call_for += 2;
        else if (c.is(call_for, "again") || c.is(call_for, "yesterday") || c.is(call_for, "today") || c.is(call_for, "also") ||
                 c.is(call_for, "instead"))
            call_for += 1;
        if (!c.is(call_for, "for")) call_for = v + 1;
    }
    if (verb == "called" && !c.is(call_for, "for")) {
        bool quoted = false;
        for (std::size_t q = v + 1; q < c.t.size() && q <= v + 6 && !quoted; ++q) {
            if (c.punct(q, '.') || c.punct(q, ',') || c.punct(q, ';') || (c.t[q].flags & TokenNewlineBefore)) break;
            quoted = quote_mark(c, q) && !possessive_mark(c, q);
        }
        if (!quoted) return;
    }
    if (withheld_report(c, v)) return;
    // "employers added 175,000 jobs", "the port added a berth": what was added, not what was said ("…, she
    // added", "added that …", "…," added the minister" report).
    if ((verb == "added" || verb == "adds" || verb == "add") && !quote_mark(c, v - 1) && !c.punct(v - 1, ',') && v + 1 < c.t.size() &&
        !clause_without_that(c, v + 1)) {
        ShortWord ab;
        const std::string_view next = c.word(v + 1) ? c.lower(v + 1, ab) : std::string_view();
        // (A pronoun or "some", "this" may open the clause said: "added this may help", "added some
        // projects were late".)
        if (c.t[v + 1].type == TokenType::Number || lexicon::number_word_any_case(c.tx(v + 1)) > 0 || next == "a" ||
            next == "an" || next == "the" || next == "more" || next == "another" || next == "about" || next == "nearly" ||
            next == "almost" || next == "around" || next == "roughly" || next == "over")
            return;
    }
    // "agreed that …" reports a view shared, and '"…," agreed Ivo Lind' one said; "agreed to pay", "agreed a
    // deal", "agreed in May to cut output" report nothing.
    if ((verb == "agreed" || verb == "agrees" || verb == "agree") && !c.is(v + 1, "that") && !quote_mark(c, v - 1)) return;
    // "determined that …" is a finding; "determined the cost", "were determined to win" are not.
    if (verb == "determined" && !c.is(v + 1, "that")) return;
    // A projection is a claim of a figure: "projects growth of 3 percent", "projected that …" (not "projected
    // images onto the wall").
    if ((verb == "projects" || verb == "projected" || verb == "projecting") && !c.is(v + 1, "that") && !figure_in_object(c, v + 1))
        return;
    // "cited" reports only "as saying", after the one cited or not ("cited Ivo Lind as saying", "cited a ministry
    // official as saying"); "cited rising costs as a cause" reports nothing.
    if (verb == "cited") {
        std::size_t q = v + 1;
        while (q < c.t.size() && q < v + 8 && c.word(q) && !c.is(q, "as")) ++q;
        if (!(c.is(q, "as") && c.is(q + 1, "saying"))) return;
    }
    // "Economists polled by the Harlow Courier": the poll is named (named_poll), its answers are its own.
    if ((verb == "polled" || verb == "surveyed") && (c.is(v + 1, "by") || c.is(v + 1, "for")) &&
        (c.cap(v + 2) || (c.is(v + 2, "the") && c.cap(v + 3))))
        return;
    // "Lind believed that …", "it is thought that …", "is believed to": a belief reported; never "the
    // ferry, thought the oldest".
    if ((verb == "believed" || verb == "thought") && !c.is(v + 1, "that") && !c.is(v + 1, "to")) return;
    // "Lind thinks that the pier is too short", "Harlow Bank thinks fees will rise": a view, before a clause only
    // ("thinks about the pier", "thinks big" report nothing). (Not "think": "a think tank" is a noun.)
    if (verb == "thinks" && !c.is(v + 1, "that")) {
        // A clause: a finite auxiliary within the next five words, before any punctuation, and no
        // preposition or adverb right after the verb.
        if (!c.word(v + 1) || c.function_word(v + 1) || c.is(v + 1, "twice") || c.is(v + 1, "so")) {
            if (!(c.word(v + 1) && determiner_word(c.tx(v + 1)))) return;  // ("think the pier is …" goes on)
        }
        bool clause = false;
        for (std::size_t r = v + 2; r < c.t.size() && r <= v + 6 && c.word(r) && !clause; ++r) {
            ShortWord wb;
            const std::string_view w = c.lower(r, wb);
            clause = w == "is" || w == "are" || w == "was" || w == "were" || w == "will" || w == "would" || w == "could" ||
                     w == "should" || w == "might" || w == "may" || w == "can" || w == "has" || w == "have" || w == "had";
        }
        if (!clause) return;
    }
    // "Scientists have long suspected that …", "The Courier understands that …", "It is understood that …";
    // never "the suspected thief", "suspected of fraud", "understood the risk".
    if ((verb == "suspected" || verb == "suspect" || verb == "suspects" || verb == "understands" || verb == "understood") &&
        !c.is(v + 1, "that"))
        return;
    // Forms as often nouns or said of anything ("a Treasury note", "with caution", "the point one writer
    // acknowledges"): reporting only before what is claimed ("analysts note that …", "admit the plan was …").
    if ((verb == "note" || verb == "caution" || verb == "stress" || verb == "confirm" || verb == "admit" ||
         verb == "concede" || verb == "acknowledge" || verb == "acknowledges") &&
        !c.is(v + 1, "that") && !clause_without_that(c, v + 1) &&
        !(c.punct(v + 1, '.') && v >= 3 && (c.punct(v - 2, ',') || c.punct(v - 3, ','))))  // "…, analysts note."
        return;
    // "declared a state of emergency" is an act; "declared that …", "declared: …", "…," the minister declared."
    // and "…," Lind declared on harbour radio' report a claim.
    if ((verb == "declared" || verb == "declares" || verb == "declare") && !c.is(v + 1, "that") &&
        !clause_without_that(c, v + 1) && !(c.t[v + 1 < c.t.size() ? v + 1 : v].type == TokenType::Punct) &&
        !c.is(v + 1, "in") && !c.is(v + 1, "on") && !c.is(v + 1, "at") && !c.is(v + 1, "to") && !c.is(v + 1, "during"))
        return;
    // "The fleet recorded a 4% rise in catches", "recorded a loss": what happened to it, not a count it reports.
    if (verb == "recorded" || verb == "records" || verb == "record") {
        for (std::size_t q = v + 1; q < c.t.size() && q <= v + 6 && !c.punct(q, ',') && !c.punct(q, '.'); ++q) {
            if (!c.word(q)) continue;
            ShortWord nb;
            const std::string_view w = c.lower(q, nb);
            int dir = 0;
            if (lexicon::is_change_noun(w, &dir) || w == "loss" || w == "losses" || w == "profit" || w == "profits" ||
                w == "surplus" || w == "deficit" || w == "growth" || w == "high" || w == "low")
                return;
        }
    }
    // "put" reports an estimate only with its amount: "puts growth at 2%", "put the toll at 40", "put the
    // party on 48%"; never "it puts pressure on …".
    if (verb == "put" || verb == "puts") {
        bool at_amount = false;
        for (std::size_t q = v + 1; q < c.t.size() && q <= v + 16 && !at_amount; ++q) {
            if (c.punct(q, '.') || c.punct(q, ';')) break;
            // ("on" too: "the poll put the party on 48%".)
            at_amount = (c.is(q, "at") || (c.is(q, "on") && q + 1 < c.t.size() && c.t[q + 1].type == TokenType::Number)) &&
                        q + 1 < c.t.size() &&
                        (c.t[q + 1].type == TokenType::Number || c.t[q + 1].type == TokenType::Punct ||
                         lexicon::number_word(c.tx(q + 1)) > 0 || c.is(q + 1, "about") || c.is(q + 1, "around") ||
                         c.is(q + 1, "between") || c.is(q + 1, "more") || c.is(q + 1, "less"));
        }
        if (!at_amount && !as_put_it(c, v)) return;
    }
    // "gave" reports a poll's or an estimate's figure only: "A poll for the Harlow Daily gave the party 31%";
    // never "the council gave 40 boats to the fishermen".
    // ("had given" too, after its auxiliary only: "given the costs" is no verb.)
    if (verb == "given" && !(c.is(v - 1, "had") || c.is(v - 1, "has") || c.is(v - 1, "have"))) return;
    if (verb == "gave" || verb == "gives" || verb == "given") {
        bool document = false;
        for (std::size_t q = v; q-- > 0 && v - q <= 20 && !document;) {
            if (c.sentence_begins_at(c.t[q].begin) && q + 1 < v && !document) {
                document = poll_like(c, q) || poll_like(c, q + 1) || poll_like(c, q + 2);
                break;
            }
        }
        bool figure = false;
        for (std::size_t q = v + 1; q < c.t.size() && q <= v + 10 && !figure; ++q) {
            if (c.punct(q, '.') || c.punct(q, ';')) break;
            figure = c.t[q].type == TokenType::Number;
        }
        if (!document || !figure) return;
    }
    // "Lind wrote about ferries", "has written about": a subject written on, not a claim reported.
    if ((verb == "wrote" || verb == "written" || verb == "writes" || verb == "write" || verb == "writing") && c.is(v + 1, "about"))
        return;
    // "Please note …": a request to the reader.
    if (c.is(v - 1, "please")) return;
    // "She should have told the board", "Lind would have said no", "may have warned": what might have
    // been said, not what was.
    if (v >= 2 && c.is(v - 1, "have") && lexicon::is_modal(c.lower(v - 2, vb2))) return;
    // "Crews trust anything he says", "Lind said nothing": no claim after the verb.
    if (v + 1 < c.t.size() && c.word(v + 1) && lexicon::is_indefinite_object(c.lower(v + 1, vb2))) return;
    if (verb == "ruled" && !c.is(v + 1, "that")) return;  // "the judge ruled that …", never "ruled out"
    // "The court heard that …": what was said in evidence, reported by the court (or jury, inquiry, tribunal)
    // that heard it; anyone else only hears ("She heard that the pier had closed").
    if (verb == "heard") {
        ShortWord hb;
        const std::string_view who = v > 0 ? c.lower(v - 1, hb) : std::string_view();
        if (!c.is(v + 1, "that") || !(who == "court" || who == "jury" || who == "tribunal" || who == "inquiry" || who == "hearing"))
            return;
    }
    // "have shown that …"; but "has shown a new boat", "demonstrated its appetite for …".
    if ((verb == "shown" || verb == "demonstrated" || verb == "demonstrates" || verb == "demonstrate") && !c.is(v + 1, "that"))
        return;
    // "The Courier quoted Ivo Lind as saying": the one quoted is the source.
    if ((verb == "quoted" || verb == "cited") && v + 1 < c.t.size() && name_word(c, v + 1)) {
        std::size_t z = v + 1;
        while (z + 1 < c.t.size() && z - v < 4 && name_word(c, z + 1)) ++z;
        if (c.is(z + 1, "as") && c.is(z + 2, "saying")) {
            FoundCitation fc;
            fc.body.citation_type = "attribution";
            fc.range = {c.t[v].begin, c.t[z + 2].end};
            CitationPart& part = fc.body.parts.emplace_back();
            part.range = {c.t[v + 1].begin, c.t[z].end};
            const bool person = !organisation_name(c.span(v + 1, z));
            const Text full = person ? full_name(sp, c.span(v + 1, z)) : Text();
            part.source = full.empty() ? c.text(v + 1, z) : full;
            add_named_attribution(c, v, fc, person, "a name quoted or cited \"as saying\": the one quoted", scan, sp);
            return;
        }
    }
    // "pointed out that …"; "pointed to a 12% rise" gives the figure a source, "pointed to the door" says nothing.
    if ((verb == "points" || verb == "pointed" || verb == "point") && !c.is(v + 1, "out") &&
        !(c.is(v + 1, "to") && figure_in_object(c, v + 2)))
        return;
    // A characterisation and a charge report with their complement, in the active: "described the figures as
    // \"alarming\"", "accused the board of delay". Never "was described as", "the accused", "accused of theft"
    // (the one charged, not the one charging), "as described in the report".
    const bool describes = verb == "described" || verb == "describes", accuses = verb == "accused" || verb == "accuses";
    if (describes || accuses) {
        ShortWord bb;
        const std::string_view before = c.lower(v - 1, bb);
        if (be_form(before) || before == "as" || before == "the" || before == "being" || c.is(v + 1, accuses ? "of" : "as"))
            return;
        bool complement = false;
        for (std::size_t q = v + 1; q < c.t.size() && q <= v + 10 && !complement; ++q) {
            if (c.punct(q, '.') || c.punct(q, ';') || c.punct(q, ',') || (c.t[q].flags & TokenNewlineBefore)) break;
            complement = c.is(q, accuses ? "of" : "as");
        }
        if (!complement) return;
    }
    if (passive_agent(c, v, verb, scan)) return;
    // "asked" reports a question quoted just before it ("\"Why?\" Mr Lind asked."), never a request.
    if (verb == "asked" || verb == "asks") {
        std::size_t q = v;
        while (q > 0 && v - q < 4 && !quote_mark(c, q - 1)) --q;
        if (q < 2 || !quote_mark(c, q - 1) || !c.punct(q - 2, '?')) return;
    }
    // "the Harlow show interrupted by protesters": a participle and "by" after the word make it a noun.
    if (v + 2 < c.t.size() && c.word(v + 1) && c.is(v + 2, "by")) {
        ShortWord pb;
        const std::string_view part = c.lower(v + 1, pb);
        if (part.size() > 4 && part.substr(part.size() - 2) == "ed") return;
    }
    // "noted the importance of the pier": a verb of stance with an object reports no claim. A verb that
    // makes news known does when its object carries a figure: "announced the closure of two quays",
    // "disclosed a $5 million loss", "noted the 12 percent fall" give the figure a source.
    const lexicon::VerbKinds kinds = lexicon::verb_kinds(verb);
    if (kinds.stance && v + 1 < c.t.size() && !c.is(v + 1, "that") && !clause_without_that(c, v + 1)) {
        ShortWord ob;
        const std::string_view next = c.lower(v + 1, ob);
        // (…and a pronoun alone as the object of upkeep or watching: "faster than the crews could maintain it."; but
        // "Lind denies it." reports a denial.)
        const bool upkeep = verb.substr(0, 8) == "maintain" || verb.substr(0, 7) == "observe";
        const bool pronoun_object = upkeep && (next == "it" || next == "them" || next == "him" || next == "her" || next == "us") &&
                                    (v + 2 >= c.t.size() || c.t[v + 2].type == TokenType::Punct);
        if (pronoun_object) return;
        if ((next == "the" || next == "a" || next == "an" || next == "his" || next == "her" || next == "its" || next == "their" ||
             c.t[v + 1].type == TokenType::Number ||  // "maintains 5,200 miles of cable", "maintains about 70,000 poles"
             (v + 2 < c.t.size() && c.word(v + 1) && c.t[v + 2].type == TokenType::Number)) &&
            !(kinds.makes_known && figure_in_object(c, v + 1)) && !kinds.announces && !urges_someone_to(c, verb, v + 1))
            return;
    }
    // "counted 40 deaths", "records a 5% fall": a count reports its figure; "records these names under contacts",
    // "counted the days" report none.
    if ((verb == "counted" || verb == "counts" || verb == "recorded" || verb == "records") && !c.is(v + 1, "that") &&
        !figure_in_object(c, v + 1))
        return;
    // "highlighted bright walls", "underscored the point": these report only before what, how or that.
    if (verb.substr(0, 9) == "highlight" || verb.substr(0, 10) == "underscore" || verb.substr(0, 9) == "underline") {
        if (!(c.is(v + 1, "that") || c.is(v + 1, "how") || c.is(v + 1, "what") || c.is(v + 1, "why") ||
              clause_without_that(c, v + 1)))
            return;
    }
    // A determiner before the verb makes it a noun or an adjective: "an estimated 5,000", "the forecast".
    {
        ShortWord pb;
        const std::string_view prev = c.lower(v - 1, pb);
        if (prev == "the" || prev == "a" || prev == "an" || prev == "its" || prev == "their" || prev == "his" ||
            prev == "her" || prev == "our" || prev == "this" || prev == "to")
            return;
    }
    // A headline or section label ("Market report") reports nothing: a line that ends, within a few
    // tokens of the verb, without a sentence's end.
    {
        std::size_t last = v;
        while (last + 1 < c.t.size() && last - v < 12 && !(c.t[last + 1].flags & TokenNewlineBefore)) ++last;
        const bool ends_line = last + 1 >= c.t.size() || (c.t[last + 1].flags & TokenNewlineBefore);
        if (ends_line) {
            const std::string_view lt = c.tx(last);
            // (A closing quotation mark ends a sentence after its stop, '… he said.\"'; a headline's quotation
            // has none: "Harlow admits fees are its 'biggest worry'".)
            const bool terminal = c.t[last].type == TokenType::Punct &&
                                  (lt == "." || lt == "!" || lt == "?" || lt == ":" || lt == ")" ||
                                   (quote_mark(c, last) && last > v && c.t[last - 1].type == TokenType::Punct));
            // A line of ten words or more after the text's first line is a sentence that lost its full stop
            // ("The mayor said she would keep fighting for a new pier"), not a headline.
            std::size_t first = v, words = 0;
            while (first > 0 && v - first < 40 && !(c.t[first].flags & TokenNewlineBefore)) --first;
            for (std::size_t q = first; q <= last; ++q) words += c.word(q);
            const bool sentence = first > 0 && (c.t[first].flags & TokenNewlineBefore) && words >= 10;
            if (!terminal && !sentence) return;
        }
    }
    // "…," said Maria Lopez / "…" said the bank.
    // ("told" takes its listener after it: "…, told Reuters" is no inverted source.)
    // (What data shows never comes after it: "The work, published in 2019, showed similar results".)
    const bool after_quote = c.punct(v - 1, ',') || quote_mark(c, v - 1);
    const bool shows = verb == "showed" || verb == "shows" || verb == "show" || verb == "shown" || verb == "found" ||
                       verb == "finds" || verb == "suggest" || verb == "suggests" || verb == "indicated" ||
                       verb == "indicates" || verb == "demonstrated" || verb == "demonstrates" || verb == "revealed" ||
                       verb == "counted" || verb == "recorded" || verb == "gave" || verb == "gives" || verb == "given";
    // (Nor does a characterisation or a charge: "…, described the plan as", "…, accused the board of".)
    if (after_quote && verb != "told" && verb != "tells" && !shows && !describes && !accuses && !closes_subject_appositive(c, v) &&
        inverted_source(c, v, scan, sp))
        return;

    if (data_by_name_that(c, v, scan, sp)) return;
    if (named_in_apposition(c, v, scan, sp)) return;
    if (anonymous_subject(c, v, scan)) return;

    // The subject before the verb, over auxiliaries and adverbs ("has also said", "on Monday"); a form of
    // "be" makes the verb passive, unless it is the progressive ("is forecasting").
    const bool progressive = verb.size() > 4 && verb.substr(verb.size() - 3) == "ing";
    std::size_t k = v - 1;
    int skipped = 0;
    bool passive = false;
    while (k > 0 && skipped < 6) {
        ShortWord buf;
        const std::string_view lw = c.lower(k, buf);
        if (lw.empty()) {
            // ", however," between subject and verb; and an age after a name ("Ana Ruiz, 45, said").
            if (c.punct(k, ',') && k >= 2 && c.punct(k - 2, ',') && (c.is(k - 1, "however") || c.is(k - 1, "though") || c.is(k - 1, "too"))) {
                k -= 3; skipped += 3; continue;
            }
            // ", for its part," between subject and verb.
            if (c.punct(k, ',') && k >= 4 && c.punct(k - 4, ',') && c.is(k - 3, "for") && c.is(k - 1, "part") &&
                possessive_determiner(c.lower(k - 2, buf))) {
                k -= 5; skipped += 5; continue;
            }
            if (c.punct(k, ',') && k >= 3 && c.punct(k - 2, ',') && c.t[k - 1].type == TokenType::Number && c.len(k - 1) <= 3 &&
                name_word(c, k - 3)) {
                k -= 3; skipped += 3; continue;
            }
            break;
        }
        if (be_form(lw)) { passive = !progressive; --k; ++skipped; continue; }
        if (lw == "course" && c.is(k - 1, "of")) { k -= 2; skipped += 2; continue; }  // "Ferry staff of course are warning"
        if (lexicon::is_day_word(lw)) { --k; ++skipped; if (c.is(k, "on")) { --k; ++skipped; } continue; }
        // (An adverb in capitals only where a sentence starts: "Simply put", but "Harlow Weekly concluded"; and
        // not a name the text never writes in lower case, alone before the verb: "Tarrowly said".)
        const bool lone_name = k + 1 == v && c.cap(k) && verb != "put" && !c.written_lower_case(c.tx(k));
        if ((between_subject_and_verb(lw) && !name_in_word_form(c.t, c.doc.text(), k)) || (lexicon::is_manner_adverb(lw) && (!c.cap(k) || (c.sentence_begins_at(c.t[k].begin) && !lone_name)))) {
            --k; ++skipped; continue;
        }
        break;
    }
    if (passive && impersonal_passive(c, k, v, verb, scan)) return;
    if (passive && verb != "quoted" && verb != "cited") return;
    if (poll_answer(c, k, v, scan, sp)) return;  // "32% said", "those asked told"
    std::string affiliation_source;
    // "Harlow Weekly, which, last week, concluded": a short aside after a relative pronoun.
    if (c.punct(k, ',') && k >= 3) {
        for (std::size_t q = k - 1; q + 7 > k && q > 1; --q) {
            if (!c.punct(q, ',')) continue;
            if (c.is(q - 1, "which") || c.is(q - 1, "who")) k = q - 1;
            break;
        }
    }
    // "The report, titled \"Harbours of Influence\", found": a document's title between commas.
    if (c.punct(k, ',') && k >= 4) {
        for (std::size_t q = k - 1; q + 16 > k && q > 1; --q) {
            if (c.punct(q, '.') || c.punct(q, ';')) break;
            if (!c.punct(q, ',')) continue;
            if ((c.is(q + 1, "titled") || c.is(q + 1, "entitled")) && c.word(q - 1)) k = q - 1;
            break;
        }
    }
    // "Ivo Lind (who wrote the review) noted": an aside in parentheses between a name and its verb.
    if (c.punct(k, ')') && k >= 4) {
        for (std::size_t q = k - 1; q + 16 > k && q > 1; --q) {
            if (c.punct(q, ')')) break;
            if (!c.punct(q, '(')) continue;
            // ("Karl Ode (R-Ostland) said": a legislator's party and state.)
            const std::string_view tag = q + 2 == k && c.word(q + 1) ? c.tx(q + 1) : std::string_view();
            const bool party_state = tag.size() >= 4 && (tag[0] == 'R' || tag[0] == 'D' || tag[0] == 'I') && tag[1] == '-' &&
                                     tag[2] >= 'A' && tag[2] <= 'Z';
            // ("Tarrowsoft Inc. (TSFT.O) reported": a stock's ticker, capitals and digits with "." or ":".)
            const std::string_view inside = c.doc.text().substr(c.t[q].end, c.t[k].begin - c.t[q].end);
            bool ticker = inside.size() >= 3 && inside.size() <= 16 && inside.find_first_of(".:") != std::string_view::npos;
            for (const char ch : inside) ticker &= (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == ':';
            // (Not "the World Health Organization (WHO) said": a body's initials that read as "who".)
            const bool relative = (c.is(q + 1, "who") || c.is(q + 1, "which") || c.is(q + 1, "whose")) && q + 2 < k &&
                                  !(c.t[q + 1].flags & TokenAllCaps);
            const bool aside = relative || party_state || ticker ||
                               ((c.is(q + 1, "a") || c.is(q + 1, "an")) && c.word(q + 2) && !c.cap(q + 2));
            if (aside && name_word(c, q - 1)) k = q - 1;
            // (…after a name's abbreviation: "Tarrowsoft Inc. (TSFT.O)".)
            else if (aside && q >= 2 && c.punct(q - 1, '.') && c.t[q - 1].begin == c.t[q - 2].end && name_word(c, q - 2)) k = q - 2;
            break;
        }
    }
    std::size_t e = k;  // the subject's last token
    std::size_t app_open = std::string_view::npos;
    if (c.punct(k, ',')) {
        app_open = appositive_open(c, k);
        // "Meanwhile, Harlow Motors which posted a loss, said": a relative clause with no comma before it is
        // nearer than the comma an appositive would open at.
        const std::size_t relative = relative_clause_open(c, k);
        if (relative != std::string_view::npos && (app_open == std::string_view::npos || relative > app_open)) app_open = relative;
        if (app_open == std::string_view::npos || app_open == 0) return;
        e = app_open - 1;
        // "Ivo Lind, 54, a ferry captain, said": an age between commas before the appositive.
        if (e >= 2 && c.t[e].type == TokenType::Number && c.len(e) <= 3 && c.punct(e - 1, ',') && name_word(c, e - 2)) e -= 2;
    }
    if (!c.word(e) && !c.punct(e, ')')) return;
    if ((c.is(e, "and") || c.is(e, "but")) && e == v - 1) {
        coordinated_clause(c, v, scan, sp);
        return;
    }
    ShortWord eb;
    const std::string_view elw = c.lower(e, eb);
    FoundCitation fc;
    fc.body.citation_type = "attribution";
    fc.subject = true;
    // "Harlow Weekly, which, last week, concluded": the name the relative pronoun stands for.
    if ((elw == "which" || elw == "who") && e >= 2 && c.punct(e - 1, ',')) {
        std::size_t nb = 0, ne = 0;
        if (last_name_in(c, e >= 8 ? e - 8 : 0, e - 2, &nb, &ne) && ne == e - 2) {
            fc.range = {c.t[nb].begin, c.t[v].end};
            CitationPart& part = fc.body.parts.emplace_back();
            part.range = {c.t[nb].begin, c.t[ne].end};
            const bool person = elw == "who" && !organisation_name(c.span(nb, ne));
            const Text full = person ? full_name(sp, c.span(nb, ne)) : Text();
            part.source = full.empty() ? c.text(nb, ne) : full;
            add_named_attribution(c, v, fc, person, "a name, then \"which\" or \"who\" as the subject of a reporting verb", scan, sp);
        }
        return;
    }
    // "Many of them said", "some of us told": a share of people the text does not name here (vague).
    if ((elw == "them" || elw == "us" || elw == "those") && e >= 2 && c.is(e - 1, "of") && c.word(e - 2)) {
        ShortWord qb;
        const std::string_view share = c.lower(e - 2, qb);
        if ((share == "many" || share == "some" || share == "most" || share == "several" || share == "all" ||
             share == "few" || lexicon::number_word(share) > 0) &&
            (clause_boundary_before(c, e - 2) || opening_phrase_before(c, e - 2))) {
            fc = subject_attribution(c, {c.t[e - 2].begin, c.t[v].end}, e - 2, e);
            fc.vague = true;
            add_text_check(fc.body, "vague_source", vague_subject_message(c, c.span(e - 2, e)));
            fc.rule = "a share of people by a pronoun before a reporting verb (\"many of them said\"): unnamed";
            registry_note(c, fc.body);
            scan.citations.push_back(std::move(fc));
        }
        return;
    }
    // Pronouns: the last named speaker.
    if (elw == "he" || elw == "she" || elw == "it" || elw == "they") {
        // "a target he says he has met": a clause with its "that" left out, after a noun.
        const bool after_noun = elw != "it" && e > 0 && c.word(e - 1) && !c.cap(e - 1) && !c.function_word(e - 1);
        if (!clause_boundary_before(c, e) && !after_noun && !opening_phrase_before(c, e)) return;
        // "trust anything he says", "what she says matters": the things said, not a claim reported. But "opened
        // what it says will be the largest port": "what" inside the sentence, and what is said goes on with its
        // own finite verb — a claim of the speaker's.
        ShortWord ob;
        if (e > 0 && c.word(e - 1) && lexicon::is_indefinite_object(c.lower(e - 1, ob)) &&
            !(c.is(e - 1, "what") && !c.sentence_begins_at(c.t[e - 1].begin) && !(c.t[e - 1].flags & TokenNewlineBefore) &&
              finite_verb_after(c, v + 1)))
            return;
        if ((elw == "he" || elw == "she") && !sp.unnamed_person.empty()) {
            // The last to speak was someone the text does not name ("said an economist. He said …").
            fc.vague = true;
            fc.range = {c.t[e].begin, c.t[v].end};
            fc.body.parts.emplace_back().range = {c.t[e].begin, c.t[e].end};
            add_check(c, fc.body, "vague_source", "The claim is attributed to unnamed \xE2\x80\x9C" +
                                                      std::string(sp.unnamed_person.view()) +
                                                      "\xE2\x80\x9D, not to a source a reader can check.");
            fc.rule = "\"he\" or \"she\" before a reporting verb, after an unnamed person spoke";
            scan.citations.push_back(std::move(fc));
            return;
        }
        Text who;
        if ((elw == "he" || elw == "she") && !sp.subject_in_passing.empty() &&
            c.sentence_at(c.t[e].begin) <= sp.subject_sentence + 1) {
            const char known = pronoun_of(sp, sp.subject_in_passing.view());
            if (known == 0 || known == (elw == "he" ? 'h' : 's')) {
                who = sp.subject_in_passing;
                remember_speaker(sp, who, true);
            }
        }
        if (who.empty()) who = (elw == "he" || elw == "she") ? pronoun_person(sp, elw == "he" ? 'h' : 's') : sp.last_body;
        if (who.empty() && (elw == "he" || elw == "she")) {
            who = person_titled_before(c, e);
            if (who.empty()) who = person_named_just_before(c, e, elw == "he" ? 'h' : 's', sp);
            remember_speaker(sp, who, true);
        }
        if (elw == "they" && !sp.last_group.empty()) {
            if (sp.group_vague) {
                fc.vague = true;
                fc.range = {c.t[e].begin, c.t[v].end};
                fc.body.parts.emplace_back().range = {c.t[e].begin, c.t[e].end};
                add_check(c, fc.body, "vague_source", "The claim is attributed to unnamed \xE2\x80\x9C" + std::string(sp.last_group.view()) +
                                                          "\xE2\x80\x9D, not to a source a reader can check.");
                fc.rule = "\"they\" before a reporting verb, after an unnamed group";
                scan.citations.push_back(std::move(fc));
                return;
            }
            who = sp.last_group;
        }
        if (who.empty()) return;
        if (elw != "it" && elw != "they" && who == sp.last_lone_name) sp.last_lone_name = Text();  // a person, then
        fc.range = {c.t[e].begin, c.t[v].end};
        CitationPart& part = fc.body.parts.emplace_back();
        part.range = {c.t[e].begin, c.t[e].end};
        part.source = who;
        fc.named = true;
        fc.body.outlet = outlet_after(c, v);
        fc.rule = "pronoun before a reporting verb: the last named speaker";
        registry_note(c, fc.body);
        scan.citations.push_back(std::move(fc));
        return;
    }
    // "But most said that …", "Another added, \"…\"": a quantifier alone stands for unnamed people.
    // (Right before the verb: "One could argue" is anyone.)
    if ((elw == "most" || elw == "some" || elw == "many" || elw == "several" || elw == "another" || elw == "one") &&
        e + 1 == v && clause_boundary_before(c, e) && !kinds.data && !kinds.stance) {
        fc.vague = true;
        fc.range = {c.t[e].begin, c.t[v].end};
        fc.body.parts.emplace_back().range = {c.t[e].begin, c.t[e].end};
        add_text_check(fc.body, "vague_source", vague_subject_message(c, c.span(e, e)));
        fc.rule = "a quantifier alone before a reporting verb (\"most said\", \"another added\"): unnamed";
        scan.citations.push_back(std::move(fc));
        return;
    }
    std::size_t b = subject_start(c, e);
    if (b == std::string_view::npos) return;
    // "Ana Ruiz, chairman of Harlow Bank NV said": a name, a comma, then the title, with no closing comma.
    if (b >= 2 && c.punct(b - 1, ',') && name_word(c, b - 2) && !c.cap(b)) {
        char tb[32];
        const std::size_t title = c.is(b, "the") || c.is(b, "a") || c.is(b, "an") ? b + 1 : b;
        const std::string_view tw = title <= e && c.word(title) ? lexicon::lower(c.tx(title), tb) : std::string_view();
        if (!tw.empty() && post_title(tw)) {
            std::size_t pb = b - 2;
            while (pb > 0 && name_word(c, pb - 1) && b - 2 - pb < 3) --pb;
            // A person's name of two words or more: "However, the ferry company said" has none.
            if (pb < b - 2 && clause_boundary_before(c, pb) && !organisation_name(c.span(pb, b - 2))) {
                const std::size_t oe = c.punct(e, ')') && e >= b + 3 && c.punct(e - 2, '(') ? e - 3 : e;  // "… NV (HBN)"
                const Text org = affiliation_in(c, b, oe);
                fc.range = {c.t[pb].begin, c.t[v].end};
                CitationPart& part = fc.body.parts.emplace_back();
                part.range = {c.t[pb].begin, c.t[e].end};
                part.source = org.empty() ? c.text(pb, b - 2) : keep_joined(c, {c.span(pb, b - 2), " (", org.view(), ")"});
                add_named_attribution(c, v, fc, true, "a name, then its title and employer, before a reporting verb", scan, sp);
                return;
            }
        }
    }
    // "Ruiz and her colleagues found", "Ivo Lind and his team reported": the person named leads them.
    if (e == b + 1 && b >= 2 && c.is(b - 1, "and") && name_word(c, b - 2) &&
        (c.is(b, "his") || c.is(b, "her") || c.is(b, "their"))) {
        ShortWord gb;
        const std::string_view group = c.lower(e, gb);
        if (group == "colleagues" || group == "team" || group == "co-authors" || group == "coauthors" || group == "students") {
            std::size_t nb = b - 2;
            while (nb > 0 && b - 2 - nb < 3 && name_word(c, nb - 1)) --nb;
            if (clause_boundary_before(c, nb) && !organisation_name(c.span(nb, b - 2))) {
                fc.range = {c.t[nb].begin, c.t[v].end};
                CitationPart& part = fc.body.parts.emplace_back();
                part.range = {c.t[nb].begin, c.t[e].end};
                const Text full = full_name(sp, c.span(nb, b - 2));
                part.source = full.empty() ? c.text(nb, b - 2) : full;
                add_named_attribution(c, v, fc, true, "a person and their colleagues before a reporting verb", scan, sp);
                return;
            }
        }
    }
    if (!clause_boundary_before(c, b)) {
        b = name_after_opening_phrase(c, b, e);
        if (b == std::string_view::npos) return;
    }
    std::size_t s = b;  // the phrase without its determiner
    ShortWord db;
    const std::string_view det = c.lower(b, db);
    const bool has_det = determiner_word(det);
    if (has_det) ++s;
    if (s > e) return;
    {
        char qb[32];
        if (c.word(e) && quantity_word(lexicon::lower(c.tx(e), qb))) return;
        if (s + 2 == e && c.is(s + 1, "in") && quantity_word(lexicon::lower(c.tx(s), qb))) return;  // "One in four said"
    }
    // "Europe recorded 58,114 cases": a continent or world region is where it happened, not who says so.
    if (lexicon::is_world_region(c.span(s, e))) return;
    // "Ostland recorded 4,312 cases this year, the health institute said": a place that recorded something,
    // in a sentence that ends by saying who reports it, is no source of its own.
    if (s == e && c.cap(s) && (verb == "recorded" || verb == "registered" || verb == "counted" || verb == "saw") &&
        !organisation_name(c.span(s, e)) && report_closes_sentence(c, v))
        return;
    std::size_t nb = 0, ne = 0;
    const bool has_name = last_name_in(c, s, e, &nb, &ne);
    char hb[32];
    std::string_view head = c.word(e) ? lexicon::lower(c.tx(e), hb) : std::string_view();
    // "traders in several centres", "an analyst from a grain house": the noun before the description's
    // preposition is who reports, when no name closes the phrase.
    std::size_t head_at = e;  // the token of `head`
    const auto head_is = [&](std::size_t q) {  // the head is the word at token q
        head = lexicon::lower(c.tx(q), hb);
        head_at = q;
    };
    if (!(has_name && ne == e) && !lexicon::is_data_noun(head)) {
        for (std::size_t q = s + 1; q < e; ++q) {
            char pb[32];
            if (!c.word(q)) continue;
            const std::string_view prep = lexicon::lower(c.tx(q), pb);
            // ("A Harlow Ports Office review on the busiest quays says": what a document is about; after "of" only
            // for a named body's document, "… review of the busiest quays says".)
            const bool about = prep == "on" || prep == "into" || prep == "about" || (prep == "of" && has_name && ne + 2 == q);
            if (!joining_preposition(prep) && !about) continue;
            if (c.word(q - 1) && (!c.cap(q - 1) || c.sentence_begins_at(c.t[q - 1].begin))) {
                char nb3[32];
                const std::string_view noun = lexicon::lower(c.tx(q - 1), nb3);
                if (about ? lexicon::is_data_noun(noun) || (prep == "of" && lexicon::is_source_noun(noun))
                          : lexicon::is_source_noun(noun))
                    head_is(q - 1);
            }
            break;
        }
    }
    // "An analysis of port statistics shows", "A review of the port figures shows": a verb in "-s" agrees with the
    // singular document before "of", which is the head, not the plural after it.
    if (!head.empty() && lexicon::plural_like(head) && lexicon::is_data_noun(head) && lexicon::plural_like(verb) && !(has_name && ne == e)) {
        for (std::size_t q = s + 1; q < e; ++q) {
            if (!c.is(q, "of")) continue;
            ShortWord ob;
            const std::string_view noun = c.word(q - 1) && !c.cap(q - 1) ? c.lower(q - 1, ob) : std::string_view();
            if (!noun.empty() && !lexicon::plural_like(noun) && lexicon::is_data_noun(noun)) head_is(q - 1);
            break;
        }
    }
    // "Data compiled by the Northgate University research group shows": the data, before a participle of
    // publishing, is the head, not the body at the end of the phrase.
    // ("Data from the customs office shows": so is data before who it is from.)
    if (s + 2 < e && !c.cap(s + 1) && (authorship_participle(c, s + 1) || c.is(s + 1, "from"))) {
        ShortWord db2;
        const std::string_view data = c.word(s) ? c.lower(s, db2) : std::string_view();
        if (!data.empty() && lexicon::is_data_noun(data)) head_is(s);
    }
    const bool data_verb = kinds.data;
    // "estimates", "reports", "notes", "claims": as often plural nouns ("industry reports"); a verb only after a name.
    // …but a verb in a trailing attribution, after a comma and before the sentence's end: "…, a study claims.".
    const bool trailing = has_det && b > 0 && c.punct(b - 1, ',') &&
                          (v + 1 >= c.t.size() || c.punct(v + 1, '.') || c.punct(v + 1, ';'));
    // …and a verb after a data noun: "a study shows", "the report notes", "new research suggests".
    // …and after one who reports, named with "the", before what is reported ("the company claims its …").
    const bool clause_after = c.is(v + 1, "that") || c.is(v + 1, "its") || c.is(v + 1, "their") || c.is(v + 1, "the") ||
                              (c.t.size() > v + 1 && c.t[v + 1].type == TokenType::Number);
    const bool data_subject = !head.empty() && !lexicon::plural_like(head) &&
                              ((lexicon::is_data_noun(head) && !c.punct(v + 1, '.') && !c.punct(v + 1, ',')) ||
                               (has_det && det == "the" && lexicon::is_source_noun(head) && clause_after));
    const bool noun_like = kinds.noun_like && !trailing && !data_subject;

    const bool ends_in_name = has_name && (ne == e || (c.punct(e, ')') && ne + 1 == e));
    // "states" is as often the plural of a country: a verb only after data or a body ("the Harlow Fund states").
    // (…or before what is quoted: "Ana Ruiz states: …", "…, Lind states, \"…\"".)
    const bool quote_follows = (c.punct(v + 1, ':') || c.punct(v + 1, ',')) && quote_mark(c, v + 2);
    if (verb == "states" && !data_subject && !quote_follows && !(ends_in_name && organisation_name(c.span(nb, ne)))) return;
    if (noun_like && !ends_in_name) return;
    // …and the object of a verb in "-ing" or of a comparison, with no figure of its own after it: "beating Wall
    // Street estimates.", "in line with Tarrow Ports projections for the year" (not "citing Harlow Bank
    // estimates", nor "above Harlow Bank forecasts of 30%", which gives the forecast).
    const bool object_ends = v + 1 >= c.t.size() || c.punct(v + 1, '.') || c.punct(v + 1, ',') || c.punct(v + 1, ';') ||
                             c.is(v + 1, "and") || c.is(v + 1, "for") || c.is(v + 1, "by");
    if (noun_like && object_ends && nb > 0 && c.word(nb - 1) && !c.cap(nb - 1)) {
        ShortWord ob;
        const std::string_view before = c.lower(nb - 1, ob);
        const bool ing = before.size() > 5 && before.substr(before.size() - 3) == "ing" && before != "citing" &&
                         before != "quoting" && before != "according";
        if (ing || before == "above" || before == "below" || before == "than" || before == "with" || before == "beat" ||
            before == "beats" || before == "missed" || before == "topped" || before == "exceeded")
            return;
    }
    // …and a plural noun before a finite verb: "the Harlow Council reports were late", "Harlow projects include",
    // "a review of the 12 biggest projects says".
    ShortWord nb2;
    if (kinds.noun_like && (finite_verb_after(c, v + 1) || (c.word(v + 1) && lexicon::is_reporting_verb(c.lower(v + 1, nb2)))))
        return;
    // "Early estimates …": a lone capitalised word at a sentence's start before such a verb is no name.
    // (A word the text also capitalises mid-sentence is a name: "Uber claims that …".)
    if (noun_like && nb == ne && c.sentence_begins_at(c.t[nb].begin) && !(c.t[nb].flags & TokenAllCaps) &&
        !c.capitalised_mid_sentence(c.tx(nb)))
        return;
    // A possessive is no subject: "ZCCM's projected output".
    if (lexicon::is_possessive(c.tx(e))) return;
    CitationPart part;
    part.range = {c.t[b].begin, c.t[e].end};
    fc.range = {c.t[b].begin, c.t[v].end};
    if ((c.is(v, "quoted") || c.is(v, "cited")) && c.is(v + 1, "as") && c.word(v + 2)) fc.range.end = c.t[v + 2].end;
    if ((c.is(v, "called") && c.is(v + 1, "for")) || ((verb == "points" || verb == "pointed" || verb == "point") && c.is(v + 1, "out")))
        fc.range.end = c.t[v + 1].end;
    bool person = false;
    // "The Higher Education Minister, Kim Howells, said": a title, then the speaker's name in the appositive.
    std::size_t anb = 0, ane = 0;
    // One word will do after a person's role or kin: "her mother, Fiona, said", "the spokesman, Ivo, said".
    // ("A spokesman for Tarrow Airlines, Ivo Brand, said": a person's role before the body they speak for.)
    std::size_t role_at = e;
    for (std::size_t q = s + 1; q < e; ++q) {
        ShortWord jb;
        if (c.word(q) && joining_preposition(c.lower(q, jb))) { role_at = q - 1; break; }
    }
    ShortWord rb2;
    const std::string_view role_word = role_at < e && c.word(role_at) && !c.cap(role_at) ? c.lower(role_at, rb2) : std::string_view();
    const bool role_before_body = !role_word.empty() && (person_role(role_word) || post_title(role_word));
    bool appositive_name = app_open != std::string_view::npos && last_name_in(c, app_open + 1, k - 1, &anb, &ane) &&
                           anb == app_open + 1 && ane == k - 1 && (ane > anb || person_role(head)) &&
                           !organisation_name(c.span(anb, ane)) &&
                           (lexicon::is_source_noun(head) || person_noun(head) || !has_name || role_before_body);
    // "Veteran trader, and head of the grain desk at Harlow Bank Ana Ruiz, said": a role, then "and" another
    // role that ends with the speaker's name.
    // (Any description in lower case: "Noted Harlow-watcher, and …".)
    const std::size_t hyphen = c.word(e) ? c.tx(e).rfind('-') : std::string_view::npos;
    const bool lower_head = c.word(e) && (!c.cap(e) || (hyphen != std::string_view::npos && hyphen + 1 < c.len(e) &&
                                                        c.tx(e)[hyphen + 1] >= 'a' && c.tx(e)[hyphen + 1] <= 'z'));
    if (!appositive_name && app_open != std::string_view::npos && c.is(app_open + 1, "and") && lower_head &&
        !lexicon::is_data_noun(head) &&
        last_name_in(c, app_open + 2, k - 1, &anb, &ane) && ane == k - 1 && ane > anb && anb > app_open + 2 &&
        !c.cap(anb - 1) && !organisation_name(c.span(anb, ane)))
        appositive_name = true;
    // "the regulator, the Tarrow Ports Authority, warned": a body by its kind, then its name between commas.
    std::size_t bnb = 0, bne = 0;
    // ("the UN refugee agency, UNHCR, said": initials that say whose body it is, then its kind in lower case,
    // are no name of its own.)
    bool owner_initials = has_name && nb == ne && ne < e && (c.t[nb].flags & TokenAllCaps);
    for (std::size_t q = ne + 1; q <= e && owner_initials; ++q) owner_initials = c.word(q) && !c.cap(q);
    const bool appositive_body = !appositive_name && app_open != std::string_view::npos && (!has_name || owner_initials) &&
                                 (lexicon::is_source_noun(head) || body_kind(head)) &&  // ("the industry body, …")
                                 last_name_in(c, app_open + 1, k - 1, &bnb, &bne) &&
                                 bne == k - 1 && (bnb == app_open + 1 || (bnb == app_open + 2 && c.is(app_open + 1, "the"))) &&
                                 // ("the operators' association, BusOst, says": after a body's kind, any name is its.)
                                 (organisation_name(c.span(bnb, bne)) || (body_kind(head) && !person_noun(head)));
    // "The study's lead author, Ana Ruiz of Harlow University, said": a name, then where the person works.
    Text appositive_employer;
    if (!appositive_name && app_open != std::string_view::npos && app_open + 3 < k && name_word(c, app_open + 1) &&
        name_word(c, app_open + 2) && person_role(head)) {
        std::size_t z = app_open + 2;
        while (z + 1 < k && z - app_open < 4 && name_word(c, z + 1)) ++z;
        if ((c.is(z + 1, "of") || c.is(z + 1, "at") || c.is(z + 1, "from")) && !organisation_name(c.span(app_open + 1, z))) {
            appositive_employer = affiliation_in(c, z + 1, k - 1);
            if (!appositive_employer.empty()) { anb = app_open + 1; ane = z; appositive_name = true; }
        }
    }
    // "Meanwhile, Ford …": a sentence adverb before a comma is no subject.
    if (s == e && c.punct(e + 1, ',') && (head == "meanwhile" || head == "however" || head == "separately" ||
                                          head == "moreover" || head == "elsewhere" || head == "instead" ||
                                          head == "overall" || head == "still" || head == "yesterday" || head == "today" ||
                                          (head.size() > 4 && head.substr(head.size() - 2) == "ly")))
        return;
    // "The team, led by Ana Ruiz of Harlow University, found": who led them; "The study, published in the
    // journal Harlow Medicine, found": where it was published.
    // "The survey, conducted by Tarrow Research, found", "The report, carried out by …": who made the document.
    std::size_t agent_b = 0, agent_e = 0;
    Text maker_named_before;  // "the authority" between commas, for the body of that kind named before
    bool led = app_open != std::string_view::npos && c.is(app_open + 1, "led") && c.is(app_open + 2, "by");
    // ("The study, issued on Friday by the Harlow Institute,": a phrase of time before "by".)
    const std::size_t by_at = app_open == std::string_view::npos ? 0 : after_time_phrase(c, app_open + 2);
    const std::size_t by = app_open == std::string_view::npos ? 0
                           : c.is(by_at, "by")                  ? by_at
                           : c.is(app_open + 2, "out") && c.is(app_open + 3, "by") ? app_open + 3
                                                                                   : 0;
    bool made_by = by && lexicon::is_data_noun(head) && authorship_participle(c, app_open + 1);
    const bool published = app_open != std::string_view::npos && c.is(app_open + 1, "published") && c.is(app_open + 2, "in") &&
                           lexicon::is_data_noun(head);
    if (led || published || made_by) {
        agent_b = made_by ? by + 1 : app_open + 3;
        if (c.is(agent_b, "the")) ++agent_b;
        if (published && (c.is(agent_b, "journal") || c.is(agent_b, "magazine"))) ++agent_b;
        // ("published by the newspaper Harlow Daily": what the name is, in lower case before it.)
        else if (made_by && c.cap(agent_b + 1) && c.word(agent_b + 1) && name_descriptor(c, agent_b)) ++agent_b;
        // "led by researchers at the Harlow Institute": the body they work at.
        bool body = false;
        if (ShortWord gb; c.word(agent_b) && !c.cap(agent_b) && lexicon::is_source_noun(c.lower(agent_b, gb)) &&
                          (c.is(agent_b + 1, "at") || c.is(agent_b + 1, "from") || c.is(agent_b + 1, "of"))) {
            agent_b += c.is(agent_b + 2, "the") ? 3 : 2;
            body = true;
        }
        agent_e = agent_b;
        // (…over its connectors: "the Harlow Office for Port Statistics".)
        while (agent_e + 1 < k) {
            if (c.cap(agent_e + 1) && c.word(agent_e + 1)) { ++agent_e; continue; }
            // (Not a person's employer after "of" when a group was led: "led by Ana Ruiz of Harlow University".)
            ShortWord wb;
            if (!led && agent_e + 2 < k && (c.is(agent_e + 1, "for") || c.is(agent_e + 1, "of") || c.is(agent_e + 1, "and")) &&
                c.cap(agent_e + 2) && c.word(agent_e + 2) && !lexicon::is_day_word(c.lower(agent_e + 2, wb)) &&
                !lexicon::month_like(c.lower(agent_e + 2, wb))) {
                agent_e += 2;
                continue;
            }
            break;
        }
        // (…by its own initials when it gives them: "(HONS)".)
        const bool initials = agent_e + 3 < k && c.punct(agent_e + 1, '(') && c.punct(agent_e + 3, ')') && c.word(agent_e + 2) &&
                              looks_like_acronym(c.tx(agent_e + 2));
        // ("The figures, provided by the authority,": the body of that kind named before.)
        if (made_by && !body && c.word(agent_b) && !c.cap(agent_b) && agent_b + 1 == k && c.is(agent_b - 1, "the"))
            maker_named_before = body_named_before(c, agent_b, agent_b, sp);
        if (!c.cap(agent_b) || !c.word(agent_b) || (led && !body && agent_e == agent_b)) agent_b = agent_e = 0;
        else if (initials && !led) agent_b = agent_e = agent_e + 2;
        if (body) { led = false; made_by = true; }
    }
    if (agent_b || !maker_named_before.empty()) {
        const Text org = led ? affiliation_in(c, agent_e + 1, k - 1) : Text();
        part.source = !maker_named_before.empty() ? maker_named_before
                      : org.empty()               ? c.text(agent_b, agent_e)
                                                  : keep_joined(c, {c.span(agent_b, agent_e), " (", org.view(), ")"});
        fc.named = true;
        person = led && !organisation_name(c.span(agent_b, agent_e));
        fc.rule = led       ? Text("a group before a reporting verb, with who led it between commas")
                  : made_by ? Text("a document before a reporting verb, with who made it between commas")
                            : Text("a document before a reporting verb, with where it was published between commas");
    } else if (appositive_name) {
        // "The IMF's chief economist, Ana Ruiz, said": the body owning the post, when it reads as a body's name.
        // ("Harlow Bank's regional officer, Ivo Lind,": a name of several words before the possessive.)
        std::size_t own = s;
        while (own < e && own - s < 4 && c.cap(own) && c.word(own) && !lexicon::is_possessive(c.tx(own))) ++own;
        if (appositive_employer.empty() && c.cap(s) && own < e && lexicon::is_possessive(c.tx(own))) {
            const std::string_view owner = lexicon::without_possessive(c.span(s, own));
            const bool capitals = owner.size() >= 2 && std::all_of(owner.begin(), owner.end(), [](char ch) {
                                      return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
                                  });
            if (organisation_name(owner) || capitals)
                appositive_employer = c.keep(owner);
        }
        // ("Harlow Terminals' chief executive, Ana Ruiz,": a plural's mark on its own after a name of two
        // words or more.)
        if (appositive_employer.empty() && c.cap(s) && own > s + 1 && own < e && possessive_mark(c, own) && c.tx(own - 1).back() == 's' &&
            !(c.t[own].flags & TokenSpaceBefore))
            appositive_employer = c.text(s, own - 1);
        // ("Its general secretary, Mira Santos, told": the body "it" stands for.)
        if (appositive_employer.empty() && (c.is(s, "its") || c.is(b, "its"))) appositive_employer = employer_its(sp);
        part.source = appositive_employer.empty() ? c.text(anb, ane)
                                                  : keep_joined(c, {c.span(anb, ane), " (", appositive_employer.view(), ")"});
        if (role_before_body && has_name && ne == e && organisation_name(c.span(nb, ne)))
            part.source = keep_joined(c, {c.span(anb, ane), " (", c.span(nb, ne), ")"});
        fc.named = true;
        person = true;
        fc.rule = "title before a reporting verb, with the speaker's name between commas";
    } else if (appositive_body) {
        part.source = c.text(bnb, bne);
        fc.named = true;
        person = false;
        fc.rule = "a body by its kind before a reporting verb, with its name between commas";
    } else if (ends_in_name) {
        // The subject ends in a name: "Harlow Bank", "Chief Inspector of Mines Redzuan Sumun".
        std::size_t from = s;
        Text employed;  // "Ana Ruiz (Harlow Bank)", for "Ana Ruiz at Harlow Bank"
        std::size_t body_before_place = std::string_view::npos;  // last token of a body named before "in PLACE"
        bool unowned_witnessed = false;                             // a document no one owns, "seen by" an outlet
        // "officials in Tallinn": the description stays; "figures from the Dairy Council": the name alone.
        if (nb > s) {
            std::size_t p = nb;
            // ("in the capital Tarrow", "in the journal Tarrow Policy": a word or two of what the name is.)
            std::size_t d = p;
            while (d > s && nb - d < 2 && c.word(d - 1) && !c.cap(d - 1) && !c.function_word(d - 1)) --d;
            if (d < p && d > s && c.is(d - 1, "the") && name_descriptor(c, nb - 1)) p = d;
            if (p > s && c.is(p - 1, "the")) --p;
            ShortWord pb;
            const std::string_view prep = p > s ? c.lower(p - 1, pb) : std::string_view();
            // A title or adjective before the name stays out ("Academy executive director Bruce Davis"),
            // and so does the data that a named body published ("figures from", "a report by").
            // "analysts at Rabobank" name the bank; "officials in Tallinn" are officials, of a place,
            // unless a body is named before the place: "an economist at Harlow Bank in Oslo" → Harlow Bank.
            // "reports seen by Reuters": whoever saw or obtained them is not their author.
            ShortWord vb2;
            const std::string_view before_prep = p > s + 1 ? c.lower(p - 2, vb2) : std::string_view();
            const bool witness = prep == "by" && (before_prep == "seen" || before_prep == "obtained" || before_prep == "viewed" ||
                                                  before_prep == "reviewed" || before_prep == "received" || before_prep == "quoted");
            ShortWord db2;
            // ("a study in the Harlow Journal", "a study published in the Harlow Journal".)
            ShortWord pb2;
            // ("a study published last month in the journal Polar Science": over a phrase of time.)
            std::size_t participle = p >= s + 3 ? p - 2 : 0;
            for (std::size_t k = p >= s + 5 ? p - 5 : s + 1; k + 3 < p && participle == p - 2; ++k)
                if ((c.is(k, "published") || c.is(k, "printed")) && after_time_phrase(c, k + 1, p - 1) == p - 1) participle = k;
            const bool published_in = prep == "in" && p >= s + 2 && c.word(p - 2) &&
                                      (lexicon::is_data_noun(c.lower(p - 2, db2)) ||
                                       (participle > s && (c.is(participle, "published") || c.is(participle, "printed") ||
                                                           c.is(participle, "reported")) &&
                                        c.word(participle - 1) && lexicon::is_data_noun(c.lower(participle - 1, pb2))));
            // "officials at the port of Harlow": a place named by its kind, as "in Tallinn" names one.
            ShortWord kb2;
            const bool place_of = prep == "of" && p >= s + 2 && c.word(p - 2) && !c.cap(p - 2) && place_kind(c.lower(p - 2, kb2));
            if (place_of) {
                from = s;
            } else if (witness) {
                from = s;
                if (p >= s + 3) body_before_place = p - 3;  // "Zimbabwean intelligence reports (seen by Reuters)"
                // "A memo seen by the Harlow Courier shows": a document no one is named to own.
                unowned_witnessed = true;
                // (A capitalised word names it as written, as data with a nationality does: "Naval reports".)
                for (std::size_t q = s; q + 2 < p && unowned_witnessed; ++q) unowned_witnessed = !c.cap(q);
            } else if (prep != "in" || published_in) {
                from = nb;  // (…and "a report in the Harlow Courier": where it was published.)
                // "Ana Ruiz at Harlow Bank said", "Economist Ana Ruiz from the Harlow Institute said": a
                // person's name of two or three words, then where the person works.
                if ((prep == "at" || prep == "from") && p >= s + 3) {
                    std::size_t b = s;
                    while (b + 3 < p && c.word(b)) {
                        ShortWord rb;
                        const std::string_view lw = c.lower(b, rb);
                        if (!(person_noun(lw) || post_title(lw) || lexicon::is_courtesy_title(c.tx(b)))) break;
                        ++b;
                    }
                    bool name = p - 2 - b <= 2;
                    for (std::size_t q = b; q + 1 < p && name; ++q)
                        name = name_word(c, q) && !c.function_word(q) && !(c.t[q].flags & TokenAllCaps);
                    if (name && !organisation_name(c.span(b, p - 2)))
                        employed = keep_joined(c, {c.span(b, p - 2), " (", c.span(nb, e), ")"});
                }
            } else if (std::size_t ob = 0, oe = 0, before = p >= s + 2 ? p - 2 : s;
                       p >= s + 2 &&
                       last_name_in(c, s, c.punct(before, ')') && before >= s + 3 && c.punct(before - 2, '(') ? before - 3 : before, &ob, &oe)) {
                char jb[32];
                const bool joined = ob > s && c.word(ob - 1) && joining_preposition(lexicon::lower(c.tx(ob - 1), jb));
                const bool joined_the = ob > s + 1 && c.is(ob - 1, "the") && c.word(ob - 2) && joining_preposition(lexicon::lower(c.tx(ob - 2), jb));
                // "The Harlow Institute in Tarrow said", "The Harlow Disease Institute (HDI) in Tarrow": a body
                // opening the subject, then where it is (by its own short form when it has one).
                const bool opening_body = ob == s && organisation_name(c.span(ob, oe));
                if (joined || joined_the || opening_body) { from = ob; body_before_place = oe; }
                if (opening_body && oe + 3 == p - 2 && c.punct(oe + 1, '(') && c.punct(oe + 3, ')') && c.word(oe + 2) &&
                    looks_like_acronym(c.tx(oe + 2))) {
                    from = body_before_place = oe + 2;
                }
            }
        }
        // The subject's own acronym: "the Association of Tin Producing Countries (ATPC)".
        if (body_before_place != std::string_view::npos) {
            part.source = c.text(from, body_before_place);
        } else if (c.punct(e, ')') && e >= 2 && c.word(e - 1)) {
            part.source = c.keep(c.tx(e - 1));
        } else {
            // "Economist Ana Ruiz said", "Spokesman Ivo Lind said": a trade capitalised only because it opens
            // the sentence is no part of the name (an office stays: "President Ana Ruiz").
            ShortWord tb;
            const std::string_view trade = c.lower(from, tb);
            // ("Attorney General Ana Ruiz said": a title of two words stays whole.)
            ShortWord tb2;
            const std::string_view second = from + 1 <= e ? c.lower(from + 1, tb2) : std::string_view();
            const bool title_goes_on = office_title(second) || second == "general";
            if (from + 2 <= e && c.sentence_begins_at(c.t[from].begin) && !office_title(trade) && !title_goes_on &&
                person_noun(trade) && !(c.t[from].flags & TokenAllCaps) && name_word(c, from + 1) && name_word(c, e) &&
                !organisation_name(c.span(from + 1, e)))
                ++from;
            // "Carmaker Tarrow Motors said", "Rival Ostsoft said": a kind of business, or a rival, capitalised
            // only because it opens the sentence, before a name.
            else if (from + 1 <= e && c.sentence_begins_at(c.t[from].begin) && !(c.t[from].flags & TokenAllCaps) &&
                     business_descriptor(trade) && name_word(c, from + 1) && name_word(c, e))
                ++from;
            // "Conservative Michael Fallon said", "fellow Tory Ivo Lind said": a party's label before a person's
            // name of two words or more is no part of it.
            from = after_party_label(c, from, e);
            part.source = c.text(from, e);
            // "CEO Ivo Lind said", "Harlow Ferries CEO Ivo Lind said": an executive's initials are a post,
            // after the body it is held in.
            for (std::size_t q = from; q < e; ++q) {
                if (!executive_initials(c.tx(q)) || e - q > 3) continue;
                bool named = true;
                for (std::size_t k = q + 1; k <= e && named; ++k) named = name_word(c, k);
                if (!named) break;
                const std::string_view body = q > from ? lexicon::without_possessive(c.span(from, q - 1)) : std::string_view();
                part.source = body.empty() ? c.text(q + 1, e) : keep_joined(c, {c.span(q + 1, e), " (", body, ")"});
                break;
            }
            // "Harbour Council President Ana Ruiz said", "Harbour Council (HC) President Ana Ruiz said": a body's
            // office, capitalised, between the body and the holder's name.
            std::string_view office_body;
            if (const std::size_t office = office_between_body_and_name(c, std::min(b, s), e, &office_body); office != std::string_view::npos)
                part.source = keep_joined(c, {c.span(office + 1, e), " (", office_body, ")"});
            // "The Harlow Fund's Ivo Lind said": a person named after the body they work for.
            for (std::size_t q = from; q < e; ++q) {
                if (!lexicon::is_possessive(c.tx(q)) || !c.cap(q) || e - q < 2 || !name_word(c, q + 1) ||
                    organisation_name(c.span(q + 1, e)))
                    continue;
                part.source = keep_joined(c, {c.span(q + 1, e), " (", lexicon::without_possessive(c.span(from, q)), ")"});
                break;
            }
            // "Harlow Bank chief economist Ivo Lind said", "Harlow Bank's chief economist …": the body before the post.
            if (from == nb && nb > s + 1 && !organisation_name(c.span(nb, e))) {
                const std::string_view body = body_before_post(c, s, nb);
                if (!body.empty()) part.source = keep_joined(c, {c.span(nb, e), " (", body, ")"});
            }
        }
        // "the FA, the RUG and the HPU": one part per name (not "Harlow, Tarrow and Co", one firm); so are two
        // names of two words or more, the first ending in a kind of body ("Harlow Bank and Tarrow Ferries").
        bool list = false;
        for (std::size_t q = s; q <= e; ++q) {
            if (!c.is(q, "and") || q == s || !c.cap(q - 1)) continue;
            ShortWord kb;
            list |= c.is(q + 1, "the") ||
                    (q >= s + 2 && q + 2 <= e && c.cap(q - 2) && c.cap(q + 1) && c.cap(q + 2) && body_kind(c.lower(q - 1, kb)) &&
                     !c.is(q - 2, "of"));
        }
        if (list) {
            std::size_t f = s;
            for (std::size_t q = s; q <= e + 1; ++q) {
                if (q <= e && !c.is(q, "and") && !c.punct(q, ',')) continue;
                std::size_t a = f, z = q - 1;
                while (a <= z && (c.is(a, "the") || c.punct(a, ','))) ++a;
                if (a <= z && z < c.t.size()) {
                    CitationPart p2;
                    p2.range = {c.t[a].begin, c.t[z].end};
                    p2.source = c.text(a, z);
                    fc.body.parts.push_back(p2);
                }
                f = q + 1;
            }
        }
        // "Ivo Lind and Ana Ruiz said", "Lind and Ruiz said": people, one part each (a surname alone only
        // when the text named that person in full before: "Marks and Spencer said" stays one name).
        // ("economists Ivo Lind and Ana Ruiz of Northgate University argued": over a role in lower case before
        // them, and with the body after "of", "at" or "from" that both work for.)
        bool people_list = false;
        std::size_t ps = s;
        while (ps < e && c.word(ps) && !c.cap(ps) && !c.function_word(ps) && ps - s < 3) ++ps;
        std::size_t pe = e;
        std::string_view employer;
        for (std::size_t q = ps + 3; q < e; ++q) {
            if (!(c.is(q, "of") || c.is(q, "at") || c.is(q, "from"))) continue;
            const std::size_t ob = c.is(q + 1, "the") ? q + 2 : q + 1;
            if (ob <= e && organisation_name(c.span(ob, e))) { pe = q - 1; employer = c.span(ob, e); }
            break;
        }
        if (!list && (from == s || from == ps) && pe > ps + 1) {
            std::size_t a = ps, runs = 0;
            bool ok = true;
            std::vector<CitationPart> people;
            for (std::size_t q = ps; q <= pe + 1 && ok; ++q) {
                if (q <= pe && !c.is(q, "and") && !c.punct(q, ',')) { ok = name_word(c, q); continue; }
                if (q == a && q > ps && c.is(q, "and") && c.punct(q - 1, ',')) { a = q + 1; continue; }  // ", and"
                if (q == a || ++runs > 4) { ok = false; break; }
                const std::string_view nm = c.span(a, q - 1);
                if (organisation_name(nm)) { ok = false; break; }
                const Text full = a + 1 == q ? person_by_surname(c, sp, nm) : full_name(sp, nm);
                if (a + 1 == q && full.empty()) { ok = false; break; }
                CitationPart& pp = people.emplace_back();
                pp.range = {c.t[a].begin, c.t[q - 1].end};
                pp.source = full.empty() ? c.text(a, q - 1) : full;
                if (!employer.empty() && pp.source->view().find(" (") == std::string_view::npos)
                    pp.source = keep_joined(c, {pp.source->view(), " (", employer, ")"});
                a = q + 1;
            }
            if (ok && people.size() >= 2) {
                for (CitationPart& pp : people) fc.body.parts.push_back(std::move(pp));
                people_list = true;
            }
        }
        // A name after a preposition ("figures from …", "a survey by …", "analysts at …") is a body's, or an
        // author's: not the "he" or "she" of a later clause.
        bool after_preposition = false;
        if (from > s) {
            const std::size_t p = c.is(from - 1, "the") && from - 1 > s ? from - 2 : from - 1;
            char ppb[32];
            after_preposition = c.word(p) && joining_preposition(lexicon::lower(c.tx(p), ppb));
        }
        person = !organisation_name(*part.source) && !c.punct(e, ')') && body_before_place == std::string_view::npos &&
                 !after_preposition && !people_list;
        if (from == nb && fc.body.parts.empty() && !c.punct(e, ')')) {
            if (const Text at = person_of_organisation(c, nb, e); !at.empty()) { part.source = at; person = true; }
        }
        if (!employed.empty() && fc.body.parts.empty()) {
            part.source = employed;
            person = true;
        }
        // "the Courier alleged": a name after "the" is a body's (a newspaper, a ministry), never a person's.
        if ((has_det && det == "the" && from == s) || (from > s && c.is(from - 1, "the"))) person = false;
        // "Harlow Motors, which posted a loss, said": "which" opens a clause about a thing, "who" about a person.
        if (app_open != std::string_view::npos && (c.is(app_open + 1, "which") || c.is(app_open, "which"))) person = false;
        if (app_open != std::string_view::npos && (c.is(app_open + 1, "who") || c.is(app_open, "who")) && !organisation_name(*part.source)) person = true;
        if (person && fc.body.parts.empty()) {
            // "Imbert said", "Imbert, speaking in Lisbon, said": the person named in full before.
            if (const Text full = full_name(sp, part.source->view()); !full.empty()) part.source = full;
        }
        if (app_open != std::string_view::npos) {
            const Text org = affiliation_in(c, app_open + 1, k - 1);
            if (!org.empty() && person) {
                const std::string_view name = part.source->view().substr(0, part.source->view().find(" ("));
                part.source = keep_joined(c, {name, " (", org.view(), ")"});
            }
        }
        // "its director Mira Santos said": one who holds a post in the body "it" stands for.
        if (person && has_det && det == "its" && from > s && !employer_its(sp).empty() && fc.body.parts.empty() &&
            part.source->view().find(" (") == std::string_view::npos)
            part.source = keep_joined(c, {part.source->view(), " (", sp.last_body.view(), ")"});
        // A single capitalised word at a sentence's start that is a plural is usually no name ("Prices rose …").
        if (nb == ne && ne == s && s == b && c.sentence_begins_at(c.t[s].begin) && !c.source_named(c.tx(s)) &&
            !c.kb.find_term(c.tx(s)) && !(c.t[s].flags & TokenAllCaps)) {
            if (head.size() > 1 && head.back() == 's' && !lexicon::is_source_noun(head) && data_verb) return;
            // …and so is one the text also writes in lower case and never capitalises mid-sentence, unless it
            // is the surname of someone named in full ("Neuroscience tells us"; not "Sun said" after "Yun Sun").
            if (c.written_lower_case(c.tx(s)) && !c.capitalised_mid_sentence(c.tx(s)) && full_name(sp, c.tx(s)).empty()) return;
        }
        fc.named = true;
        fc.rule = "named subject before a reporting verb (said, told, warned, estimated, …)";
        if (unowned_witnessed) {
            fc.named = false;
            fc.vague = true;
            part.source.reset();
            add_text_check(fc.body, "vague_source", vague_subject_message(c, c.span(b, body_before_place)));
            fc.rule = "a document only seen by a named outlet, with no owner named (\"a memo seen by …\")";
        }
    } else {
        // A lower-case head: who or what reports ("traders", "a ministry spokeswoman", "official data").
        // (People named by what they do, in the plural, speak too: "local skippers said", "claimants told".)
        if (!lexicon::is_source_noun(head) && !lexicon::is_data_noun(head) && (data_verb || !lexicon::is_agent_plural(head)))
            return;
        if (data_verb && !lexicon::is_data_noun(head) && !lexicon::is_source_noun(head)) return;
        // ("state media reported"; "local people said", "fishermen told": plurals not in "-s".)
        const bool plural = (lexicon::plural_like(head) && !lexicon::is_data_noun(head)) || head == "media" ||
                            (head.back() != 's' && lexicon::is_agent_plural(head));
        // ("A U.S. official said": an article before a country's initials, which end the subject at their
        // period, is indefinite too.)
        const std::size_t article = has_det ? std::string_view::npos : indefinite_before_initials(c, b);
        bool indefinite = (has_det && indefinite_word(det)) || article != std::string_view::npos;
        // ("A report by the ministry said": a document of a body named by its kind is that body's, as "The report
        // from the ministry" is.)
        for (std::size_t q = s + 1; indefinite && q + 2 <= e && q <= s + 3; ++q) {
            ShortWord db3, kb3;
            if ((c.is(q, "from") || c.is(q, "by")) && lexicon::is_data_noun(c.lower(q - 1, db3)) && c.is(q + 1, "the") &&
                !c.cap(e) && body_kind(c.lower(e, kb3)))
                indefinite = false;
        }
        if (article != std::string_view::npos) {
            // The unnamed one as the text writes them, initials and all.
            b = article;
            part.range.begin = fc.range.begin = c.t[b].begin;
        }
        // ("the source, who …, told": a source the text does not name stays unnamed, whatever its determiner.)
        const bool vague_word = (s == e && lexicon::is_vague_subject(head)) || unowned_data(c, has_det || has_name, s, e, head) ||
                                (!has_name && head == "source");
        // Data that names no one ("the county's survey counted") gives way to a citation after the figure.
        if (!has_name && lexicon::is_data_noun(head)) fc.subject = false;
        // What a body speaks through, owned with a possessive: "the Harlow Fund's spokesman, website, office".
        // …and without the possessive, for one who speaks for it: "A Harlow Council spokesperson said".
        const bool spokes = spokesperson_word(head);
        const bool owned = lexicon::is_possessive(c.tx(ne)) || possessive_mark(c, ne + 1);  // "Harlow Fund's", "Tarrow Ports'"
        const bool speaks_for = (owned && (head == "website" || head == "office" || spokes)) ||
                                (spokes && ne + 1 == e && elw == head &&
                                 (ne > nb || organisation_name(c.span(nb, ne)) || (c.t[nb].flags & TokenAllCaps)));
        // "A board spokesman said", "The office said" after "the Tarrow Coffee Board said": the body named last,
        // by the kind its name ends in.
        bool example_body = false;  // the example named in an appositive is a body ("including the think tank Greenway")
        Text kind_body = has_name || plural ? Text() : body_named_before(c, s, e, sp);
        if (kind_body.empty() && !has_name && !plural) kind_body = body_spoken_for(c, s, e);
        if (!kind_body.empty()) {
            part.source = kind_body;
            fc.named = true;
        } else if (has_name && (lexicon::is_data_noun(head) || speaks_for) &&
            (ne + 1 == e || nb > s || (ne < e && owned) || (ne + 1 == head_at && head_at < e))) {
            // "Harbour Statistics Office figures show": the body that published the data; "Sir Ivo Brand's
            // inquiry found", "The Harlow Fund's spokesman said": its owner, without the possessive (a person
            // as the text named them in full before: "Lind's office said" → Ivo Lind).
            // ("A statement from the Harlow ministry said": the body by its name and kind, both.)
            std::size_t oe = ne;
            if (ne < e && e - ne <= 2 && c.word(e) && !c.cap(e) && !lexicon::is_possessive(c.tx(ne)) && !spokes &&
                lexicon::is_source_noun(elw) && !lexicon::is_data_noun(elw))
                oe = e;
            const std::string_view owner = lexicon::without_possessive(c.span(nb, oe));
            const Text full = owner.size() == c.span(nb, oe).size() || organisation_name(owner) ? Text() : full_name(sp, owner);
            part.source = !full.empty() ? full : owner.size() == c.span(nb, oe).size() ? c.text(nb, oe) : c.keep(owner);
            fc.named = true;
        } else if (has_name && ((nb > s && (c.is(nb - 1, "a") || c.is(nb - 1, "an")) && (plural || indefinite)) ||
                                (indefinite && nb == s && ne == nb && ne < e && !(c.t[nb].flags & TokenAllCaps) &&
                                 !organisation_name(c.span(nb, ne))) ||
                                // "A senior Tarrow official, speaking on condition of anonymity, said": a place's name
                                // between an adjective and the one who reports.
                                (indefinite && nb > s && ne == nb && ne + 1 == e && !c.cap(nb - 1) &&
                                 !(c.t[nb].flags & TokenAllCaps) && !organisation_name(c.span(nb, ne)) && person_noun(head)) ||
                                // "A Downing Street source said", "Harlow Bank sources say": where the source is, not who.
                                (ne + 1 == e && head_at == e &&
                                 (head == "source" || head == "sources" || head == "insider" || head == "insiders")))) {
            // "one dealer at a German bank", "a Western banker", "another Milan dealer": an adjective after "a"
            // names no one.
            fc.vague = true;
            add_text_check(fc.body, "vague_source", vague_subject_message(c, c.span(b, e)));
        } else if (has_name && employer_left_unnamed(c, s, e)) {
            // "The Harlow representative of a Tarrowan shipping house said": who they work for is not named.
            fc.vague = true;
            add_text_check(fc.body, "vague_source", vague_subject_message(c, c.span(b, e)));
        } else if (has_name) {
            // "Japanese officials", "the ATPC officials": a description with a name in it.
            part.source = c.text(s, e);
            fc.named = true;
            if (head.size() > 2 && head.back() == 's') { sp.last_group = *part.source; sp.group_vague = false; }
        } else if (plural && has_det && det == "the" && s == e && !sp.group_vague && group_noun_is(sp.last_group, head)) {
            // "the officials said" after "Harlow Port officials said": the group just named.
            part.source = sp.last_group;
            fc.named = true;
        } else if (const Text introduced = has_det && det == "the" && !plural && person_noun(head) && !vague_word &&
                                                   !(s == e && office_title(head)) &&  // ("the president": its holder, below)
                                                   sp.unnamed_person.empty()  // (not after "an economist said")
                                               ? introduced_with_role(sp, head) : Text();
                   !introduced.empty()) {
            // "the economist said" after "Ivo Lind, an economist at Harlow Bank, …": the one introduced so.
            const Text full = full_name(sp, introduced.view());
            part.source = full.empty() ? introduced : full;
            fc.named = true;
        } else if (const Text example = plural && app_open != std::string_view::npos ? named_example(c, app_open, k, sp, &example_body)
                                                                                       : Text();
                   !example.empty()) {
            // "Some experts, like Ana Ruiz of the Harlow Institute, believe": the one of them the text names.
            part.source = example;
            fc.named = true;
            person = !example_body;
        } else if (has_det && det == "its" && !sp.last_body.empty() &&
                   ((s == e && !plural && (person_noun(head) || spokesperson_word(head))) || lexicon::is_data_noun(head))) {
            // "Its director said", "its spokesman told": one who speaks for the body "it" stands for; "Its latest
            // figures show": what that body published.
            part.source = sp.last_body;
            fc.named = true;
            person = false;
        } else if (const Text whose = has_det && (det == "his" || det == "her") && s == e && speaks_for_person(head)
                                          ? person_alone_before(c, b, pronoun_person(sp, det == "his" ? 'h' : 's')) : Text();
                   !whose.empty()) {
            // "his spokesman said", "her management said": who speaks for the person "he" or "she" stands for.
            part.source = whose;
            fc.named = true;
            person = true;
        } else if (plural || indefinite || vague_word || (has_det && possessive_determiner(det) && person_noun(head)) ||
                   (has_det && det == "the" && s == e && anonymous_role(head)) ||
                   // ("the bank's chief economist said": a role of an owner in lower case names no one either.)
                   (has_det && det == "the" && s < e && anonymous_role(head) && !has_name && lexicon::is_possessive(c.tx(s)))) {
            // ("his spokesman said", "her lawyer told": someone's aide, whom the text does not name; "the
            // spokesman added", "the economist said": one the text never named. An office is its holder's.)
            fc.vague = true;
            if (plural) { sp.last_group = c.text(s, e); sp.group_vague = true; }
            // One message per unnamed subject as written, kept once for the scan ("traders" recurs).
            add_text_check(fc.body, "vague_source", vague_subject_message(c, c.span(b, e)));
        } else {
            part.source = c.text(s, e);
            fc.named = true;
            // "the ministry's statement said", "the company's filing showed": the owner's, by its kind (the body
            // of that kind named last, when there is one: "the Harlow Ministry of Ports … the ministry's statement").
            if (s < e && !c.cap(s) && lexicon::is_possessive(c.tx(s)) && lexicon::is_data_noun(head)) {
                const std::string_view owner = lexicon::without_possessive(c.tx(s));
                bool named_before = false;  // a word of the last body's name is the owner's kind
                const std::string_view body = sp.last_body.view();
                for (std::size_t w = 0; w < body.size() && !named_before;) {
                    std::size_t end = body.find(' ', w);
                    if (end == std::string_view::npos) end = body.size();
                    named_before = end - w == owner.size() && owner.size() > 3 && lexicon::equals_lower(body.substr(w, end - w), owner);
                    w = end + 1;
                }
                part.source = named_before ? sp.last_body : c.keep(owner);
            }
            // "Figures from the ministry showed": the body the data came from, by its kind.
            for (std::size_t q = s + 1; q + 1 <= e && q <= s + 3; ++q) {
                ShortWord db2;
                if (!(c.is(q, "from") || c.is(q, "by")) || !lexicon::is_data_noun(c.lower(q - 1, db2))) continue;
                const std::size_t from_at = c.is(q + 1, "the") ? q + 2 : q + 1;
                if (from_at <= e && lexicon::is_source_noun(head) && !lexicon::is_data_noun(head)) part.source = c.text(from_at, e);
                break;
            }
            // "Figures released on Wednesday by the national statistics office showed": likewise, later.
            for (std::size_t q = e >= 4 ? e - 4 : s; q + 2 <= e; ++q) {
                if (q <= s || !(c.is(q, "by") || c.is(q, "from")) || body_by_kind_after(c, q) != e + 1) continue;
                part.source = c.text(q + 2, e);
                break;
            }
            // "the president said", with no name: the holder of that office named before, when there is one
            // ("President Ana Ruiz … the president said" → President Ana Ruiz).
            // "the report found" after "a report by Tarrow University's Centre for Ports": its author.
            // ("the survey of 1,200 adults put" after "a poll by the Tarrow Institute": the same document, with
            // what it covered; a poll is a survey.)
            ShortWord dkb;
            const std::string_view document = s == e ? head
                                              : s + 2 <= e && c.is(s + 1, "of") && c.word(s) && !c.cap(s) ? c.lower(s, dkb)
                                                                                                          : std::string_view();
            if (has_det && det == "the" && !document.empty() && same_document_kind(sp.document_kind.view(), document))
                part.source = sp.document_author;
            // "The report said" where the text names no report before: the report of the body that spoke last
            // ("The Harlow Audit Office said …. The report said" → Harlow Audit Office).
            else if (has_det && det == "the" && s == e && !sp.last_body.empty() &&
                     (head == "report" || head == "study" || head == "review" || head == "audit") &&
                     first_mention(c, head, sp) >= c.t[s].begin)
                part.source = sp.last_body;
            if (has_det && det == "the" && s == e && person_role(head))
                if (const Text holder = office_holder_before(c, s, head, sp); !holder.empty()) {
                    const Text full = full_name(sp, holder);  // ("President Lind", named in full before)
                    part.source = full.empty() ? holder : full;
                }
        }
        // One more takes the role after whoever was introduced with it: "An economist at Tarrow said …. The
        // economist added" is not the economist introduced before.
        if (indefinite && !plural && person_noun(head)) sp.roles[sp.roles_seen++ % 16] = {c.tx(head_at), Text()};
        fc.rule = "subject before a reporting verb (traders said, figures showed, …)";
    }
    if (fc.body.parts.empty()) fc.body.parts.push_back(part);
    fc.body.outlet = outlet_after(c, v);
    // "The Ngati believe", "Harlow Ferries say": a plural verb has a group as its subject, never "he" or "she".
    if (person && plural_verb(verb)) person = false;
    // One person who reports, named by role ("a spokeswoman for the Harlow Office", "an economist"): the "he"
    // or "she" of the sentences after. Named through the body they speak for, the body is the source then too.
    bool remembered = false;
    {
        std::size_t role = e;
        for (std::size_t q = s + 1; q <= e; ++q) {
            char jb[32];
            if (c.word(q) && joining_preposition(lexicon::lower(c.tx(q), jb))) { role = q - 1; break; }
        }
        char rb[32];
        const std::string_view noun = c.word(role) && !c.cap(role) ? lexicon::lower(c.tx(role), rb) : std::string_view();
        // ("The finance minister said", with no name: the office holder named before, who stays the "he".
        // "The finance minister, Ana Ruiz, said" names the holder: she is the "she" of the sentences after.)
        const bool office_holder = has_det && det == "the" && !has_name && !appositive_name && office_title(noun);
        remembered = office_holder;  // (and no body for a later "it": "The president said …. It found …")
        // ("The ferry's owner, Tarrow Sea Lines, said": the owner is the body named between commas, no "she".)
        if (!noun.empty() && person_noun(noun) && !plural_verb(verb) && !office_holder && !appositive_body) {
            if (fc.named && part.source) {
                remember_speaker(sp, *part.source, true);
                if (!person) sp.last_body = *part.source, sp.last_body_at = sp.now;  // "it" may mean the body still
                remembered = true;
                // "An economist at Tarrow Bank said …. The economist added": that one, for the bank, not an
                // economist introduced by name before.
                if (!person && role < e && (c.is(b, "a") || c.is(b, "an"))) sp.roles[sp.roles_seen++ % 16] = {c.tx(role), *part.source};
            } else if (fc.vague) {
                sp.unnamed_person = c.text(b, e);
            }
        }
    }
    // (A group just named, "Harlow officials", is a later "they", never an "it".)
    if (fc.named && part.source && !remembered && !(sp.last_group == *part.source)) remember_speaker(sp, *part.source, person);
    registry_note(c, fc.body);
    scan.citations.push_back(std::move(fc));
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Word classes shared with the definitions
//-----------------------------------------------------------------------------

bool names_person_by_role(std::string_view lw) { return person_noun(lw) || post_title(lw); }

bool is_office_title(std::string_view lw) { return office_title(lw); }

bool reads_as_organisation(std::string_view name) { return organisation_name(name); }

//-----------------------------------------------------------------------------
// [SECTION] Scan
//-----------------------------------------------------------------------------

// The pronoun a person the text introduces at token `i` takes, from a courtesy title before the name
// ("Mrs Ana Ruiz") or a word of the role ("Ana Ruiz, a businesswoman,"); 0 when neither says.
char introduced_pronoun(const Ctx& c, std::size_t i, const InTextDefinition& d) {
    std::size_t t = i;
    if (t > 1 && c.punct(t - 1, '.')) --t;
    if (t > 0 && c.word(t - 1))
        if (const char p = lexicon::pronoun_of_courtesy_title(c.tx(t - 1))) return p;
    char found = 0;
    std::string_view role = d.long_form;
    while (!role.empty()) {
        const std::size_t end = role.find_first_of(" ,-");
        const std::string_view word = role.substr(0, end);
        char buf[32];
        const char p = word.size() < sizeof buf ? lexicon::pronoun_of_person_noun(lexicon::lower(word, buf)) : 0;
        if (p && found && p != found) return 0;  // "the son of a businesswoman": says nothing
        if (p) found = p;
        role = end == std::string_view::npos ? std::string_view() : role.substr(end + 1);
    }
    return found;
}

// "Lind said he …", "Ruiz says that she …": the pronoun at token `i` ("he" or "she", in lower case) after a
// reporting verb whose subject is a family name the text gave in full before — the pronoun the text uses for
// that person.
void learn_pronoun_from_report(const Ctx& c, std::size_t i, Speakers& sp) {
    std::size_t v = i - 1;
    if (c.is(v, "that") && v > 0) --v;
    if (v < 2 || !c.word(v) || c.cap(v) || !lexicon::is_reporting_verb(c.tx(v))) return;
    std::size_t s = v - 1;
    if (c.punct(s, ',')) {  // "Ruiz, a trader at Harlow Bank, said she": over the role between commas
        std::size_t q = s;
        while (q > 1 && s - q < 14 && !c.punct(q - 1, ',') && !c.punct(q - 1, '.')) --q;
        if (q < 2 || !c.punct(q - 1, ',')) return;
        s = q - 2;
    }
    if (!c.word(s) || !c.cap(s) || c.function_word(s)) return;
    // A family name given in full before, or the full name right there ("Ana Ruiz said she").
    if (full_name(sp, c.tx(s)).empty() && !(s > 0 && c.word(s - 1) && c.cap(s - 1) && !c.function_word(s - 1))) return;
    learn_pronoun(sp, c.tx(s), c.tx(i).size() == 2 ? 'h' : 's');
}

// "A 2022 study found that … (Santos, 2022).": a document the attribution leaves unnamed is the one its
// sentence's own reference in parentheses names, later in the same sentence; it is vague no longer.
void named_by_reference_after(const Ctx& c, std::vector<FoundCitation>& citations) {
    for (std::size_t k = 0; k + 1 < citations.size(); ++k) {
        FoundCitation& vague = citations[k];
        if (!vague.vague || vague.body.citation_type.view() != "attribution" || vague.body.parts.size() != 1) continue;
        // (A document only: "A 2022 study found", "according to a recent report"; not people, "Some economists".)
        const std::size_t first = c.doc.first_token_at_or_after(vague.range.begin);
        bool document = false;
        for (std::size_t q = first; q < c.t.size() && c.t[q].begin < vague.range.end && !document; ++q) {
            ShortWord db;
            document = c.word(q) && !c.cap(q) && lexicon::is_data_noun(c.lower(q, db)) && !lexicon::plural_like(c.tx(q));
        }
        if (!document) continue;
        const int sentence = c.doc.sentence_of(vague.range.begin);
        // (At most eight citations on: a run-on sentence of attributions stays linear.)
        for (std::size_t j = k + 1; j < citations.size() && j <= k + 8; ++j) {
            const FoundCitation& ref = citations[j];
            if (c.doc.sentence_of(ref.range.begin) != sentence) break;
            if (ref.body.citation_type.view() != "parenthetical" || !ref.named || ref.body.parts.size() != 1 ||
                !ref.body.parts[0].source)
                continue;
            vague.body.parts[0].source = ref.body.parts[0].source;
            vague.vague = false;
            vague.named = true;
            drop_check(vague.body, "vague_source");
            vague.rule = "an unnamed document named by its sentence's own reference in parentheses after it";
            break;
        }
    }
}

CitationScan find_citations(const Document& doc, const KnowledgeBase& kb, const CalendarDate& publication, TextStore& texts,
                            const std::vector<InTextDefinition>& people) {
    CitationScan scan;
    scan.citations.reserve(doc.tokens().size() / 64 + 8);
    const Ctx c{doc, doc.tokens(), kb, publication, texts, publication.year ? iso_text(publication) : std::string(),
                doc.text().data() + doc.text().size(), {}, {}, {}, {}, 0, {}, {}, {}, {}, false};
    std::vector<PartInfo> parts;  // scratch for parenthetical_citation
    ReportingVerbMemo reporting_verbs;
    Speakers speakers;
    speakers.definitions = &scan.definitions;
    const auto& t = doc.tokens();
    const std::size_t n = t.size();
    const auto& paras = doc.paragraphs();
    std::size_t para = 0;
    const char* const text = doc.text().data();
    const char* const text_end = text + doc.text().size();
    const Token* const tokens = t.data();  // a local: stays in a register across the calls in the loop
    const std::uint32_t* const verb_shapes = lexicon::reporting_verb_shapes();
    std::size_t line_end = n;  // the last token of the line of the latest unclosed '(' (n: none yet)
    std::uint32_t line_limit = 0;
    // The people the text introduces with a role ("worried Ana Ruiz, a harbour engineer,"), met in reading
    // order: each joins those named in full where the scan reaches the name, so that "Ruiz said" after is hers.
    // (Two who share a family name both join, "Khan said" then being the one named last, as for speakers;
    // unless they are named in one sentence: "Rosa Imbert … and Ivo Imbert …. Imbert said" names neither.)
    std::vector<const InTextDefinition*> introduced;
    for (const InTextDefinition& d : people)
        if (d.person || !d.alias.empty()) introduced.push_back(&d);
    std::sort(introduced.begin(), introduced.end(),
              [](const InTextDefinition* a, const InTextDefinition* b) { return a->term_range.begin < b->term_range.begin; });
    for (std::size_t k = 0; k + 1 < introduced.size(); ++k) {
        const InTextDefinition* a = introduced[k];
        const InTextDefinition* b = introduced[k + 1];
        if (a && b && a->alias.empty() && b->alias.empty() && family_name_of(a->term) == family_name_of(b->term) &&
            c.sentence_at(a->term_range.begin) == c.sentence_at(b->term_range.begin))
            introduced[k] = introduced[k + 1] = nullptr;
    }
    introduced.erase(std::remove(introduced.begin(), introduced.end(), nullptr), introduced.end());
    std::size_t next_introduced = 0;
    for (std::size_t i = 0; i < n; ++i) {
        check_cancelled_at(i);
        const Token& tok = tokens[i];
        while (next_introduced < introduced.size() && introduced[next_introduced]->term_range.begin <= tok.begin) {
            const InTextDefinition& d = *introduced[next_introduced++];
            if (d.term_range.begin != tok.begin) continue;
            // Known already (as a source, perhaps with a title or where they work: "Harbour Minister Ana
            // Ruiz", "Ana Ruiz (Harlow Bank)"): kept so.
            bool known = false;
            for (std::size_t k = 0; k < std::min<std::size_t>(speakers.people_seen, 16) && !known; ++k) {
                std::string_view held = speakers.people[k].view();
                held = held.substr(0, held.find(" ("));
                known = held == d.term || (held.size() > d.term.size() && held[held.size() - d.term.size() - 1] == ' ' &&
                                           held.substr(held.size() - d.term.size()) == d.term);
            }
            learn_pronoun(speakers, d.term, introduced_pronoun(c, i, d));
            // (The name as written, without a possessive its last word carries: "President Xi Jinping's plan".)
            const std::size_t name_end = doc.first_token_at_or_after(d.term_range.end) - 1;
            const Text named = c.keep(lexicon::without_possessive(c.span(i, name_end)));
            if (!known) {
                // Where the introduction says the person works: "Ana Ruiz is an economist at Harlow Bank.",
                // "economist Ana Ruiz of Harlow Bank" → Ana Ruiz (Harlow Bank), as a source after.
                const std::size_t site_end = doc.first_token_at_or_after(d.site.end) - 1;
                const Text employer = site_end > name_end + 1 && site_end < n ? affiliation_in(c, name_end + 1, site_end) : Text();
                add_named_person(speakers, employer.empty() ? named : keep_joined(c, {named.view(), " (", employer.view(), ")"}));
            }
            learn_roles(speakers, d.long_form, named);
            // Introduced where the sentence opens ("Senator Ana Ruiz, a Democrat who …, voted"): the sentence
            // is about that person, whom a "he" or "she" after refers to.
            std::size_t open = i;
            while (open > 0 && i - open < 4 && !c.sentence_begins_at(tokens[open].begin) && c.word(open - 1)) {
                ShortWord tb;  // over a title: "Senator", "Harbour Board press secretary"
                if (!c.cap(open - 1) && !person_noun(c.lower(open - 1, tb))) break;
                --open;
            }
            if (c.sentence_begins_at(tokens[open].begin)) {
                if (const Text who = full_name(speakers, family_name_of(d.term)); !who.empty()) speaker_is(speakers, who);
            }
        }
        if (tok.type == TokenType::Punct) {
            if (text[tok.begin] == ':' && tok.end - tok.begin == 1) quote_after_colon(c, i, scan, speakers);
            if (text[tok.begin] == ',') note_business_described(c, i, speakers);
            if (text[tok.begin] != '(') continue;
            while (para + 1 < paras.size() && paras[para].end <= tok.begin) ++para;
            const std::uint32_t limit = para < paras.size() ? paras[para].end : static_cast<std::uint32_t>(doc.text().size());
            int depth = 0;
            std::size_t q = i;
            bool closed = false;
            for (; q < n && t[q].end <= limit && q - i < 120; ++q) {
                if (t[q].type != TokenType::Punct) continue;
                const char ch = doc.text()[t[q].begin];
                if (ch == '(') ++depth;
                else if (ch == ')' && --depth == 0) { closed = true; break; }
            }
            if (!closed) {
                // Unclosed: runs to the end of its line. The end found for an
                // earlier '(' of the same line is the end for this one too: a
                // line of 40,000 '(' is walked once, not once per '('.
                if (line_end != n && line_end >= i && line_limit == limit) {
                    q = line_end;
                } else {
                    q = i;
                    while (q + 1 < n && t[q + 1].end <= limit && !(t[q + 1].flags & TokenNewlineBefore)) ++q;
                    line_end = q;
                    line_limit = limit;
                }
            }
            InTextDefinition def;
            if (closed && acronym_definition_at(doc, i, q, &def)) {
                scan.definitions.push_back(std::move(def));
                continue;
            }
            FoundCitation f;
            if (parenthetical_citation(c, i, q, closed, parts, &f)) {
                scan.parentheticals_cited.push_back(f.range);
                scan.citations.push_back(std::move(f));
                i = q;  // an unclosed credit takes the rest of its line: a '(' inside it opens nothing new
            }
            continue;
        }
        if (tok.type == TokenType::Number) {
            if (i > 2 && tokens[i - 1].type == TokenType::Punct && text[tokens[i - 1].begin] == ',') remember_person_with_age(c, i, speakers);
            continue;
        }

        if (tok.type != TokenType::Word) continue;
        speakers.now = tok.begin;
        // A line that credits an image: nothing in it reports ("Photo: Ana Ruiz/Harlow Times").
        if ((i == 0 || (tok.flags & TokenNewlineBefore)) && (tok.flags & TokenCapitalized)) {
            const std::size_t credit_end = credit_line(c, i, scan);
            if (credit_end != std::string_view::npos) {
                i = credit_end;
                continue;
            }
        }
        const std::uint32_t len = tok.end - tok.begin;
        // "Mr Lewis", "Dr Okafor": a person the pronouns of later reporting clauses may refer to, even when
        // the sentence naming them reports nothing ("Mr Lewis wants an inquiry. He said …").
        if (len <= 3 && (text[tok.begin] == 'M' || text[tok.begin] == 'D')) remember_titled_person(c, i, speakers);
        // "The Audit Office published a review. It says …": a body opening a sentence, for a later "it".
        // "skipper Wade Bassi has …", "economist Ana Ruiz, who …": a person named in full after a role in lower
        // case, for a later surname alone ("Bassi said").
        if ((tok.flags & TokenCapitalized) && i > 0 && !(tok.flags & (TokenNewlineBefore | TokenAllCaps)) &&
            tokens[i - 1].type == TokenType::Word && !(tokens[i - 1].flags & TokenCapitalized))
            remember_person_after_role(c, i, speakers);
        if ((tok.flags & TokenCapitalized) && !(tok.flags & TokenAllCaps) &&
            (i == 0 || tokens[i - 1].type != TokenType::Word || !(tokens[i - 1].flags & TokenCapitalized) ||
             (tok.flags & TokenNewlineBefore))) {
            note_name_in_passing(c, i, speakers);
            note_body_in_passing(c, i, speakers);
        }
        if ((tok.flags & TokenCapitalized) && i > 2 && !(tok.flags & (TokenNewlineBefore | TokenAllCaps)) &&
            tokens[i - 1].type == TokenType::Punct && text[tokens[i - 1].begin] == ',')
            remember_person_after_opening(c, i, speakers);
        if ((tok.flags & TokenCapitalized) && i > 2 && !(tok.flags & (TokenNewlineBefore | TokenAllCaps)) &&
            tokens[i - 1].end - tokens[i - 1].begin == 2 && c.is(i - 1, "by"))
            remember_person_led_by(c, i, speakers);
        if ((tok.flags & TokenCapitalized) && i >= 2 && !(tok.flags & TokenNewlineBefore) && (c.is(i - 1, "by") || c.is(i - 1, "from") ||
            (c.is(i - 1, "the") && (c.is(i - 2, "by") || c.is(i - 2, "from")))))
            remember_document_author(c, i, speakers);
        if ((tok.flags & TokenCapitalized) &&
            (i == 0 || (tok.flags & TokenNewlineBefore) ||
             (tokens[i - 1].type == TokenType::Punct && (text[tokens[i - 1].begin] == '.' || text[tokens[i - 1].begin] == '!' ||
                                                         text[tokens[i - 1].begin] == '?'))))
            remember_subject_body(c, i, speakers);
        if (len == 2 && text[tok.begin] == 'I' && text[tok.begin + 1] == 'n') {
            data_opening(c, i, scan, speakers);
            view_opening(c, i, scan, speakers);
            in_the_words_of(c, i, scan);
        }
        if (len == 2 && (text[tok.begin] | 0x20) == 'b' && text[tok.begin + 1] == 'y') estimate_by(c, i, scan, speakers);
        if (len == 6 && text[tok.begin] == 'c' && c.is(i, "citing")) citing(c, i, scan);
        if (len == 6 && (text[tok.begin] | 0x20) == 's' && c.is(i, "shares")) note_business_by_shares(c, i, speakers);
        if (len == 9 && (text[tok.begin] | 0x20) == 'a' && c.is(i, "according") && c.is(i + 1, "to")) {
            according_to(c, i, scan, speakers);
            continue;
        }
        if (len == 3 && (text[tok.begin] | 0x20) == 'p' && c.is(i, "per")) per_source(c, i, scan);
        if ((len == 2 || len == 3) && i > 2 && !(tok.flags & TokenCapitalized) && (c.is(i, "he") || c.is(i, "she"))) learn_pronoun_from_report(c, i, speakers);
        // A lower-case word of 3 bytes or more: maybe a reporting verb.
        if ((tok.flags & TokenCapitalized) || len < 3 || i == 0) continue;
        // "poll", "survey", "polled", "surveyed": a poll named where it is mentioned.
        if ((len == 4 || len == 6 || len == 8) && (text[tok.begin] == 'p' || text[tok.begin] == 's')) {
            const std::string_view pw = doc.token_text(i);
            if (pw == "poll" || pw == "survey" || pw == "polled" || pw == "surveyed") named_poll(c, i, scan);
        }
        // lexicon::may_be_reporting_verb without the call (the initial is not a capital here).
        const unsigned char initial = static_cast<unsigned char>(text[tok.begin]);
        if (len <= 4 && initial == 's' && forecast_see(c, i)) {
            reporting_clause(c, i, scan, speakers);
            continue;
        }
        if (len == 6 && initial == 'p' && post_that(c, i)) {
            reporting_clause(c, i, scan, speakers);
            continue;
        }
        if (len >= 32 || initial < 'a' || initial > 'z' || !((verb_shapes[len] >> (initial - 'a')) & 1u)) continue;
        const std::string_view w = doc.token_text(i);
        if (reporting_verbs(w, text_end)) reporting_clause(c, i, scan, speakers);
    }
    // Found in text order almost always: sort (moving whole citations) only when not.
    const auto by_begin = [](const FoundCitation& a, const FoundCitation& b) { return a.range.begin < b.range.begin; };
    if (!std::is_sorted(scan.citations.begin(), scan.citations.end(), by_begin))
        std::sort(scan.citations.begin(), scan.citations.end(), by_begin);
    name_in_full(c, scan.citations, speakers);
    named_by_reference_after(c, scan.citations);
    return scan;
}

} // namespace gloss
