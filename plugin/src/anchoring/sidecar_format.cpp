// Gloss — the sidecar's JSON-LD form (W3C Web Annotation), both ways.
//
// Index of this file:
// [SECTION] Limits checked before parsing
// [SECTION] Writing
// [SECTION] Reading
//
// The sidecar is an AnnotationCollection whose first page holds one
// Annotation per note. The format is described in docs/notes-and-anchoring.md.
#include <nlohmann/json.hpp>
#include <algorithm>
#include <set>

#include "gloss/notes.hpp"

namespace gloss {

using nlohmann::json;

namespace {

constexpr const char* kAnnoContext = "http://www.w3.org/ns/anno.jsonld";
constexpr const char* kGlossNamespace = "urn:gloss:";
constexpr const char* kVersionKey = "gloss:formatVersion";
// Keys under which Note::kept_json holds body items and selectors Gloss does not interpret.
constexpr const char* kKeptBodies = "gloss:keptBodies";
constexpr const char* kKeptSelectors = "gloss:keptSelectors";

//-----------------------------------------------------------------------------
// [SECTION] Limits checked before parsing
//-----------------------------------------------------------------------------

// Deepest nesting of arrays/objects in a JSON text (strings skipped). Stops
// counting once above `limit`.
int json_depth(std::string_view text, int limit) {
    int depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (const char c : text) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit) return deepest;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

SidecarStatus fail(SidecarError e, std::string message) {
    SidecarStatus s;
    s.ok = false;
    s.error = e;
    s.message = std::move(message);
    return s;
}

//-----------------------------------------------------------------------------
// [SECTION] Writing
//-----------------------------------------------------------------------------

// Put back what note_from_json() set aside: unknown members as they were,
// other body items after ours, other selectors after ours.
void restore_kept_members(const std::string& kept_json, json* a) {
    if (kept_json.empty()) return;
    const json kept = json::parse(kept_json, nullptr, false);
    if (!kept.is_object()) return;
    for (auto it = kept.begin(); it != kept.end(); ++it) {
        if (it.key() == kKeptBodies) {
            json& body = (*a)["body"];
            if (!body.is_array()) body = json::array();
            for (const json& b : *it) body.push_back(b);
        } else if (it.key() == kKeptSelectors) {
            for (const json& sel : *it) (*a)["target"]["selector"].push_back(sel);
        } else if (!a->contains(it.key())) {
            (*a)[it.key()] = *it;
        }
    }
}

json note_to_json(const Note& n, std::string_view document_name) {
    json a;
    a["id"] = n.id;
    a["type"] = "Annotation";
    a["motivation"] = n.text.empty() ? "highlighting" : "commenting";
    if (!n.created.empty()) a["created"] = n.created;
    if (!n.modified.empty()) a["modified"] = n.modified;
    if (!n.author.empty()) a["creator"] = json{{"type", "Person"}, {"name", n.author}};
    json body = json::array();
    if (!n.text.empty())
        body.push_back(json{{"type", "TextualBody"}, {"purpose", "commenting"}, {"format", "text/plain"},
                            {"value", n.text}});
    for (const std::string& tag : n.tags)
        body.push_back(json{{"type", "TextualBody"}, {"purpose", "tagging"}, {"value", tag}});
    if (!body.empty()) a["body"] = body;
    if (!n.colour.empty()) a["gloss:colour"] = n.colour;
    json selectors = json::array();
    selectors.push_back(json{{"type", "TextQuoteSelector"},
                             {"exact", n.quote.exact},
                             {"prefix", n.quote.prefix},
                             {"suffix", n.quote.suffix}});
    if (n.hint.has_codepoints || n.hint.has_bytes) {
        json pos{{"type", "TextPositionSelector"}};
        if (n.hint.has_codepoints) {
            pos["start"] = n.hint.start_cp;
            pos["end"] = n.hint.end_cp;
        }
        if (n.hint.has_bytes) {
            pos["gloss:byteStart"] = n.hint.start_byte;
            pos["gloss:byteEnd"] = n.hint.end_byte;
        }
        selectors.push_back(pos);
    }
    json target{{"selector", selectors}};
    if (!document_name.empty()) target["source"] = std::string(document_name);
    a["target"] = target;
    restore_kept_members(n.kept_json, &a);
    return a;
}

} // namespace

std::string sidecar_serialize(const std::vector<Note>& notes, std::string_view document_name, std::string_view kept_json) {
    json items = json::array();
    for (const Note& n : notes) items.push_back(note_to_json(n, document_name));
    json doc;
    doc["@context"] = json::array({kAnnoContext, json{{"gloss", kGlossNamespace}}});
    doc["type"] = "AnnotationCollection";
    doc[kVersionKey] = kSidecarFormatVersion;
    if (!document_name.empty()) doc["label"] = "Notes on " + std::string(document_name);
    doc["total"] = notes.size();
    json page{{"type", "AnnotationPage"}, {"startIndex", 0}, {"items", items}};
    // Members someone else wrote on the collection or its page, back where they were.
    const json kept = kept_json.empty() ? json() : json::parse(kept_json.begin(), kept_json.end(), nullptr, false);
    if (kept.is_object()) {
        for (const auto& [where, into] : {std::pair<const char*, json*>{"collection", &doc}, {"page", &page}}) {
            const auto members = kept.find(where);
            if (members == kept.end() || !members->is_object()) continue;
            for (auto it = members->begin(); it != members->end(); ++it)
                if (!into->contains(it.key())) (*into)[it.key()] = *it;
        }
    }
    doc["first"] = page;
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

//-----------------------------------------------------------------------------
// [SECTION] Reading
//-----------------------------------------------------------------------------

namespace {

// Thrown inside the reader only, turned into a Corrupt status.
struct ShapeError {
    std::string what;
};

const json& member(const json& obj, const char* key, const std::string& where) {
    const auto it = obj.find(key);
    if (it == obj.end()) throw ShapeError{where + ": \"" + key + "\" is missing"};
    return *it;
}

std::string get_string(const json& obj, const char* key, const std::string& where, bool required) {
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (required) throw ShapeError{where + ": \"" + key + "\" is missing"};
        return {};
    }
    if (!it->is_string()) throw ShapeError{where + ": \"" + key + "\" must be a string"};
    return it->get<std::string>();
}

bool get_offset(const json& obj, const char* key, const std::string& where, std::uint32_t* out) {
    const auto it = obj.find(key);
    if (it == obj.end()) return false;
    if (it->is_number_integer() && !it->is_number_unsigned())
        throw ShapeError{where + ": \"" + key + "\" is negative (" + it->dump() + "); an offset is 0 or more"};
    if (!it->is_number_unsigned())
        throw ShapeError{where + ": \"" + key + "\" must be a whole number (it is " + it->dump() + ")"};
    if (it->get<std::uint64_t>() > 0xFFFFFFFFu)
        throw ShapeError{where + ": \"" + key + "\" is " + it->dump() + ", beyond the largest offset (4294967295)"};
    *out = static_cast<std::uint32_t>(it->get<std::uint64_t>());
    return true;
}

// A JSON-LD value that may be one object or an array of objects.
std::vector<const json*> objects_of(const json& v, const std::string& where) {
    std::vector<const json*> out;
    if (v.is_object()) out.push_back(&v);
    else if (v.is_array()) {
        for (const json& e : v) {
            if (!e.is_object()) throw ShapeError{where + " must hold objects"};
            out.push_back(&e);
        }
    } else throw ShapeError{where + " must be an object or an array of objects"};
    return out;
}

Note note_from_json(const json& a, const std::string& where) {
    if (!a.is_object()) throw ShapeError{where + " must be an object"};
    Note n;
    n.id = get_string(a, "id", where, true);
    if (n.id.empty()) throw ShapeError{where + ": \"id\" is empty"};
    const std::string w = where + " (" + n.id + ")";
    n.created = get_string(a, "created", w, false);
    n.modified = get_string(a, "modified", w, false);
    if (a.contains("creator")) {
        const json& c = a["creator"];
        if (c.is_string()) n.author = c.get<std::string>();
        else if (c.is_object()) n.author = get_string(c, "name", w + " creator", false);
        else throw ShapeError{w + ": \"creator\" must be an object or a string"};
    }
    n.colour = get_string(a, "gloss:colour", w, false);
    json kept = json::object();
    for (auto it = a.begin(); it != a.end(); ++it) {
        static const char* const known[] = {"id", "type", "motivation", "created", "modified", "creator",
                                            "body", "gloss:colour", "target"};
        if (std::none_of(std::begin(known), std::end(known), [&](const char* k) { return it.key() == k; }))
            kept[it.key()] = *it;
    }
    if (a.contains("body")) {
        for (const json* b : objects_of(a["body"], w + ": \"body\"")) {
            const std::string purpose = get_string(*b, "purpose", w + " body", false);
            if (!purpose.empty() && purpose != "commenting" && purpose != "tagging") {
                kept[kKeptBodies].push_back(*b);  // "describing", "linking", ...: kept as written
                continue;
            }
            const std::string value = get_string(*b, "value", w + " body", true);
            if (purpose == "tagging") n.tags.push_back(value);
            else if (n.text.empty()) n.text = value;
            else n.text += "\n\n" + value;
        }
    }
    bool have_quote = false;
    for (const json* t : objects_of(member(a, "target", w), w + ": \"target\"")) {
        if (!t->contains("selector")) continue;
        for (const json* s : objects_of((*t)["selector"], w + ": \"selector\"")) {
            const std::string type = get_string(*s, "type", w + " selector", true);
            if (type == "TextQuoteSelector" && !have_quote) {
                n.quote.exact = get_string(*s, "exact", w + " TextQuoteSelector", true);
                n.quote.prefix = get_string(*s, "prefix", w + " TextQuoteSelector", false);
                n.quote.suffix = get_string(*s, "suffix", w + " TextQuoteSelector", false);
                have_quote = true;
            } else if (type == "TextPositionSelector") {
                const std::string ws = w + " TextPositionSelector";
                n.hint.has_codepoints = get_offset(*s, "start", ws, &n.hint.start_cp) &&
                                        get_offset(*s, "end", ws, &n.hint.end_cp);
                n.hint.has_bytes = get_offset(*s, "gloss:byteStart", ws, &n.hint.start_byte) &&
                                   get_offset(*s, "gloss:byteEnd", ws, &n.hint.end_byte);
            } else {
                kept[kKeptSelectors].push_back(*s);  // RangeSelector, XPathSelector, ...: kept as written
            }
        }
    }
    if (!kept.empty()) n.kept_json = kept.dump();
    if (!have_quote) throw ShapeError{w + ": no TextQuoteSelector in \"target\""};
    if (n.quote.exact.empty()) throw ShapeError{w + ": the quote (\"exact\") is empty"};
    return n;
}

} // namespace

SidecarParse sidecar_parse(std::string_view text) {
    SidecarParse r;
    if (text.size() > kSidecarMaxBytes)
        return SidecarParse{fail(SidecarError::TooBig, "it is larger than " +
                                                           std::to_string(kSidecarMaxBytes / (1024 * 1024)) +
                                                           " MiB, more than any notes file should be"),
                            {}, {}};
    if (json_depth(text, kSidecarMaxDepth) > kSidecarMaxDepth)
        return SidecarParse{fail(SidecarError::TooDeep, "its JSON is nested deeper than " +
                                                            std::to_string(kSidecarMaxDepth) + " levels"),
                            {}, {}};
    const json doc = json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded())
        return SidecarParse{fail(SidecarError::Corrupt, text.empty() ? "it is empty (truncated?)"
                                                                     : "it is not valid JSON (truncated or damaged)"),
                            {}, {}};
    try {
        if (!doc.is_object()) throw ShapeError{"the top level must be an object"};
        const auto v = doc.find(kVersionKey);
        if (v == doc.end()) throw ShapeError{std::string("\"") + kVersionKey + "\" is missing: not a Gloss notes file"};
        if (!v->is_number_integer()) throw ShapeError{std::string("\"") + kVersionKey + "\" must be an integer"};
        const long long version = v->get<long long>();
        if (version > kSidecarFormatVersion)
            return SidecarParse{fail(SidecarError::NewerVersion,
                                     "it was written by a newer Gloss (format version " + std::to_string(version) +
                                         ", this one reads up to " + std::to_string(kSidecarFormatVersion) + ")"),
                                {}, {}};
        if (version < 1) throw ShapeError{"format version " + std::to_string(version) + " is not valid"};
        std::set<std::string> ids;
        // Members of the collection and of its page that Gloss does not write itself.
        json kept = json::object();
        for (auto it = doc.begin(); it != doc.end(); ++it) {
            static const char* const known[] = {"@context", "type", kVersionKey, "label", "total", "first"};
            if (std::none_of(std::begin(known), std::end(known), [&](const char* k) { return it.key() == k; }))
                kept["collection"][it.key()] = *it;
        }
        if (!doc.contains("first")) {
            const auto total = doc.find("total");
            if (total != doc.end() && !(total->is_number_unsigned() && total->get<std::uint64_t>() == 0) &&
                !(total->is_number_integer() && total->get<long long>() == 0))
                throw ShapeError{"\"total\" is " + total->dump() +
                                 " but there is no \"first\" page holding the notes (truncated or damaged?)"};
        }
        if (doc.contains("first")) {
            const json& page = doc["first"];
            if (!page.is_object()) throw ShapeError{"\"first\" must be an object"};
            const json& items = member(page, "items", "\"first\"");
            if (!items.is_array()) throw ShapeError{"\"first\".\"items\" must be an array"};
            for (auto it = page.begin(); it != page.end(); ++it)
                if (it.key() != "type" && it.key() != "startIndex" && it.key() != "items") kept["page"][it.key()] = *it;
            for (std::size_t i = 0; i < items.size(); ++i) {
                Note n = note_from_json(items[i], "note " + std::to_string(i + 1));
                if (!ids.insert(n.id).second) throw ShapeError{"note " + std::to_string(i + 1) + ": id " + n.id +
                                                               " appears twice"};
                r.notes.push_back(std::move(n));
            }
        }
        if (!kept.empty()) r.kept_json = kept.dump();
    } catch (const ShapeError& e) {
        r.notes.clear();
        r.kept_json.clear();
        r.status = fail(SidecarError::Corrupt, e.what);
    } catch (const json::exception& e) {
        r.notes.clear();
        r.kept_json.clear();
        r.status = fail(SidecarError::Corrupt, std::string("unexpected structure (") + e.what() + ")");
    }
    return r;
}

} // namespace gloss
