// Gloss — Hypothesis annotation JSON to notes and back.
//
// Index of this file:
// [SECTION] Reading one annotation
// [SECTION] Import
// [SECTION] Export
#include <algorithm>
#include <nlohmann/json.hpp>

#include "gloss/hypothesis.hpp"

namespace gloss {

using nlohmann::json;

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Reading one annotation
//-----------------------------------------------------------------------------

std::string string_or_empty(const json& obj, const char* key) {
    const auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool offset_of(const json& obj, const char* key, std::uint32_t* out) {
    const auto it = obj.find(key);
    if (it == obj.end() || !it->is_number_unsigned() || it->get<std::uint64_t>() > 0xFFFFFFFFu) return false;
    *out = static_cast<std::uint32_t>(it->get<std::uint64_t>());
    return true;
}

// "acct:ann@hypothes.is" -> "ann".
std::string account_name(const std::string& user) {
    std::string name = user.rfind("acct:", 0) == 0 ? user.substr(5) : user;
    const std::size_t at = name.find('@');
    return at == std::string::npos ? name : name.substr(0, at);
}

// One Hypothesis annotation -> note; false (with why) when it has no quote.
bool read_annotation(const json& a, std::size_t index, Note* n, std::string* why) {
    const std::string label = "annotation " + std::to_string(index + 1);
    if (!a.is_object()) {
        *why = label + ": not an object";
        return false;
    }
    n->id = string_or_empty(a, "id");
    n->text = string_or_empty(a, "text");
    n->created = string_or_empty(a, "created");
    n->modified = string_or_empty(a, "updated");
    if (n->modified.empty()) n->modified = n->created;
    if (a.contains("user_info") && a["user_info"].is_object()) n->author = string_or_empty(a["user_info"], "display_name");
    if (n->author.empty()) n->author = account_name(string_or_empty(a, "user"));
    if (a.contains("tags") && a["tags"].is_array())
        for (const json& t : a["tags"])
            if (t.is_string()) n->tags.push_back(t.get<std::string>());
    bool have_quote = false;
    const auto targets = a.find("target");
    if (targets != a.end() && targets->is_array()) {
        for (const json& t : *targets) {
            if (!t.is_object() || !t.contains("selector") || !t["selector"].is_array()) continue;
            for (const json& s : t["selector"]) {
                if (!s.is_object()) continue;
                const std::string type = string_or_empty(s, "type");
                if (type == "TextQuoteSelector" && !have_quote) {
                    n->quote.exact = string_or_empty(s, "exact");
                    n->quote.prefix = string_or_empty(s, "prefix");
                    n->quote.suffix = string_or_empty(s, "suffix");
                    have_quote = !n->quote.exact.empty();
                } else if (type == "TextPositionSelector") {
                    n->hint.has_codepoints =
                        offset_of(s, "start", &n->hint.start_cp) && offset_of(s, "end", &n->hint.end_cp);
                }
                // RangeSelector, FragmentSelector, ...: DOM positions, meaningless in plain text.
            }
        }
    }
    if (!have_quote) {
        *why = label + (n->id.empty() ? "" : " (" + n->id + ")") +
               ": no TextQuoteSelector (a page note or a reply), not imported";
        return false;
    }
    if (n->id.empty()) n->id = note_new_id();
    return true;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Import
//-----------------------------------------------------------------------------

HypothesisImport hypothesis_import(std::string_view json_text) {
    HypothesisImport r;
    if (json_text.size() > kSidecarMaxBytes) {
        r.error = "the Hypothesis JSON is larger than " + std::to_string(kSidecarMaxBytes / (1024 * 1024)) + " MiB";
        return r;
    }
    // Same nesting limit as the sidecar: nlohmann's parser recurses.
    int depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (const char c : json_text) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') in_string = true;
        else if (c == '[' || c == '{') deepest = std::max(deepest, ++depth);
        else if (c == ']' || c == '}') --depth;
    }
    if (deepest > kSidecarMaxDepth) {
        r.error = "the Hypothesis JSON is nested deeper than " + std::to_string(kSidecarMaxDepth) + " levels";
        return r;
    }
    const json doc = json::parse(json_text.begin(), json_text.end(), nullptr, false);
    if (doc.is_discarded()) {
        r.error = "not valid JSON";
        return r;
    }
    const json* rows = nullptr;
    json single = json::array();
    if (doc.is_array()) rows = &doc;
    else if (doc.is_object() && doc.contains("rows") && doc["rows"].is_array()) rows = &doc["rows"];
    else if (doc.is_object() && doc.contains("target")) {
        single.push_back(doc);
        rows = &single;
    } else {
        r.error = "expected a Hypothesis annotation, an array of them, or a search result with \"rows\"";
        return r;
    }
    for (std::size_t i = 0; i < rows->size(); ++i) {
        Note n;
        std::string why;
        if (read_annotation((*rows)[i], i, &n, &why)) r.notes.push_back(std::move(n));
        else r.skipped.push_back(why);
    }
    r.ok = true;
    return r;
}

//-----------------------------------------------------------------------------
// [SECTION] Export
//-----------------------------------------------------------------------------

std::string hypothesis_export(const std::vector<Note>& notes, std::string_view document_uri) {
    json rows = json::array();
    for (const Note& n : notes) {
        json selectors = json::array();
        selectors.push_back(json{{"type", "TextQuoteSelector"},
                                 {"exact", n.quote.exact},
                                 {"prefix", n.quote.prefix},
                                 {"suffix", n.quote.suffix}});
        if (n.hint.has_codepoints)
            selectors.push_back(json{{"type", "TextPositionSelector"}, {"start", n.hint.start_cp}, {"end", n.hint.end_cp}});
        json a;
        a["id"] = n.id;
        a["created"] = n.created;
        a["updated"] = n.modified.empty() ? n.created : n.modified;
        a["uri"] = std::string(document_uri);
        a["text"] = n.text;
        a["tags"] = n.tags;
        if (!n.author.empty()) a["user_info"] = json{{"display_name", n.author}};
        a["target"] = json::array({json{{"source", std::string(document_uri)}, {"selector", selectors}}});
        rows.push_back(a);
    }
    const json doc{{"total", notes.size()}, {"rows", rows}};
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace gloss
