// Gloss — the annotation model the core produces and the overlay draws.
//
// Index of this file:
// [SECTION] Ranges
// [SECTION] Kind-specific bodies
// [SECTION] Annotation and AnnotationSet
//
// Follows the W3C Web Annotation model: a body (what is said) and a target
// (where, as a byte range of the exact document text). The JSON form is in
// docs/annotation-format.md. No ImGui here. The analysis' words are `Text`s
// kept in the set's TextStore (see gloss/annotation_text.hpp); a person's
// notes, which change, are std::strings.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "gloss/annotation_text.hpp"

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] Ranges
//-----------------------------------------------------------------------------

// Half-open range of UTF-8 byte offsets [begin, end) into the document text.
struct ByteRange {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    bool empty() const { return end <= begin; }
    bool overlaps(ByteRange o) const { return begin < o.end && o.begin < end; }
    bool contains(std::uint32_t offset) const { return offset >= begin && offset < end; }
};

//-----------------------------------------------------------------------------
// [SECTION] Kind-specific bodies
//-----------------------------------------------------------------------------

enum class AnnotationKind : std::uint8_t { Figure, SourceCheck, Definition, Conflict, Note };

// "figure" in JSON and on screen: "gloss:Figure" etc. come from annotation_type_name().
const char* annotation_kind_name(AnnotationKind kind);

// A value computed from a figure, with its arithmetic written out,
// e.g. label "2022 base", value 13830, text "≈ 13,830 TEU", arithmetic "58,500 ÷ (1 + 3.23)".
struct DerivedValue {
    Text   label;
    double value = 0;
    Text   text;
    Text   arithmetic;
};

struct FigureBody {
    double       value = 0;          // numeric value (percent stored as 44 for "44 percent")
    std::string  value_text;         // for dates: ISO-8601 ("2024-06-03", "2024-Q1"); else the number as written
    Text         unit;               // "TEU", "percent", "EUR", "" for bare counts
    Text         kind;               // count | percent | change | quantity | money | date | year | range | duration | identifier | ...
    Text         qualifier;          // "at least", "up to", "about", "more than", "as many as", or ""
    Text         counts;             // what it counts: "political prisoners", "people", "TEU"
    ByteRange    sentence;           // the sentence the figure stands in
    Text         source;             // the source the sentence or its citation gives, or ""
    bool         year_inferred = false;
    std::vector<DerivedValue> derived;
    int          conflict = -1;      // index into AnnotationSet::items of the Conflict this figure belongs to, or -1
};

// One ';'-separated part of a citation: "(Viasna, May 23)" has source "Viasna", date "May 23".
struct CitationPart {
    std::optional<Text> source;         // nullopt when the name is missing ("(, January 27, 2022)")
    std::optional<Text> date;           // raw date text, nullopt when absent
    std::string iso_date;               // parsed date ("2022-01-27"), "" when unparseable/absent
    ByteRange   range;                  // the part's bytes
    Text        link;                   // the address the source was taken from, when the text names none; or ""
};

struct SourceCheckBody {
    Text                      citation_type;  // "parenthetical" | "attribution"
    std::vector<CitationPart> parts;
    std::vector<Text>         checks;         // ids: missing_source, date_after_publication, ...
    std::vector<Text>         messages;       // one plain-language message per check, same order
    Text                      registry_note;  // what the (first) source is, from the source registry, or ""
    Text                      outlet;         // where a named speaker said it ("told the Harbour Times"), or ""
};

// True when at least one of the checks is a problem a reader should see
// (missing_source, date_after_publication, vague_source, ...); false when the
// checks only describe the citation (internal_ref, multiple_parts,
// multiple_dates, accessed_date, image_credit) or there are none.
bool source_check_has_problem(const SourceCheckBody& check);

