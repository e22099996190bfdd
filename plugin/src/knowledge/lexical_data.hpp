// Gloss — lexical data installed on the system: WordNet 3.0 (Debian's
// wordnet-base) and ISO codes (Debian's iso-codes), read once at first use and
// turned into glossary entries for terms a text does not define (no ImGui).
//
// Only names are kept, never common words: WordNet's proper nouns of
// organisations (lexicographer file noun.group) and its acronyms (an all-caps
// word of three or more letters in a synset with a capitalised long form), the
// ISO 4217 currency codes and the ISO 3166-1 three-letter country codes, and
// the ISO 639-2 language names, kept apart: a language name is a term only
// where the text uses it as a language (analysis/languages.hpp). Where the
// files are absent the data is empty and status() says so in one line.
// Format and search order: docs/packs.md.
#pragma once
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gloss/knowledge.hpp"

namespace gloss {

class LexicalData {
public:
    // The installed data, loaded on first call (thread-safe; later calls are free).
    static const LexicalData& installed();
    // Load from explicit folders (tests); either may be "" to skip it.
    LexicalData(const std::string& wordnet_dir, const std::string& iso_codes_dir);

    // The entry for a name exactly as written ("OPEC", "European Central Bank", "KZT"), or nullptr.
    const GlossaryEntry* find(std::string_view name) const;
    // The entry for an acronym written in title case ("Opec"), or nullptr.
    const GlossaryEntry* find_title_case_acronym(std::string_view word) const;
    // Whether some name of several words starts with `word` (a cheap test before building candidate runs).
    bool may_start_name(std::string_view word) const {
        return has_shape(first_word_shapes_, word) && first_words_.may_have(word);
    }

    // A language of ISO 639-2 by a name as written ("Pashto", "Modern Greek", "Khmer").
    struct Language {
        GlossaryEntry entry;      // term: the name; pack "ISO 639"; a definition in our words
        std::size_t   index = 0;     // of the name, in the order read
        std::size_t   language = 0;  // the same for every name of one language ("Pashto", "Pushto")
    };
    // The language a name names, or nullptr. Never English (the language of the texts read) nor a
    // name that is also a country's (ISO 3166-1: "Nauru").
    const Language* find_language(std::string_view name) const {
        if (!has_shape(language_shapes_, name) || !language_filter_.may_have(name)) return nullptr;
        const auto it = by_language_.find(std::string(name));
        return it == by_language_.end() ? nullptr : &languages_[it->second];
    }
    // Whether the name is also a region's in ISO 3166-2 ("Afar", "Delaware", "Shan"). The regions are read on
    // the first call (thread-safe), not at start-up: most texts never ask.
    bool names_a_region(const Language& language) const;
    // Whether some language name of several words starts with `word` ("Old", "Haitian").
    bool may_start_language_name(std::string_view word) const {
        return has_shape(language_first_shapes_, word) && language_first_words_.may_have(word);
    }

    bool               empty() const { return entries_.empty() && languages_.empty(); }
    bool               missing() const { return missing_; }  // WordNet or the ISO files could not be read
    const std::string& status() const { return status_; }  // one line: what was read, or what is missing
    double             load_ms() const { return load_ms_; }

private:
    void read_wordnet(const std::string& dir);
    void read_iso(const std::string& dir);
    std::size_t read_languages(const std::string& dir, const std::vector<std::string>& countries);
    void add_language(const std::string& name, std::size_t language, const std::string& definition);
    void read_regions() const;
    void add(GlossaryEntry e, bool title_case_too);

    std::deque<GlossaryEntry>                    entries_;     // stable addresses: annotations borrow their strings
    std::vector<GlossaryEntry>                   terms_of_art_;  // WordNet acronyms with a lower-case long form, added after the ISO codes
    std::vector<GlossaryEntry>                   named_;         // WordNet people, events, periods and terms, added last
    std::unordered_map<std::string, std::size_t> by_name_;     // form as written → entry
    std::unordered_map<std::string, std::size_t> by_lower_;    // lower-case acronym → entry ("opec")
    std::deque<Language>                         languages_;   // one per name
    std::unordered_map<std::string, std::size_t> by_language_; // name as written → languages_
    // A set of words as one bit per word hash (a Bloom filter with one hash
    // function, 2^16 bits for about a thousand words): a word not in the set is
    // refused by one hash and one bit test, without building a std::string;
    // a word that passes is looked up exactly.
    class WordFilter {
    public:
        void add(std::string_view w) {
            const std::uint32_t h = hash(w);
            bits_[h >> 6] |= std::uint64_t{1} << (h & 63);
        }
        bool may_have(std::string_view w) const {
            const std::uint32_t h = hash(w);
            return (bits_[h >> 6] >> (h & 63)) & 1u;
        }

    private:
        static std::uint32_t hash(std::string_view w) {  // FNV-1a, folded to 16 bits
            std::uint64_t h = 0xCBF29CE484222325ull;
            for (const char ch : w) h = (h ^ static_cast<unsigned char>(ch)) * 0x100000001B3ull;
            return static_cast<std::uint32_t>((h ^ (h >> 32)) & 0xFFFF);
        }
        std::uint64_t bits_[1024] = {};
    };
    // The keys above and the first words of names.
    WordFilter                                   name_filter_, lower_filter_, first_words_, language_first_words_,
                                                 language_filter_;
    // Shapes (length up to 31, first letter either case) of the first words and of the title-case acronyms: bit
    // `letter` of shapes[length]. Most words are refused by one load and a bit test, without hashing.
    std::uint32_t                                first_word_shapes_[32] = {}, title_shapes_[32] = {}, name_shapes_[32] = {};
    std::uint32_t                                language_shapes_[32] = {}, language_first_shapes_[32] = {};
    static void add_shape(std::uint32_t (&shapes)[32], std::string_view w) {
        if (w.empty() || w.size() >= 32) return;
        const char c = w[0] >= 'a' && w[0] <= 'z' ? static_cast<char>(w[0] - 32) : w[0];
        if (c >= 'A' && c <= 'Z') shapes[w.size()] |= 1u << (c - 'A');
    }
    static bool has_shape(const std::uint32_t (&shapes)[32], std::string_view w) {
        if (w.empty() || w.size() >= 32) return false;
        const char c = w[0] >= 'a' && w[0] <= 'z' ? static_cast<char>(w[0] - 32) : w[0];
        return c >= 'A' && c <= 'Z' && (shapes[w.size()] & (1u << (c - 'A')));
    }
    std::string                                  iso_codes_dir_;
    mutable std::once_flag                       regions_once_;
    mutable std::vector<bool>                    region_named_;  // by Language::index, once read_regions() ran
    std::string                                  status_;
    double                                       load_ms_ = 0;
    bool                                         missing_ = false;
};

} // namespace gloss
