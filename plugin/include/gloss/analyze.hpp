// Gloss — the analysis entry point: text in, AnnotationSet out (no ImGui).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "gloss/annotation.hpp"
#include "gloss/document.hpp"

namespace gloss {

struct AnalyzeOptions {
    std::string              publication_date;     // "YYYY-MM-DD" from metadata; "" = infer from the text
    std::vector<std::string> pack_paths;           // user packs, applied over the bundled ones in order
    bool                     bundled_packs = true; // use the packs built into the library
    std::vector<DocumentLink> links;               // the document's links (web pages): a citation with no
                                                   // source name but a link takes the link's site as source
};

struct AnalyzeResult {
    bool          ok = false;
    std::string   error;   // one line, when !ok (e.g. "invalid UTF-8 at byte 120")
    AnnotationSet set;
};

// Analyse one document. Runs in O(n) in the text's length; never throws.
// Thread: any; concurrent calls on different texts are safe.
AnalyzeResult analyze_text(std::string_view utf8, const AnalyzeOptions& options);

} // namespace gloss
