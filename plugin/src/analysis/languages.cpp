// Gloss — language names the text uses as languages. See languages.hpp.
//
// A capitalised word that is an ISO 639-2 name (one hash lookup after a shape
// test; names of two or three words are tried only after a word that starts
// one) is a language where its neighbours say so:
//   - a compound:                 "a Tigrinya-language paper", "Amharic-speaking", "Urdu-medium"
//   - a noun of language after:   "Tagalog speakers", "a Shan script", "the Wolof word for" (not "word processors")
//   - a verb of language before:  "speaks Quechua", "learned Ainu", "taught Welsh"
//   - a preposition after a verb of language only: "written in Pashto", "translated from Tagalog", "fluent in Uzbek"
//   - a parenthesis:              "(in Uzbek)"
//   - "in" alone or after a verb that also takes a place ("spoke in"), where the phrase ends after the name:
//     "said it in Pashto.", "she spoke in Wolof," — but not for a name that is also a region's ("in Afar",
//     "spoke in Delaware" are as often the place)
//   - a list after a language:    "speaks Quechua and Aymara"
// Everywhere else ("French troops", "in Latin America") the name is left alone.
#include "languages.hpp"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <string_view>
#include <unordered_set>

#include "lexical_data.hpp"
#include "lexicon.hpp"

