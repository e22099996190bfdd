// Gloss — knowledge packs: parsing, merging, lookup. See gloss/knowledge.hpp.
#include "gloss/knowledge.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>

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

// A string member; absent gives "". A member of another type sets *bad to a
// message naming it ("\"term\" must be a string, not 5").
std::string string_field(const json& e, const char* key, std::string* bad = nullptr) {
    auto it = e.find(key);
    if (it == e.end() || it->is_null()) return {};
    if (it->is_string()) return it->get<std::string>();
    if (bad && bad->empty()) {
        std::string shown = it->dump();
        if (shown.size() > 40) shown = shown.substr(0, 37) + "...";
        *bad = std::string("\"") + key + "\" must be a string, not " + shown;
    }
    return {};
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
    if (ver == doc.end()) return fail("missing \"schema_version\" (add \"schema_version\": 1)");
    if (ver->is_string())
        return fail("\"schema_version\" is the string " + ver->dump() + "; write it as a number: \"schema_version\": 1");
    if (!ver->is_number_integer()) return fail("\"schema_version\" must be the number 1, not " + ver->dump());
    if (ver->get<long long>() != 1) return fail("unsupported schema_version " + ver->dump() + " (this Gloss reads 1)");
    auto entries = doc.find("entries");
    if (entries == doc.end() || !entries->is_array()) return fail("missing \"entries\" array");
    std::string bad;
    std::string kind = string_field(doc, "kind", &bad);
    std::string name = string_field(doc, "name", &bad);
    if (!bad.empty()) return fail(bad);
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
            g.term = string_field(e, "term", &bad);
            if (!bad.empty()) return fail(at + ": " + bad);
            if (g.term.empty()) return fail(at + " has no \"term\"");
            g.forms = string_list(e, "forms", &ok);
            g.after = string_list(e, "after", &ok);
            if (!ok) return fail(at + " (" + g.term + "): \"forms\" and \"after\" must be lists of strings");
            if (g.forms.empty() && e.contains("forms"))
                return fail(at + " (" + g.term + "): \"forms\" is empty, so the entry would match nothing; list its "
                                                  "forms, or leave \"forms\" out to match the term itself");
            if (g.forms.empty()) g.forms.push_back(g.term);
            g.expansion = string_field(e, "expansion", &bad);
            g.definition = string_field(e, "definition", &bad);
            g.kind = string_field(e, "kind", &bad);
            if (!bad.empty()) return fail(at + " (" + g.term + "): " + bad);
            if (auto cs = e.find("case_sensitive"); cs != e.end() && cs->is_boolean()) g.case_sensitive = cs->get<bool>();
            g.pack = name;
            if (g.definition.empty() && g.expansion.empty())
                return fail(at + " (" + g.term + ") needs a \"definition\" or an \"expansion\"");
            terms.push_back(std::move(g));
        } else {
            SourceEntry s;
            s.name = string_field(e, "name", &bad);
            if (!bad.empty()) return fail(at + ": " + bad);
            if (s.name.empty()) return fail(at + " has no \"name\"");
            s.forms = string_list(e, "forms", &ok);
            if (!ok) return fail(at + " (" + s.name + "): \"forms\" must be a list of strings");
            if (s.forms.empty() && e.contains("forms"))
                return fail(at + " (" + s.name + "): \"forms\" is empty, so the entry would match nothing; list its "
                                                  "forms, or leave \"forms\" out to match the name itself");
            if (s.forms.empty()) s.forms.push_back(s.name);
            s.kind = string_field(e, "kind", &bad);
            s.description = string_field(e, "description", &bad);
            s.domains = string_list(e, "domains", &ok);
            if (!ok) return fail(at + " (" + s.name + "): \"domains\" must be a list of strings");
            if (!bad.empty()) return fail(at + " (" + s.name + "): " + bad);
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
    const auto fail = [&](const std::string& why) {
        if (error) *error = path + ": " + why;
        return false;
    };
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0) return fail(std::string("cannot open the pack file (") + std::strerror(errno) + ")");
    if (S_ISDIR(st.st_mode)) return fail("is a folder, not a pack file (give the path of a .json pack)");
    if (static_cast<std::uint64_t>(st.st_size) > kMaxPackBytes)
        return fail("the pack file is larger than " + std::to_string(kMaxPackBytes >> 20) + " MiB");
    std::FILE* in = std::fopen(path.c_str(), "rb");
    if (!in) return fail(std::string("cannot open the pack file (") + std::strerror(errno) + ")");
    std::string text;
    char buf[1 << 16];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, in)) > 0) {
        text.append(buf, n);
        if (text.size() > kMaxPackBytes) break;
    }
    const bool failed = std::ferror(in) != 0;
    const int why = errno;
    std::fclose(in);
    if (failed) return fail(std::string("cannot read the pack file (") + std::strerror(why) + ")");
    if (text.size() > kMaxPackBytes) return fail("the pack file is larger than " + std::to_string(kMaxPackBytes >> 20) + " MiB");
    return add_pack_json(text, path, error);
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
