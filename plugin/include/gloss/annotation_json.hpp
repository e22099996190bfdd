// Gloss — the JSON form of an AnnotationSet: a W3C Web Annotation
// AnnotationCollection (docs/annotation-format.md). No ImGui.
#pragma once
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

} // namespace gloss
