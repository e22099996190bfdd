// The interval index answers overlap queries exactly like a linear scan.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "interval_index.hpp"

using gloss::ByteRange;
using gloss::IntervalIndex;

TEST_CASE("The interval index finds every range overlapping a query, as a linear scan does", "[index]") {
    const unsigned seed = GENERATE(1u, 2u, 3u, 4u);
    std::mt19937 rng(seed);
    std::vector<ByteRange> ranges;
    for (int i = 0; i < 300; ++i) {
        const std::uint32_t b = rng() % 5000, len = (i % 37 == 0) ? rng() % 3000 : rng() % 40;
        ranges.push_back(ByteRange{b, b + len});
    }
    std::sort(ranges.begin(), ranges.end(), [](ByteRange a, ByteRange b) { return a.begin < b.begin; });
    IntervalIndex index;
    index.build(ranges);
    std::vector<int> got;
    for (int q = 0; q < 300; ++q) {
        const std::uint32_t b = rng() % 5200, e = b + rng() % 200;
        index.query(b, e, got);
        std::vector<int> want;
        const std::uint32_t qe = e > b ? e : b + 1;
        for (int i = 0; i < static_cast<int>(ranges.size()); ++i) {
            const std::uint32_t re = ranges[i].end > ranges[i].begin ? ranges[i].end : ranges[i].begin + 1;
            if (ranges[i].begin < qe && b < re) want.push_back(i);
        }
        std::vector<int> sorted_got = got;
        std::sort(sorted_got.begin(), sorted_got.end());
        CAPTURE(seed, b, e);
        REQUIRE(sorted_got == want);
    }
}

TEST_CASE("Query results come in reading order", "[index]") {
    IntervalIndex index;
    index.build({{0, 100}, {10, 20}, {15, 16}, {30, 40}, {90, 95}});
    std::vector<int> got;
    index.query(12, 35, got);
    CHECK(got == std::vector<int>{0, 1, 2, 3});
}

TEST_CASE("An empty index answers nothing", "[index]") {
    IntervalIndex index;
    index.build({});
    std::vector<int> got{7};
    index.at(3, got);
    CHECK(got.empty());
}
