// Gloss — an interval index over byte ranges (no ImGui).
//
// Built once per document from the annotations' ranges; answers "which ranges
// overlap [begin, end)" in O(log n + k), writing into a caller-owned vector
// (cleared, capacity kept: no allocation once warmed up). Results come in the
// order the ranges were given to build() when those were sorted by begin.
#pragma once
#include <cstdint>
#include <vector>

#include "gloss/annotation.hpp"

namespace gloss {

class IntervalIndex {
public:
    // `ranges[i]` is item i. Items are indexed in begin order internally.
    void build(const std::vector<ByteRange>& ranges);
    void clear();
    std::size_t size() const { return order_.size(); }

    // Items whose range overlaps [begin, end) (empty ranges overlap the offset
    // they sit on), sorted by begin. `out` is cleared first.
    void query(std::uint32_t begin, std::uint32_t end, std::vector<int>& out) const;
    // Items containing `offset`.
    void at(std::uint32_t offset, std::vector<int>& out) const { query(offset, offset + 1, out); }

private:
    void visit(int lo, int hi, std::uint32_t begin, std::uint32_t end, std::vector<int>& out) const;
    std::vector<int>           order_;   // item ids sorted by begin
    std::vector<std::uint32_t> begins_;  // begins_[k] = range of order_[k]
    std::vector<std::uint32_t> ends_;    // ends (empty ranges widened to one byte)
    std::vector<std::uint32_t> max_end_; // max end over the implicit subtree rooted at k
};

} // namespace gloss
