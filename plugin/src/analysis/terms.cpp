// Gloss — term occurrences from in-text definitions and glossary packs. See terms.hpp.
//
// One pass over the tokens: a hash lookup of each word that could begin a
// known form (filtered by its first byte, length and second byte), then a token-by-token comparison
// of the candidate forms, longest first.
#include "terms.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "citations.hpp"
#include "languages.hpp"
#include "people.hpp"
#include "lexical_data.hpp"
#include "lexicon.hpp"
#include "../text/cancellation.hpp"


namespace gloss {

namespace {

struct Term {
    std::string             key;
    const GlossaryEntry*    entry = nullptr;
    const InTextDefinition* def = nullptr;
};

struct Pattern {
    std::vector<std::string>        toks;  // token texts (lower-case when !case_sensitive)
    bool                            case_sensitive = true;
    std::size_t                     term = 0;
    const std::vector<std::string>* after = nullptr;
    bool                            alias = false;  // a person's family name alone: counts after their introduction
};

// Which words could start a form of one index, judged from the word's length
// and first two bytes (lower-cased for a folding index): most words fail one
// of two table reads and are never hashed. A possessive ending ("’s", 2 or 4
// bytes) is allowed for.
class HeadShapes {
public:
    explicit HeadShapes(bool fold) : fold_(fold) {}
    void add(std::string_view head) {
        const unsigned char c0 = key(head[0]);
        for (const std::size_t extra : {0, 2, 4}) lengths_[c0] |= bit(head.size() + extra);
        if (head.size() >= 2) {
            set_pair(c0, key(head[1]));
        } else {  // a one-byte head followed by its possessive: "X's", "X’s"
            set_pair(c0, '\'');
            set_pair(c0, 0xE2);
        }
        // By first and last letter and length; a possessive ending ends in "s" two or four bytes on.
        set_ends(c0, key(head.back()), head.size());
        set_ends(c0, 's', head.size() + 2);
        set_ends(c0, 's', head.size() + 4);
    }
    // The lengths (bits, as bit()) of the words starting with byte c (as written) that may start a form.
    std::uint32_t lengths(unsigned char c) const { return lengths_[key(static_cast<char>(c))]; }
    // Whether a word of `length` bytes starting with `word` may start a form.
    [[gnu::always_inline]] bool may_start(const unsigned char* word, std::size_t length) const {
        const unsigned char c0 = key(static_cast<char>(word[0]));
        if (!(lengths_[c0] & bit(length))) return false;
        if (length < 2) return true;
        const unsigned pair = (unsigned{c0} << 8) | key(static_cast<char>(word[1]));
        if (!((pairs_[pair >> 6] >> (pair & 63)) & 1)) return false;
        const int e = ends_index(c0, key(static_cast<char>(word[length - 1])));
        return e < 0 || ((ends_[e] >> (length < 31 ? length : 31)) & 1u);
    }
    static std::uint32_t bit(std::size_t length) { return 1u << (length < 31 ? length : 31); }

private:
    unsigned char key(char c) const { return fold_ ? lexicon::fold_ascii(c) : static_cast<unsigned char>(c); }
    void set_pair(unsigned c0, unsigned c1) {
        const unsigned pair = (c0 << 8) | c1;
        pairs_[pair >> 6] |= std::uint64_t{1} << (pair & 63);
    }
    // The first and last bytes as one index when both are ASCII letters (lower case when folding, either
    // case as written), else -1: a word whose ends are no letters is not filtered by them.
    static int ends_index(unsigned char first, unsigned char last) {
        const auto letter = [](unsigned char c) { return c >= 'a' && c <= 'z' ? c - 'a' : c >= 'A' && c <= 'Z' ? c - 'A' + 26 : -1; };
        const int f = letter(first), l = letter(last);
        return f < 0 || l < 0 ? -1 : f * 52 + l;
    }
    void set_ends(unsigned char first, unsigned char last, std::size_t length) {
        const int e = ends_index(first, last);
        if (e >= 0) ends_[e] |= 1u << (length < 31 ? length : 31);  // (a word whose ends are no letters is not filtered)
    }
    bool          fold_;
    std::uint32_t lengths_[256] = {};           // by first byte, bit n: a head of n bytes (31: 31 or more)
    std::uint64_t pairs_[256 * 256 / 64] = {};  // by first two bytes: some head starts with them
    std::uint32_t ends_[52 * 52] = {};          // by first and last letter, bit n: a head of n bytes
};

// The patterns by their first token: open addressing over lexicon::word_hash of
// the lower-cased (ASCII) word, so that both indexes take the one hash of a word.
// A folding index compares the word lower-cased (its keys are lower case),
// without copying it; the other compares it as written.
class HeadIndex {
public:
    explicit HeadIndex(bool fold) : fold_(fold) {}