namespace gloss {

namespace {

bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
    for (const std::string_view x : words)
        if (lexicon::equals_lower(w, x)) return true;
    return false;
}

// After a hyphen inside the name's word: "Tigrinya-language".
bool compound_of_language(std::string_view w) {
    return one_of(w, {"language", "languages", "speaking", "speaker", "speakers", "medium"});
}

// A noun right after the name that makes it a language: "Tagalog speakers", "a Shan script".
bool noun_of_language(std::string_view w) {
    return one_of(w, {"language", "dialect", "dialects", "script", "alphabet", "speakers", "speaking", "translation",
                      "translations", "subtitles", "proverb", "idiom", "grammar", "vocabulary", "pronunciation",
                      "spelling", "lessons"});
}

// A noun after the name that makes it a language only when no other noun follows it: "the Wolof word for rain",
// "a Pashto term, ..." — not "word processors", "term deposits".
bool noun_of_words(std::string_view w) {
    return one_of(w, {"word", "words", "term", "terms", "phrase", "phrases", "expression", "expressions"});
}

bool ends_noun_phrase(std::string_view w) {
    return one_of(w, {"for", "meaning", "that", "is", "was", "used", ",", ".", ";", ":", "(", ")", "\"",
                      "\xE2\x80\x9C", "\xE2\x80\x9D"});
}

// A verb right before the name that takes a language as its object: "speaks Quechua".
bool verb_of_language(std::string_view w) {
    return one_of(w, {"speak", "speaks", "spoke", "spoken", "speaking", "learn", "learns", "learned", "learnt",
                      "learning", "teach", "teaches", "taught", "teaching", "understand", "understands", "understood"});
}

// How a word before "in", "into" or "from" makes the name after them a language: 2 always ("fluent in",
// "translated from"), 1 as "in" alone does, where the phrase ends and the name is no region's ("spoke in" —
// "she spoke in Pashto.", but "he spoke in Delaware"), 0 not at all.
int verb_before_preposition(std::string_view w, std::string_view preposition) {
    if (lexicon::equals_lower(preposition, "in")) {
        if (one_of(w, {"written", "dubbed", "subtitled", "fluent", "fluently", "proficient", "literate", "translated",
                       "sung", "glossed", "conversant"}))
            return 2;
        return one_of(w, {"wrote", "writes", "write", "writing", "published", "printed", "broadcast", "broadcasts",
                          "sang", "sings", "sing", "spoken", "speaks", "spoke", "speak", "speaking", "taught",
                          "teaches", "teach", "teaching", "lessons", "classes"})
                   ? 1 : 0;
    }
    return one_of(w, {"translated", "translation", "translations", "translating", "translate", "dubbed", "rendered",
                      "borrowed"})  // "into", "from"
               ? 2 : 0;
}

// Punctuation that closes the phrase a name ends: "in Pashto." "in Pashto, and".
bool closes_phrase(std::string_view p) {
    return p == "." || p == "," || p == ";" || p == ":" || p == ")" || p == "!" || p == "?" ||
           p == "\xE2\x80\x94" /* — */ || p == "\xE2\x80\x9D" /* ” */ || p == "\"";
}

// The words whose place decides (lower-case, 2 to 15 bytes), by length and initial: one test turns
// away nearly every word before the lists are read.
struct ContextShapes {
    std::uint16_t before[16] = {}, after[16] = {};
    ContextShapes() {
        for (const std::string_view w : {"in", "into", "from", "speak", "speaks", "spoke", "spoken", "speaking", "learn",
                                         "learns", "learned", "learnt", "learning", "teach", "teaches", "taught",
                                         "teaching", "understand", "understands", "understood"})
            before[w.size()] |= static_cast<std::uint16_t>(1u << ((w[0] - 'a') & 15));
        for (const std::string_view w : {"language", "dialect", "dialects", "script", "alphabet", "speakers", "speaking",
                                         "translation", "translations", "subtitles", "proverb", "idiom", "grammar",
                                         "vocabulary", "pronunciation", "spelling", "lessons", "word", "words", "term",
                                         "terms", "phrase", "phrases", "expression", "expressions"})
            after[w.size()] |= static_cast<std::uint16_t>(1u << ((w[0] - 'a') & 15));
    }
    static bool has(const std::uint16_t (&shapes)[16], std::string_view w) {  // either case
        const char c = static_cast<char>(w.empty() ? 0 : (w[0] | 0x20));
        return w.size() >= 2 && w.size() < 16 && c >= 'a' && c <= 'z' && ((shapes[w.size()] >> ((c - 'a') & 15)) & 1u);
    }
};

// Whether token i stands where a language name could be used as one: a hyphen in it ("Tigrinya-language"),
// a word of language after it, or a verb of language, "in", "into" or "from" before it.
bool language_context_at(const Document& doc, std::size_t i) {
    static const ContextShapes shapes;
    const auto& t = doc.tokens();
    // Cheapest first: the word before (most are turned away by its shape), the word after, then a compound
    // ("X-medium" is the shortest: 8 bytes or more).
    if (i > 0 && t[i - 1].type == TokenType::Word && ContextShapes::has(shapes.before, doc.token_text(i - 1))) {
        const std::string_view prev = doc.token_text(i - 1);
        if (verb_of_language(prev) || lexicon::equals_lower(prev, "in") || lexicon::equals_lower(prev, "into") ||
            lexicon::equals_lower(prev, "from"))
            return true;
    }
    if (i + 1 < t.size() && t[i + 1].type == TokenType::Word && ContextShapes::has(shapes.after, doc.token_text(i + 1)) &&
        (noun_of_language(doc.token_text(i + 1)) || noun_of_words(doc.token_text(i + 1))))
        return true;
    return t[i].end - t[i].begin >= 8 && doc.token_text(i).find('-') != std::string_view::npos;
}

struct NameAt {
    const LexicalData::Language* language = nullptr;
    std::size_t                  last = 0;        // the name's last token
    std::uint32_t                end = 0;         // its last byte + 1 (before a compound's hyphen)
    bool                         compound = false;  // "Tigrinya-language"
};

class LanguageFinder {
public:
    LanguageFinder(const Document& doc, const LexicalData& lexical) : doc_(doc), t_(doc.tokens()), lexical_(lexical) {}

