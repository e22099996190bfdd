// Gloss — re-finding a quote in a changed text.
//
// Index of this file:
// [SECTION] AnchorText: a text prepared once for many quotes
// [SECTION] Scoring a candidate
// [SECTION] anchor_quote: hint, window, whole text
//
// Order of work, cheapest first: (1) the exact quote at the position hint;
// (2) exact and approximate occurrences in a window around the hint; (3) the
// same over the whole text when the window has no convincing candidate.
// Approximate occurrences allow max(1, len/4) errors (len = normalised quote
// bytes; quotes shorter than 4 bytes must match exactly).
#include <algorithm>
#include <cmath>

#include "bit_pattern.hpp"
#include "gloss/anchoring.hpp"
#include "gloss/utf8.hpp"

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] AnchorText: a text prepared once for many quotes
//-----------------------------------------------------------------------------

namespace {
constexpr std::uint32_t kCheckpointStride = 256; // code points between two checkpoints
}

AnchorText::AnchorText(std::string_view original)
    : original_(original), normalized_(normalize_for_matching(original)) {
    std::size_t pos = 0;
    std::uint32_t cp = 0;
    cp_checkpoints_.reserve(original_.size() / kCheckpointStride + 2);
    while (pos < original_.size()) {
        if (cp % kCheckpointStride == 0) cp_checkpoints_.push_back(static_cast<std::uint32_t>(pos));
        if (static_cast<unsigned char>(original_[pos]) < 0x80) ++pos; // ASCII: the common case
        else utf8_next(original_, &pos);
        ++cp;
    }
    if (cp % kCheckpointStride == 0) cp_checkpoints_.push_back(static_cast<std::uint32_t>(pos));
}

std::uint32_t AnchorText::byte_of_codepoint(std::uint32_t cp) const {
    const std::size_t idx = std::min<std::size_t>(cp / kCheckpointStride, cp_checkpoints_.size() - 1);
    std::size_t pos = cp_checkpoints_[idx];
    std::uint32_t at = static_cast<std::uint32_t>(idx) * kCheckpointStride;
    while (at < cp && pos < original_.size()) {
        utf8_next(original_, &pos);
        ++at;
    }
    return static_cast<std::uint32_t>(pos);
}

std::uint32_t AnchorText::codepoint_of_byte(std::uint32_t byte) const {
    const auto it = std::upper_bound(cp_checkpoints_.begin(), cp_checkpoints_.end(), byte);
    const std::size_t idx = it == cp_checkpoints_.begin() ? 0 : static_cast<std::size_t>(it - cp_checkpoints_.begin()) - 1;
    std::size_t pos = cp_checkpoints_[idx];
    std::uint32_t cp = static_cast<std::uint32_t>(idx) * kCheckpointStride;
    while (pos < byte && pos < original_.size()) {
        utf8_next(original_, &pos);
        ++cp;
    }
    return cp;
}

//-----------------------------------------------------------------------------
// [SECTION] Scoring a candidate
//-----------------------------------------------------------------------------

namespace {

// Weights of the parts of a candidate's score (they sum to 1).
constexpr double kQuoteWeight = 0.50;
constexpr double kPrefixWeight = 0.20;
constexpr double kSuffixWeight = 0.20;
constexpr double kPositionWeight = 0.10;
// A candidate at least this good stops the search early.
constexpr double kConvincingScore = 0.70;
// Bytes of normalised text searched on each side of the hint: first a tight
// window (small drift: edits elsewhere in the text), then wider ones, then all.
constexpr std::size_t kTightMargin = 64;
constexpr std::size_t kMiddleMargin = 512;
constexpr std::size_t kWideMargin = 4096;
// Quotes shorter than this (normalised bytes) occur by chance: away from
// their hint they are placed only where their context agrees too.
constexpr std::size_t kShortQuote = 16;
// Candidates scored at most (exact occurrences of a very common quote).
constexpr std::size_t kMaxCandidates = 512;

struct Candidate {
    std::size_t   start = 0, end = 0;  // normalised offsets
    std::uint32_t errors = 0;
    double        score = -1;
    double        context = 0;         // mean prefix/suffix similarity
};

struct QuoteQuery {
    std::string   exact, prefix, suffix; // normalised
    bool          has_hint = false;
    std::size_t   hint = 0;              // normalised offset of the hinted start
    std::uint32_t max_errors = 0;

    QuoteQuery(std::string exact_, std::string prefix_, std::string suffix_)
        : exact(std::move(exact_)), prefix(std::move(prefix_)), suffix(std::move(suffix_)),
          exact_bits(exact), reversed_exact_bits(std::string(exact.rbegin(), exact.rend())), prefix_bits(prefix),
          suffix_bits(suffix) {}