    void add(std::string_view head, std::size_t pattern) {
        if (2 * (entries_.size() + 1) > slots_.size()) grow();
        Entry& e = slot(head);
        e.head = head;
        e.patterns.push_back(pattern);
    }
    // The patterns whose first token is `w` (whose folded hash is `h`), or nullptr.
    const std::vector<std::size_t>* find(std::string_view w, std::uint32_t h) const {
        if (slots_.empty()) return nullptr;
        for (std::size_t k = h & (slots_.size() - 1);; k = (k + 1) & (slots_.size() - 1)) {
            const std::int32_t at = slots_[k];
            if (at < 0) return nullptr;
            const Entry& e = entries_[static_cast<std::size_t>(at)];
            if (same(e.head, w)) return &e.patterns;
        }
    }

private:
    struct Entry {
        std::string_view         head;
        std::vector<std::size_t> patterns;
    };
    unsigned char key(char c) const { return fold_ ? lexicon::fold_ascii(c) : static_cast<unsigned char>(c); }
    static std::size_t hash(std::string_view w) { return lexicon::word_hash(w, true); }
    bool same(std::string_view head, std::string_view w) const {
        if (head.size() != w.size()) return false;
        for (std::size_t i = 0; i < w.size(); ++i)
            if (static_cast<unsigned char>(head[i]) != key(w[i])) return false;
        return true;
    }
    Entry& slot(std::string_view head) {
        for (std::size_t k = hash(head) & (slots_.size() - 1);; k = (k + 1) & (slots_.size() - 1)) {
            if (slots_[k] < 0) {
                slots_[k] = static_cast<std::int32_t>(entries_.size());
                return entries_.emplace_back();
            }
            Entry& e = entries_[static_cast<std::size_t>(slots_[k])];
            if (e.head == head) return e;
        }
    }
    void grow() {
        std::vector<std::int32_t> old = std::move(slots_);
        slots_.assign(old.empty() ? 64 : old.size() * 2, -1);
        for (std::size_t i = 0; i < entries_.size(); ++i)
            for (std::size_t k = hash(entries_[i].head) & (slots_.size() - 1);; k = (k + 1) & (slots_.size() - 1))
                if (slots_[k] < 0) { slots_[k] = static_cast<std::int32_t>(i); break; }
    }

    bool                      fold_;
    std::vector<Entry>        entries_;
    std::vector<std::int32_t> slots_;  // index into entries_, or -1
};

// The first token from `from` on whose first byte and length some form may
// start with (`lengths_by_byte`: HeadShapes::bit() of the lengths, by first
// byte), or `n`. Most tokens fail here: a loop on its own, so that its few
// values stay in registers.
// "IMF-backed", "NATO-led", "G7-style": the length of the initials (capitals, then capitals or digits) that
// open a compound whose next part is in lower case, or 0. Such initials are a term's form on their own.
// (Inline: most words fail at their first or second byte.)
[[gnu::always_inline]] inline std::size_t initials_before_hyphen(const unsigned char* word, std::size_t length) {
    const auto upper = [](unsigned char c) { return c >= 'A' && c <= 'Z'; };
    if (length < 4 || !upper(word[0]) || !(upper(word[1]) || (word[1] >= '0' && word[1] <= '9'))) return 0;
    std::size_t k = 2;
    while (k < length && (upper(word[k]) || (word[k] >= '0' && word[k] <= '9'))) ++k;
    return k + 1 < length && word[k] == '-' && word[k + 1] >= 'a' && word[k + 1] <= 'z' ? k : 0;
}

[[gnu::always_inline]] inline std::size_t next_candidate(const Token* tokens, std::size_t from, std::size_t n, const unsigned char* bytes,
                           const std::uint32_t* lengths_by_byte) {
    for (std::size_t i = from; i < n; ++i) {
        const std::uint32_t lengths = lengths_by_byte[bytes[tokens[i].begin]];
        if (lengths && (lengths & HeadShapes::bit(tokens[i].end - tokens[i].begin))) return i;
        if (lengths && initials_before_hyphen(bytes + tokens[i].begin, tokens[i].end - tokens[i].begin)) return i;
    }
    return n;
}

// Forms to look for, indexed by their first token: the patterns longest first
// (the first match at a token is the longest), and the two indexes (as written,
// and folded) with the shapes of their heads.
struct FormIndex {
    std::vector<Pattern> patterns;
    HeadIndex  cs_index{false}, ci_index{true};
    HeadShapes cs_first{false}, ci_first{true};

    // Sorts the patterns (stable: the first added wins among forms of one length) and indexes them.
    void build() {
        std::stable_sort(patterns.begin(), patterns.end(),
                         [](const Pattern& a, const Pattern& b) { return a.toks.size() > b.toks.size(); });
        for (std::size_t p = 0; p < patterns.size(); ++p) {
            if (patterns[p].toks.empty()) continue;
            const std::string& head = patterns[p].toks[0];
            if (patterns[p].case_sensitive) { cs_index.add(head, p); cs_first.add(head); }
            else { ci_index.add(head, p); ci_first.add(head); }
        }
    }
};

// The tokens of a form the text itself gives (a name, an acronym): made for this document only.
std::vector<std::string> text_form_tokens(const std::string& form) {
    const Document d(form);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < d.tokens().size(); ++i) out.emplace_back(d.token_text(i));
    return out;
}

// The tokens of a form of the knowledge (a pack's, WordNet's), lower-cased when not `case_sensitive`.
std::vector<std::string> form_tokens(const std::string& form, bool case_sensitive) {
    // The same forms (the glossary's, WordNet's) come back with every document: each is tokenized once per
    // process. The cache holds only the forms of the knowledge in use, so it stays the size of the packs.
    static std::mutex guard;
    static std::unordered_map<std::string, std::vector<std::string>> tokenized[2];
    {
        const std::lock_guard<std::mutex> lock(guard);
        const auto it = tokenized[case_sensitive].find(form);
        if (it != tokenized[case_sensitive].end()) return it->second;
    }
    const Document d(form);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < d.tokens().size(); ++i)
        out.push_back(case_sensitive ? std::string(d.token_text(i)) : ascii_lower(d.token_text(i)));
    const std::lock_guard<std::mutex> lock(guard);
    tokenized[case_sensitive].emplace(form, out);
    return out;
}


} // namespace

