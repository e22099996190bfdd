// Gloss — lexical data installed on the system. See lexical_data.hpp.
//
// Index of this file:
// [SECTION] Folders
// [SECTION] WordNet
// [SECTION] ISO codes
// [SECTION] ISO 639 languages
// [SECTION] Lookup
#include "lexical_data.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] Folders
//-----------------------------------------------------------------------------

namespace {

// GLOSS_WORDNET_DIR / GLOSS_ISO_CODES_DIR in the environment, else the build's default (Debian's paths).
std::string folder(const char* env, const char* fallback) {
    const char* v = std::getenv(env);
    return v && *v ? std::string(v) : std::string(fallback);
}

// The whole file at `path` into *out, in one read of its size (the files are tens of kilobytes).
bool read_file(const std::string& path, std::string* out) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    out->clear();
    char block[1 << 16];
    for (std::size_t got; (got = std::fread(block, 1, sizeof block, f)) > 0;) out->append(block, got);
    const bool ok = !std::ferror(f);
    std::fclose(f);
    return ok;
}

bool has_upper(std::string_view w) {
    for (const char ch : w)
        if (ch >= 'A' && ch <= 'Z') return true;
    return false;
}

// "NATO", "OPEC": three to seven capitals (digits allowed after the first).
bool all_caps_acronym(std::string_view w) {
    if (w.size() < 3 || w.size() > 7 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
    for (const char ch : w)
        if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) return false;
    return true;
}

std::string lower(std::string_view s) {
    std::string r(s);
    for (char& ch : r)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
    return r;
}

} // namespace

