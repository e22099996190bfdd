// Gloss — what a card says about one annotation (no ImGui).
//
// Built once per document for every annotation, so a frame only draws
// prepared lines. The same content gives the ABI's title/body strings, the
// side panel's labels and the search keys. Every flag shows its evidence and
// the rule that raised it.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gloss/annotation.hpp"

namespace gloss {

enum class CardStyle : std::uint8_t {
    Kind,    // "Definition", "Figure · count" (small, kind colour)
    Title,   // the term or the value (bold)
    Body,    // plain explanation
    Quote,   // evidence from the text (dimmed, indented)
    Warning, // a problem found (warning colour, with a warning sign)
    Link,    // "Defined in the text at ¶3" (clickable: scrolls to link_offset)
    Rule,    // "Rule: ..." (dimmed, set apart)
};

struct CardLine {
    CardStyle     style = CardStyle::Body;
    std::string   text;
    std::uint32_t link_offset = 0; // for Link: byte offset to scroll to
    int           reveal = 0;      // presenter's reveal stage from which the line shows (0: always)
};

// A small bar chart: conflict groups, derived bases.
struct CardBar {
    std::string label;      // "Viasna", "2022 base"
    std::string value_text; // "1,393", "≈ 13,830 TEU"
    double      value = 0;
    bool        self = false; // the annotation the card is about
    int         reveal = 0;   // presenter's reveal stage from which the bar shows (0: always)
};

struct CardContent {
    std::vector<CardLine> lines;
    std::vector<CardBar>  chart;
    std::string           chart_caption;
    std::string           title;      // one line (ABI title)
    std::string           label;      // the title as the panel shows it (characters fitted to the host font)
    std::string           body;       // plain text of every line but the kind and title (ABI body)
    std::string           search_key; // lower-case title + body, for the panel's search
};

// Build the card of `set.items[index]` over `text` (the document the set was computed on).
CardContent build_card(const AnnotationSet& set, int index, std::string_view text);

// ASCII lower-case copy (search keys and queries).
std::string lower_ascii(std::string_view s);

} // namespace gloss