// Whether a text's long form and a pack's expansion name the same thing: either is empty, or they share
// a word of three letters or more, whatever the case and a plural "s" ("40-foot shipping units" and
// "forty-foot shipping unit"; not "Async Task Framework" and "Bureau of Alcohol, Tobacco and Firearms").
bool same_sense(std::string_view text_form, std::string_view expansion) {
    if (text_form.empty() || expansion.empty()) return true;
    struct Word { std::string text; bool capital; };
    const auto words = [](std::string_view s) {
        std::vector<Word> out;
        std::string w;
        bool capital = false;
        for (std::size_t i = 0; i <= s.size(); ++i) {
            const char ch = i < s.size() ? s[i] : ' ';
            if (ch == '-' || ch == '.') continue;  // "Co-operation" is "Cooperation"
            if (ch == ' ' || ch == ',' || ch == '(' || ch == ')') {
                if (!w.empty() && w.back() == 's') w.pop_back();
                if (w.size() >= 3 && w != "the" && w != "and" && w != "for") out.push_back({w, capital});
                w.clear();
            } else {
                if (w.empty()) capital = ch >= 'A' && ch <= 'Z';
                w += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
            }
        }
        return out;
    };
    // Spellings of one word ("Organisation", "Organization") share their first six letters.
    const auto alike = [](const std::string& x, const std::string& y) {
        return x == y || (x.size() >= 6 && y.size() >= 6 && x.compare(0, 6, y, 0, 6) == 0);
    };
    const std::vector<Word> a = words(text_form), b = words(expansion);
    if (a.empty() || b.empty()) return true;
    const auto in_b = [&](const Word& x) {
        return std::any_of(b.begin(), b.end(), [&](const Word& y) { return alike(x.text, y.text); });
    };
    // A name's own word the knowledge does not have names something else ("World Harbour Organisation" is
    // no "World Health Organization").
    // (A company's legal ending says nothing of its sense: "Taiwan Semiconductor Manufacturing Company Ltd".)
    static const char* const endings[] = {"corp", "inc", "ltd", "plc", "llc", "company", "corporation", "group", "holding"};
    for (const Word& x : a)
        if (x.capital && !in_b(x) && std::none_of(std::begin(endings), std::end(endings), [&](const char* e) { return x.text == e; }))
            return false;
    return std::any_of(a.begin(), a.end(), in_b);
}

namespace {

// Whether an ISO code at token `i` is used as one. A currency code beside an amount or after "in" ("AMD 500",
// "500 AMD", "denominated in AMD"); elsewhere the same letters are as often a firm's ("AMD chips"). A country
// code likewise beside a number or in parentheses ("DEU 3", "(DEU)"): "over TLS" is a protocol, not
// Timor-Leste. Other entries: always.
bool code_in_context(const Document& doc, std::size_t i, std::string_view pack) {
    const bool currency = pack == "ISO 4217", country = pack == "ISO 3166-1";
    if (!currency && !country) return true;
    const auto& tk = doc.tokens();
    const std::size_t n = tk.size();
    // (Letters that spell a function word only in parentheses: "BETWEEN -1 AND 1" is no Andorra, "ARE" no Emirates.)
    char fb[32];
    const bool word = country && lexicon::is_function_word(lexicon::lower(doc.token_text(i), fb));
    if (!word && ((i > 0 && tk[i - 1].type == TokenType::Number) || (i + 1 < n && tk[i + 1].type == TokenType::Number))) return true;
    if (currency) return i > 0 && doc.token_text(i - 1) == "in";
    return i > 0 && i + 1 < n && doc.token_text(i - 1) == "(" && doc.token_text(i + 1) == ")";
}

bool after_ok(const Document& doc, std::size_t i, const std::vector<std::string>& after) {
    if (after.empty()) return true;
    if (i == 0) return false;
    const std::string_view prev = doc.token_text(i - 1);
    for (const std::string& a : after) {
        if (a.empty()) continue;
        if (a[0] == '\'' || static_cast<unsigned char>(a[0]) == 0xE2) {  // a suffix: "’s"
            if (prev.size() > a.size() && prev.substr(prev.size() - a.size()) == a) return true;
        } else if (ascii_lower(prev) == ascii_lower(a)) {
            return true;
        }
    }
    return false;
}

// Whether token q is a title before a name ("President", "Minister", "General"): the name after it
// is no part of a longer one.
bool title_before(const Document& doc, std::size_t q) {
    char b[32];
    return names_person_by_role(lexicon::lower(doc.token_text(q), b));  // (offices among the roles)
}

// Whether a glossary acronym's expansion is a name to find as written: two to six words of letters and
// hyphens, not a list or a description ("Brazil, Russia, India, …", "the five permanent members …").
bool spelled_out_name(const std::string& expansion) {
    if (expansion.size() < 5 || expansion.rfind("the ", 0) == 0) return false;
    int words = 1;
    for (const char ch : expansion) {
        if (ch == ' ') ++words;
        else if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '-' || ch == '\'')) return false;
    }
    if (words < 2 || words > 6) return false;
    // Not a person's post ("prime minister", "chief ferry officer"): the glossary explains the initials,
    // the words explain themselves.
    const std::size_t space = expansion.rfind(' ');
    char b[32];
    if (names_person_by_role(lexicon::lower(std::string_view(expansion).substr(space + 1), b))) return false;
    // A name in capitals: a body's or a thing of three words or more ("Harlow Port Safety Index"), not a
    // place of two ("New York").
    const bool capitalised = expansion[0] >= 'A' && expansion[0] <= 'Z';
    return !capitalised || words >= 3 || reads_as_organisation(expansion);
}

// Whether a capitalised word goes on at token q, after a name, perhaps past an apostrophe: the name is
// part of a longer one ("Isaac Newton' Harbour School", "the Isaac Newton Institute").
bool name_goes_on(const Document& doc, std::size_t q) {
    const auto& t = doc.tokens();
    if (q < t.size() && t[q].type == TokenType::Punct && (doc.token_text(q) == "'" || doc.token_text(q) == "\xE2\x80\x99")) ++q;
    return q < t.size() && t[q].type == TokenType::Word && (t[q].flags & TokenCapitalized) && !(t[q].flags & TokenNewlineBefore);
}

