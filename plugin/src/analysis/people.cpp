// Gloss — people introduced with a role. See people.hpp.
//
// Index of this file:
// [SECTION] Words of a name
// [SECTION] The four introductions
// [SECTION] Family names
#include "people.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "citations.hpp"
#include "gloss/dates.hpp"
#include "lexicon.hpp"
#include "sentence_capitals.hpp"

namespace gloss {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Words of a name
//-----------------------------------------------------------------------------

constexpr std::size_t kMaxNameWords = 4;         // "Ana María Ruiz Lind"
constexpr std::size_t kMaxDescriptionWords = 20;  // "a senior fellow at the Harlow Institute for Coastal Studies and a former …"
constexpr std::size_t kMaxCopulaDescriptionWords = 30;  // "Ana Ruiz is the director of … at the … Institute of … (HI)."

// Lower-case words inside a name: "Ana de la Cruz", "Ivo van Lind", "Omar bin Lind".
bool name_particle(std::string_view w) {
    static constexpr std::string_view particles[] = {"de", "la", "le", "van", "von", "der", "den", "bin", "ibn",
                                                     "al", "da", "del", "di", "du", "dos", "das"};
    for (const std::string_view p : particles)
        if (w == p) return true;
    return false;
}

// A word that opens a sentence without being a name: "Yesterday Ana Ruiz, …", "Meanwhile".
bool sentence_adverb(std::string_view lw) {
    static constexpr std::string_view words[] = {"yesterday", "today", "tomorrow", "tonight", "meanwhile", "earlier",
                                                 "later", "now", "then", "still", "also", "however", "instead",
                                                 "separately", "elsewhere", "last", "next", "this", "every"};
    for (const std::string_view w : words)
        if (lw == w) return true;
    return lw.size() > 4 && lw.substr(lw.size() - 2) == "ly";
}

// A title written with a capital before a name: an office ("President", "Harbour Minister") or a post
// ("Opposition Leader", "Captain"). A trade written so is part of a name: "Economist Intelligence Unit".
bool capitalised_title(std::string_view lw) {
    static constexpr std::string_view posts[] = {"leader", "chief", "captain", "general", "spokesman", "spokeswoman",
                                                 "spokesperson", "commissioner", "adviser", "advisor", "secretary",
                                                 "chairman", "chairwoman", "chair", "director", "editor", "correspondent",
                                                 "envoy", "commander", "coach", "professor", "speaker", "premier"};
    for (const std::string_view p : posts)
        if (lw == p) return true;
    return is_office_title(lw);
}

// Words before a title that belong to the title: "deputy prime minister", "former finance minister".
bool title_modifier(std::string_view lw) {
    static constexpr std::string_view words[] = {"deputy", "vice", "prime", "foreign", "finance", "former", "acting",
                                                 "interim", "chief", "senior", "executive", "managing", "general",
                                                 "party", "opposition", "shadow", "state", "trade", "economy",
                                                 "defence", "defense", "interior", "health", "justice", "education",
                                                 "junior", "co", "lead", "team", "club", "union", "then", "outgoing",
                                                 "incoming", "assistant", "associate", "head", "research", "press"};
    for (const std::string_view w : words)
        if (lw == w) return true;
    return false;
}

struct Scan {
    const Document&           doc;
    const std::vector<Token>& t;
    std::size_t               n;

    bool word(std::size_t q) const { return q < n && t[q].type == TokenType::Word; }
    bool cap(std::size_t q) const { return word(q) && (t[q].flags & TokenCapitalized); }
    bool punct(std::size_t q, char c) const {
        return q < n && t[q].type == TokenType::Punct && t[q].end - t[q].begin == 1 && doc.text()[t[q].begin] == c;
    }
    bool line_break_before(std::size_t q) const { return q < n && (t[q].flags & TokenNewlineBefore); }
    std::string_view tx(std::size_t q) const { return doc.token_text(q); }
    std::string_view lower(std::size_t q, char (&buf)[32]) const { return lexicon::lower(tx(q), buf); }
    // Whether token q opens its sentence (or its line).
    bool opens(std::size_t q) const {
        if (q == 0 || line_break_before(q)) return true;
        const std::uint32_t b = t[q].begin;
        return doc.sentences()[static_cast<std::size_t>(doc.sentence_of(b))].begin == b;
    }