    // The language name starting at token i (longest first), or {}.
    NameAt name_at(std::size_t i) const {
        const std::string_view w = doc_.token_text(i);
        if (lexical_.may_start_language_name(w)) {
            for (std::size_t n = 3; n >= 2; --n) {
                if (i + n > t_.size()) continue;
                std::string joined(w);
                bool words = true;
                for (std::size_t k = i + 1; k < i + n && words; ++k) {
                    words = capitalised(k) && (t_[k].flags & TokenSpaceBefore) && !(t_[k].flags & TokenNewlineBefore) &&
                            doc_.text()[t_[k].begin - 1] == ' ';
                    if (words && k + 1 < i + n) joined.append(" ").append(doc_.token_text(k));
                }
                if (!words) continue;
                joined.append(" ");
                if (NameAt a = ending(joined, i + n - 1); a.language) return a;
            }
        }
        return ending(std::string_view(), i);
    }

    // Whether the name `a` (from token i) is used as a language where it stands. `after_listed`: it follows
    // "and", "or" or a comma right after a name used as a language.
    bool used_as_language(std::size_t i, const NameAt& a, bool after_listed) const {
        if (a.compound) return true;
        const std::size_t next = a.last + 1;
        if (next < t_.size() && t_[next].type == TokenType::Word && !(t_[next].flags & TokenCapitalized)) {
            const std::string_view noun = doc_.token_text(next);
            if (noun_of_language(noun)) return true;
            if (noun_of_words(noun) && (next + 1 >= t_.size() || ends_noun_phrase(doc_.token_text(next + 1)))) return true;
        }
        if (capitalised(next)) return false;  // part of a longer name: "in Latin America", "speaks Shan State"
        if (after_listed) return true;
        if (i == 0 || t_[i - 1].type != TokenType::Word) return false;
        const std::string_view prev = doc_.token_text(i - 1);
        if (verb_of_language(prev)) return true;
        const bool in = lexicon::equals_lower(prev, "in");
        if (!in && !lexicon::equals_lower(prev, "into") && !lexicon::equals_lower(prev, "from")) return false;
        const int verb = i >= 2 && t_[i - 2].type == TokenType::Word ? verb_before_preposition(doc_.token_text(i - 2), prev) : 0;
        if (verb == 2) return true;
        if (!in) return false;
        if (i >= 2 && doc_.token_text(i - 2) == "(" && next < t_.size() && doc_.token_text(next) == ")") return true;
        return phrase_ends(next) && !lexical_.names_a_region(*a.language);
    }

private:
    bool capitalised(std::size_t k) const {
        return k < t_.size() && t_[k].type == TokenType::Word && (t_[k].flags & TokenCapitalized);
    }
    // `prefix` + token k, then + token k without a compound's ending ("Tigrinya-language" → "Tigrinya").
    NameAt ending(std::string_view prefix, std::size_t k) const {
        const std::string_view w = doc_.token_text(k);
        NameAt a;
        a.last = k;
        // A single word (nearly every call) is looked up as it stands, without building a string.
        const auto find = [&](std::string_view tail) {
            return prefix.empty() ? lexical_.find_language(tail) : lexical_.find_language(std::string(prefix) + std::string(tail));
        };
        if ((a.language = find(w)) != nullptr) {
            a.end = t_[k].end;
            return a;
        }
        const std::size_t hyphen = w.rfind('-');
        if (hyphen == std::string_view::npos || hyphen == 0 || !compound_of_language(w.substr(hyphen + 1))) return {};
        a.language = find(w.substr(0, hyphen));
        if (!a.language) return {};
        a.end = t_[k].begin + static_cast<std::uint32_t>(hyphen);
        a.compound = true;
        return a;
    }
    // The phrase ends at token k: the text's end, closing punctuation, or "and"/"or" and another language name
    // before such an end ("in Amharic and Tigrinya,").
    bool phrase_ends(std::size_t k) const {
        if (k >= t_.size()) return true;
        if (t_[k].type == TokenType::Punct) return closes_phrase(doc_.token_text(k));
        if (!one_of(doc_.token_text(k), {"and", "or"}) || !capitalised(k + 1)) return false;
        const NameAt other = name_at(k + 1);
        return other.language && !other.compound && (other.last + 1 >= t_.size() ||
                                                     (t_[other.last + 1].type == TokenType::Punct &&
                                                      closes_phrase(doc_.token_text(other.last + 1))));
    }