// Whether the byte at `at` lies in a heading: a paragraph of one line under 160 bytes that ends in no
// sentence's closing mark ("Harbour Fees Rise Again").
bool in_heading(const Document& doc, std::uint32_t at) {
    const int p = doc.paragraph_of(at);
    if (p < 0) return false;
    const ByteRange r = doc.paragraphs()[static_cast<std::size_t>(p)];
    const std::string_view text = doc.slice(r);
    std::size_t end = text.find_last_not_of(" \t\r\n");
    if (end == std::string_view::npos || text.size() >= 160 || text.substr(0, end).find('\n') != std::string_view::npos) return false;
    const char last = text[end];
    return last != '.' && last != '!' && last != '?' && last != '"' && last != ':' &&
           !(end >= 2 && static_cast<unsigned char>(text[end - 2]) == 0xE2);  // a closing quotation mark
}

// Whether a description opens with its owner's possessive, capitalised: "Ostland's state gas company".
bool opens_with_owner(std::string_view description) {
    const std::string_view first = description.substr(0, description.find(' '));
    return !first.empty() && first[0] >= 'A' && first[0] <= 'Z' && lexicon::is_possessive(first);
}

// The forms of a knowledge base's glossary, indexed (a pattern's `term` is its
// entry's index in kb.glossary()): each form, and an acronym's long form
// spelled out ("value-added tax", in any case when the glossary writes it in
// lower case, and its plural), or the same name as another entry's term.
// Whether `word` stands in `text` as a whole word (no letter or digit glued before or after it).
bool names_word(std::string_view text, std::string_view word) {
    const auto glued = [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    };
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        const std::size_t end = at + word.size();
        if ((at == 0 || !glued(text[at - 1])) && (end == text.size() || !glued(text[end]))) return true;
    }
    return false;
}

// A WordNet gloss that places what it names in one country or a few ("a former political party in the
// United States", "formed in Great Britain in 1900") is another country's namesake in a text that names
// none of them: "the ruling People's Party" of a text about Ostland is no US party of 1891. A gloss that
// says the name is used elsewhere too ("a political party in Germany and Britain (and elsewhere)") places
// nothing.
// Whether the text names each country is searched once per document, on first need (`named`, by country:
// -1 not yet asked), so a text with many such names stays linear.
constexpr std::size_t kGlossCountries = 9;
bool placed_in_countries_the_text_never_names(std::string_view gloss, std::string_view text, std::array<int, kGlossCountries>& named) {
    struct Country {
        std::initializer_list<std::string_view> in_gloss;  // how a gloss names it
        std::initializer_list<std::string_view> in_text;   // how a text may name it
    };
    static const Country countries[kGlossCountries] = {
        {{"United States", "American"}, {"United States", "U.S.", "US", "USA", "America", "American", "Americans", "Washington"}},
        {{"Great Britain", "Britain", "British", "United Kingdom", "England"},
         {"Britain", "British", "UK", "U.K.", "United Kingdom", "England", "English", "London", "Scotland", "Wales"}},
        {{"Germany", "German"}, {"Germany", "German", "Berlin"}},
        {{"France", "French"}, {"France", "French", "Paris"}},
        {{"Japan"}, {"Japan", "Japanese", "Tokyo"}},
        {{"Russia", "Soviet Union"}, {"Russia", "Russian", "Soviet", "Moscow"}},
        {{"Ireland", "Irish"}, {"Ireland", "Irish", "Dublin"}},
        {{"Australia"}, {"Australia", "Australian"}},
        {{"Canada"}, {"Canada", "Canadian"}},
    };
    if (gloss.find("elsewhere") != std::string_view::npos) return false;
    bool placed = false;
    for (std::size_t k = 0; k < kGlossCountries; ++k) {
        bool in_gloss = false;
        for (const std::string_view g : countries[k].in_gloss) in_gloss = in_gloss || names_word(gloss, g);
        if (!in_gloss) continue;
        placed = true;
        if (named[k] < 0) {
            named[k] = 0;
            for (const std::string_view t : countries[k].in_text) named[k] = named[k] || names_word(text, t);
        }
        if (named[k]) return false;
    }
    return placed;
}

std::unique_ptr<FormIndex> index_glossary(const KnowledgeBase& kb) {
    auto index = std::make_unique<FormIndex>();
    const std::vector<GlossaryEntry>& glossary = kb.glossary();
    for (std::size_t g = 0; g < glossary.size(); ++g) {
        const GlossaryEntry& e = glossary[g];
        for (const std::string& f : e.forms) index->patterns.push_back({form_tokens(f, e.case_sensitive), e.case_sensitive, g, &e.after});
        if (e.kind == "acronym" && spelled_out_name(e.expansion) && !kb.find_term(e.expansion)) {
            const bool lower = e.expansion[0] >= 'a' && e.expansion[0] <= 'z';
            index->patterns.push_back({form_tokens(e.expansion, !lower), !lower, g, nullptr});
            if (lower && e.expansion.back() != 's' && !kb.find_term(e.expansion + "s"))
                index->patterns.push_back({form_tokens(e.expansion + "s", false), false, g, nullptr});
        }
    }
    index->build();
    return index;
}

// The glossary's index for `kb`: the bundled knowledge's is made once per
// process (it is the same for every document), another's for each call.
const FormIndex& glossary_index(const KnowledgeBase& kb, std::unique_ptr<FormIndex>& own) {
    static const std::shared_ptr<const KnowledgeBase> bundled = KnowledgeBase::bundled();
    if (&kb == bundled.get()) {
        static const std::unique_ptr<FormIndex> shared = index_glossary(*bundled);
        return *shared;
    }
    own = index_glossary(kb);
    return *own;
}

} // namespace