LexicalData::LexicalData(const std::string& wordnet_dir, const std::string& iso_codes_dir) {
    const auto t0 = std::chrono::steady_clock::now();
    if (!wordnet_dir.empty()) read_wordnet(wordnet_dir);
    if (!iso_codes_dir.empty()) read_iso(iso_codes_dir);
    // A code of ISO 4217 or 3166 wins over a term of art spelled the same ("CAD 500" is Canadian dollars,
    // not computer-aided design): these come last.
    for (GlossaryEntry& e : terms_of_art_) add(std::move(e), false);
    std::vector<GlossaryEntry>().swap(terms_of_art_);
    // People, events and periods last, each by the forms that name it alone.
    std::unordered_map<std::string, int> synsets_of;
    for (const GlossaryEntry& e : named_)
        for (const std::string& f : e.forms) ++synsets_of[f];
    for (GlossaryEntry& e : named_) {
        e.forms.erase(std::remove_if(e.forms.begin(), e.forms.end(), [&](const std::string& f) { return synsets_of[f] > 1; }),
                      e.forms.end());
        if (e.forms.empty()) continue;
        e.term = e.forms[0];
        add(std::move(e), false);
    }
    std::vector<GlossaryEntry>().swap(named_);
    load_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

const LexicalData& LexicalData::installed() {
    static const LexicalData data(folder("GLOSS_WORDNET_DIR", GLOSS_DEFAULT_WORDNET_DIR),
                                  folder("GLOSS_ISO_CODES_DIR", GLOSS_DEFAULT_ISO_CODES_DIR));
    return data;
}

void LexicalData::add(GlossaryEntry e, bool title_case_too) {
    for (const std::string& f : e.forms) {
        if (by_name_.count(f)) return;  // the first reading of a name wins
    }
    entries_.push_back(std::move(e));
    const std::size_t k = entries_.size() - 1;
    for (const std::string& f : entries_[k].forms) {
        by_name_.emplace(f, k);
        name_filter_.add(f);
        if (f.size() < 32) add_shape(name_shapes_, f);
        const std::size_t space = f.find(' ');
        if (space != std::string::npos) {
            first_words_.add(std::string_view(f).substr(0, space));
            add_shape(first_word_shapes_, std::string_view(f).substr(0, space));
        }
        if (title_case_too) {
            add_shape(title_shapes_, f);
            const std::string lf = lower(f);
            by_lower_.emplace(lf, k);
            lower_filter_.add(lf);
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] WordNet
//-----------------------------------------------------------------------------
//
// data.noun, one synset a line: offset lex_filenum ss_type w_cnt(hex) word lex_id … p_cnt pointers … | gloss.

namespace {

// Calls `line` for every line of the file at `path` (without its '\n'),
// reading a block at a time: the 15 MB file is never held whole, and a line
// costs one memchr instead of a std::getline into a string. False when the
// file cannot be opened.
template <class Line>
bool for_each_line(const std::string& path, Line&& line) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    std::vector<char> buf(std::size_t(1) << 20);
    std::size_t have = 0;  // bytes in buf
    for (;;) {
        const std::size_t got = std::fread(buf.data() + have, 1, buf.size() - have, f);
        have += got;
        std::size_t start = 0;
        while (const void* nl = std::memchr(buf.data() + start, '\n', have - start)) {
            const std::size_t end = static_cast<std::size_t>(static_cast<const char*>(nl) - buf.data());
            line(std::string_view(buf.data() + start, end - start));
            start = end + 1;
        }
        if (got == 0) {
            if (start < have) line(std::string_view(buf.data() + start, have - start));  // no final '\n'
            break;
        }
        std::memmove(buf.data(), buf.data() + start, have - start);
        have -= start;
        if (have == buf.size()) buf.resize(buf.size() * 2);  // a line longer than the block
    }
    std::fclose(f);
    return true;
}

// Whether `words`, a lower-case long form of two words or more ("body mass index", "surface-to-air
// missile"), spells `acronym`: the same first letter, and the acronym's letters in order among its own.
bool spells(std::string_view acronym, std::string_view words) {
    if (words.find(' ') == std::string_view::npos && words.find('-') == std::string_view::npos) return false;
    if (has_upper(words) || acronym.empty() || words.empty() || (words[0] | 0x20) != (acronym[0] | 0x20)) return false;
    std::size_t k = 0;
    for (const char ch : words)
        if (k < acronym.size() && (ch | 0x20) == (acronym[k] | 0x20)) ++k;
    return k == acronym.size();
}

// The initials of a long form's words, in capitals ("random-access memory" → "RAM").
std::string initials_of(std::string_view words) {
    std::string out;
    bool start = true;
    for (const char ch : words) {
        if (ch == ' ' || ch == '-') { start = true; continue; }
        if (start) out += static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
        start = false;
    }
    return out;
}

// The kind of the things WordNet names with capitals that a reader may want explained, by lex_filenum:
// people ("Winston Churchill"), acts and events ("Trojan War", "Tour de France"), periods ("Great
// Depression"), possessions and measures ("Marshall Plan", "Richter scale"); nullptr for the others
// (places are too common to mark, plants and animals too rare in the news).
const char* named_kind(std::string_view lexfile) {
    if (lexfile == "18") return "person";
    if (lexfile == "04" || lexfile == "11") return "event";
    if (lexfile == "28") return "period";
    if (lexfile == "21" || lexfile == "24") return "term";
    return nullptr;
}

// Whether a data.noun line may give an entry, reading only the fields up to
// its words ("offset lex_filenum ss_type w_cnt word lex_id …"): a synset of
// noun.group (lex_filenum 14) with a capital in some word, or any synset with
// an all-caps word of three to seven characters (an acronym). All but about
// one synset in seventy are neither and are skipped unparsed; true when
// unsure (the full reading decides).
bool may_give_entry(std::string_view line) {
    // The fixed-width head: 8-digit offset, 2-digit lex_filenum, ss_type, 2-digit hexadecimal w_cnt.
    if (line.size() < 18 || line[8] != ' ' || line[11] != ' ' || line[13] != ' ' || line[16] != ' ') return true;
    int n = 0;
    for (std::size_t k = 14; k < 16; ++k) {
        const char ch = line[k];
        const int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
        if (d < 0) return true;
        n = n * 16 + d;
    }
    // noun.group, or a file of named things; in those of people, acts and possessions only an instance
    // ("@i") names one (read_wordnet): the others are read only for an acronym.
    const std::string_view lexfile = line.substr(9, 2);
    const bool group = (lexfile == "14") || (named_kind(lexfile) != nullptr &&
                                             ((lexfile != "18" && lexfile != "04" && lexfile != "21") ||
                                              line.find("@i ") != std::string_view::npos));
    const std::size_t size = line.size();
    const char* const s = line.data();
    std::size_t p = 17;
    for (int k = 0; k < n && p < size; ++k) {
        const std::size_t b = p;
        if (group) {
            for (; p < size && s[p] != ' '; ++p)
                if (s[p] >= 'A' && s[p] <= 'Z') return true;
        } else {
            // Capitals and digits from a capital, three to seven of them, then the word's end or a '('.
            while (p < size && p - b < 8 && ((s[p] >= 'A' && s[p] <= 'Z') || (s[p] >= '0' && s[p] <= '9' && p > b))) ++p;
            if (p - b >= 3 && p - b <= 7 && (p == size || s[p] == ' ' || s[p] == '(')) return true;
            while (p < size && s[p] != ' ') ++p;
        }
        while (p < size && s[p] == ' ') ++p;
        while (p < size && s[p] != ' ') ++p;  // lex_id
        while (p < size && s[p] == ' ') ++p;
    }
    return false;
}

} // namespace

void LexicalData::read_wordnet(const std::string& dir) {
    const std::string path = dir + "/data.noun";
    std::size_t synsets = 0, kept = 0;
    std::vector<std::string> words;
    const bool opened = for_each_line(path, [&](const std::string_view line) {
        if (line.empty() || line[0] == ' ') return;  // licence header
        ++synsets;
        // Most synsets name no organisation and no acronym: skipped unparsed.
        if (!may_give_entry(line)) return;
        const std::size_t bar = line.find(" | ");
        if (bar == std::string_view::npos) return;
        // Fields before the pointers.
        std::size_t p = 0;
        auto next_field = [&]() {
            while (p < bar && line[p] == ' ') ++p;
            const std::size_t b = p;
            while (p < bar && line[p] != ' ') ++p;
            return line.substr(b, p - b);
        };
        next_field();                                   // offset
        const std::string_view lexfile = next_field();  // lex_filenum
        next_field();                                   // ss_type
        const std::string_view count = next_field();
        const int n = static_cast<int>(std::strtol(std::string(count).c_str(), nullptr, 16));
        words.clear();
        bool any_upper = false;
        for (int k = 0; k < n; ++k) {
            std::string w(next_field());
            next_field();  // lex_id
            const std::size_t paren = w.find('(');
            if (paren != std::string::npos) w.resize(paren);
            for (char& ch : w)
                if (ch == '_') ch = ' ';
            any_upper |= has_upper(w);
            words.push_back(std::move(w));
        }
        if (!any_upper) return;  // common words are not terms
        const bool group = lexfile == "14";  // noun.group: organisations
        std::string acronym, long_form;
        for (const std::string& w : words) {
            if (all_caps_acronym(w)) { if (acronym.empty()) acronym = w; }
            else if (has_upper(w) && w.find(' ') != std::string::npos && w.size() > long_form.size()) long_form = w;
        }
        const char* const named = named_kind(lexfile);
        // One person, war or plan is an instance ("@i") of a kind; in those files the rest are kinds and offices
        // ("Prime Minister", "President of the United States"), which the glossary explains if anything does.
        const bool instance = line.substr(0, bar).find("@i ") != std::string_view::npos;
        if (acronym.empty() && named && !instance && (lexfile == "18" || lexfile == "04" || lexfile == "21")) return;
        if (acronym.empty() && named) {
            // A person, event, period or term of several capitalised words: kept aside, added last, and
            // only by the forms no other such synset shares ("George Bush" names two presidents).
            GlossaryEntry e;
            e.pack = "WordNet 3.0";
            e.kind = named;
            // (Not a day's date: "November 5" is a figure.)
            for (const std::string& w : words)
                if (w.find(' ') != std::string::npos && w[0] >= 'A' && w[0] <= 'Z' &&
                    std::none_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
                    e.forms.push_back(w);
            if (e.forms.empty()) return;
            e.term = e.forms[0];
            std::string gloss(line.substr(bar + 3));
            while (!gloss.empty() && (gloss.back() == ' ' || gloss.back() == '\r')) gloss.pop_back();
            const std::size_t semi = gloss.find("; \"");
            if (semi != std::string::npos) gloss.resize(semi);
            if (!gloss.empty()) gloss[0] = static_cast<char>(gloss[0] >= 'a' && gloss[0] <= 'z' ? gloss[0] - 32 : gloss[0]);
            if (!gloss.empty() && gloss.back() != '.') gloss += '.';
            e.definition = std::move(gloss);
            named_.push_back(std::move(e));
            ++kept;
            return;
        }
        if (acronym.empty() && !group) return;
        // A long form in lower case ("CPU": "central processing unit") when it spells the acronym.
        bool lower_long_form = false;
        if (!acronym.empty() && long_form.empty() && !group) {
            // The form whose words' initials are the acronym ("random-access memory" for RAM, not
            // "random memory"), else the shortest that spells it ("hypertext transfer protocol").
            for (const std::string& w : words)
                if (spells(acronym, w) && (long_form.empty() || w.size() < long_form.size())) long_form = w;
            for (const std::string& w : words)
                if (spells(acronym, w) && initials_of(w) == acronym) { long_form = w; break; }
            if (long_form.empty()) return;  // an all-caps word without a long form
            lower_long_form = true;
        }
        std::string gloss(line.substr(bar + 3));
        while (!gloss.empty() && (gloss.back() == ' ' || gloss.back() == '\r')) gloss.pop_back();
        const std::size_t semi = gloss.find("; \"");
        if (semi != std::string::npos) gloss.resize(semi);  // the examples stay out
        if (!gloss.empty()) gloss[0] = static_cast<char>(gloss[0] >= 'a' && gloss[0] <= 'z' ? gloss[0] - 32 : gloss[0]);
        if (!gloss.empty() && gloss.back() != '.') gloss += '.';
        GlossaryEntry e;
        e.pack = "WordNet 3.0";
        e.definition = gloss;
        if (!acronym.empty()) {
            e.term = acronym;
            e.kind = group ? "organization" : "acronym";  // noun.group: an organisation's initials ("FPS", "OPEC")
            e.expansion = long_form;
            e.forms.push_back(acronym);
            if (!long_form.empty()) e.forms.push_back(long_form);
            if (lower_long_form && acronym.back() != 'S') e.forms.push_back(acronym + "s");  // "PDAs", "IEDs"
            // Title case ("Opec") only for the acronyms of names: "Sam" and "Ufo" are no terms.
            if (lower_long_form) terms_of_art_.push_back(std::move(e));
            else add(std::move(e), true);
        } else {
            // Organisations of several capitalised words ("European Central Bank"); one-word names are
            // too often common words or people to mark.
            std::string name;
            for (const std::string& w : words)
                if (has_upper(w) && w.find(' ') != std::string::npos && (w[0] >= 'A' && w[0] <= 'Z')) { name = w; break; }
            if (name.empty()) return;
            e.term = name;
            e.kind = "organization";
            for (const std::string& w : words)
                if (has_upper(w) && w.find(' ') != std::string::npos && (w[0] >= 'A' && w[0] <= 'Z')) e.forms.push_back(w);
            add(std::move(e), false);
        }
        ++kept;
    });
    if (!opened) {
        status_ += "WordNet not found (" + path + "): definitions come from the glossary and the text only. ";
        missing_ = true;
        return;
    }
    status_ += "WordNet 3.0: " + std::to_string(kept) + " names and acronyms of " + std::to_string(synsets) + " noun synsets. ";
}

//-----------------------------------------------------------------------------
// [SECTION] ISO codes
//-----------------------------------------------------------------------------

void LexicalData::read_iso(const std::string& dir) {
    std::string text;
    std::size_t currencies = 0, countries = 0;
    std::vector<std::string> country_names;  // no language name is marked that is also a country's ("Nauru")
    if (read_file(dir + "/iso_4217.json", &text)) {
        const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
        if (j.is_object() && j.contains("4217") && j["4217"].is_array()) {
            for (const auto& c : j["4217"]) {
                if (!c.contains("alpha_3") || !c.contains("name")) continue;
                GlossaryEntry e;
                e.term = c["alpha_3"].get<std::string>();
                e.forms = {e.term};
                e.expansion = c["name"].get<std::string>();
                e.definition = "The ISO 4217 code of the currency " + e.expansion + ".";
                e.kind = "currency code";
                e.pack = "ISO 4217";
                add(std::move(e), false);
                ++currencies;
            }
        }
    }
    if (read_file(dir + "/iso_3166-1.json", &text)) {
        const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
        if (j.is_object() && j.contains("3166-1") && j["3166-1"].is_array()) {
            for (const auto& c : j["3166-1"]) {
                if (!c.contains("alpha_3") || !c.contains("name")) continue;
                GlossaryEntry e;
                e.term = c["alpha_3"].get<std::string>();
                e.forms = {e.term};
                e.expansion = c.contains("official_name") ? c["official_name"].get<std::string>() : c["name"].get<std::string>();
                country_names.push_back(c["name"].get<std::string>());
                e.definition = "The ISO 3166-1 three-letter code of " + country_names.back() + ".";
                e.kind = "country code";
                e.pack = "ISO 3166-1";
                add(std::move(e), false);
                ++countries;
            }
        }
    }
    const std::size_t languages = read_languages(dir, country_names);
    if (currencies == 0 && countries == 0 && languages == 0) {
        missing_ = true;
        status_ += "ISO codes not found (" + dir + "): currency and country codes and language names are not explained.";
        return;
    }
    status_ += "ISO 4217: " + std::to_string(currencies) + " currency codes, ISO 3166-1: " + std::to_string(countries) + " country codes";
    if (languages == 0) {
        missing_ = true;
        status_ += "; ISO 639-2 not found (" + dir + "/iso_639-2.json): language names are not explained.";
    } else {
        status_ += ", ISO 639-2: " + std::to_string(languages) + " languages (" + std::to_string(languages_.size()) + " names).";
    }
}

//-----------------------------------------------------------------------------
// [SECTION] ISO 639 languages
//-----------------------------------------------------------------------------
//
// iso_639-2.json: 487 entries {alpha_3, alpha_2?, name}, a name holding
// "; "-separated variants ("Pushto; Pashto"). Not iso_639-3: its 7,900 names
// hold many English words.

namespace {

// The names a text writes for one variant of an ISO 639-2 name: a qualifier
// after a comma or alone in parentheses goes first ("English, Old (ca.
// 450-1100)" → "Old English", "Egyptian (Ancient)" → "Ancient Egyptian"), other
// parentheses are dropped ("Luo (Kenya and Tanzania)" → "Luo"); a modern form
// also gives the bare name ("Greek, Modern (1453-)" → "Modern Greek",
// "Greek"). Groups ("Bantu languages", "Creoles and pidgins") give none.
void written_names(std::string_view v, std::vector<std::string>* out) {
    if (v.find("anguages") != std::string_view::npos || v.find("(Other)") != std::string_view::npos ||
        v.find("Creoles") != std::string_view::npos)
        return;
    std::string_view qualifier;
    const std::size_t paren = v.find(" (");
    if (paren != std::string_view::npos) {
        const std::string_view inner = v.substr(paren + 2, v.find(')', paren) - paren - 2);
        bool one_word = !inner.empty() && inner[0] >= 'A' && inner[0] <= 'Z';
        for (const char ch : inner) one_word &= (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
        if (one_word) qualifier = inner;
        v = v.substr(0, paren);
    }
    const std::size_t comma = v.find(", ");
    if (comma != std::string_view::npos) {
        const std::string_view base = v.substr(0, comma), q = v.substr(comma + 2);
        out->push_back(std::string(q) + " " + std::string(base));
        if (q == "Modern") out->push_back(std::string(base));
    } else if (!qualifier.empty()) {
        out->push_back(std::string(qualifier) + " " + std::string(v));
    } else if (!v.empty() && v[0] >= 'A' && v[0] <= 'Z') {  // not "tlhIngan-Hol"
        out->push_back(std::string(v));
    }
}

// The string fields of the objects of one array of an iso-codes file ({"639-2": [{"alpha_3": "pus", "name":
// "Pushto; Pashto"}, …]}), read without building a JSON tree: calls `object(field)` for each object, where
// field("name") is the value ("" when absent). The files are flat (objects of strings in one array); a value
// with an escape is decoded by the JSON parser. False when the array is not there.
template <class Object>
bool for_each_flat_object(std::string_view text, std::string_view array_key, Object&& object) {
    const std::size_t key = text.find("\"" + std::string(array_key) + "\"");
    if (key == std::string_view::npos) return false;
    std::size_t p = text.find('[', key);
    if (p == std::string_view::npos) return false;
    struct Field { std::string_view key, value; bool escaped; };
    Field fields[8];
    // A quoted string from the '"' at p: its contents; p moves past the closing quote.
    const auto quoted = [&](std::size_t& q, bool* escaped) {
        const std::size_t b = ++q;
        *escaped = false;
        for (;;) {  // the closing quote: one memchr, and another after an escaped quote
            const void* at = q < text.size() ? std::memchr(text.data() + q, '"', text.size() - q) : nullptr;
            q = at ? static_cast<std::size_t>(static_cast<const char*>(at) - text.data()) : text.size();
            std::size_t slashes = 0;
            while (q - slashes > b && text[q - slashes - 1] == '\\') ++slashes;
            *escaped |= std::memchr(text.data() + b, '\\', q - b) != nullptr;
            if (slashes % 2 == 0 || q >= text.size()) break;
            ++q;
        }
        const std::string_view v = text.substr(b, q - b);
        ++q;
        return v;
    };
    for (;;) {
        while (p < text.size() && text[p] != '{' && text[p] != ']') ++p;
        if (p >= text.size() || text[p] == ']') return true;
        int n = 0;
        ++p;
        while (p < text.size() && text[p] != '}') {
            if (text[p] != '"') { ++p; continue; }
            bool escaped = false;
            const std::string_view k = quoted(p, &escaped);
            while (p < text.size() && (text[p] == ' ' || text[p] == ':' || text[p] == '\n' || text[p] == '\r' || text[p] == '\t')) ++p;
            if (p >= text.size() || text[p] != '"') continue;  // not a string: left out
            const std::string_view v = quoted(p, &escaped);
            if (n < 8) fields[n++] = {k, v, escaped};
        }
        const auto field = [&](std::string_view k) -> std::string {
            for (int i = 0; i < n; ++i) {
                if (fields[i].key != k) continue;
                if (!fields[i].escaped) return std::string(fields[i].value);
                const nlohmann::json v = nlohmann::json::parse("\"" + std::string(fields[i].value) + "\"", nullptr, false);
                return v.is_string() ? v.get<std::string>() : std::string();
            }
            return std::string();
        };
        object(field);
        if (p < text.size()) ++p;
    }
}

// A word that places a variety of a language: "Central Khmer", "Standard Moroccan Tamazight".
bool region_qualifier(std::string_view w) {
    return w == "Central" || w == "Northern" || w == "Southern" || w == "Eastern" || w == "Western" || w == "North" ||
           w == "South" || w == "Upper" || w == "Lower" || w == "Standard";
}

} // namespace

void LexicalData::add_language(const std::string& name, std::size_t language, const std::string& definition) {
    if (by_language_.count(name)) return;  // the first reading of a name wins
    Language l;
    l.entry.term = name;
    l.entry.forms = {name};
    l.entry.definition = definition;
    l.entry.kind = "language";
    l.entry.pack = "ISO 639";
    l.index = languages_.size();
    l.language = language;
    languages_.push_back(std::move(l));
    by_language_.emplace(name, languages_.size() - 1);
    add_shape(language_shapes_, name);
    language_filter_.add(name);
    const std::size_t space = name.find(' ');
    if (space != std::string::npos) {
        language_first_words_.add(std::string_view(name).substr(0, space));
        add_shape(language_first_shapes_, std::string_view(name).substr(0, space));
    }
}

std::size_t LexicalData::read_languages(const std::string& dir, const std::vector<std::string>& countries) {
    std::string text;
    if (!read_file(dir + "/iso_639-2.json", &text)) return 0;
    struct Read { std::string code; std::vector<std::string> names; };
    std::vector<Read> read;
    for_each_flat_object(text, "639-2", [&](const auto& field) {
        Read r;
        r.code = field("alpha_3");
        const std::string name = field("name");
        // Codes for no one language: undetermined, multiple, none, uncoded, local use ("qaa-qtz").
        if (name.empty() || r.code.size() != 3 || r.code == "und" || r.code == "mul" || r.code == "zxx" || r.code == "mis")
            return;
        for (std::size_t b = 0; b <= name.size();) {
            std::size_t e = name.find("; ", b);
            if (e == std::string::npos) e = name.size();
            written_names(std::string_view(name).substr(b, e - b), &r.names);
            b = e + 2;
        }
        if (!r.names.empty()) read.push_back(std::move(r));
    });
    // The last word alone, where the words before it place a variety of one language ("Central Khmer" → "Khmer")
    // or name another language ("Norwegian Nynorsk" → "Nynorsk"), where one language has it ("Sami" names five)
    // and no language is named by it ("Tatar"). Not "Church Slavic" → "Slavic", "Low Saxon" → "Saxon".
    std::unordered_map<std::string, std::size_t> entry_of;  // name → entry
    entry_of.reserve(2 * read.size());
    by_language_.reserve(2 * read.size());
    for (std::size_t k = 0; k < read.size(); ++k)
        for (const std::string& n : read[k].names) entry_of.emplace(n, k);
    std::map<std::string, std::size_t> last_words;  // last word → entry, or npos when several (ordered: no hashing order)
    for (std::size_t k = 0; k < read.size(); ++k) {
        for (const std::string& n : read[k].names) {
            const std::size_t first_end = n.find(' '), last = n.rfind(' ');
            if (first_end == std::string::npos || !(n[last + 1] >= 'A' && n[last + 1] <= 'Z')) continue;
            const std::string first = n.substr(0, first_end);
            const auto other = entry_of.find(first);
            if (!region_qualifier(first) && (other == entry_of.end() || other->second == k)) continue;
            const auto [it, added] = last_words.emplace(n.substr(last + 1), k);
            if (!added && it->second != k) it->second = std::string::npos;
        }
    }
    for (const auto& [word, k] : last_words)
        if (k != std::string::npos && !entry_of.count(word)) read[k].names.push_back(word);
    // Names in iso_639-2 that are not a language in an English text: the text's own language, and countries.
    const std::unordered_set<std::string> country_set(countries.begin(), countries.end());
    const auto kept = [&](const std::string& n) { return n != "English" && !country_set.count(n); };
    std::size_t languages = 0;
    for (std::size_t k = 0; k < read.size(); ++k) {
        std::vector<std::string> names;
        for (const std::string& n : read[k].names)
            if (kept(n) && std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
        languages += !names.empty();
        for (const std::string& n : names) {
            std::string also;
            int shown = 0;
            for (const std::string& other : names)
                if (other != n && shown++ < 3) also += (also.empty() ? "" : ", ") + other;
            add_language(n, k, also.empty() ? "A language; its ISO 639-2 code is " + read[k].code + "."
                                            : "A language, also called " + also + "; its ISO 639-2 code is " + read[k].code + ".");
        }
    }
    iso_codes_dir_ = dir;
    return languages;
}

// Languages named like a region (iso_3166-2.json: "Afar", "Shan", "Delaware", "Komi, Respublika" → "Komi"):
// "in Afar" is a place as often as a language. Read once, on the first question; without the file no
// language is a region's.
void LexicalData::read_regions() const {
    region_named_.assign(languages_.size(), false);
    std::string text;
    if (languages_.empty() || !read_file(iso_codes_dir_ + "/iso_3166-2.json", &text)) return;
    for_each_flat_object(text, "3166-2", [&](const auto& field) {
        std::string name = field("name");
        const std::size_t cut = std::min(name.find(", "), name.find(" ("));
        if (cut != std::string::npos) name.resize(cut);
        if (const Language* l = find_language(name)) region_named_[l->index] = true;
    });
}

bool LexicalData::names_a_region(const Language& language) const {
    std::call_once(regions_once_, [this] { read_regions(); });
    return language.index < region_named_.size() && region_named_[language.index];
}

//-----------------------------------------------------------------------------
// [SECTION] Lookup
//-----------------------------------------------------------------------------

const GlossaryEntry* LexicalData::find(std::string_view name) const {
    if (name.size() < 32 && !has_shape(name_shapes_, name)) return nullptr;
    if (!name_filter_.may_have(name)) return nullptr;
    const auto it = by_name_.find(std::string(name));
    return it == by_name_.end() ? nullptr : &entries_[it->second];
}

const GlossaryEntry* LexicalData::find_title_case_acronym(std::string_view word) const {
    if (word.size() < 3 || word.size() > 7 || !has_shape(title_shapes_, word)) return nullptr;
    char buf[8];
    for (std::size_t i = 0; i < word.size(); ++i) buf[i] = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] + 32) : word[i];
    const std::string_view lw(buf, word.size());
    if (!lower_filter_.may_have(lw)) return nullptr;
    const auto it = by_lower_.find(std::string(lw));
    return it == by_lower_.end() ? nullptr : &entries_[it->second];
}

} // namespace gloss