    // A word of a person's name: capitalised letters ("Ruiz", "O'Lind", "Ana-Maria"), not capitals alone,
    // no digits, no function word, month, weekday or title ("President"). A possessive ends a name
    // ("Ruiz's"): allowed only when `last_may_own`.
    bool name_word(std::size_t q, bool may_own = false) const {
        if (!cap(q) || (t[q].flags & TokenAllCaps)) return false;
        std::string_view w = tx(q);
        if (lexicon::is_possessive(w)) {
            if (!may_own) return false;
            w = lexicon::without_possessive(w);
        }
        if (w.size() < 2 || w.size() > 24) return false;
        for (const char ch : w)
            if (ch >= '0' && ch <= '9') return false;
        char b[32];
        const std::string_view lw = lexicon::lower(w, b);
        const bool name_form = name_in_word_form(t, doc.text(), q);
        return (name_form || (!lexicon::is_function_word(lw) && month_from_word(w) == 0)) && !lexicon::is_day_word(lw) && !names_person_by_role(lw) &&
               !lexicon::is_place_descriptor(w);
    }
    bool particle(std::size_t q) const { return word(q) && !cap(q) && name_particle(tx(q)); }
};

// Whether token q (after a name) leaves the name whole: a space before it, or punctuation that closes
// ("Ruiz,", "Ruiz."); not a word glued on by an invisible hyphen ("Vladi\u00ADmir").
bool ends_name(const Scan& s, std::size_t q) {
    if (q >= s.n || (s.t[q].flags & TokenSpaceBefore)) return true;
    if (s.t[q].type != TokenType::Punct) return false;
    const std::string_view p = s.tx(q);
    return p == "," || p == "." || p == ";" || p == ":" || p == ")" || p == "!" || p == "?" || p == "\"" ||
           p == "'" || p == "\xE2\x80\x9D" || p == "\xE2\x80\x99";
}

// The text of tokens [b, e], a possessive ending dropped from the last.
std::string_view span_text(const Scan& s, std::size_t b, std::size_t e) {
    std::string_view last = lexicon::without_possessive(s.tx(e));
    return s.doc.text().substr(s.t[b].begin, s.t[e].begin + last.size() - s.t[b].begin);
}

// The name forward from token b: its last token (b - 1 when none); at most kMaxNameWords words.
std::size_t name_forward(const Scan& s, std::size_t b, std::size_t* words) {
    std::size_t e = b - 1, count = 0;
    for (std::size_t q = b; q < s.n && count < kMaxNameWords; ++q) {
        if (q > b && s.line_break_before(q)) break;
        if (s.name_word(q, true)) {
            e = q;
            ++count;
            if (lexicon::is_possessive(s.tx(q))) break;
            continue;
        }
        if (count > 0 && s.particle(q) && s.name_word(q + 1, true)) continue;
        break;
    }
    *words = count;
    return e;
}

// Whether the name [b, e] may be a person's: no organisation's word or acronym ("Harlow Bank", "HPA").
bool person_name(const Scan& s, std::size_t b, std::size_t e) {
    return !reads_as_organisation(span_text(s, b, e));
}

//-----------------------------------------------------------------------------
// [SECTION] The four introductions
//-----------------------------------------------------------------------------

// The head of a role phrase starting at token d (after its article): the last word before a preposition,
// a relative word or the phrase's end (`end`, exclusive); n when the phrase holds no such word.
std::size_t role_head(const Scan& s, std::size_t d, std::size_t end) {
    std::size_t head = s.n;
    for (std::size_t q = d; q < end; ++q) {
        if (s.t[q].type == TokenType::Number && s.punct(q + 1, '-')) {  // "31-year-old": a modifier
            ++q;
            continue;
        }
        if (!s.word(q)) break;
        char b[32];
        const std::string_view lw = s.lower(q, b);
        if (q > d && (lw == "of" || lw == "at" || lw == "for" || lw == "in" || lw == "with" || lw == "from" ||
                      lw == "on" || lw == "to" || lw == "and" || lw == "who" || lw == "whose" || lw == "since" || lw == "near"))
            break;
        head = q;
    }
    return head;
}

// Trades and conditions news introduces people by, beyond the roles of sources (citations.hpp).
bool occupation(std::string_view lw) {
    static const std::unordered_set<std::string_view> words{
        "farmer", "fisherman", "fisherwoman", "nurse", "worker", "student", "pupil", "writer", "singer", "actor",
        "actress", "player", "footballer", "cricketer", "builder", "carpenter", "soldier", "pilot", "lecturer",
        "designer", "entrepreneur", "businessman", "businesswoman", "novelist", "poet", "composer", "producer",
        "photographer", "filmmaker", "broadcaster", "presenter", "commentator", "campaigner", "volunteer",
        "villager", "shopkeeper", "miner", "chef", "surgeon", "midwife", "priest", "bishop", "imam", "rabbi", "monk",
        "nun", "pastor", "vicar", "teenager", "veteran", "survivor", "refugee", "migrant", "victim", "candidate",
        "councillor", "councilor", "trustee", "investor", "inventor", "historian", "mathematician", "programmer",
        "consultant", "contractor", "landowner", "homeowner", "tenant", "retiree", "pensioner", "graduate",
        "athlete", "swimmer", "runner", "cyclist", "boxer", "wrestler", "golfer", "dancer", "painter", "sculptor",
        "architect", "accountant", "auditor", "headteacher", "principal", "dean", "tutor", "detective", "sergeant",
        "constable", "inspector", "firefighter", "paramedic", "sailor", "diver", "grower", "rancher", "herder",
        "shepherd", "smallholder", "beekeeper", "winemaker", "brewer", "baker", "butcher", "vendor", "trucker"};
    return words.count(lw) != 0;
}

bool role_word(const Scan& s, std::size_t q) {
    char b[32];
    const std::string_view lw = lexicon::lower(lexicon::without_possessive(s.tx(q)), b);
    return names_person_by_role(lw) || occupation(lw);
}

// Whether the clause from token q says what a person is or does for a living: "heads the Harlow Trust",
// "works for the ferry board", "is a lawyer"; not what they did once ("fled the town", "was arrested").
bool identity_clause(const Scan& s, std::size_t q) {
    static const std::unordered_set<std::string_view> verbs{
        "heads", "headed", "leads", "led", "runs", "ran", "chairs", "chaired", "founded", "co-founded", "owns",
        "owned", "manages", "managed", "directs", "directed", "represents", "represented", "coaches", "coached",
        "works", "worked", "teaches", "taught", "serves", "served", "edits", "edited", "oversees", "oversaw",
        "advises", "advised", "commands", "commanded", "captains", "captained", "studies", "studied", "trains",
        "trained", "researches", "researched", "co-founded", "presides", "presided", "succeeded", "replaced"};
    if (!s.word(q) || s.cap(q)) return false;
    char b[32];
    const std::string_view lw = s.lower(q, b);
    if (lw == "is" || lw == "was") {
        char ab[32];
        const std::string_view next = s.word(q + 1) ? s.lower(q + 1, ab) : std::string_view();
        if (next != "a" && next != "an" && next != "the") return false;
        // A role right after the article, or after one word more: "is a lawyer", "was a senior lawyer".
        return (s.word(q + 2) && role_word(s, q + 2)) || (s.word(q + 2) && s.word(q + 3) && role_word(s, q + 3));
    }
    return verbs.count(lw) != 0;
}

// A member of a party, written with a capital: "Democrat", "Republican", "Conservative", "Tory".
bool party_member(std::string_view w) {
    static constexpr std::string_view members[] = {"Democrat", "Republican", "Conservative", "Tory", "Liberal",
                                                   "Socialist", "Communist", "Nationalist", "Unionist", "Green"};
    for (const std::string_view m : members)
        if (w == m) return true;
    return false;
}

// The role between commas after a name, from the comma at token i: "a farmer", "an economist at Harlow
// Bank", "who heads the Harlow Trust", "a Democrat from Harlow" (an age before it skipped: ", 61,"). Sets
// its first and last tokens; false when what follows is no person's role.
bool role_between_commas(const Scan& s, std::size_t i, std::size_t* d0, std::size_t* d1) {
    std::size_t d = i + 1;
    if (d + 1 < s.n && s.t[d].type == TokenType::Number && s.punct(d + 1, ',')) d += 2;  // "Ana Ruiz, 61, a farmer,"
    if (!s.word(d) || s.line_break_before(d)) return false;
    char db[32];
    const std::string_view first = s.lower(d, db);
    const bool article = first == "a" || first == "an" || first == "the";
    const bool who = first == "who" && identity_clause(s, d + 1);  // "Ana Ruiz, who heads the Harlow Trust,"
    if (!article && !who && (s.cap(d) || !(role_word(s, d) || title_modifier(first)))) return false;
    // The description: words to the next comma, full stop, semicolon or bracket.
    std::size_t q = d;
    while (q < s.n && q - d < kMaxDescriptionWords && !s.line_break_before(q)) {
        // A dot inside an abbreviation goes on: "of the U.S. Treasury", "the U.S. harbour board", and after
        // a name's initial: "of Ana F. Lind Ferries".
        const bool initial = q > d && s.cap(q - 1) && s.t[q - 1].end - s.t[q - 1].begin == 1;
        if (s.punct(q, '.') && s.word(q + 1) && (!(s.t[q + 1].flags & TokenSpaceBefore) || !s.cap(q + 1) || initial)) {
            q += 1;
            continue;
        }
        // A number joined to a word is a modifier: "a 31-year-old carpenter", "a 20-year veteran of the force".
        if (q > d && s.t[q].type == TokenType::Number && s.punct(q + 1, '-') && q + 2 < s.n && s.word(q + 2) &&
            !(s.t[q + 1].flags & TokenSpaceBefore) && !(s.t[q + 2].flags & TokenSpaceBefore)) {
            q += 2;
            continue;
        }
        if (!s.word(q)) break;
        char wb[32];
        const std::string_view lw = s.lower(q, wb);
        if (lexicon::is_reporting_verb(lw)) return false;  // "…, the official said": a source, not a description
        if ((lw == "who" && q > d) || lw == "which" || lw == "whose") break;
        ++q;
    }
    if (q == d || (q - d == 1 && article)) return false;
    if (q < s.n && !(s.punct(q, ',') || s.punct(q, '.') || s.punct(q, ';') || s.punct(q, ')') ||
                     s.tx(q) == "who" || s.tx(q) == "which" || s.tx(q) == "whose"))
        return false;
    if (who) {
        if (q - d < 3 || !(s.punct(q, ',') || s.punct(q, '.') || s.punct(q, ';'))) return false;
        *d0 = d;
        *d1 = q - 1;
        return true;
    }
    const std::size_t head = role_head(s, article ? d + 1 : d, q);
    // (A party's member is written with a capital: "a Democrat from Harlow".)
    if (head == s.n || (s.cap(head) ? !party_member(s.tx(head)) : !role_word(s, head))) return false;
    // An abbreviation's last dot belongs to it: "… of the U.S.".
    const bool dotted = s.punct(q, '.') && s.t[q - 1].end - s.t[q - 1].begin == 1 && s.cap(q - 1) && q >= 2 && s.punct(q - 2, '.');
    *d0 = d;
    *d1 = dotted ? q : q - 1;
    return true;
}

// The name of two words or more ending at token ne, back to its first word (an adverb opening the
// sentence dropped: "Yesterday Ana Ruiz"); false when no such name ends there.
bool name_back(const Scan& s, std::size_t ne, std::size_t* first) {
    if (!s.name_word(ne)) return false;
    std::size_t nb = ne, words = 1;
    while (nb > 0 && words < kMaxNameWords && !s.line_break_before(nb)) {
        if (s.name_word(nb - 1)) { --nb; ++words; continue; }
        if (nb >= 2 && s.particle(nb - 1) && s.name_word(nb - 2)) { nb -= 2; ++words; continue; }
        break;
    }
    char ob[32];
    if (s.opens(nb) && words > 2 && sentence_adverb(s.lower(nb, ob))) { ++nb; --words; }
    *first = nb;
    return words >= 2;
}

// "Ana Ruiz, an economist at Harlow Bank," — the comma at token i; adds to `out` through `add`.
template <class Add> void after_name(const Scan& s, std::size_t i, Add&& add) {
    const std::size_t ne = i - 1;
    std::size_t nb = 0;
    if (!name_back(s, ne, &nb)) return;
    // The whole run of capitals is the name: "Harlow Ana Ruiz" or "Tarrow Ivo Lind" are no one's.
    if (nb > 0 && s.cap(nb - 1) && !s.opens(nb)) return;
    if (nb > 0 && s.word(nb - 1)) {
        char pb[32];
        const std::string_view before = s.lower(nb - 1, pb);
        // (After "of" or "for" the role decides: "the creation of Ivo Lind, a physician," is a person.)
        if (before == "in" || before == "at" || before == "from" || before == "near" || before == "on" || before == "across")
            return;  // a place or a body's name: "born in New Harlow, the …"
    }
    if (!person_name(s, nb, ne)) return;
    std::size_t d0 = 0, d1 = 0;
    if (role_between_commas(s, i, &d0, &d1)) add(nb, ne, d0, d1);
}

// "Ana Ruiz is an economist at Harlow Bank.", "Ivo Lind was the director of the Harlow Trust and …": a
// sentence that opens with a name and says what the person is; the verb at token i. The description runs
// to the clause's end or to a second description joined by "and" ("… and the author of …").
template <class Add> void name_is_role(const Scan& s, std::size_t i, Add&& add) {
    std::size_t nb = 0;
    if (i < 2 || !name_back(s, i - 1, &nb) || !s.opens(nb) || lexicon::is_possessive(s.tx(i - 1))) return;
    if (!person_name(s, nb, i - 1)) return;
    const std::size_t d = i + 1;
    char ab[32];
    const std::string_view article = s.word(d) ? s.lower(d, ab) : std::string_view();
    if (article != "a" && article != "an" && article != "the") return;
    std::size_t q = d + 1;
    bool joined = false;  // ended before "who" or a second description
    while (q < s.n && q - d < kMaxCopulaDescriptionWords && !s.line_break_before(q)) {
        if (s.punct(q, '.') && s.word(q + 1) && !s.opens(q + 1)) {
            ++q;  // "of the U.S. Treasury": a dot the sentence goes on after
            continue;
        }
        if (q > d + 1 && s.t[q].type == TokenType::Number && s.punct(q + 1, '-')) {  // "a 20-year veteran"
            q += 2;
            continue;
        }
        if (!s.word(q)) break;
        char wb[32];
        const std::string_view lw = s.lower(q, wb);
        if (lw == "who" || lw == "which" || lw == "whose" || lw == "that") { joined = true; break; }
        if (lw == "and" && s.word(q + 1)) {  // "… and a former pilot": the first description only
            char nb2[32];
            const std::string_view next = s.lower(q + 1, nb2);
            if (next == "a" || next == "an" || next == "the") { joined = true; break; }
        }
        ++q;
    }
    if (q >= s.n || q - d < 2 || !(s.punct(q, '.') || s.punct(q, ',') || s.punct(q, ';') || s.punct(q, '(') || joined))
        return;
    const std::size_t head = role_head(s, d + 1, q);
    if (head == s.n || s.cap(head) || !role_word(s, head)) return;
    // A comma may end a list inside the description ("a master of small, quiet films"): it ends the
    // description only after its head or a name ("an economist at Harlow Bank, which …").
    if (s.punct(q, ',') && q - 1 != head && !s.cap(q - 1)) return;
    // An abbreviation's last dot belongs to it: "… of the U.S.".
    const bool dotted = s.punct(q, '.') && s.t[q - 1].end - s.t[q - 1].begin == 1 && s.cap(q - 1) && s.punct(q - 2, '.');
    add(nb, i - 1, d, dotted ? q : q - 1);
}

// "Uwe Lind and Ana Ruiz, researchers with Harbour Watch,": two names joined by "and", then a plural role
// between commas, from the comma at token i; adds both through `add`, with the same role.
template <class Add> void pair_then_plural_role(const Scan& s, std::size_t i, Add&& add) {
    const std::size_t d = i + 1;
    if (!s.word(d) || s.cap(d) || s.line_break_before(d)) return;
    char db[32];
    const std::string_view first = s.lower(d, db);
    if (first.size() < 5 || first.back() != 's') return;
    char sb[32];
    const std::string_view singular = lexicon::lower(first.substr(0, first.size() - 1), sb);
    if (!(names_person_by_role(singular) || occupation(singular))) return;
    // The two names: two or three capitalised words each, "and" between.
    const auto name_back = [&](std::size_t e, std::size_t* b) {
        std::size_t q = e;
        while (q > 0 && e - q < 2 && s.name_word(q - 1) && !s.line_break_before(q)) --q;
        *b = q;
        return q < e && s.name_word(e) && person_name(s, q, e);
    };
    std::size_t b2 = 0, b1 = 0;
    if (i < 5 || !name_back(i - 1, &b2) || b2 < 3 || s.tx(b2 - 1) != "and" || !name_back(b2 - 2, &b1)) return;
    // The role: to the next comma or full stop, at most 12 words.
    std::size_t q = d;
    while (q < s.n && q - d < 12 && s.word(q) && !s.line_break_before(q)) ++q;
    if (q == d + 1 || q >= s.n || !(s.punct(q, ',') || s.punct(q, '.'))) return;
    add(b1, b2 - 2, d, q - 1);
    add(b2, i - 1, d, q - 1);
}

// Where a person named after a title works, right after the name: "of Harlow University", "at the
// Harlow Institute" (a body's name of up to six words); its last token, or 0 when none follows.
std::size_t employer_after(const Scan& s, std::size_t ne) {
    const std::size_t p = ne + 1;
    if (!(s.tx(p) == "of" || s.tx(p) == "at" || s.tx(p) == "from")) return 0;
    std::size_t b = p + 1;
    if (s.tx(b) == "the") ++b;
    std::size_t e = b;
    if (!s.cap(b)) return 0;
    for (std::size_t q = b + 1; q < s.n && q - b < 6 && !s.line_break_before(q); ++q) {
        if (s.cap(q)) { e = q; continue; }
        if ((s.tx(q) == "of" || s.tx(q) == "for" || s.tx(q) == "and") && s.cap(q + 1)) continue;
        break;
    }
    return reads_as_organisation(span_text(s, b, e)) ? e : 0;
}

// "Harbour Minister Ana Ruiz", "economist Ivo Lind", "President Lind": the title's last word at token q.
template <class Add> void title_before(const Scan& s, std::size_t q, Add&& add) {
    // The cheap tests first: most words before a capital are "the", "in", "said" ….
    if (s.line_break_before(q + 1) || (s.t[q + 1].flags & TokenAllCaps)) return;
    const std::size_t length = s.t[q].end - s.t[q].begin;
    if (length < 3 || length > 16) return;
    char tb[32];
    std::string_view title = s.lower(q, tb);
    if (title.size() > 5 && title.substr(0, 3) == "ex-") title.remove_prefix(3);  // "ex-chancellor": a former one
    if (lexicon::is_function_word(title) || lexicon::is_reporting_verb(title)) return;
    // (A title that opens its sentence is capitalised for that alone: "Prosecutor Lena Holm told …".)
    if (!(names_person_by_role(title) || occupation(title)) || (s.cap(q) && !s.opens(q) && !capitalised_title(title)) ||
        title == "fellow")
        return;
    if (!s.name_word(q + 1, true) || lexicon::is_possessive(s.tx(q))) return;  // ("fellow Tarrow Party member")
    std::size_t words = 0;
    const std::size_t ne = name_forward(s, q + 1, &words);
    if (words == 0) return;
    // One word only after an office written as a title: "President Lind", not "striker Lind".
    if (words == 1 && !(s.cap(q) && is_office_title(title))) return;
    if (ne + 1 < s.n && s.cap(ne + 1) && !lexicon::is_possessive(s.tx(ne))) return;  // more capitals: a body's name
    if (!ends_name(s, ne + 1)) return;
    if (!person_name(s, q + 1, ne)) return;
    // The title's words back from q: capitalised ones ("Harbour Party leader") and a title's modifiers
    // ("deputy prime minister"), at most three more, and a possessive owner ("Tarrow's finance minister").
    std::size_t d = q;
    while (d > 0 && q - d < 3 && s.word(d - 1) && !s.line_break_before(d)) {
        const std::size_t p = d - 1;
        char pb[32];
        const std::string_view lw = s.lower(p, pb);
        if (lexicon::is_function_word(lw) || lexicon::is_reporting_verb(lw) || month_from_word(s.tx(p)) || lexicon::is_day_word(lw)) break;
        // ("ex-Harlow chancellor": "ex-" and what follows it belong to the title, a former holder's.)
        if (lw.size() > 4 && lw.substr(0, 3) == "ex-") { d = p; break; }
        if (s.cap(p) && (s.t[p].flags & TokenAllCaps) == 0 && s.opens(p) && sentence_adverb(lw)) break;
        // (A lower-case word that names the field, between a capitalised one and the title: "Russian
        // tennis chief", "Tarrow's ferry boss"; not "praised chief", "when chief".)
        // ("former ferry chief": after a title's modifier too.)
        char fb2[32];
        const bool field = p > 0 && s.word(p - 1) &&
                           (s.cap(p - 1) || lexicon::is_possessive(s.tx(p - 1)) || title_modifier(s.lower(p - 1, fb2))) &&
                           !s.line_break_before(p) && lw.size() > 2 && !lexicon::is_possessive(s.tx(p)) &&
                           lw.substr(lw.size() - 2) != "ed" && lw.substr(lw.size() - 2) != "ly" &&
                           (lw.size() < 4 || lw.substr(lw.size() - 3) != "ing");
        if (!s.cap(p) && !title_modifier(lexicon::without_possessive(lw)) && !names_person_by_role(lw) && !field) break;
        d = p;
        if (lexicon::is_possessive(s.tx(p)) || s.opens(p)) break;
    }
    // "Senator Ana Ruiz, a Democrat from Harlow,": the title and the role between commas after the name.
    const std::size_t employer = employer_after(s, ne);
    std::size_t a0 = 0, a1 = 0;
    if (!employer && s.punct(ne + 1, ',') && role_between_commas(s, ne + 1, &a0, &a1)) add(q + 1, ne, d, q, 0, a0, a1);
    else add(q + 1, ne, d, q, employer);
}

// "The bank's chief economist, Ana Ruiz, said": the comma after the role at token i.
template <class Add> void role_then_name(const Scan& s, std::size_t i, Add&& add) {
    // A name of two capitalised words after the comma, then the role before it: most commas fail the first.
    if (i == 0 || !s.cap(i + 1) || !s.cap(i + 2) || !s.word(i - 1) || s.cap(i - 1) || !role_word(s, i - 1)) return;
    std::size_t words = 0;
    const std::size_t ne = name_forward(s, i + 1, &words);
    if (words < 2 || lexicon::is_possessive(s.tx(ne)) || !s.punct(ne + 1, ',')) return;
    if (!person_name(s, i + 1, ne)) return;
    // Back over the role's words to its determiner or owner: "the", "its", "Harlow Bank's".
    std::size_t d = i - 1;
    while (d > 0 && i - d < 6 && s.word(d - 1) && !s.line_break_before(d)) {
        char pb[32];
        const std::string_view lw = s.lower(d - 1, pb);
        if (lw == "the" || lw == "a" || lw == "an" || lw == "its" || lw == "his" || lw == "her" || lw == "their" ||
            lexicon::is_possessive(s.tx(d - 1)))
            break;
        if (lexicon::is_function_word(lw) || lexicon::is_reporting_verb(lw)) return;
        --d;
    }
    if (d == 0 || !s.word(d - 1)) return;
    std::size_t owner = d - 1;  // the determiner, or the owner's last word
    char fb[32];
    if (lexicon::is_possessive(s.tx(owner)))
        while (owner > 0 && s.cap(owner - 1) && !s.opens(owner) && d - owner < 4 &&
               !lexicon::is_function_word(s.lower(owner - 1, fb)))
            --owner;
    else
        owner = d;  // "the chief economist": the role alone
    add(i + 1, ne, owner, i - 1);
}

//-----------------------------------------------------------------------------
// [SECTION] Family names
//-----------------------------------------------------------------------------

} // namespace

