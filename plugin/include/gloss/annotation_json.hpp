// Gloss — the JSON form of an AnnotationSet: a W3C Web Annotation
// AnnotationCollection (docs/annotation-format.md). No ImGui.
#pragma once
#include <functional>
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
// AnnotationCollection whose `first` page holds every item.
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

} // namespace gloss
