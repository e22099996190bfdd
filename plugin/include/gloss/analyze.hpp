// Gloss — the analysis entry point: text in, AnnotationSet out (no ImGui).
#pragma once
#include <atomic>
#include <string>
#include <string_view>
#include <vector>

#include "gloss/annotation.hpp"
#include "gloss/document.hpp"

namespace gloss {

// Limits (docs/reliability.md). A larger document is refused with a message;
// past the annotation limits the analysis keeps the first ones in text order
// and says so in AnnotationSet::warnings. They bound the analysis' memory
// (about 3x the text at most, plus the annotations) and its time.
constexpr std::size_t kMaxDocumentBytes = std::size_t(128) << 20;   // 128 MiB of UTF-8
constexpr std::size_t kMaxAnnotations = 2000000;                    // per document
constexpr std::size_t kMaxFiguresPerSentence = 1000;                // per sentence

struct AnalyzeOptions {
    std::string              publication_date;     // "YYYY-MM-DD" from metadata; "" = infer from the text
    std::vector<std::string> pack_paths;           // user packs, applied over the bundled ones in order
    bool                     bundled_packs = true; // use the packs built into the library
    // Set to true (from any thread) to stop the analysis: it returns soon
    // after (within a few thousand tokens of work) with ok = false and error
    // "analysis cancelled". nullptr: not cancellable. Must outlive the call.
    const std::atomic<bool>* cancel = nullptr;
    std::vector<DocumentLink> links;               // the document's links (web pages): a citation with no
                                                   // source name but a link takes the link's site as source
    std::string              language;             // the text's language as a BCP 47 tag ("fr", "en-GB") from its
                                                   // metadata; "" = English. The analysis reads English: for another
                                                   // language it looks for nothing and says so in one warning
};

struct AnalyzeResult {
    bool          ok = false;
    std::string   error;   // one line, when !ok (e.g. "invalid UTF-8 at byte 120")
    AnnotationSet set;
};

// Analyse one document. Runs in O(n) in the text's length (every search over
// pairs is bounded by a window: docs/analysis.md, "Limits"); never throws.
// Thread: any; concurrent calls on different texts are safe.
AnalyzeResult analyze_text(std::string_view utf8, const AnalyzeOptions& options);

} // namespace gloss