std::vector<InTextDefinition> described_people(const Document& doc, const std::vector<InTextDefinition>& given) {
    std::vector<InTextDefinition> out;
    const Scan s{doc, doc.tokens(), doc.tokens().size()};
    std::unordered_set<std::string_view> named;
    for (const InTextDefinition& d : given) named.insert(d.term);
    std::unordered_set<std::string> outer_words;  // the first and last words of the names of several words so far
    SentenceCapitals capitals(doc);               // "Former captain Mira Santos": a role read in lower case
    const auto add = [&](std::size_t nb, std::size_t ne, std::size_t d0, std::size_t d1, std::size_t employer_end = 0,
                         std::size_t role_b = 0, std::size_t role_e = 0) {
        if (ne > nb + 1 && lexicon::is_courtesy_title(s.tx(nb))) ++nb;  // "Dr Ana Ruiz", "Sir Ivo Lind": the name
        const std::string_view name = span_text(s, nb, ne);
        // "President Lind" after "Ivo Lind" was introduced: the same person, named by one word of the name.
        if (nb == ne && outer_words.count(std::string(name))) return;
        if (!named.insert(name).second) return;
        if (nb != ne) {
            outer_words.insert(std::string(s.tx(nb)));
            outer_words.insert(std::string(lexicon::without_possessive(s.tx(ne))));
        }
        InTextDefinition& d = out.emplace_back();
        d.term = std::string(name);
        d.long_form = std::string(span_text(s, d0, d1));
        if (d0 < nb && d1 > d0 && capitals.only_opens(d0)) d.long_form[0] = static_cast<char>(lexicon::fold_ascii(d.long_form[0]));
        // "The singer Mira Santos": a role in lower case after "the" reads with it ("the singer").
        char ab[32];
        if (d0 < nb && d0 >= 1 && s.word(d0 - 1) && s.lower(d0 - 1, ab) == "the" && d.long_form[0] >= 'a' && d.long_form[0] <= 'z')
            d.long_form.insert(0, "the ");
        d.term_range = {s.t[nb].begin, s.t[nb].begin + static_cast<std::uint32_t>(name.size())};
        d.site = {s.t[std::min(nb, d0)].begin, std::max(d.term_range.end, s.t[d1].end)};
        if (employer_end > ne) {  // "economist Ana Ruiz of Harlow Bank": the role, then where
            d.long_form += " " + std::string(s.doc.slice({s.t[ne + 1].begin, s.t[employer_end].end}));
            d.site.end = std::max(d.site.end, s.t[employer_end].end);
        }
        if (role_e > ne) {  // "Senator Ana Ruiz, a Democrat from Harlow,": the title, then the role after
            d.long_form += ", " + std::string(span_text(s, role_b, role_e));
            d.site.end = std::max(d.site.end, s.t[role_e].end);
        }
        d.acronym = false;
        d.person = true;
    };
    const char* const text = doc.text().data();
    for (std::size_t i = 0; i + 1 < s.n; ++i) {
        const Token& tk = s.t[i];
        if (tk.type == TokenType::Punct) {
            if (i == 0) continue;
            if (text[tk.begin] != ',') continue;  // most punctuation: one test
            after_name(s, i, add);
            pair_then_plural_role(s, i, add);
            role_then_name(s, i, add);
            continue;
        }
        if (tk.type != TokenType::Word) continue;
        // A title before a name: a word followed by a capitalised one.
        if (s.t[i + 1].flags & TokenCapitalized) title_before(s, i, add);
        // "Ana Ruiz is a …": "is" or "was" after a capitalised word.
        else if (i > 1 && (s.t[i - 1].flags & TokenCapitalized) && tk.end - tk.begin <= 3 &&
                 (s.tx(i) == "is" || s.tx(i) == "was"))
            name_is_role(s, i, add);
    }
    std::vector<std::string> names;
    names.reserve(out.size());
    for (const InTextDefinition& p : out) names.push_back(p.term);
    const std::vector<std::string> families = lone_family_names(doc, names);
    for (std::size_t k = 0; k < out.size(); ++k) out[k].alias = families[k];
    return out;
}

