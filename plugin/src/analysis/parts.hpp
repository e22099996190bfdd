// Gloss — where a long text is cut into the parts it is analysed in (no ImGui).
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "gloss/annotation.hpp"

namespace gloss {

// Consecutive ranges that cover `text` whole, each at most `part_bytes` long
// (at least 64): one range when the text fits. Each cut is made, in this order
// of preference, at the start of a paragraph (from `paragraphs`, in order), after
// the end of a sentence (". ", "? ", "! " or a line break), after a space, or
// else at the start of a character — never before half a part is reached, so
// every part is at least half as long as allowed (the last excepted). O(n).
std::vector<ByteRange> cut_into_parts(std::string_view text, const std::vector<ByteRange>& paragraphs,
                                      std::size_t part_bytes);

} // namespace gloss
