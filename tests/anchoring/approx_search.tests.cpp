// Myers' bit-parallel search checked against the textbook O(nm) dynamic programme.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "gloss/anchoring.hpp"

namespace {

// Column minima of the search DP: best[j] = min edit distance of the pattern
// to any substring of text ending at j (j = 1..n).
std::vector<std::uint32_t> naive_end_scores(const std::string& text, const std::string& pattern) {
    const std::size_t m = pattern.size();
    std::vector<std::uint32_t> col(m + 1), prev(m + 1);
    for (std::size_t i = 0; i <= m; ++i) prev[i] = static_cast<std::uint32_t>(i);
    std::vector<std::uint32_t> best;
    for (char c : text) {
        col[0] = 0;
        for (std::size_t i = 1; i <= m; ++i)
            col[i] = std::min({prev[i] + 1, col[i - 1] + 1, prev[i - 1] + (pattern[i - 1] == c ? 0u : 1u)});
        best.push_back(col[m]);
        std::swap(col, prev);
    }
    return best;
}

std::uint32_t naive_edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::uint32_t> prev(b.size() + 1), col(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<std::uint32_t>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        col[0] = static_cast<std::uint32_t>(i);
        for (std::size_t j = 1; j <= b.size(); ++j)
            col[j] = std::min({prev[j] + 1, col[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0u : 1u)});
        std::swap(col, prev);
    }
    return prev[b.size()];
}

std::string random_string(std::mt19937& rng, std::size_t len, int alphabet) {
    std::string s;
    for (std::size_t i = 0; i < len; ++i) s.push_back(static_cast<char>('a' + rng() % alphabet));
    return s;
}

} // namespace

TEST_CASE("match ends agree with the naive dynamic programme on random small cases") {
    std::mt19937 rng(1234);
    for (int round = 0; round < 600; ++round) {
        const int alphabet = 2 + static_cast<int>(rng() % 4);
        // Pattern lengths cross the 64-bit word boundary to exercise several blocks.
        const std::size_t m = 1 + rng() % (round % 3 == 0 ? 200 : 70);
        const std::string pattern = random_string(rng, m, alphabet);
        const std::string text = random_string(rng, rng() % 300, alphabet);
        const std::uint32_t k = static_cast<std::uint32_t>(rng() % (m + 2));
        const auto naive = naive_end_scores(text, pattern);
        std::vector<gloss::MatchEnd> expected;
        for (std::size_t j = 0; j < naive.size(); ++j)
            if (naive[j] <= k) expected.push_back({j + 1, naive[j]});
        const auto got = gloss::approx_match_ends(text, pattern, k);
        INFO("round " << round << " m=" << m << " n=" << text.size() << " k=" << k);
        REQUIRE(got.size() == expected.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            REQUIRE(got[i].end == expected[i].end);
            REQUIRE(got[i].errors == expected[i].errors);
        }
    }
}

TEST_CASE("every reported occurrence has exactly its stated edit distance and the best score at its end") {
    std::mt19937 rng(99);
    for (int round = 0; round < 300; ++round) {
        const std::size_t m = 4 + rng() % 150;
        const std::string pattern = random_string(rng, m, 3);
        std::string text = random_string(rng, rng() % 400, 3);
        const std::uint32_t k = static_cast<std::uint32_t>(m / 4);
        const auto naive = naive_end_scores(text, pattern);
        for (const gloss::ApproxMatch& occ : gloss::approx_search(text, pattern, k)) {
            INFO("round " << round << " start=" << occ.start << " end=" << occ.end);
            REQUIRE(occ.start <= occ.end);
            REQUIRE(occ.errors <= k);
            REQUIRE(naive[occ.end - 1] == occ.errors);
            REQUIRE(naive_edit_distance(pattern, text.substr(occ.start, occ.end - occ.start)) == occ.errors);
        }
    }
}

TEST_CASE("a planted occurrence with a few edits is found at its place") {
    std::mt19937 rng(7);
    for (int round = 0; round < 200; ++round) {
        const std::size_t m = 32 + rng() % 225;
        const std::string pattern = random_string(rng, m, 26);
        std::string planted = pattern;
        for (int e = 0; e < 3; ++e) planted[rng() % planted.size()] = '#';
        const std::string before = random_string(rng, rng() % 500, 26);
        const std::string text = before + planted + random_string(rng, rng() % 500, 26);
        const auto found = gloss::approx_search(text, pattern, static_cast<std::uint32_t>(m / 4));
        REQUIRE_FALSE(found.empty());
        const auto best = std::min_element(found.begin(), found.end(), [](const auto& a, const auto& b) {
            return a.errors < b.errors;
        });
        REQUIRE(best->errors <= 3);
        REQUIRE(best->start == before.size());
        REQUIRE(best->end == before.size() + m);
    }
}

TEST_CASE("edit distance agrees with the naive dynamic programme, including long strings") {
    std::mt19937 rng(5);
    for (int round = 0; round < 300; ++round) {
        const std::string a = random_string(rng, rng() % 180, 4);
        const std::string b = random_string(rng, rng() % 180, 4);
        INFO("a=" << a << " b=" << b);
        REQUIRE(gloss::edit_distance(a, b) == naive_edit_distance(a, b));
    }
}

TEST_CASE("an empty pattern or an empty text finds nothing") {
    REQUIRE(gloss::approx_match_ends("", "abc", 3).empty());
    REQUIRE(gloss::approx_match_ends("abc", "", 3).empty());
    REQUIRE(gloss::approx_search("", "abc", 1).empty());
}