    const Document&           doc_;
    const std::vector<Token>& t_;
    const LexicalData&        lexical_;
};

} // namespace

struct LanguageScan::State {
    State(const Document& d, const LexicalData& l) : doc(d), lexical(l), finder(d, l) {}
    struct Use { ByteRange range; const LexicalData::Language* language; };
    const Document&    doc;
    const LexicalData& lexical;
    LanguageFinder     finder;
    std::vector<Use>   uses;                                    // in text order
    std::size_t        listed_after = static_cast<std::size_t>(-1);  // a name used as a language ends here: a list may follow
    std::size_t        skip_to = 0;                              // the words of the last name looked up
};

LanguageScan::LanguageScan(const Document& doc, const LexicalData& lexical) : state_(std::make_unique<State>(doc, lexical)) {}

LanguageScan::~LanguageScan() = default;

void LanguageScan::at(std::size_t i) {
    State& s = *state_;
    if (i < s.skip_to) return;
    const Document& doc = s.doc;
    // Most capitalised words stand in no context of language: the name is looked up only where one is.
    const bool listed = i >= 2 && i - 2 == s.listed_after;
    if (!listed && !language_context_at(doc, i) && !s.lexical.may_start_language_name(doc.token_text(i))) return;
    const NameAt a = s.finder.name_at(i);
    if (!a.language) return;
    s.skip_to = a.last + 1;
    const bool after_listed = listed && one_of(doc.token_text(i - 1), {"and", "or", ","});
    if (!s.finder.used_as_language(i, a, after_listed)) return;
    s.listed_after = a.last;
    s.uses.push_back({{doc.tokens()[i].begin, a.end}, a.language});
}

void LanguageScan::add_to(const KnowledgeBase& kb, TextStore& texts, std::vector<FoundDefinition>* defs) {
    State& s = *state_;
    std::unordered_set<std::size_t> marked;  // by LexicalData::Language::language
    std::vector<FoundDefinition> found;
    const auto by_begin = [](const FoundDefinition& d, std::uint32_t b) { return d.range.begin < b; };
    for (const State::Use& use : s.uses) {
        const std::string_view name = s.doc.slice(use.range);
        // The glossary and the other lexical data (WordNet, ISO codes) go first: their term, their card.
        if (!marked.insert(use.language->language).second || kb.find_term(name) || s.lexical.find(name)) continue;
        const auto at = std::lower_bound(defs->begin(), defs->end(), use.range.begin, by_begin);
        bool overlaps = at != defs->end() && at->range.begin < use.range.end;
        for (auto b = at; !overlaps && b != defs->begin() && at - b < 8;) overlaps = (--b)->range.end > use.range.begin;
        if (overlaps) continue;
        FoundDefinition f;
        f.range = use.range;
        f.body.term = texts.keep(name);
        f.body.text = texts.keep(use.language->entry.definition);
        f.body.pack = texts.keep(use.language->entry.pack);
        f.body.first = true;  // each language once, where the text first uses it as one
        f.rule = Text("language name used as a language (in \xE2\x80\xA6, \xE2\x80\xA6-language, speaks \xE2\x80\xA6, "
                      "the \xE2\x80\xA6 word), from ISO 639-2");
        found.push_back(std::move(f));
    }
    if (found.empty()) return;
    std::vector<FoundDefinition> merged;
    merged.reserve(defs->size() + found.size());
    std::merge(std::make_move_iterator(defs->begin()), std::make_move_iterator(defs->end()),
               std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()), std::back_inserter(merged),
               [](const FoundDefinition& a, const FoundDefinition& b) { return a.range.begin < b.range.begin; });
    *defs = std::move(merged);
}

void add_language_names(const Document& doc, const KnowledgeBase& kb, const LexicalData& lexical, TextStore& texts,
                        std::vector<FoundDefinition>* defs) {
    LanguageScan scan(doc, lexical);
    const auto& t = doc.tokens();
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i].type == TokenType::Word && (t[i].flags & TokenCapitalized)) scan.at(i);
    scan.add_to(kb, texts, defs);
}

} // namespace gloss
