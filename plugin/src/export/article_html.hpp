// Gloss export — the article as the reader shows it (title, byline, caption,
// headings, paragraphs, bullet lists), as HTML with numbered marks and an id
// anchor for every paragraph (no ImGui).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gloss/annotation.hpp"

namespace gloss {
class Document;
}

namespace gloss::html {

// One numbered mark in the text: a link to its endnote, written right after
// the annotated words, which are emphasised in the kind's style.
struct ArticleMark {
    ByteRange     words;       // the annotated words (emphasised unless they overlap earlier ones; may be empty)
    std::uint32_t at = 0;      // byte offset the mark follows (usually words.end)
    std::string   id;          // the mark's own id ("m-fig-3"), the endnote's back-link target
    std::string   href;        // the endnote ("#n-fig-3")
    std::string   label;       // the visible number ("3")
    std::string   kind;        // CSS kind: "fig" | "src" | "term" | "conf" | "note"
    std::string   name;        // what a screen reader says: "figure note 3"
};

struct ArticleOptions {
    bool        paragraph_numbers = false;  // show "¶ N" before each paragraph (worksheet)
    std::string fallback_title;             // the title when the text's first block is not one
    int         title_level = 1;            // the title is h<title_level>, headings one level below
};

// The id of paragraph `index` (0-based, Document::paragraphs()): "p{index+1}".
std::string paragraph_id(int index);

// Append the article's blocks. Every mark is written exactly once (a mark
// outside every block joins the block before it); every paragraph of `doc`
// gets its id anchor.
void append_article(std::string& out, const Document& doc, std::vector<ArticleMark> marks,
                    const ArticleOptions& options);

} // namespace gloss::html
