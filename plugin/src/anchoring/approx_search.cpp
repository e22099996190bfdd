// Gloss — approximate string search, Myers' bit-parallel algorithm (1999)
// in the multi-word form with Ukkonen's cut-off (Hyyrö 2003).
//
// Index of this file:
// [SECTION] Pattern bit masks and one block step
// [SECTION] Search: every end position within k errors
// [SECTION] Anchored pass: distances of prefixes of a text to the whole pattern
// [SECTION] Occurrences: best ends and their starts
//
// Bit i of a block's vectors stands for pattern row 64*b + i. Pv/Mv hold the
// vertical deltas (+1 / -1) of the current column of the dynamic-programming
// matrix D[i][j] = edit distance of pattern[0, i) to the best text substring
// ending at j (search) or to text[0, j) (anchored).
#include "gloss/anchoring.hpp"

#include <algorithm>
#include <cstring>

namespace gloss {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Pattern bit masks and one block step
//-----------------------------------------------------------------------------

constexpr int kWordBits = 64;

// Per-byte match masks of a pattern: eq[c * blocks + b] has bit i set when
// pattern[64*b + i] == c.
struct PatternMasks {
    std::size_t                length = 0;
    std::size_t                blocks = 0;
    std::vector<std::uint64_t> eq;
    std::uint64_t              last_row_bit = 0; // bit of the pattern's last row inside the last block

