// Gloss formats — laying a page's content out as reading text.
#pragma once
#include "gloss/formats.hpp"
#include "html_tree.hpp"

namespace gloss::formats {

// Append the text of `root`'s subtree to `out` (text, blocks, styles, links):
// block elements start and end paragraphs, <br> breaks a line, whitespace
// runs become one space outside <pre>, a table row of plain cells becomes one
// line "cell | cell". Relative link targets are resolved against `base`.
void lay_out_text(const HtmlTree& tree, int root, const std::string& base, ReadDocument* out);

// `href` resolved against the absolute address `base` ("" base: unchanged).
std::string resolve_url(const std::string& base, std::string_view href);

} // namespace gloss::formats
