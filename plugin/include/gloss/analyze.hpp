// Gloss — the analysis entry point: text in, AnnotationSet out (no ImGui).
#pragma once
#include <atomic>
#include <functional>
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
// A text longer than this is analysed in parts of at most this size, cut at
// paragraph breaks (see analyze_text_in_parts): what is held while one part is
// analysed (its tokens and findings, about 8x the part, 2 MB) does not grow
// with the text. Articles are far shorter; a book is cut about by chapter.
constexpr std::size_t kPartBytes = std::size_t(256) << 10;          // 256 KiB

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
    std::size_t              part_bytes = kPartBytes; // the longest part a text is analysed in (at least 64)
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

// The same analysis, handed out part by part as it is made, for a caller that
// writes the annotations out rather than keeping them (gloss-annotate): memory
// stays about the text plus one part's work, however long the text.
//
// A text of at most options.part_bytes is one part, analysed exactly as
// analyze_text does. A longer one is cut into parts at paragraph breaks (a
// paragraph longer than a part at a sentence's end), each analysed on its own:
// what a part defines, the people it introduces and the figures it compares
// stay within it; the publication date is inferred from the first part.
//
// `on_part` receives each part's set, in text order: ranges and paragraphs are
// the whole text's, ids run on from the part before (unique in the document),
// conflict members index the part's own items, a definition is `first` only
// at the term's first occurrence in the whole text. It may move the items
// out. Return false to stop the analysis (the result then has ok = false).
// The returned result holds no items: its set has the publication date and
// the warnings of every part. Thread: any, as analyze_text; `on_part` runs on
// the calling thread.
AnalyzeResult analyze_text_in_parts(std::string_view utf8, const AnalyzeOptions& options,
                                    const std::function<bool(AnnotationSet& part)>& on_part);

} // namespace gloss