std::vector<std::string> lone_family_names(const Document& doc, const std::vector<std::string>& names) {
    std::vector<std::string> out(names.size());
    std::unordered_map<std::string, int> by_family;  // lower-cased family name → names bearing it
    std::uint32_t shapes[32] = {};                    // bit (initial - 'a') of shapes[length]
    for (std::size_t k = 0; k < names.size(); ++k) {
        const std::size_t space = names[k].rfind(' ');
        if (space == std::string::npos) continue;
        const std::string family = names[k].substr(space + 1);
        if (family.size() < 3 || family.size() >= 32 || family[0] < 'A' || family[0] > 'Z') continue;
        char b[32];
        const std::string lw(lexicon::lower(family, b));
        ++by_family[lw];
        shapes[lw.size()] |= 1u << (lw[0] - 'a');
        out[k] = family;
    }
    // A family name that is another's first name ("Kim Lee" beside "Lee Sun") names no one person.
    for (const std::string& name : names) {
        const std::size_t space = name.find(' ');
        if (space == std::string::npos || space >= 32) continue;
        char b[32];
        const auto it = by_family.find(std::string(lexicon::lower(std::string_view(name).substr(0, space), b)));
        if (it != by_family.end()) it->second += 2;
    }
    // Family names the text also writes in lower case: one pass, a lookup only for words of their shape.
    std::unordered_set<std::string_view> common;
    const auto& t = doc.tokens();
    const char* const text = doc.text().data();
    for (std::size_t q = 0; q < t.size(); ++q) {
        const Token& tk = t[q];
        if (tk.type != TokenType::Word || (tk.flags & TokenCapitalized)) continue;
        const std::size_t len = tk.end - tk.begin;
        const char c0 = text[tk.begin];
        if (len >= 32 || c0 < 'a' || c0 > 'z' || !((shapes[len] >> (c0 - 'a')) & 1u)) continue;
        const auto it = by_family.find(std::string(doc.token_text(q)));
        if (it != by_family.end()) common.insert(it->first);
    }
    for (std::string& family : out) {
        if (family.empty()) continue;
        char b[32];
        const auto it = by_family.find(std::string(lexicon::lower(family, b)));
        if (it->second > 1 || common.count(it->first)) family.clear();
    }
    return out;
}

