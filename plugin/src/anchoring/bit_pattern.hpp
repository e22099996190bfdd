// Gloss — internal: the bit-parallel machinery shared by the matcher and the
// anchoring code (pattern masks built once per quote, reused for every pass).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "gloss/anchoring.hpp"

namespace gloss {
namespace detail {

constexpr int kWordBits = 64;

// Per-byte match masks of a pattern: eq[c * blocks + b] has bit i set when
// pattern[64*b + i] == c.
struct BitPattern {
    std::size_t                length = 0;
    std::size_t                blocks = 0;
    std::vector<std::uint64_t> eq;
    std::uint64_t              last_row_bit = 0; // bit of the pattern's last row inside the last block

    explicit BitPattern(std::string_view pattern) {
        length = pattern.size();
        blocks = (length + kWordBits - 1) / kWordBits;
        if (length == 0) return;
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

// Every end position j + 1 in `text` with edit distance <= max_errors to the
// pattern: on_end(end, errors), in increasing order of end.
template <typename OnEnd>
void scan_match_ends(std::string_view text, const BitPattern& pm, std::uint32_t max_errors, OnEnd on_end) {
    const std::size_t m = pm.length;
    const std::size_t bmax = pm.blocks;
    const int k = static_cast<int>(std::min<std::size_t>(max_errors, m));
    if (bmax == 1) {
        // One word: Myers' original loop, everything in registers.
        std::uint64_t pv = ~std::uint64_t{0}, mv = 0;
        const std::uint64_t high = pm.last_row_bit;
        int score = static_cast<int>(m);
        const std::uint64_t* eqs = pm.eq.data();
        for (std::size_t j = 0; j < text.size(); ++j) {
            const std::uint64_t eq = eqs[static_cast<unsigned char>(text[j])];
            const std::uint64_t xv = eq | mv;
            const std::uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
            std::uint64_t ph = mv | ~(xh | pv);
            std::uint64_t mh = pv & xh;
            score += (ph & high) ? 1 : (mh & high) ? -1 : 0;
            ph <<= 1;
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
            if (score <= k) on_end(j + 1, static_cast<std::uint32_t>(score));
        }
        return;
    }
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

    std::vector<std::uint64_t> high(bmax);
    for (std::size_t b = 0; b < bmax; ++b) high[b] = pm.high_bit(b);
    std::uint64_t* P = pv.data();
    std::uint64_t* M = mv.data();
    int* S = score.data();
    const std::uint64_t* H = high.data();
    for (std::size_t j = 0; j < text.size(); ++j) {
        const std::uint64_t* eq = pm.row(static_cast<unsigned char>(text[j]));
        int carry = 0;
        for (std::size_t b = 0; b <= y; ++b) {
            carry = advance_block(&P[b], &M[b], eq[b], H[b], carry);
            S[b] += carry;
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

// out[j] = edit distance(pattern, text[0, j)) for j in [0, text.size()].
void anchored_distances(std::string_view text, const BitPattern& pm, std::vector<std::uint32_t>* out);

// edit distance(pattern, text).
std::uint32_t anchored_distance(std::string_view text, const BitPattern& pm);

// approx_search() with the pattern's masks and its reversed masks prebuilt.
std::vector<ApproxMatch> find_occurrences(std::string_view text, const BitPattern& pm, const BitPattern& reversed,
                                          std::uint32_t max_errors);

} // namespace detail
} // namespace gloss
