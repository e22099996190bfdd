// Gloss — finding a quote again in a changed text (no ImGui).
//
// Index of this file:
// [SECTION] Normalised text
// [SECTION] Approximate search (Myers 1999, bit-parallel)
// [SECTION] Anchoring a quote
//
// Matching runs on a normalised copy of the text (curly quotes -> straight,
// NBSP and other spaces -> space, CR/LF and runs of white space -> one space,
// invisible characters dropped), and every position found there maps back to
// exact byte offsets of the original text. Edit distances count bytes of the
// normalised text. The algorithm and its guarantees: docs/notes-and-anchoring.md.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gloss/annotation.hpp"
#include "gloss/notes.hpp"

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] Normalised text
//-----------------------------------------------------------------------------

// A normalised copy of a text with a map back to the original bytes.
struct NormalizedText {
    std::string                text;    // the normalised UTF-8 bytes
    std::vector<std::uint32_t> source;  // text.size() + 1 entries: source[i] = original byte offset where
                                        // normalised byte i comes from; source.back() = original size

    // Original byte range of normalised [begin, end); begin/end are first
    // moved outward to UTF-8 boundaries of the normalised text.
    ByteRange to_original(std::size_t begin, std::size_t end) const;
    // First normalised offset whose source is >= `original_byte` (clamped).
    std::size_t from_original(std::uint32_t original_byte) const;
};

// Normalise `text` for matching (see the top of this file). O(n).
NormalizedText normalize_for_matching(std::string_view text);

// The normalised bytes only (for quotes and contexts).
std::string normalize_string(std::string_view text);

//-----------------------------------------------------------------------------
// [SECTION] Approximate search (Myers 1999, bit-parallel)
//-----------------------------------------------------------------------------

// One end position of an approximate occurrence: some substring of the text
// ending at `end` is within `errors` edits of the pattern, and none is closer.
struct MatchEnd {
    std::size_t   end = 0;     // byte offset one past the occurrence
    std::uint32_t errors = 0;  // the smallest edit distance of any substring ending there
};

// Every end position in `text` where the pattern matches with at most
// `max_errors` edits (Levenshtein: insertions, deletions, substitutions).
// Patterns of any length (multi-word bit vectors, 64 pattern bytes a word);
// only the blocks that can still reach `max_errors` are computed (Ukkonen's
// cut-off). An empty pattern or text yields nothing.
std::vector<MatchEnd> approx_match_ends(std::string_view text, std::string_view pattern,
                                        std::uint32_t max_errors);

// A located approximate occurrence.
struct ApproxMatch {
    std::size_t   start = 0;   // byte offset of the occurrence in the searched text
    std::size_t   end = 0;     // one past it
    std::uint32_t errors = 0;  // edit distance between pattern and text[start, end)
};

// Approximate occurrences of `pattern` with at most `max_errors` edits: the
// best end of each run of nearby ends, with its start recovered by an anchored
// backward search (among equally good starts, the one giving the length
// closest to the pattern's). Sorted by start.
std::vector<ApproxMatch> approx_search(std::string_view text, std::string_view pattern,
                                       std::uint32_t max_errors);

// Levenshtein distance between a and b (bit-parallel, any length).
std::uint32_t edit_distance(std::string_view a, std::string_view b);

//-----------------------------------------------------------------------------
// [SECTION] Anchoring a quote
//-----------------------------------------------------------------------------

// A text prepared once for anchoring many quotes: normalised, with an index
// from code points to bytes so code-point hints resolve in O(1)-ish time.
// One seed of the gram index: 8 bytes of normalised text (as an integer) and where.
struct GramSeed {
    std::uint64_t gram = 0;  // the 8 bytes, little-endian
    std::uint32_t pos = 0;   // normalised offset
};

class AnchorText {
public:
    explicit AnchorText(std::string_view original);

    std::string_view       original() const { return original_; }
    const NormalizedText&  normalized() const { return normalized_; }
    // Byte offset of code point `cp` in the original (clamped to its size).
    std::uint32_t          byte_of_codepoint(std::uint32_t cp) const;
    // Number of code points before byte offset `byte` of the original.
    std::uint32_t          codepoint_of_byte(std::uint32_t byte) const;
    // The 8-byte grams of the normalised text at every 4th offset, sorted by
    // gram: seeds for finding a quote far from its hint (moved text). Built
    // on first use, once, safely from several threads; shared by copies.
    const std::vector<GramSeed>& gram_index() const;

private:
    struct LazyGrams;
    std::string_view           original_;
    NormalizedText             normalized_;
    std::vector<std::uint32_t> cp_checkpoints_;  // byte offset of every kCheckpointStride-th code point
    std::shared_ptr<LazyGrams> grams_;           // gram_index(), built on first use
};

// Find `quote` in `text`, starting near `hint`: the exact quote at the hint,
// then exact occurrences and approximate ones (at most len/4 errors, len in
// normalised bytes) in growing windows around the hint, then around places
// that share 8-byte grams with the quote, then in the whole text. Candidates are scored by quote similarity, prefix/suffix similarity
// and distance from the hint; the best one wins. Orphan when none qualifies.
NotePlacement anchor_quote(const AnchorText& text, const QuoteSelector& quote, const PositionHint& hint);

} // namespace gloss