namespace {

bool capitalised_word(const Token& k) {
    return k.type == TokenType::Word && (k.flags & TokenCapitalized) && !(k.flags & TokenAllCaps);
}

} // namespace

bool name_in_word_form(const std::vector<Token>& t, std::string_view text, std::size_t i) {
    if (i >= t.size() || !capitalised_word(t[i])) return false;
    const std::string_view w = text.substr(t[i].begin, t[i].end - t[i].begin);
    if (w != "He" && w != "Per" && w != "Will" && w != "May") return false;
    const bool next_name = i + 1 < t.size() && capitalised_word(t[i + 1]) && !(t[i + 1].flags & TokenNewlineBefore);
    if (w == "He" || w == "Per") return next_name;
    if (w == "Will") {
        if (!next_name) return false;
        // At a sentence's start "Will" may ask a question ("Will Harlow Bank survive?"): a name only
        // before a comma or a verb of saying ("Will Hutton, an economist, said", "Will Hutton said").
        const bool opens = i == 0 || t[i - 1].type != TokenType::Word || (t[i].flags & TokenNewlineBefore);
        if (!opens) return true;
        if (i + 2 >= t.size()) return false;
        const Token& after = t[i + 2];
        const std::string_view aw = text.substr(after.begin, after.end - after.begin);
        if (after.type == TokenType::Punct) return aw == ",";
        char b[32];
        return after.type == TokenType::Word && !(after.flags & TokenCapitalized) && lexicon::is_reporting_verb(lexicon::lower(aw, b));
    }
    // "May" after a given name or a title on its line ("Theresa May", "Mrs May"), never before a day
    // ("May 5") nor after a word of when ("early May", "last May").
    if (i == 0 || !capitalised_word(t[i - 1]) || (t[i].flags & TokenNewlineBefore)) return false;
    if (i + 1 < t.size() && t[i + 1].type == TokenType::Number) return false;
    char b[32];
    const std::string_view prev = lexicon::lower(text.substr(t[i - 1].begin, t[i - 1].end - t[i - 1].begin), b);
    return !lexicon::is_function_word(prev) && month_from_word(prev) == 0 && !lexicon::is_day_word(prev) &&
           prev != "early" && prev != "late" && prev != "mid" && prev != "end";
}

} // namespace gloss
