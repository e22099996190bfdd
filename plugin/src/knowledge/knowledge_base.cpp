// Gloss — knowledge packs: parsing, merging, lookup. See gloss/knowledge.hpp.
#include "gloss/knowledge.hpp"

#include <fstream>
#include <mutex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "embedded_packs.hpp"

namespace gloss {

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

namespace {

using nlohmann::json;

std::string string_field(const json& e, const char* key) {
    auto it = e.find(key);
    return it != e.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> string_list(const json& e, const char* key, bool* ok) {
    std::vector<std::string> out;
    auto it = e.find(key);
    if (it == e.end()) return out;
    if (!it->is_array()) { *ok = false; return out; }
    for (const json& v : *it) {
        if (!v.is_string()) { *ok = false; return out; }
        out.push_back(v.get<std::string>());
    }
    return out;
}

} // namespace

bool KnowledgeBase::add_pack_json(std::string_view text, std::string_view origin, std::string* error) {
    const std::string where(origin);
    auto fail = [&](const std::string& msg) {
        if (error) *error = where + ": " + msg;
        return false;
    };
    json doc = json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded()) return fail("not valid JSON");
    if (!doc.is_object()) return fail("a pack must be a JSON object");
    auto ver = doc.find("schema_version");
    if (ver == doc.end() || !ver->is_number_integer()) return fail("missing \"schema_version\"");
    if (ver->get<long long>() != 1) return fail("unsupported schema_version " + ver->dump() + " (this Gloss reads 1)");
    auto entries = doc.find("entries");
    if (entries == doc.end() || !entries->is_array()) return fail("missing \"entries\" array");
    std::string kind = string_field(doc, "kind");
    std::string name = string_field(doc, "name");
    if (name.empty()) name = where;
    if (kind.empty()) kind = (!entries->empty() && (*entries)[0].is_object() && (*entries)[0].contains("term")) ? "glossary" : "sources";
    if (kind != "glossary" && kind != "sources") return fail("\"kind\" must be \"glossary\" or \"sources\"");

    std::vector<GlossaryEntry> terms;
    std::vector<SourceEntry> sources;
    std::size_t index = 0;
    for (const json& e : *entries) {
        const std::string at = "entry " + std::to_string(index++);
        if (!e.is_object()) return fail(at + " is not an object");
        bool ok = true;
        if (kind == "glossary") {
            GlossaryEntry g;
            g.term = string_field(e, "term");
            if (g.term.empty()) return fail(at + " has no \"term\"");
            g.forms = string_list(e, "forms", &ok);
            g.after = string_list(e, "after", &ok);
            if (!ok) return fail(at + " (" + g.term + "): \"forms\" and \"after\" must be lists of strings");
            if (g.forms.empty()) g.forms.push_back(g.term);
            g.expansion = string_field(e, "expansion");
            g.definition = string_field(e, "definition");
            g.kind = string_field(e, "kind");
            if (auto cs = e.find("case_sensitive"); cs != e.end() && cs->is_boolean()) g.case_sensitive = cs->get<bool>();
            g.pack = name;
            if (g.definition.empty() && g.expansion.empty())
                return fail(at + " (" + g.term + ") needs a \"definition\" or an \"expansion\"");
            terms.push_back(std::move(g));
        } else {
            SourceEntry s;
            s.name = string_field(e, "name");
            if (s.name.empty()) return fail(at + " has no \"name\"");
            s.forms = string_list(e, "forms", &ok);
            if (!ok) return fail(at + " (" + s.name + "): \"forms\" must be a list of strings");
            if (s.forms.empty()) s.forms.push_back(s.name);
            s.kind = string_field(e, "kind");
            s.description = string_field(e, "description");
            s.domains = string_list(e, "domains", &ok);
            if (!ok) return fail(at + " (" + s.name + "): \"domains\" must be a list of strings");
            s.pack = name;
            sources.push_back(std::move(s));
        }
    }
    // Merge: an entry with a known term/name replaces the old one in place.
    for (GlossaryEntry& g : terms) {
        auto it = term_index_.find(ascii_lower(g.term));
        std::size_t slot;
        if (it != term_index_.end() && glossary_[it->second].term == g.term) {
            slot = it->second;
            glossary_[slot] = std::move(g);
        } else {
            slot = glossary_.size();
            glossary_.push_back(std::move(g));
        }
        term_index_[ascii_lower(glossary_[slot].term)] = slot;
        for (const std::string& f : glossary_[slot].forms) term_index_[ascii_lower(f)] = slot;
    }
    for (SourceEntry& s : sources) {
        auto it = source_index_.find(ascii_lower(s.name));
        std::size_t slot;
        if (it != source_index_.end() && sources_[it->second].name == s.name) {
            slot = it->second;
            sources_[slot] = std::move(s);
        } else {
            slot = sources_.size();
            sources_.push_back(std::move(s));
        }
        source_index_[ascii_lower(sources_[slot].name)] = slot;
        for (const std::string& f : sources_[slot].forms) source_index_[ascii_lower(f)] = slot;
    }
    return true;
}

bool KnowledgeBase::add_pack_file(const std::string& path, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error) *error = path + ": cannot open the pack file";
        return false;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    return add_pack_json(ss.str(), path, error);
}

const GlossaryEntry* KnowledgeBase::find_term(std::string_view term) const {
    auto it = term_index_.find(ascii_lower(term));
    return it == term_index_.end() ? nullptr : &glossary_[it->second];
}

const SourceEntry* KnowledgeBase::find_source(std::string_view name) const {
    auto it = source_index_.find(ascii_lower(name));
    return it == source_index_.end() ? nullptr : &sources_[it->second];
}

const SourceEntry* KnowledgeBase::find_source_by_site(std::string_view site) const {
    // the site itself, then each parent domain with two labels or more
    std::string s = ascii_lower(site);
    while (s.find('.') != std::string::npos) {
        for (const SourceEntry& e : sources_)
            for (const std::string& d : e.domains)
                if (ascii_lower(d) == s) return &e;
        s.erase(0, s.find('.') + 1);
    }
    return nullptr;
}

std::shared_ptr<const KnowledgeBase> KnowledgeBase::bundled() {
    static std::shared_ptr<const KnowledgeBase> kb = [] {
        auto k = std::make_shared<KnowledgeBase>();
        for (std::size_t i = 0; i < kEmbeddedPackCount; ++i) {
            const EmbeddedPack& p = kEmbeddedPacks[i];
            std::string err;
            k->add_pack_json(std::string_view(reinterpret_cast<const char*>(p.data), p.size),
                             std::string("bundled pack ") + p.name, &err);  // bundled packs are tested
        }
        return std::shared_ptr<const KnowledgeBase>(std::move(k));
    }();
    return kb;
}

} // namespace gloss