std::vector<FoundDefinition> find_definitions(const Document& doc, const KnowledgeBase& kb,
                                              const std::vector<InTextDefinition>& in_text, TextStore& texts) {
    std::vector<Term> terms;
    std::unordered_map<std::string, std::size_t> by_key;
    auto term_slot = [&](const std::string& key) {
        auto it = by_key.find(key);
        if (it != by_key.end()) return it->second;
        terms.push_back({key, nullptr, nullptr});
        by_key.emplace(key, terms.size() - 1);
        return terms.size() - 1;
    };
    std::vector<Pattern> patterns;
    // A long text defines the same term many times: one pattern per distinct
    // form, or each occurrence would be compared with every definition of it.
    std::unordered_map<std::string_view, bool> in_text_forms;  // term as written → acronym plural added
    std::unordered_set<std::string> text_senses;  // glossary terms the text uses in a sense of its own
    std::unordered_map<std::string_view, std::string_view> in_text_long_forms;  // term → its first long form in the text
    // A long text defines the same term again and again: each long form is compared with an entry once.
    std::unordered_map<std::string_view, std::pair<const GlossaryEntry*, bool>> senses;
    const auto same_sense_once = [&](std::string_view long_form, const GlossaryEntry* e) {
        auto [it, added] = senses.try_emplace(long_form, e, false);
        if (added || it->second.first != e) it->second = {e, same_sense(long_form, e->expansion)};
        return it->second.second;
    };
    for (const InTextDefinition& d : in_text) {
        in_text_long_forms.emplace(d.term, d.long_form);
        const GlossaryEntry* e = kb.find_term(d.term);
        // The text's long form names something else than the knowledge's ("Harlow Data Board (HDB)" where the
        // glossary knows another HDB): the text's sense wins, and the knowledge's entry stays out of this term.
        if (e && !same_sense_once(d.long_form, e)) {
            text_senses.emplace(e->term);
            e = nullptr;
        }
        const std::size_t slot = term_slot(e ? e->term : d.term);
        terms[slot].entry = e;
        if (!terms[slot].def) terms[slot].def = &d;
        const auto [seen, added] = in_text_forms.emplace(d.term, false);
        if (added) patterns.push_back({text_form_tokens(d.term), true, slot, nullptr});
        if (added && !d.alias.empty()) patterns.push_back({text_form_tokens(d.alias), true, slot, nullptr, true});
        if (d.acronym && !seen->second) {
            patterns.push_back({text_form_tokens(d.term + "s"), true, slot, nullptr});
            seen->second = true;
        }
    }
    // The glossary's forms are indexed once (glossary_index); an entry gets its term here when it is met.
    std::unique_ptr<FormIndex> own_glossary;
    const FormIndex& glossary = glossary_index(kb, own_glossary);
    std::vector<bool> sense_of_its_own;  // by glossary entry: the text uses its term in another sense
    if (!text_senses.empty()) {
        sense_of_its_own.assign(kb.glossary().size(), false);
        for (std::size_t g = 0; g < kb.glossary().size(); ++g) sense_of_its_own[g] = text_senses.count(kb.glossary()[g].term) > 0;
    }
    // Names the text and the packs leave unexplained, from the installed lexical data (WordNet, ISO codes):
    // acronyms ("OPEC", "Opec", "KZT") and organisations of several words ("European Central Bank"). The
    // glossary wins: a name it knows is never looked up here.
    const LexicalData& lexical = LexicalData::installed();
    LanguageScan languages(doc, lexical);  // fed by the scan of capitalised words below
    if (!lexical.empty()) {
        std::unordered_map<const GlossaryEntry*, bool> found;
        std::vector<const GlossaryEntry*> in_order;  // first occurrence order: the output does not depend on hashing
        const auto& tk = doc.tokens();
        const auto all_caps_word = [&](std::size_t k) {
            return k < tk.size() && tk[k].type == TokenType::Word && (tk[k].flags & TokenAllCaps);
        };
        std::array<int, kGlossCountries> countries_named;  // placed_in_countries_the_text_never_names, by country
        countries_named.fill(-1);
        const auto consider = [&](const GlossaryEntry* e) {
            // A term the text defines is the text's ("Async Task Framework (ATF)" is no bureau of firearms).
            if (!e || found.count(e) || kb.find_term(e->term)) return;
            if (const auto d = in_text_long_forms.find(e->term); d != in_text_long_forms.end() && !same_sense_once(d->second, e))
                return;
            // A person the text introduces is the text's: another of the name ("Ana Ruiz, a farmer") is no namesake's.
            if (e->kind == "person" && in_text_long_forms.count(e->term)) return;
            // A body, event or period of one country, named in words any country may use, in a text that never
            // names that country (initials, "NASA", are the body's own).
            if (e->pack == "WordNet 3.0" && e->kind != "person" && e->term.find(' ') != std::string::npos &&
                placed_in_countries_the_text_never_names(e->definition, doc.text(), countries_named))
                return;
            for (const std::string& f : e->forms) {
                const GlossaryEntry* known = kb.find_term(f);
                if (!known) continue;
                // (The lookup ignores case: an acronym's plural, "HTTPs", is not the glossary's "HTTPS".)
                const bool plural = f.size() > 2 && f.back() == 's' && f[f.size() - 2] >= 'A' && f[f.size() - 2] <= 'Z';
                if (!plural || std::find(known->forms.begin(), known->forms.end(), f) != known->forms.end()) return;
            }
            found.emplace(e, true);
            in_order.push_back(e);
        };
        std::string joined;
        // People whose name the text also uses inside a longer name ("Ada Harlow University"): there the name
        // alone is as likely the longer name's ("studied at Ada Harlow"), so the person is not marked at all.
        // (Unless a title shows the person meant somewhere: "Sir Ada Harlow".)
        std::vector<const GlossaryEntry*> named_for, titled;
        const Token* const tp = tk.data();  // a local: the test below stays in registers
        const std::size_t ntk = tk.size();
        for (std::size_t i = 0; i < ntk; ++i) {
            if (!(tp[i].flags & TokenCapitalized) || tp[i].type != TokenType::Word) continue;  // most tokens: one test
            languages.at(i);
            std::string_view w = doc.token_text(i);
            bool capitals = (tk[i].flags & TokenAllCaps) != 0;
            if (!capitals && w.size() > 3 && w[w.size() - 1] == 's') {
                // A possessive of capitals ("NASA's", "NASA’s"): the name without it.
                const std::size_t mark = w[w.size() - 2] == '\'' ? 1 : (w.size() > 5 && w.substr(w.size() - 4, 3) == "\xE2\x80\x99") ? 3 : 0;
                const std::string_view bare = mark ? w.substr(0, w.size() - 1 - mark) : std::string_view();
                if (bare.size() >= 2 && std::all_of(bare.begin(), bare.end(), [](char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'); })) {
                    w = bare;
                    capitals = true;
                }
            }
            if (capitals) {
                // Not inside a line of capitals (a newswire headline): "TIN EXPORTS".
                if ((i > 0 && all_caps_word(i - 1)) || all_caps_word(i + 1)) continue;
                if (w.size() >= 3 && w.size() <= 7) {
                    const GlossaryEntry* e = lexical.find(w);
                    // An ISO code only where it is used as one ("AMD 500", not "AMD chips"; code_in_context).
                    if (e && !code_in_context(doc, i, e->pack)) e = nullptr;
                    // After a number an organisation's initials are a unit's ("30 FPS" are frames, not a federal
                    // service); other terms stay ("14:51 GMT").
                    if (e && e->pack == "WordNet 3.0" && e->kind == "organization" && i > 0 && tk[i - 1].type == TokenType::Number)
                        e = nullptr;
                    consider(e);
                }
                continue;
            }
            if (w.size() >= 3 && w.size() <= 7) consider(lexical.find_title_case_acronym(w));
            // An acronym's plural ("PDAs"): capitals, then one "s".
            if (w.size() >= 4 && w.size() <= 8 && w.back() == 's' &&
                std::all_of(w.begin(), w.end() - 1, [](char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'); }))
                consider(lexical.find(w));
            // A run of capitalised words with connectors, longest first: "European Central Bank". Not from
            // inside a longer name: "the Tarrow People's Party" is no other country's People's Party.
            if (i + 1 >= tk.size() || tk[i + 1].type != TokenType::Word || !lexical.may_start_name(w)) continue;
            if (i > 0 && tp[i - 1].type == TokenType::Word && (tp[i - 1].flags & TokenCapitalized) &&
                !(tp[i - 1].flags & (TokenAllCaps | TokenNewlineBefore)) && !(tp[i].flags & TokenNewlineBefore) &&
                doc.sentences()[static_cast<std::size_t>(doc.sentence_of(tp[i - 1].begin))].begin != tp[i - 1].begin &&
                !lexicon::is_possessive(doc.token_text(i - 1)) && !title_before(doc, i - 1))
                continue;
            std::size_t end = i;
            for (std::size_t k = i + 1; k < tk.size() && k < i + 6; ++k) {
                if (tk[k].type != TokenType::Word || (tk[k].flags & TokenNewlineBefore)) break;
                const bool capital = (tk[k].flags & TokenCapitalized) != 0;
                const std::string_view kw = doc.token_text(k);
                if (!capital && kw != "of" && kw != "for" && kw != "and" && kw != "the" && kw != "on") break;
                if (capital) end = k;
            }
            for (std::size_t last = end; last > i; --last) {
                joined.assign(doc.token_text(i));
                for (std::size_t k = i + 1; k <= last; ++k) joined.append(" ").append(doc.token_text(k));
                if (const GlossaryEntry* e = lexical.find(joined)) {
                    if (e->kind != "person" || !name_goes_on(doc, last + 1)) consider(e);  // not "Isaac Newton Institute"
                    else named_for.push_back(e);
                    const auto honorific = [&](std::size_t q) { return lexicon::is_courtesy_title(doc.token_text(q)); };
                    if (e->kind == "person" && (honorific(i) || (i > 0 && (title_before(doc, i - 1) || honorific(i - 1)))))
                        titled.push_back(e);
                    break;
                }
            }
        }
        if (!named_for.empty())
            in_order.erase(std::remove_if(in_order.begin(), in_order.end(),
                                          [&](const GlossaryEntry* e) {
                                              return std::find(named_for.begin(), named_for.end(), e) != named_for.end() &&
                                                     std::find(titled.begin(), titled.end(), e) == titled.end();
                                          }),
                           in_order.end());
        // A person's family name alone names them after their full name ("Churchill"), as for the people
        // the text introduces (people.hpp), and only where it names no one else of the text.
        std::vector<std::string> people;
        std::vector<std::size_t> person_slot;
        for (const GlossaryEntry* e : in_order) {
            const std::size_t slot = term_slot(e->term);
            terms[slot].entry = e;
            for (const std::string& f : e->forms) patterns.push_back({form_tokens(f, true), true, slot, nullptr});
            if (e->kind == "person") {
                people.push_back(e->term);
                person_slot.push_back(slot);
            }
        }
        if (!people.empty()) {
            const std::size_t wordnet_people = people.size();
            for (const InTextDefinition& d : in_text)
                if (d.person) people.push_back(d.term);
            const std::vector<std::string> families = lone_family_names(doc, people);
            for (std::size_t k = 0; k < wordnet_people; ++k)
                if (!families[k].empty() && !kb.find_term(families[k]) && !lexical.find(families[k]))
                    patterns.push_back({form_tokens(families[k], true), true, person_slot[k], nullptr, true});
        }
    }
    // The document's own forms (its definitions, the people and names found in the lexical data), indexed
    // like the glossary's; a match in either is compared with the other's, the longest winning (on a tie, the
    // document's: its forms were listed first when both were one list).
    FormIndex in_doc;
    in_doc.patterns = std::move(patterns);
    in_doc.build();
    const FormIndex* const indexes[2] = {&in_doc, &glossary};
    const bool doc_has_forms = !in_doc.patterns.empty();
    HeadShapes cs_any = glossary.cs_first, ci_any = glossary.ci_first;  // the heads of either index
    for (const Pattern& pat : in_doc.patterns)
        if (!pat.toks.empty()) (pat.case_sensitive ? cs_any : ci_any).add(pat.toks[0]);
    // By first byte: the word lengths some form of any index may start with.
    std::uint32_t any_lengths[256];
    for (unsigned c = 0; c < 256; ++c) {
        const auto b = static_cast<unsigned char>(c);
        any_lengths[c] = in_doc.cs_first.lengths(b) | in_doc.ci_first.lengths(b) | glossary.cs_first.lengths(b) |
                         glossary.ci_first.lengths(b);
    }
    // A glossary entry's term, made when the entry is first met (or the one its name has already).
    std::vector<std::size_t> slot_of_entry(kb.glossary().size(), SIZE_MAX);
    struct Occurrence { ByteRange range; std::size_t term; };
    std::vector<Occurrence> occ;
    std::vector<std::uint32_t> last_end(terms.size(), 0);
    std::vector<bool> named_in_full(terms.size(), false);  // a form other than a family name alone was met
    const auto entry_slot = [&](std::size_t g) {
        if (slot_of_entry[g] == SIZE_MAX) {
            const GlossaryEntry& e = kb.glossary()[g];
            slot_of_entry[g] = term_slot(e.term);
            terms[slot_of_entry[g]].entry = &e;
            last_end.resize(terms.size(), 0);
            named_in_full.resize(terms.size(), false);
        }
        return slot_of_entry[g];
    };
    const auto& t = doc.tokens();
    const std::string_view text = doc.text();
    const unsigned char* const bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t nt = t.size();
    for (std::size_t i = next_candidate(t.data(), 0, nt, bytes, any_lengths); i < nt;
         i = next_candidate(t.data(), i + 1, nt, bytes, any_lengths)) {
        check_cancelled_at(i);
        const unsigned char* const word = bytes + t[i].begin;
        const std::size_t len = t[i].end - t[i].begin;
        // The shapes of both indexes' heads at once; then each index is asked (a miss in the document's few
        // forms is one probe of a small table).
        // (Initials opening a compound, "IMF-backed", are read as the word without its ending.)
        const std::size_t initials = initials_before_hyphen(word, len);
        bool cs = cs_any.may_start(word, len), ci = ci_any.may_start(word, len);
        if (initials) {
            cs = cs || cs_any.may_start(word, initials);
            ci = ci || ci_any.may_start(word, initials);
        }
        if (!cs && !ci) continue;
        const bool try_cs[2] = {cs && doc_has_forms, cs}, try_ci[2] = {ci && doc_has_forms, ci};
        const std::string_view full = doc.token_text(i);
        // The word as written, and without a possessive ending or a compound's ending (for one-word forms and
        // as the first word).
        const std::string_view variants[2] = {full, initials ? full.substr(0, initials) : lexicon::without_possessive(full)};
        // Every index takes the same (folded) hash of a word.
        const std::uint32_t hashes[2] = {lexicon::word_hash(variants[0], true),
                                         variants[1].size() < full.size() ? lexicon::word_hash(variants[1], true) : 0};
        // Candidates in the order of preference on a tie: as written before folded, the document's before
        // the glossary's, the whole word before it without its possessive.
        struct Candidates { const std::vector<std::size_t>* list; int index; bool possessive; };
        Candidates cands[8];
        int ncands = 0;
        for (int v = 0; v < 2; ++v) {
            if (v == 1 && variants[1].size() == full.size()) break;
            const std::string_view w = variants[v];
            for (int folded = 0; folded < 2; ++folded)
                for (int x = 0; x < 2; ++x) {
                    if (!(folded ? try_ci[x] : try_cs[x]) || (folded && w.size() >= 31)) continue;  // compared lower-cased
                    const HeadIndex& index = folded ? indexes[x]->ci_index : indexes[x]->cs_index;
                    if (const auto* list = index.find(w, hashes[v])) cands[ncands++] = {list, x, v == 1};
                }
        }
        const Pattern* best = nullptr;
        int best_index = 0;
        std::uint32_t best_end = 0;
        for (int c = 0; c < ncands; ++c) {
            const std::vector<Pattern>& patterns_of = indexes[cands[c].index]->patterns;
            for (std::size_t p : *cands[c].list) {
                const Pattern& pat = patterns_of[p];
                if (best && best->toks.size() >= pat.toks.size()) continue;
                if (i + pat.toks.size() > t.size()) continue;
                const bool possessive_head = cands[c].possessive;
                if (possessive_head && pat.toks.size() > 1) continue;
                if (cands[c].index == 1 && !sense_of_its_own.empty() && sense_of_its_own[pat.term]) continue;
                bool ok = true;
                std::uint32_t end = possessive_head ? t[i].begin + static_cast<std::uint32_t>(variants[1].size()) : t[i].end;
                for (std::size_t k = 1; k < pat.toks.size() && ok; ++k) {
                    std::string_view dw = doc.token_text(i + k);
                    const bool last_tok = k + 1 == pat.toks.size();
                    auto eq = [&](std::string_view x) { return pat.case_sensitive ? x == pat.toks[k] : lexicon::equals_lower(x, pat.toks[k]); };
                    ok = eq(dw);
                    end = t[i + k].end;
                    if (!ok && last_tok && lexicon::is_possessive(dw)) {
                        dw = lexicon::without_possessive(dw);
                        ok = eq(dw);
                        end = t[i + k].begin + static_cast<std::uint32_t>(dw.size());
                    }
                }
                // A form must end at a word boundary ("EU" is not the start of "EUR").
                if (ok && pat.after && !after_ok(doc, i, *pat.after)) ok = false;
                if (ok) { best = &pat; best_index = cands[c].index; best_end = end; }
            }
        }
        if (!best) continue;
        // A form found in any case, written here in capitals, that a capitalised word goes on from is part of
        // a longer name: "emissions trading" is no term inside "the Emissions Trading System".
        // (Not in a heading, where every word is capitalised: "Free Trade Zone Creates Jobs".)
        if (best_index == 1 && !best->case_sensitive && best->toks.size() > 1) {
            bool capitalised = true;
            for (std::size_t k = 0; k < best->toks.size() && capitalised; ++k)
                capitalised = (t[i + k].flags & TokenCapitalized) && !(t[i + k].flags & TokenAllCaps);
            if (capitalised && best_end == t[i + best->toks.size() - 1].end && name_goes_on(doc, i + best->toks.size()) &&
                !in_heading(doc, t[i].begin))
                continue;
        }
        const std::size_t slot = best_index == 1 ? entry_slot(best->term) : best->term;
        const ByteRange r{t[i].begin, best_end};
        const Term& term = terms[slot];
        // Each occurrence of an ISO code is one only where it is used as one ("CAD 500", not "CAD tools").
        if (term.entry && !term.def && best->toks.size() == 1 && !code_in_context(doc, i, term.entry->pack)) continue;
        // The long form inside its own definition site is the definition, not an occurrence.
        if (term.def && !term.def->implicit && term.def->site.begin <= r.begin && r.end <= term.def->site.end &&
            !(term.def->term_range.begin == r.begin))
            continue;
        // "LNG, or liquefied natural gas,": the other form of the term just named restates it.
        if (last_end[slot] && r.begin > last_end[slot] && r.begin - last_end[slot] <= 5 &&
            text.substr(last_end[slot], r.begin - last_end[slot]) == ", or ")
            continue;
        // "Ruiz" is Ana Ruiz once the text has named her in full, not before.
        // ("Ruiz Harbour" is a longer name; "Ruiz's Harbour Party" is hers.)
        if (best->alias && (!named_in_full[slot] || (r.end == t[i].end && name_goes_on(doc, i + 1)))) continue;
        if (r.begin < last_end[slot]) continue;
        last_end[slot] = r.end;
        if (!best->alias) named_in_full[slot] = true;
        occ.push_back({r, slot});
    }

    std::vector<FoundDefinition> out;
    out.reserve(occ.size());
    // Every occurrence of a term says the same: its words are made once per
    // term (the glossary's own strings are borrowed: the set retains the knowledge base).
    std::vector<DefinitionBody> bodies(terms.size());
    std::vector<Text> rules(terms.size());
    std::vector<bool> made(terms.size(), false);
    auto make = [&](std::size_t k) {
        const Term& term = terms[k];
        DefinitionBody& b = bodies[k];
        b.term = texts.keep(term.key);
        if (term.entry) {
            b.expansion = TextStore::borrow(term.entry->expansion);
            b.text = TextStore::borrow(term.entry->definition);
            b.pack = TextStore::borrow(term.entry->pack);
        }
        if (term.def) {
            b.defined_in_text = true;
            b.person = term.def->person;
            b.definition_site = term.def->site;
            b.definition_paragraph = doc.paragraph_of(term.def->site.begin);
            b.in_text_form = texts.keep(term.def->long_form);
            if (b.expansion.empty() && (term.def->acronym || term.def->gloss)) b.expansion = b.in_text_form;
            if (b.text.empty())
                b.text = texts.keep(term.def->person     ? "Introduced in the text as " + std::string(term.def->long_form.compare(0, 4, "who ") == 0 ? "the person " : "") + term.def->long_form +
                                                             (term.def->long_form.back() == '.' ? "" : ".")
                                    : term.def->gloss      ? "Glossed in the text as \xE2\x80\x9C" + term.def->long_form + "\xE2\x80\x9D."
                                    : term.def->implicit ? "Spelled out earlier in the text as \xE2\x80\x9C" + term.def->long_form + "\xE2\x80\x9D."
                                    : term.def->acronym  ? "Defined in the text as \xE2\x80\x9C" + term.def->long_form + "\xE2\x80\x9D."
                                    : term.def->long_form.compare(0, 6, "which ") == 0
                                        ? "Described in the text as the organisation " + term.def->long_form + "."
                                    : opens_with_owner(term.def->long_form)  // "Ostland's state gas company"
                                        ? "Described in the text as " + term.def->long_form + "."
                                        : "Described in the text as the " + term.def->long_form + ".");
            if (b.pack.empty()) b.pack = "text";
            rules[k] = term.def->person     ? Text("person introduced in the text with a role (\"<Name>, a <role>,\", \"<Title> <Name>\", \"the <role>, <Name>,\", \"<Name> is a <role>\")")
                       : term.def->gloss      ? Text("non-Latin term glossed in English in parentheses")
                       : term.def->implicit ? Text("acronym whose long form stands earlier, without parentheses (matched by initials)")
                       : term.def->acronym  ? Text("acronym defined in the text: long form (short form), Schwartz & Hearst")
                                            : Text("name described in the text (\"the <description> <Name>\", \"<Name>, a <description>,\")");
        } else {
            rules[k] = texts.keep("term from the " + b.pack + " pack");
        }
        made[k] = true;
    };
    std::vector<bool> seen(terms.size(), false);
    for (const Occurrence& o : occ) {
        if (!made[o.term]) make(o.term);
        FoundDefinition f;
        f.range = o.range;
        f.body = bodies[o.term];
        f.body.first = !seen[o.term];
        seen[o.term] = true;
        f.rule = rules[o.term];
        out.push_back(std::move(f));
    }
    // Language names where the text uses them as languages, from ISO 639-2: after the glossary and the other
    // lexical data, which keep a name they know (languages.hpp).
    languages.add_to(kb, texts, &out);
    return out;
}

} // namespace gloss
