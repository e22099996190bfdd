// Gloss — interval index: a sorted array seen as an implicit balanced tree
// (root = middle), each node carrying the largest end of its subtree.
#include "interval_index.hpp"

#include <algorithm>
#include <numeric>

namespace gloss {

namespace {
std::uint32_t fill_max_end(int lo, int hi, const std::vector<std::uint32_t>& ends, std::vector<std::uint32_t>& max_end) {
    if (lo >= hi) return 0;
    const int mid = lo + (hi - lo) / 2;
    const std::uint32_t m = std::max({ends[mid], fill_max_end(lo, mid, ends, max_end), fill_max_end(mid + 1, hi, ends, max_end)});
    max_end[mid] = m;
    return m;
}
} // namespace

void IntervalIndex::clear() {
    order_.clear();
    begins_.clear();
    ends_.clear();
    max_end_.clear();
}

void IntervalIndex::build(const std::vector<ByteRange>& ranges) {
    clear();
    order_.resize(ranges.size());
    std::iota(order_.begin(), order_.end(), 0);
    std::stable_sort(order_.begin(), order_.end(), [&](int a, int b) { return ranges[a].begin < ranges[b].begin; });
    begins_.resize(order_.size());
    ends_.resize(order_.size());
    max_end_.assign(order_.size(), 0);
    for (std::size_t k = 0; k < order_.size(); ++k) {
        const ByteRange r = ranges[order_[k]];
        begins_[k] = r.begin;
        ends_[k] = r.end > r.begin ? r.end : r.begin + 1;
    }
    fill_max_end(0, static_cast<int>(order_.size()), ends_, max_end_);
}

void IntervalIndex::visit(int lo, int hi, std::uint32_t begin, std::uint32_t end, std::vector<int>& out) const {
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (max_end_[mid] <= begin) return; // nothing in this subtree reaches `begin`
        visit(lo, mid, begin, end, out);
        if (begins_[mid] >= end) return;    // mid and everything right of it start too late
        if (ends_[mid] > begin) out.push_back(order_[mid]);
        lo = mid + 1;                        // tail-iterate into the right subtree
    }
}

void IntervalIndex::query(std::uint32_t begin, std::uint32_t end, std::vector<int>& out) const {
    out.clear();
    if (end <= begin) end = begin + 1;
    visit(0, static_cast<int>(order_.size()), begin, end, out);
}

} // namespace gloss
