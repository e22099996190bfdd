// Gloss — re-finding a quote in a changed text.
//
// Index of this file:
// [SECTION] AnchorText: a text prepared once for many quotes
// [SECTION] Scoring a candidate
// [SECTION] anchor_quote: hint, window, whole text
//
// Order of work, cheapest first: (1) the exact quote at the position hint;
// (2) exact and approximate occurrences in growing windows around the hint;
// (3) the same around places sharing 8-byte grams with the quote; (4) the
// whole text, when nothing before gave a convincing candidate.
// Approximate occurrences allow len/4 errors (len = normalised quote bytes;
// quotes shorter than 4 bytes must match exactly).
#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>

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

struct AnchorText::LazyGrams {
    std::once_flag        once;
    std::vector<GramSeed> seeds;
};

AnchorText::AnchorText(std::string_view original)
    : original_(original), normalized_(normalize_for_matching(original)), grams_(std::make_shared<LazyGrams>()) {
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

namespace {
constexpr std::size_t kGramBytes = 8;
constexpr std::size_t kGramStride = 4;

std::uint64_t gram_at(const char* p) {
    std::uint64_t g;
    std::memcpy(&g, p, sizeof g);
    return g;
}
} // namespace

const std::vector<GramSeed>& AnchorText::gram_index() const {
    std::call_once(grams_->once, [this] {
        const std::string& t = normalized_.text;
        std::vector<GramSeed>& seeds = grams_->seeds;
        if (t.size() < kGramBytes) return;
        seeds.reserve(t.size() / kGramStride + 1);
        for (std::size_t pos = 0; pos + kGramBytes <= t.size(); pos += kGramStride)
            seeds.push_back(GramSeed{gram_at(t.data() + pos), static_cast<std::uint32_t>(pos)});
        std::sort(seeds.begin(), seeds.end(), [](const GramSeed& a, const GramSeed& b) {
            return a.gram != b.gram ? a.gram < b.gram : a.pos < b.pos;
        });
    });
    return grams_->seeds;
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

// Bytes an end may move, beyond 2, at most (edits at a quote's edge are few).
constexpr std::size_t kRefineReach = 8;

// Move the ends of an approximate occurrence to where quote and context
// agree best together: edit distance of the quote plus that of the prefix
// (suffix) in the bytes just before (after). Minimal-error ends alone tend to
// drop edited letters at the quote's edges ("ree new" for "three new").
void refine_ends(const std::string& text, const QuoteQuery& q, Candidate* c) {
    const std::string_view t(text);
    const std::size_t reach = std::min<std::size_t>(c->errors, kRefineReach) + 2;
    // An end whose first (last) bytes already equal the quote's is left alone.
    const std::size_t probe = std::min<std::size_t>(4, q.exact.size());
    const bool start_clean = c->end - c->start >= probe && t.compare(c->start, probe, q.exact, 0, probe) == 0;
    const bool end_clean =
        c->end - c->start >= probe && t.compare(c->end - probe, probe, q.exact, q.exact.size() - probe, probe) == 0;
    std::vector<std::uint32_t> d;
    if (!q.prefix.empty() && !start_clean) {
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
    if (!q.suffix.empty() && !end_clean) {
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

// Places that share 8-byte grams with the quote, best supported first: each
// gram hit votes for a diagonal (text offset - quote offset); nearby
// diagonals (within the error budget) pool their votes. Grams found in more
// than kCommonGram places say little and are skipped.
constexpr std::size_t kCommonGram = 64;
constexpr std::size_t kSeedPlaces = 8;

std::vector<std::size_t> seed_places(const AnchorText& text, const QuoteQuery& q) {
    std::vector<std::size_t> places;
    const std::string& quote = q.exact;
    if (quote.size() < kGramBytes) return places;
    const std::vector<GramSeed>& index = text.gram_index();
    std::vector<std::size_t> diagonals;
    for (std::size_t off = 0; off + kGramBytes <= quote.size(); ++off) {
        const std::uint64_t g = gram_at(quote.data() + off);
        const auto lo = std::lower_bound(index.begin(), index.end(), g,
                                         [](const GramSeed& s, std::uint64_t v) { return s.gram < v; });
        auto hi = lo;
        while (hi != index.end() && hi->gram == g && static_cast<std::size_t>(hi - lo) <= kCommonGram) ++hi;
        if (static_cast<std::size_t>(hi - lo) > kCommonGram) continue;
        for (auto it = lo; it != hi; ++it) diagonals.push_back(it->pos > off ? it->pos - off : 0);
    }
    if (diagonals.empty()) return places;
    std::sort(diagonals.begin(), diagonals.end());
    std::vector<std::pair<std::size_t, std::size_t>> clusters; // (votes, first diagonal)
    const std::size_t spread = q.max_errors + kGramStride;
    for (std::size_t i = 0; i < diagonals.size();) {
        std::size_t j = i + 1;
        while (j < diagonals.size() && diagonals[j] - diagonals[j - 1] <= spread) ++j;
        clusters.emplace_back(j - i, diagonals[i]);
        i = j;
    }
    std::stable_sort(clusters.begin(), clusters.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = 0; i < clusters.size() && i < kSeedPlaces; ++i) places.push_back(clusters[i].second);
    return places;
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

    // (2) Around the hint: windows growing about eightfold each time, and
    // (3) before the widest one, around places sharing 8-byte grams with the
    //     quote (moved text, or no hint). A best candidate near a window's cut
    //     edge may be a cut-off piece of the real occurrence, so it only
    //     settles the search away from the edges.
    const std::size_t m = q.exact.size();
    const std::size_t edge = q.max_errors + kNoteContextCodepoints;
    bool searched_all = false;
    const auto search_window = [&](std::size_t lo, std::size_t hi) {
        lo = std::min(lo, t.size());
        hi = std::min(hi, t.size());
        if (lo >= hi) return false;
        searched_all = searched_all || (lo == 0 && hi == t.size());
        // Only what this window found can settle it (an earlier window's
        // candidate may be the cut-off piece this one is meant to complete).
        Candidate here;
        const auto settles = [&] {
            const bool clear_of_edges =
                (lo == 0 || here.start >= lo + edge) && (hi == t.size() || here.end + edge <= hi);
            return here.score >= kConvincingScore && clear_of_edges;
        };
        search_exact(t, q, lo, hi, &here);
        if (!settles() && q.max_errors > 0) search_approx(t, q, lo, hi, &here);
        if (here.score > best.score) best = here;
        return searched_all || settles();
    };
    const auto around = [&](std::size_t at, std::size_t margin) {
        return search_window(at > margin ? at - margin : 0, at + m + q.max_errors + margin);
    };
    bool settled = false;
    if (has_hint) settled = around(q.hint, kTightMargin + m / 2) || around(q.hint, kMiddleMargin + m);
    if (!settled) {
        for (const std::size_t at : seed_places(text, q))
            if ((settled = around(at, q.max_errors + kNoteContextCodepoints + 64))) break;
    }
    if (!settled && has_hint) settled = around(q.hint, kWideMargin);
    // (4) The whole text.
    if (!settled && !searched_all) {
        search_exact(t, q, 0, t.size(), &best);
        if (q.max_errors > 0 && !(best.errors == 0 && best.score >= kConvincingScore))
            search_approx(t, q, 0, t.size(), &best);
    }
    if (best.score < 0) return out;
    if (best.errors > 0) {
        Candidate refined = best;
        refine_ends(t, q, &refined);
        if (refined.errors <= q.max_errors && refined.end > refined.start) best = refined;
    }
    out.range = norm.to_original(best.start, best.end);
    out.how = best.errors == 0 ? NoteMatch::Exact : NoteMatch::Fuzzy;
    out.errors = best.errors;
    out.score = best.score;
    return out;
}

} // namespace gloss