    explicit PatternMasks(std::string_view pattern) {
        length = pattern.size();
        blocks = (length + kWordBits - 1) / kWordBits;
        eq.assign(256 * blocks, 0);
        for (std::size_t i = 0; i < length; ++i) {
            const unsigned char c = static_cast<unsigned char>(pattern[i]);
            eq[c * blocks + i / kWordBits] |= std::uint64_t{1} << (i % kWordBits);
        }
        last_row_bit = std::uint64_t{1} << ((length - 1) % kWordBits);
    }
    const std::uint64_t* row(unsigned char c) const { return &eq[c * blocks]; }
    std::uint64_t high_bit(std::size_t b) const {
        return b + 1 == blocks ? last_row_bit : (std::uint64_t{1} << (kWordBits - 1));
    }
    int rows_in_block(std::size_t b) const {
        return b + 1 == blocks ? static_cast<int>(length - b * kWordBits) : kWordBits;
    }
};

// Advance one block by one text column. `hin` is the horizontal delta
// entering the block's top row (-1, 0, +1); returns the delta leaving its
// bottom row (the block's high bit).
inline int advance_block(std::uint64_t* pv_io, std::uint64_t* mv_io, std::uint64_t eq, std::uint64_t high_bit,
                         int hin) {
    std::uint64_t pv = *pv_io;
    std::uint64_t mv = *mv_io;
    const std::uint64_t xv = eq | mv;
    if (hin < 0) eq |= 1;
    const std::uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
    std::uint64_t ph = mv | ~(xh | pv);
    std::uint64_t mh = pv & xh;
    int hout = 0;
    if (ph & high_bit) hout = 1;
    else if (mh & high_bit) hout = -1;
    ph <<= 1;
    mh <<= 1;
    if (hin < 0) mh |= 1;
    else if (hin > 0) ph |= 1;
    *pv_io = mh | ~(xv | ph);
    *mv_io = ph & xv;
    return hout;
}

//-----------------------------------------------------------------------------
// [SECTION] Search: every end position within k errors
//-----------------------------------------------------------------------------

template <typename OnEnd>
void scan_match_ends(std::string_view text, const PatternMasks& pm, std::uint32_t max_errors, OnEnd on_end) {
    const std::size_t m = pm.length;
    const std::size_t bmax = pm.blocks;
    const int k = static_cast<int>(std::min<std::size_t>(max_errors, m));
    std::vector<std::uint64_t> pv(bmax, ~std::uint64_t{0});
    std::vector<std::uint64_t> mv(bmax, 0);
    std::vector<int> score(bmax, 0);

    // Column 0: D[i][0] = i. Only the blocks that can reach k are active.
    std::size_t y = static_cast<std::size_t>(std::max(0, (k + kWordBits - 1) / kWordBits - 1));
    y = std::min(y, bmax - 1);
    int acc = 0;
    for (std::size_t b = 0; b < bmax; ++b) {
        acc += pm.rows_in_block(b);
        score[b] = acc;
    }

    for (std::size_t j = 0; j < text.size(); ++j) {
        const std::uint64_t* eq = pm.row(static_cast<unsigned char>(text[j]));
        int carry = 0;
        for (std::size_t b = 0; b <= y; ++b) {
            carry = advance_block(&pv[b], &mv[b], eq[b], pm.high_bit(b), carry);
            score[b] += carry;
        }
        if (score[y] - carry <= k && y + 1 < bmax && ((eq[y + 1] & 1) || carry < 0)) {
            // The next block may now reach k: start it as if every row below were +1.
            ++y;
            pv[y] = ~std::uint64_t{0};
            mv[y] = 0;
            const int prev_column_bottom = score[y - 1] - carry + pm.rows_in_block(y);
            score[y] = prev_column_bottom + advance_block(&pv[y], &mv[y], eq[y], pm.high_bit(y), carry);
        } else {
            while (y > 0 && score[y] >= k + kWordBits) --y;
        }
        if (y + 1 == bmax && score[y] <= k) on_end(j + 1, static_cast<std::uint32_t>(score[y]));
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Anchored pass: distances of prefixes of a text to the whole pattern
//-----------------------------------------------------------------------------

// out[j] = edit distance(pattern, text[0, j)) for j in [0, text.size()].
void anchored_distances(std::string_view text, const PatternMasks& pm, std::vector<std::uint32_t>* out) {
    const std::size_t bmax = pm.blocks;
    std::vector<std::uint64_t> pv(bmax, ~std::uint64_t{0});
    std::vector<std::uint64_t> mv(bmax, 0);
    out->assign(text.size() + 1, 0);
    int bottom = static_cast<int>(pm.length);
    (*out)[0] = static_cast<std::uint32_t>(bottom);
    for (std::size_t j = 0; j < text.size(); ++j) {
        const std::uint64_t* eq = pm.row(static_cast<unsigned char>(text[j]));
        int carry = 1; // D[0][j] = j: the top row grows by one each column
        for (std::size_t b = 0; b < bmax; ++b) carry = advance_block(&pv[b], &mv[b], eq[b], pm.high_bit(b), carry);
        bottom += carry;
        (*out)[j + 1] = static_cast<std::uint32_t>(bottom);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Occurrences: best ends and their starts
//-----------------------------------------------------------------------------

constexpr std::size_t kMaxOccurrences = 256;

} // namespace

std::vector<MatchEnd> approx_match_ends(std::string_view text, std::string_view pattern, std::uint32_t max_errors) {
    std::vector<MatchEnd> ends;
    if (pattern.empty() || text.empty()) return ends;
    const PatternMasks pm(pattern);
    scan_match_ends(text, pm, max_errors, [&](std::size_t end, std::uint32_t errors) {
        ends.push_back(MatchEnd{end, errors});
    });
    return ends;
}

std::uint32_t edit_distance(std::string_view a, std::string_view b) {
    if (a.empty()) return static_cast<std::uint32_t>(b.size());
    if (b.empty()) return static_cast<std::uint32_t>(a.size());
    const PatternMasks pm(a);
    std::vector<std::uint32_t> d;
    anchored_distances(b, pm, &d);
    return d.back();
}

std::vector<ApproxMatch> approx_search(std::string_view text, std::string_view pattern, std::uint32_t max_errors) {
    std::vector<ApproxMatch> found;
    if (pattern.empty() || text.empty()) return found;
    const PatternMasks pm(pattern);
    const std::size_t m = pattern.size();

    // 1. Local minima of the end scores, run by run of adjacent ends: the
    //    first end of every plateau lower than both its neighbours.
    std::vector<MatchEnd> ends;
    scan_match_ends(text, pm, max_errors, [&](std::size_t end, std::uint32_t errors) {
        ends.push_back(MatchEnd{end, errors});
    });
    std::vector<MatchEnd> minima;
    std::vector<std::size_t> plateau_last; // last end of each minimum's plateau
    for (std::size_t i = 0; i < ends.size();) {
        const bool run_start = i == 0 || ends[i - 1].end + 1 != ends[i].end;
        const bool falls_in = run_start || ends[i - 1].errors > ends[i].errors;
        std::size_t p = i;
        while (p + 1 < ends.size() && ends[p + 1].end == ends[p].end + 1 && ends[p + 1].errors == ends[i].errors) ++p;
        const bool run_end = p + 1 == ends.size() || ends[p + 1].end != ends[p].end + 1;
        const bool rises_out = run_end || ends[p + 1].errors > ends[p].errors;
        if (falls_in && rises_out) {
            minima.push_back(ends[i]);
            plateau_last.push_back(ends[p].end);
        }
        i = p + 1;
    }

    // 2. Keep a dip only if no better one lies within half a pattern length.
    std::vector<std::size_t> kept; // indices into minima
    for (std::size_t i = 0; i < minima.size(); ++i) {
        bool dominated = false;
        for (std::size_t o = i; o-- > 0;) {
            if (minima[i].end - minima[o].end > m / 2) break;
            if (minima[o].errors <= minima[i].errors) { dominated = true; break; }
        }
        for (std::size_t o = i + 1; !dominated && o < minima.size(); ++o) {
            if (minima[o].end - minima[i].end > m / 2) break;
            if (minima[o].errors < minima[i].errors) dominated = true;
        }
        if (!dominated) kept.push_back(i);
    }
    if (kept.size() > kMaxOccurrences) {
        std::stable_sort(kept.begin(), kept.end(),
                         [&](std::size_t a, std::size_t b) { return minima[a].errors < minima[b].errors; });
        kept.resize(kMaxOccurrences);
        std::sort(kept.begin(), kept.end());
    }

    // 3. Recover each start: anchored pass of the reversed pattern over the
    //    reversed text before the end; among the starts with the fewest
    //    errors, the one whose length is closest to the pattern's.
    std::string reversed_pattern(pattern.rbegin(), pattern.rend());
    const PatternMasks rpm(reversed_pattern);
    std::string reversed_text;
    std::vector<std::uint32_t> d;
    const auto length_gap = [m](std::size_t len) { return len > m ? len - m : m - len; };
    const auto locate = [&](std::size_t end, std::uint32_t errors) {
        const std::size_t reach = std::min<std::size_t>(end, m + errors);
        reversed_text.assign(text.rend() - static_cast<std::ptrdiff_t>(end),
                             text.rend() - static_cast<std::ptrdiff_t>(end - reach));
        anchored_distances(reversed_text, rpm, &d);
        std::size_t best_len = 0;
        std::uint32_t best = d[0];
        for (std::size_t len = 1; len < d.size(); ++len) {
            if (d[len] < best || (d[len] == best && length_gap(len) < length_gap(best_len))) {
                best = d[len];
                best_len = len;
            }
        }
        return ApproxMatch{end - best_len, end, best};
    };
    for (const std::size_t i : kept) {
        ApproxMatch occ = locate(minima[i].end, minima[i].errors);
        if (plateau_last[i] != minima[i].end) {
            // Equal scores over a run of ends: keep the one whose length is closest to the pattern's.
            const ApproxMatch other = locate(plateau_last[i], minima[i].errors);
            if (length_gap(other.end - other.start) < length_gap(occ.end - occ.start)) occ = other;
        }
        found.push_back(occ);
    }
    std::sort(found.begin(), found.end(), [](const ApproxMatch& a, const ApproxMatch& b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    return found;
}

} // namespace gloss
