// Gloss — knowledge packs: a glossary of terms and a registry of sources (no ImGui).
//
// Packs are JSON (format in docs/packs.md, schema_version 1). The bundled
// packs (assets/packs/*.json) are compiled into the library; user packs are
// read from files and override bundled entries with the same term or name.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gloss {

// A glossary entry: a term, the surface forms that name it, and what it means.
struct GlossaryEntry {
    std::string              term;            // "TEU"
    std::vector<std::string> forms;           // surface forms matched in text: "TEU", "TEUs"
    std::string              expansion;       // "twenty-foot equivalent unit" ("" when not an abbreviation)
    std::string              definition;      // a short plain definition
    std::string              kind;            // acronym | organization | person | event | term | ...
    bool                     case_sensitive = true;
    std::vector<std::string> after;           // when set, a form matches only right after one of these words
    std::string              pack;            // name of the pack it came from
};

// A source-registry entry: what a cited outlet or body is.
struct SourceEntry {
    std::string              name;            // "Kommersant"
    std::vector<std::string> forms;           // names it is cited by
    std::string              kind;            // newspaper | news agency | ...
    std::string              description;     // one plain sentence
    std::vector<std::string> domains;         // its web sites ("rferl.org"), for sources given only as a link
    std::string              pack;
};

// The glossary and the source registry, merged from packs in order.
// Largest pack file read (a pack is a glossary or a registry: kilobytes).
constexpr std::size_t kMaxPackBytes = std::size_t(16) << 20;

class KnowledgeBase {
public:
    // The packs built into the library (parsed once; thread-safe).
    static std::shared_ptr<const KnowledgeBase> bundled();

    // Merge a pack given as JSON text. On error returns false and sets *error
    // to one line; the knowledge base is left unchanged.
    bool add_pack_json(std::string_view json, std::string_view origin, std::string* error);
    // Read and merge a pack file.
    bool add_pack_file(const std::string& path, std::string* error);

    const std::vector<GlossaryEntry>& glossary() const { return glossary_; }
    const std::vector<SourceEntry>&   sources() const { return sources_; }

    const GlossaryEntry* find_term(std::string_view term) const;   // by term or form (case-insensitive)
    const SourceEntry*   find_source(std::string_view name) const; // by name or form (case-insensitive)
    // By a link's site ("news.rferl.org" finds the entry with domain "rferl.org"), or null.
    const SourceEntry*   find_source_by_site(std::string_view site) const;

private:
    std::vector<GlossaryEntry> glossary_;
    std::vector<SourceEntry>   sources_;
    std::unordered_map<std::string, std::size_t> term_index_;    // lower-case term/form → glossary_ index
    std::unordered_map<std::string, std::size_t> source_index_;  // lower-case name/form → sources_ index
};

// Lower-case ASCII letters of `s` (other bytes unchanged).
std::string ascii_lower(std::string_view s);

} // namespace gloss
