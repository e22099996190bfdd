// Gloss — approximate string search, Myers' bit-parallel algorithm (1999)
// in the multi-word form with Ukkonen's cut-off (Hyyrö 2003).
//
// Index of this file:
// [SECTION] Anchored pass: distances of prefixes of a text to the whole pattern
// [SECTION] Occurrences: best ends and their starts
// [SECTION] Public entry points
//
// The block step and the search scan are in bit_pattern.hpp.
//
// Bit i of a block's vectors stands for pattern row 64*b + i. Pv/Mv hold the
// vertical deltas (+1 / -1) of the current column of the dynamic-programming
// matrix D[i][j] = edit distance of pattern[0, i) to the best text substring
// ending at j (search) or to text[0, j) (anchored).
#include "bit_pattern.hpp"
#include "gloss/anchoring.hpp"

#include <algorithm>
#include <cstring>

namespace gloss {
namespace detail {

//-----------------------------------------------------------------------------
// [SECTION] Anchored pass: distances of prefixes of a text to the whole pattern
//-----------------------------------------------------------------------------

// out[j] = edit distance(pattern, text[0, j)) for j in [0, text.size()].
void anchored_distances(std::string_view text, const BitPattern& pm, std::vector<std::uint32_t>* out) {
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

std::uint32_t anchored_distance(std::string_view text, const BitPattern& pm) {
    if (pm.length == 0) return static_cast<std::uint32_t>(text.size());
    const std::size_t bmax = pm.blocks;
    std::uint64_t small_pv[4], small_mv[4];
    std::vector<std::uint64_t> big_pv, big_mv;
    std::uint64_t* pv = small_pv;
    std::uint64_t* mv = small_mv;
    if (bmax > 4) {
        big_pv.resize(bmax);
        big_mv.resize(bmax);
        pv = big_pv.data();
        mv = big_mv.data();
    }
    for (std::size_t b = 0; b < bmax; ++b) {
        pv[b] = ~std::uint64_t{0};
        mv[b] = 0;
    }
    int bottom = static_cast<int>(pm.length);
    for (const char ch : text) {
        const std::uint64_t* eq = pm.row(static_cast<unsigned char>(ch));
        int carry = 1;
        for (std::size_t b = 0; b < bmax; ++b) carry = advance_block(&pv[b], &mv[b], eq[b], pm.high_bit(b), carry);
        bottom += carry;
    }
    return static_cast<std::uint32_t>(bottom);
}

//-----------------------------------------------------------------------------
// [SECTION] Occurrences: best ends and their starts
//-----------------------------------------------------------------------------

constexpr std::size_t kMaxOccurrences = 256;

std::vector<ApproxMatch> find_occurrences(std::string_view text, const BitPattern& pm, const BitPattern& rpm,
                                          std::uint32_t max_errors) {
    std::vector<ApproxMatch> found;
    if (pm.length == 0 || text.empty()) return found;
    const std::size_t m = pm.length;
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

} // namespace detail

//-----------------------------------------------------------------------------
// [SECTION] Public entry points
//-----------------------------------------------------------------------------

std::vector<MatchEnd> approx_match_ends(std::string_view text, std::string_view pattern, std::uint32_t max_errors) {
    std::vector<MatchEnd> ends;
    if (pattern.empty() || text.empty()) return ends;
    const detail::BitPattern pm(pattern);
    detail::scan_match_ends(text, pm, max_errors, [&](std::size_t end, std::uint32_t errors) {
        ends.push_back(MatchEnd{end, errors});
    });
    return ends;
}

std::uint32_t edit_distance(std::string_view a, std::string_view b) {
    if (a.empty()) return static_cast<std::uint32_t>(b.size());
    if (b.empty()) return static_cast<std::uint32_t>(a.size());
    const detail::BitPattern pm(a);
    return detail::anchored_distance(b, pm);
}

std::vector<ApproxMatch> approx_search(std::string_view text, std::string_view pattern, std::uint32_t max_errors) {
    if (pattern.empty() || text.empty()) return {};
    const std::string reversed(pattern.rbegin(), pattern.rend());
    return detail::find_occurrences(text, detail::BitPattern(pattern), detail::BitPattern(reversed), max_errors);
}

} // namespace gloss