    // Bit masks built once per quote, used by every pass.
    detail::BitPattern exact_bits, reversed_exact_bits, prefix_bits, suffix_bits;
};

double similarity(const detail::BitPattern& expected, std::string_view found) {
    if (expected.length == 0) return 1.0;
    const double d = detail::anchored_distance(found, expected);
    return std::max(0.0, 1.0 - d / static_cast<double>(expected.length));
}

void score_candidate(const std::string& text, const QuoteQuery& q, Candidate* c) {
    const double m = static_cast<double>(q.exact.size());
    const double quote_sim = std::max(0.0, 1.0 - c->errors / m);
    const std::size_t plen = q.prefix.size();
    const std::size_t pbeg = c->start > plen ? c->start - plen : 0;
    const double prefix_sim = similarity(q.prefix_bits, std::string_view(text).substr(pbeg, c->start - pbeg));
    const double suffix_sim = similarity(q.suffix_bits, std::string_view(text).substr(c->end, q.suffix.size()));
    double position = 1.0;
    if (q.has_hint) {
        const double dist = c->start > q.hint ? double(c->start - q.hint) : double(q.hint - c->start);
        position = 1.0 / (1.0 + dist / 4096.0);
    }
    c->context = 0.5 * (prefix_sim + suffix_sim);
    c->score = kQuoteWeight * quote_sim + kPrefixWeight * prefix_sim + kSuffixWeight * suffix_sim +
               kPositionWeight * position;
}

// A candidate is acceptable when its quote is within the error budget and,
// for short quotes, its context agrees too (mean similarity >= 0.5).
bool acceptable(const QuoteQuery& q, const Candidate& c) {
    if (c.errors > q.max_errors) return false;
    if (q.exact.size() < kShortQuote && (!q.prefix.empty() || !q.suffix.empty())) return c.context >= 0.5;
    return true;
}

void consider(const std::string& text, const QuoteQuery& q, std::size_t offset, const ApproxMatch& m,
              Candidate* best) {
    Candidate c;
    c.start = offset + m.start;
    c.end = offset + m.end;
    c.errors = m.errors;
    score_candidate(text, q, &c);
    if (acceptable(q, c) && c.score > best->score) *best = c;
}

void search_exact(const std::string& text, const QuoteQuery& q, std::size_t lo, std::size_t hi, Candidate* best) {
    const std::string_view hay = std::string_view(text).substr(lo, hi - lo);
    std::size_t count = 0;
    for (std::size_t at = hay.find(q.exact); at != std::string_view::npos && count < kMaxCandidates;
         at = hay.find(q.exact, at + 1), ++count)
        consider(text, q, lo, ApproxMatch{at, at + q.exact.size(), 0}, best);
}

void search_approx(const std::string& text, const QuoteQuery& q, std::size_t lo, std::size_t hi, Candidate* best) {
    const std::string_view hay = std::string_view(text).substr(lo, hi - lo);
    for (const ApproxMatch& m : detail::find_occurrences(hay, q.exact_bits, q.reversed_exact_bits, q.max_errors))
        consider(text, q, lo, m, best);
}

// Move the ends of an approximate occurrence to where quote and context
// agree best together: edit distance of the quote plus that of the prefix
// (suffix) in the bytes just before (after). Minimal-error ends alone tend to
// drop edited letters at the quote's edges ("ree new" for "three new").
void refine_ends(const std::string& text, const QuoteQuery& q, Candidate* c) {
    const std::string_view t(text);
    const std::size_t reach = c->errors + 2;
    std::vector<std::uint32_t> d;
    if (!q.prefix.empty()) {
        // d[len] = distance(quote, t[end - len, end)): one backward pass.
        const std::size_t lo = c->start > reach ? c->start - reach : 0;
        const std::size_t hi = std::min(c->end, c->start + reach);
        const std::string reversed(t.rend() - static_cast<std::ptrdiff_t>(c->end),
                                   t.rend() - static_cast<std::ptrdiff_t>(lo));
        detail::anchored_distances(reversed, q.reversed_exact_bits, &d);
        std::size_t best_at = c->start;
        std::uint32_t best_cost = ~0u;
        for (std::size_t s = lo; s <= hi; ++s) {
            const std::size_t pbeg = s > q.prefix.size() ? s - q.prefix.size() : 0;
            const std::uint32_t cost = d[c->end - s] + detail::anchored_distance(t.substr(pbeg, s - pbeg), q.prefix_bits);
            if (cost < best_cost || (cost == best_cost && s == c->start)) {
                best_cost = cost;
                best_at = s;
            }
        }
        c->start = best_at;
    }
    if (!q.suffix.empty()) {
        // d[len] = distance(quote, t[start, start + len)): one forward pass.
        const std::size_t lo = std::max(c->start, c->end > reach ? c->end - reach : 0);
        const std::size_t hi = std::min(t.size(), c->end + reach);
        detail::anchored_distances(t.substr(c->start, hi - c->start), q.exact_bits, &d);
        std::size_t best_at = c->end;
        std::uint32_t best_cost = ~0u;
        for (std::size_t e = lo; e <= hi; ++e) {
            const std::uint32_t cost = d[e - c->start] + detail::anchored_distance(t.substr(e, q.suffix.size()), q.suffix_bits);
            if (cost < best_cost || (cost == best_cost && e == c->end)) {
                best_cost = cost;
                best_at = e;
            }
        }
        c->end = best_at;
        c->errors = d[c->end - c->start];
    } else {
        c->errors = detail::anchored_distance(t.substr(c->start, c->end - c->start), q.exact_bits);
    }
}

bool matches_at(std::string_view text, std::size_t at, std::string_view quote) {
    return at <= text.size() && text.size() - at >= quote.size() && text.compare(at, quote.size(), quote) == 0;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] anchor_quote: hint, window, whole text
//-----------------------------------------------------------------------------

NotePlacement anchor_quote(const AnchorText& text, const QuoteSelector& quote, const PositionHint& hint) {
    NotePlacement out; // orphan until placed
    if (quote.exact.empty() || text.original().empty()) return out;
    const std::string_view original = text.original();
    const NormalizedText& norm = text.normalized();

    // (1) The exact quote, byte for byte, where the hint says.
    std::uint32_t hint_byte = 0;
    bool has_hint = false;
    if (hint.has_bytes && hint.start_byte <= original.size()) {
        hint_byte = hint.start_byte;
        has_hint = true;
    } else if (hint.has_codepoints) {
        hint_byte = text.byte_of_codepoint(hint.start_cp);
        has_hint = true;
    }
    if (has_hint && matches_at(original, hint_byte, quote.exact)) {
        out.range = ByteRange{hint_byte, static_cast<std::uint32_t>(hint_byte + quote.exact.size())};
        out.how = NoteMatch::Exact;
        out.errors = 0;
        out.score = 1.0;
        return out;
    }
    if (has_hint && hint.has_bytes && hint.has_codepoints) {
        const std::uint32_t by_cp = text.byte_of_codepoint(hint.start_cp);
        if (by_cp != hint_byte && matches_at(original, by_cp, quote.exact)) {
            out.range = ByteRange{by_cp, static_cast<std::uint32_t>(by_cp + quote.exact.size())};
            out.how = NoteMatch::Exact;
            out.score = 1.0;
            return out;
        }
    }

    std::string exact = normalize_string(quote.exact);
    if (exact.empty() || exact == " ") return out;
    QuoteQuery q(std::move(exact), normalize_string(quote.prefix), normalize_string(quote.suffix));
    q.has_hint = has_hint;
    q.hint = has_hint ? norm.from_original(hint_byte) : 0;
    q.max_errors = static_cast<std::uint32_t>(q.exact.size() / 4);
    const std::string& t = norm.text;
    Candidate best;

    // (2) Around the hint: windows growing about eightfold each time. A best
    //     candidate near a window's cut edge may be a cut-off piece of the
    //     real occurrence, so it only settles the search away from the edges.
    bool searched_all = false;
    if (has_hint) {
        const std::size_t m = q.exact.size();
        const std::size_t edge = q.max_errors + kNoteContextCodepoints;
        for (const std::size_t margin : {kTightMargin + m / 2, kMiddleMargin + m, kWideMargin}) {
            const std::size_t lo = q.hint > margin ? q.hint - margin : 0;
            const std::size_t hi = std::min(t.size(), q.hint + m + q.max_errors + margin);
            searched_all = lo == 0 && hi == t.size();
            Candidate here = best;
            if (lo < hi) {
                search_exact(t, q, lo, hi, &here);
                if (here.score < kConvincingScore && q.max_errors > 0) search_approx(t, q, lo, hi, &here);
            }
            best = here;
            const bool clear_of_edges = (lo == 0 || here.start >= lo + edge) && (hi == t.size() || here.end + edge <= hi);
            if (searched_all || (here.score >= kConvincingScore && clear_of_edges)) break;
        }
    }
    // (3) The whole text.
    if (best.score < kConvincingScore && !searched_all) {
        search_exact(t, q, 0, t.size(), &best);
        if (best.score < kConvincingScore && q.max_errors > 0) search_approx(t, q, 0, t.size(), &best);
    }
    if (best.score < 0) return out;
    if (best.errors > 0) refine_ends(t, q, &best);
    out.range = norm.to_original(best.start, best.end);
    out.how = best.errors == 0 ? NoteMatch::Exact : NoteMatch::Fuzzy;
    out.errors = best.errors;
    out.score = best.score;
    return out;
}

} // namespace gloss
