// Gloss — the block structure of a plain-text article as a reader shows it:
// title, byline, caption, headings, paragraphs and bullet items (no ImGui).
//
// The rules are the reader's (host_demo lays these blocks out) and the
// handout's (plugin/src/export writes them as HTML), so both show one article
// the same way. O(n) in the text's length.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace gloss {

enum class BlockKind : std::uint8_t {
    Title,     // the first paragraph when it is one short line without a final period
    Byline,    // "Publication: …" / "By …" right after the title
    Caption,   // a short parenthesised paragraph near the top, e.g. "(Source: …)"
    Heading,   // a short single-line paragraph ending with ':' ("Executive Summary:")
    Paragraph, // running text; single newlines inside it wrap like spaces
    Bullet,    // one line starting with a bullet marker (•, ◦, ‣, ▪, -, *)
};

struct Block {
    BlockKind     kind = BlockKind::Paragraph;
    std::uint32_t begin = 0;          // first byte (the marker, for bullets)
    std::uint32_t content_begin = 0;  // first byte of the words (after "• " for bullets)
    std::uint32_t end = 0;            // one past the last non-blank byte
};

// Split `text` into blocks. Paragraphs are separated by blank lines; a line
// starting with a bullet marker is an item of its own.
std::vector<Block> split_blocks(std::string_view text);

} // namespace gloss