struct DefinitionBody {
    Text        term;             // "TEU"
    Text        expansion;        // "twenty-foot equivalent unit"
    Text        text;             // a short plain definition
    bool        defined_in_text = false;
    ByteRange   definition_site;  // where the text defines it (when defined_in_text)
    int         definition_paragraph = -1;
    bool        first = false;    // first occurrence of the term in the document
    bool        person = false;   // the term names a person the text introduces with a role ("Ana Ruiz, an economist at …")
    Text        pack;             // pack it came from ("glossary", a user pack's name) or "text"
    Text        in_text_form;     // the text's own long form or description ("20-foot equivalent units"), or ""
};

struct ConflictBody {
    Text             quantity;    // what the members count: "political prisoners"
    std::vector<int> members;     // indices into AnnotationSet::items (figures)
};

// A person's own note (the anchoring issue's store); carried in the same set
// so the overlay draws it like any other annotation.
struct NoteBody {
    std::string text;
    std::vector<std::string> tags;
    std::string colour;
    bool        orphan = false;
};

//-----------------------------------------------------------------------------
// [SECTION] Annotation and AnnotationSet
//-----------------------------------------------------------------------------

// One annotation: where it is, which kind, and the body of that kind. The
// body is stored once (a variant), so a figure does not carry an empty
// source check, definition and note beside it.
struct Annotation {
    std::string    id;            // stable within a document: "fig-3", "cite-1", "def-teu-2", ...
    AnnotationKind kind = AnnotationKind::Figure;
    ByteRange      range;         // the target: the annotated bytes
    int            paragraph = 0; // 0-based paragraph index of range.begin
    Text           rule;          // the rule that raised it, in words ("percent change + end value → base")

    using Body = std::variant<FigureBody, SourceCheckBody, DefinitionBody, ConflictBody, NoteBody>;
    Body body;                    // the kind's body: use the accessors below

    // Reading: the body when the annotation holds one of that kind, else an
    // empty body (so `a.figure().derived` is simply empty on a definition).
    const FigureBody&      figure() const     { return read<FigureBody>(); }
    const SourceCheckBody& check() const      { return read<SourceCheckBody>(); }
    const DefinitionBody&  definition() const { return read<DefinitionBody>(); }
    const ConflictBody&    conflict() const   { return read<ConflictBody>(); }
    const NoteBody&        note() const       { return read<NoteBody>(); }

    // Writing: makes the annotation of that kind (sets `kind`; a body of
    // another kind is replaced by an empty one) and returns its body.
    FigureBody&      edit_figure()     { return edit<FigureBody>(AnnotationKind::Figure); }
    SourceCheckBody& edit_check()      { return edit<SourceCheckBody>(AnnotationKind::SourceCheck); }
    DefinitionBody&  edit_definition() { return edit<DefinitionBody>(AnnotationKind::Definition); }
    ConflictBody&    edit_conflict()   { return edit<ConflictBody>(AnnotationKind::Conflict); }
    NoteBody&        edit_note()       { return edit<NoteBody>(AnnotationKind::Note); }

private:
    template <class B> const B& read() const {
        if (const B* b = std::get_if<B>(&body)) return *b;
        static const B empty{};
        return empty;
    }
    template <class B> B& edit(AnnotationKind k) {
        kind = k;
        if (B* b = std::get_if<B>(&body)) return *b;
        return body.emplace<B>();
    }
};

// Everything the analysis found in one document, sorted by range.begin.
struct AnnotationSet {
    std::vector<Annotation> items;
    std::string publication_date;           // ISO date used for checks, "" when unknown
    bool        publication_date_inferred = false;
    std::vector<std::string> warnings;      // non-fatal problems (a broken user pack, ...)
    // Where the items' Texts live; shared by copies of the set. Created by the analysis,
    // or by keep() on first use.
    std::shared_ptr<TextStore> texts;

    Text keep(std::string_view s) {
        if (!texts) texts = std::make_shared<TextStore>();
        return texts->keep(s);
    }
};

} // namespace gloss
