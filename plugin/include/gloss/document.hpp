// Gloss — a document as the analysis sees it: the exact UTF-8 bytes the host
// gave, cut into paragraphs, sentences and tokens, with offset maps (no ImGui).
//
// Index of this file:
// [SECTION] Tokens
// [SECTION] Document
// [SECTION] Links
//
// All ranges are UTF-8 byte offsets into the text. The Document does not own
// the text: the caller keeps it alive while the Document is used.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gloss/annotation.hpp"

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] Tokens
//-----------------------------------------------------------------------------

enum class TokenType : std::uint8_t {
    Word,    // letters (any script), with inner apostrophes, hyphens and digits: "Belarus’s", "China-EU", "COVID-19"
    Number,  // digits with thousands separators (, NBSP, thin space) and one decimal point: "1,559", "4.2", "300 000"
    Punct,   // one punctuation or symbol code point: "(", "%", "€", "–", "😀"
};

enum TokenFlags : std::uint8_t {
    TokenCapitalized   = 1 << 0,  // first letter is upper case
    TokenAllCaps       = 1 << 1,  // two or more letters, all upper case ("TEU", "OHCHR")
    TokenSpaceBefore   = 1 << 2,  // whitespace (or the start of the text) right before
    TokenNewlineBefore = 1 << 3,  // a line break in the whitespace right before
    TokenHasSeparator  = 1 << 4,  // a number written with thousands separators
    TokenHasDecimal    = 1 << 5,  // a number with a decimal point
};

struct Token {
    std::uint32_t begin = 0;   // first byte
    std::uint32_t end = 0;     // one past the last byte
    TokenType     type = TokenType::Punct;
    std::uint8_t  flags = 0;   // TokenFlags
    std::uint16_t sentence_hint = 0; // unused by the scanner; free for analysers
};

//-----------------------------------------------------------------------------
// [SECTION] Document
//-----------------------------------------------------------------------------

class Document {
public:
    // Segment `text` (must be valid UTF-8; see utf8_validate). O(n).
    explicit Document(std::string_view text);
    // The same, building the tokens in `storage`'s memory (its contents are
    // dropped): a caller that segments one text after another hands back the
    // previous document's storage (release_tokens) instead of fresh memory.
    Document(std::string_view text, std::vector<Token>&& storage);

    // Gives up the token storage, emptied, capacity kept; the document is left
    // without tokens: only its text(), paragraphs() and sentences() may be used
    // afterwards.
    std::vector<Token> release_tokens() && { tokens_.clear(); return std::move(tokens_); }

    std::string_view text() const { return text_; }
    std::string_view slice(ByteRange r) const { return text_.substr(r.begin, r.end - r.begin); }
    // A token's bytes (tokens lie inside the text: no range check).
    std::string_view token_text(std::size_t i) const {
        return std::string_view(text_.data() + tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
    }

    const std::vector<Token>&     tokens() const { return tokens_; }
    const std::vector<ByteRange>& paragraphs() const { return paragraphs_; }
    const std::vector<ByteRange>& sentences() const { return sentences_; }

    int paragraph_of(std::uint32_t byte) const;   // index of the paragraph holding `byte` (nearest before it)
    int sentence_of(std::uint32_t byte) const;    // index of the sentence holding `byte` (nearest before it)
    std::size_t first_token_at_or_after(std::uint32_t byte) const;  // index into tokens()

    // Offset maps: byte → Unicode code point / UTF-16 code unit. O(1) after an
    // O(n) build (a checkpoint every 64 bytes).
    std::size_t codepoint_offset(std::uint32_t byte) const;
    std::size_t utf16_offset(std::uint32_t byte) const;
    // Code point offset → byte (binary search over the checkpoints).
    std::uint32_t byte_offset_of_codepoint(std::size_t codepoint) const;

private:
    void tokenize(std::vector<std::uint32_t>* stops);              // also lists the tokens . ! ? … (sentence stops)
    void split_paragraphs();
    void split_sentences(const std::vector<std::uint32_t>& stops);
    void build_offset_maps();

    std::string_view           text_;
    std::vector<Token>         tokens_;
    std::vector<ByteRange>     paragraphs_;
    std::vector<ByteRange>     sentences_;
    std::vector<std::uint32_t> cp_checkpoints_;    // code points before byte 64*k
    std::vector<std::uint32_t> u16_checkpoints_;   // UTF-16 units before byte 64*k
};

//-----------------------------------------------------------------------------
// [SECTION] Links
//-----------------------------------------------------------------------------

// A link of a document read from a web page or e-book: the bytes of its text
// and its address.
struct DocumentLink {
    ByteRange   range;
    std::string target;  // as the page gave it, resolved when it could be
};

// The site of an absolute http(s) address: its host, lower case, without
// "www." ("https://www.Example.org/a?b" -> "example.org"); "" for anything else.
std::string link_site(std::string_view address);

// The paragraphs of `text` (valid UTF-8), as Document::paragraphs() gives
// them, without tokenizing: for a caller that needs only those. O(n).
std::vector<ByteRange> paragraphs_of(std::string_view text);

// True for the code points Gloss treats as spaces inside text (ASCII space/tab,
// NBSP, the Unicode space separators U+2000–U+200A, U+202F, U+205F, U+3000).
bool is_space_codepoint(char32_t cp);

// Upper-case test for Latin, Greek and Cyrillic letters.
bool is_upper_codepoint(char32_t cp);

} // namespace gloss
