// Gloss — AnnotationSet → W3C AnnotationCollection JSON. See gloss/annotation_json.hpp.
//
// Index of this file:
// [SECTION] Code point offsets
// [SECTION] Bodies
// [SECTION] Collection
#include "gloss/annotation_json.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

#include <nlohmann/json.hpp>

namespace gloss {

namespace {

using Json = nlohmann::ordered_json;

//-----------------------------------------------------------------------------
// [SECTION] Code point offsets
//-----------------------------------------------------------------------------

// Byte → code point offsets: the code points before every 64th byte (4 bytes
// per 64 of text), then a count of at most 63 bytes per lookup. Offsets past
// the end of the text count the whole text.
class CodepointMap {
public:
    explicit CodepointMap(std::string_view text) : text_(text) {
        checkpoints_.reserve(text.size() / kStep + 1);
        std::uint32_t cp = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (i % kStep == 0) checkpoints_.push_back(cp);
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++cp;
        }
        total_ = cp;
    }
    std::size_t at(std::uint32_t b) const {
        if (b >= text_.size()) return total_;
        std::size_t cp = checkpoints_[b / kStep];
        for (std::size_t i = b - b % kStep; i < b; ++i)
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++cp;
        return cp;
    }

private:
    static constexpr std::size_t kStep = 64;
    std::string_view text_;
    std::vector<std::uint32_t> checkpoints_;
    std::size_t total_ = 0;
};

// Up to `n` code points of text before/after a byte offset.
std::string before(std::string_view text, std::uint32_t at, int n) {
    std::size_t i = std::min<std::size_t>(at, text.size());
    while (i > 0 && n > 0) {
        --i;
        while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
        --n;
    }
    return std::string(text.substr(i, at - i));
}

std::string after(std::string_view text, std::uint32_t at, int n) {
    std::size_t i = std::min<std::size_t>(at, text.size());
    while (i < text.size() && n > 0) {
        ++i;
        while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
        --n;
    }
    return std::string(text.substr(at, i - at));
}

Json opt_string(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }
Json empty_as_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json number(double v) {
    if (!std::isfinite(v)) return nullptr;
    if (std::fabs(v) < 9e15 && v == std::floor(v)) return static_cast<long long>(v);
    return v;
}

//-----------------------------------------------------------------------------
// [SECTION] Bodies
//-----------------------------------------------------------------------------

Json figure_body(const Annotation& a, const AnnotationSet& set) {
    const FigureBody& f = a.figure();
    Json b;
    b["type"] = "gloss:Figure";
    // A date without a year, in a text whose publication date is unknown, has no value (never 0).
    b["value"] = f.kind == "date" ? (f.value_text.empty() ? Json(nullptr) : Json(f.value_text)) : number(f.value);
    b["valueText"] = f.value_text;
    b["unit"] = empty_as_null(f.unit);
    b["kind"] = f.kind;
    b["qualifier"] = empty_as_null(f.qualifier);
    b["counts"] = empty_as_null(f.counts);
    b["source"] = empty_as_null(f.source);
    if (f.year_inferred) b["yearInferred"] = true;
    Json derived = Json::array();
    for (const DerivedValue& d : f.derived)
        derived.push_back({{"label", d.label}, {"value", number(std::round(d.value * 100) / 100)}, {"text", d.text},
                           {"arithmetic", d.arithmetic}});
    b["derived"] = derived;
    if (f.conflict >= 0 && static_cast<std::size_t>(f.conflict) < set.items.size()) b["conflict"] = set.items[static_cast<std::size_t>(f.conflict)].id;
    return b;
}

Json check_body(const Annotation& a) {
    const SourceCheckBody& c = a.check();
    Json b;
    b["type"] = "gloss:SourceCheck";
    b["citationType"] = c.citation_type;
    Json parts = Json::array();
    for (const CitationPart& p : c.parts) {
        Json part;
        part["source"] = opt_string(p.source);
        part["date"] = opt_string(p.date);
        if (!p.iso_date.empty()) part["isoDate"] = p.iso_date;
        if (!p.link.empty()) part["link"] = std::string(p.link.view());
        parts.push_back(part);
    }
    b["parts"] = parts;
    b["checks"] = c.checks;
    b["messages"] = c.messages;
    b["registryNote"] = empty_as_null(c.registry_note);
    if (!c.outlet.empty()) b["outlet"] = c.outlet.view();
    return b;
}

Json definition_body(const Annotation& a, const CodepointMap& cps) {
    const DefinitionBody& d = a.definition();
    Json b;
    b["type"] = "gloss:Definition";
    b["term"] = d.term;
    b["expansion"] = empty_as_null(d.expansion);
    b["text"] = d.text;
    b["definedInText"] = d.defined_in_text;
    if (d.defined_in_text) {
        b["definitionSite"] = {{"start", cps.at(d.definition_site.begin)}, {"end", cps.at(d.definition_site.end)}};
        b["inTextForm"] = d.in_text_form;
    }
    b["first"] = d.first;
    b["pack"] = d.pack;
    return b;
}

Json conflict_body(const Annotation& a, const AnnotationSet& set) {
    Json b;
    b["type"] = "gloss:Conflict";
    b["quantity"] = a.conflict().quantity;
    Json members = Json::array();
    for (int m : a.conflict().members)
        if (m >= 0 && static_cast<std::size_t>(m) < set.items.size()) members.push_back(set.items[static_cast<std::size_t>(m)].id);
    b["members"] = members;
    return b;
}

const char* motivation(AnnotationKind k) {
    switch (k) {
    case AnnotationKind::SourceCheck:
    case AnnotationKind::Conflict: return "assessing";
    case AnnotationKind::Note: return "commenting";
    default: return "describing";
    }
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Collection
//-----------------------------------------------------------------------------

namespace {

Json item_json(const Annotation& a, const AnnotationSet& set, std::string_view text, const CodepointMap& cps,
               const std::string& source, const AnnotationJsonOptions& options) {
    Json item;
    item["id"] = a.id;
    item["type"] = "Annotation";
    item["motivation"] = motivation(a.kind);
    Json body;
    switch (a.kind) {
    case AnnotationKind::Figure: body = figure_body(a, set); break;
    case AnnotationKind::SourceCheck: body = check_body(a); break;
    case AnnotationKind::Definition: body = definition_body(a, cps); break;
    case AnnotationKind::Conflict: body = conflict_body(a, set); break;
    case AnnotationKind::Note:
        body = {{"type", "TextualBody"}, {"value", a.note().text}, {"purpose", "commenting"}};
        break;
    }
    body["rule"] = a.rule;
    body["paragraph"] = a.paragraph;
    item["body"] = body;
    const std::uint32_t b = std::min<std::uint32_t>(a.range.begin, static_cast<std::uint32_t>(text.size()));
    const std::uint32_t e = std::min<std::uint32_t>(std::max(a.range.end, b), static_cast<std::uint32_t>(text.size()));
    Json quote = {{"type", "TextQuoteSelector"},
                  {"exact", std::string(text.substr(b, e - b))},
                  {"prefix", before(text, b, options.context_chars)},
                  {"suffix", after(text, e, options.context_chars)}};
    Json position = {{"type", "TextPositionSelector"}, {"start", cps.at(a.range.begin)}, {"end", cps.at(a.range.end)}};
    item["target"] = {{"source", source}, {"selector", Json::array({quote, position})}};
    return item;
}

std::string dump(const Json& j, int indent) { return j.dump(indent, ' ', false, Json::error_handler_t::replace); }

// Where the page's items go in the collection's one-line or indented form: the
// "[]" after the key "first" (a quote inside a label is escaped, so the key
// cannot be mistaken).
std::size_t items_slot(const std::string& shell) {
    const std::size_t first = shell.find("\"first\"");
    return first == std::string::npos ? std::string::npos : shell.find("[]", first);
}

} // namespace

struct AnnotationJsonStream::State {
    std::string_view text;
    AnnotationJsonOptions options;
    Form form;
    std::function<bool(std::string_view)> sink;
    CodepointMap cps;
    std::string source;
    bool begun = false, failed = false;
    std::size_t written = 0;
    std::string chunk;

    State(std::string_view t, const AnnotationJsonOptions& o, Form f, std::function<bool(std::string_view)> s)
        : text(t), options(o), form(f), sink(std::move(s)), cps(t), source("urn:gloss:document:" + o.document_id) {}

    // The collection with an empty page, its total and warnings after the page.
    std::string shell(const AnnotationSet& set, std::size_t total, const std::vector<std::string>& warnings) const {
        Json coll;
        coll["@context"] = Json::array({"http://www.w3.org/ns/anno.jsonld", {{"gloss", "urn:gloss:ns:"}}});
        coll["id"] = "urn:gloss:collection:" + options.document_id;
        coll["type"] = "AnnotationCollection";
        coll["label"] = options.document_id;
        coll["gloss:publicationDate"] = empty_as_null(set.publication_date);
        coll["gloss:publicationDateInferred"] = set.publication_date_inferred;
        coll["first"] = {{"type", "AnnotationPage"}, {"startIndex", 0}, {"items", Json::array()}};
        coll["total"] = total;
        coll["gloss:warnings"] = warnings;
        return dump(coll, options.indent);
    }

    bool put(std::string_view bytes) {
        if (!failed && !sink(bytes)) failed = true;
        return !failed;
    }

    // The collection up to its page's "[", written before the first item.
    bool begin(const AnnotationSet& set) {
        if (begun) return !failed;
        begun = true;
        if (form == Form::Lines) return true;
        const std::string head = shell(set, 0, {});
        const std::size_t slot = items_slot(head);
        return slot != std::string::npos && put(std::string_view(head).substr(0, slot + 1));
    }

    bool items(const AnnotationSet& set) {
        const bool pretty = form == Form::Collection && options.indent >= 0;
        const std::string item_indent(pretty ? 3 * static_cast<std::size_t>(options.indent) : 0, ' ');
        for (const Annotation& a : set.items) {
            const Json item = item_json(a, set, text, cps, source, options);
            chunk.clear();
            if (form == Form::Lines) {
                chunk = dump(item, -1);
                chunk += '\n';
            } else {
                const std::string one = dump(item, options.indent);
                if (written) chunk += ',';
                if (pretty) { chunk += '\n'; chunk += item_indent; }
                for (const char c : one) {  // strings hold no raw newline: each one is the item's own layout
                    chunk += c;
                    if (c == '\n' && pretty) chunk += item_indent;
                }
            }
            ++written;
            if (!put(chunk)) return false;
        }
        return true;
    }

    // The rest of the collection after the last item: the page's "]", the total, the warnings.
    bool end(const AnnotationSet& set) {
        if (form == Form::Lines) return !failed;
        const std::string whole = shell(set, written, set.warnings);
        const std::size_t slot = items_slot(whole);
        if (slot == std::string::npos) return false;
        chunk.clear();
        if (written && options.indent >= 0) { chunk += '\n'; chunk.append(2 * static_cast<std::size_t>(options.indent), ' '); }
        chunk.append(whole, slot + 1, std::string::npos);
        return put(chunk);
    }

    bool error(const std::exception& e) {
        const Json message = std::string(e.what());
        return put(form == Form::Lines ? "{\"type\":\"Error\",\"error\":" + message.dump() + "}\n"
                                       : "{\"type\":\"AnnotationCollection\",\"error\":" + message.dump() + "}");
    }
};

AnnotationJsonStream::AnnotationJsonStream(std::string_view text, const AnnotationJsonOptions& options, Form form,
                                           std::function<bool(std::string_view)> sink)
    : state_(std::make_unique<State>(text, options, form, std::move(sink))) {}

AnnotationJsonStream::~AnnotationJsonStream() = default;

bool AnnotationJsonStream::write_part(const AnnotationSet& part) {
    try {
        return state_->begin(part) && state_->items(part);
    } catch (const std::exception& e) {
        state_->error(e);
        return false;
    }
}

bool AnnotationJsonStream::finish(const AnnotationSet& whole) {
    try {
        return state_->begin(whole) && state_->end(whole);
    } catch (const std::exception& e) {
        state_->error(e);
        return false;
    }
}

std::size_t AnnotationJsonStream::items_written() const { return state_->written; }

bool write_annotation_collection_json(const AnnotationSet& set, std::string_view text, const AnnotationJsonOptions& options,
                                      const std::function<bool(std::string_view)>& sink) {
    AnnotationJsonStream stream(text, options, AnnotationJsonStream::Form::Collection, sink);
    return stream.write_part(set) && stream.finish(set);
}

bool write_annotation_lines_json(const AnnotationSet& set, std::string_view text, const AnnotationJsonOptions& options,
                                 const std::function<bool(std::string_view)>& sink) {
    AnnotationJsonStream stream(text, options, AnnotationJsonStream::Form::Lines, sink);
    return stream.write_part(set) && stream.finish(set);
}

std::string annotation_collection_json(const AnnotationSet& set, std::string_view text, const AnnotationJsonOptions& options) {
    std::string out;
    write_annotation_collection_json(set, text, options, [&](std::string_view piece) {
        out.append(piece.data(), piece.size());
        return true;
    });
    return out;
}

} // namespace gloss
