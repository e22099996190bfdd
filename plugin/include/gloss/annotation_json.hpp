// Gloss — the JSON form of an AnnotationSet: a W3C Web Annotation
// AnnotationCollection (docs/annotation-format.md). No ImGui.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "gloss/annotation.hpp"

namespace gloss {

struct AnnotationJsonOptions {
    std::string document_id = "document";  // names the target source ("urn:gloss:document:<id>") and the collection
    int         indent = 2;                // spaces per level; -1 = one line
    int         context_chars = 32;        // code points of prefix/suffix in TextQuoteSelector
};

// Serialise `set`, found in `text` (the exact analysed bytes), as an
// AnnotationCollection whose `first` page holds every item; its "total" and
// "gloss:warnings" come after the page (they are known last when it streams).
// TextPositionSelector offsets are Unicode code points. Never throws.
std::string annotation_collection_json(const AnnotationSet& set, std::string_view text,
                                       const AnnotationJsonOptions& options);

// The same bytes, handed to `sink` piece by piece as each item is made (the
// whole collection is never held in memory: a 10 MB article's JSON streams
// to a file or a pipe). Stops and returns false as soon as `sink` does (a
// failed write); true when everything was written. Never throws.
bool write_annotation_collection_json(const AnnotationSet& set, std::string_view text, const AnnotationJsonOptions& options,
                                      const std::function<bool(std::string_view)>& sink);

// JSON Lines: one Annotation (as in the collection's items) per line, on one
// line each, "\n" after each; no collection around them. For pipelines
// (`gloss-annotate --format jsonl`). Same sink contract as above.
bool write_annotation_lines_json(const AnnotationSet& set, std::string_view text, const AnnotationJsonOptions& options,
                                 const std::function<bool(std::string_view)>& sink);

// The collection, or JSON Lines, written as the analysis hands out its parts
// (analyze_text_in_parts): each part's items as the part comes, the rest of
// the collection once the last is written. The bytes are those the two
// functions above give for the whole set. Nothing is held but the current
// item and a map of the text's code points (1/16 of the text).
//
//   AnnotationJsonStream out(text, options, AnnotationJsonStream::Form::Lines, sink);
//   AnalyzeResult r = analyze_text_in_parts(text, {}, [&](AnnotationSet& part) { return out.write_part(part); });
//   if (r.ok) out.finish(r.set);
//
// `text` must outlive the stream; the sink is called on the calling thread.
class AnnotationJsonStream {
public:
    enum class Form { Collection, Lines };
    AnnotationJsonStream(std::string_view text, const AnnotationJsonOptions& options, Form form,
                         std::function<bool(std::string_view)> sink);
    ~AnnotationJsonStream();
    AnnotationJsonStream(const AnnotationJsonStream&) = delete;
    AnnotationJsonStream& operator=(const AnnotationJsonStream&) = delete;

    // Writes the part's items (its conflicts name the part's own items); the
    // first call writes the collection's head, from the part's publication date.
    // False as soon as the sink fails (later calls then write nothing).
    bool write_part(const AnnotationSet& part);
    // Writes what follows the items: `whole` gives the warnings (and the head's
    // date, when no part came); its items are not read. Call once, last.
    bool finish(const AnnotationSet& whole);
    std::size_t items_written() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

} // namespace gloss
