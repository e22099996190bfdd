// Gloss — documents read from published formats (web pages; plain text): the
// reading text with its block structure, styles, links and metadata (no ImGui).
//
// Index of this file:
// [SECTION] Structure (blocks, styled spans, links)
// [SECTION] Metadata
// [SECTION] Reading
//
// The text is UTF-8, one block per paragraph, blocks separated by one blank
// line ("\n\n"); a line break inside a block (<br>, or a line of <pre>) is a
// single "\n". Every range is a byte range into that text, so the text can be
// handed to the analysis and the ranges to whoever draws it.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gloss/annotation.hpp"
#include "gloss/document.hpp"

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] Structure
//-----------------------------------------------------------------------------

enum class TextBlockKind : std::uint8_t {
    Title,       // the page's title, when it is shown above the text
    Heading,     // h1–h6 (level 1–6)
    Paragraph,   // running text (p, and text directly in a container)
    ListItem,    // li, dt, dd (level = nesting depth, 1 for a top-level list)
    Quote,       // text inside a blockquote
    Caption,     // figcaption, table caption
    TableRow,    // one row of a table, its cells separated by " | "
    Preformatted // pre: line breaks kept
};

struct TextBlock {
    TextBlockKind kind = TextBlockKind::Paragraph;
    std::uint8_t  level = 0;   // heading level or list depth; 0 otherwise
    ByteRange     range;       // the block's text, without the blank lines around it
};

enum TextStyle : std::uint8_t {
    TextItalic = 1 << 0,  // em, i, cite
    TextBold   = 1 << 1,  // strong, b
    TextCode   = 1 << 2,  // code, kbd, samp
};

struct StyledSpan {
    ByteRange    range;
    std::uint8_t style = 0;  // TextStyle bits
};

// A link: its text's byte range and its address, absolute when the page or
// its <base> gave one to resolve against (gloss/document.hpp).
using TextLink = DocumentLink;

//-----------------------------------------------------------------------------
// [SECTION] Metadata
//-----------------------------------------------------------------------------

struct PageMetadata {
    std::string title;            // schema.org headline, Open Graph title, else the <title> without the site's name
    std::string byline;           // author(s)
    std::string published;        // YYYY-MM-DD when the page states a publication date, else ""
    std::string site_name;        // Open Graph site name or schema.org publisher
    std::string language;         // <html lang>
    std::string url;              // canonical address (link rel=canonical, og:url)
    std::string excerpt;          // description
};

//-----------------------------------------------------------------------------
// [SECTION] Reading
//-----------------------------------------------------------------------------

// A chapter of a book: its title and where it starts in the text.
struct Chapter {
    std::string   title;
    std::uint32_t begin = 0;
};

struct ReadDocument {
    std::string             text;
    std::vector<TextBlock>  blocks;   // in text order, not overlapping
    std::vector<StyledSpan> styles;   // in text order
    std::vector<TextLink>   links;    // in text order
    std::vector<Chapter>    chapters; // books: one per spine document with text, in order
    PageMetadata            metadata;
    std::string             format;   // "html", "epub"
};

struct HtmlReadOptions {
    bool main_content = true;   // keep only the article's main text (false: all visible text)
    bool title_block = true;    // put the title first, as a Title block, unless the text already starts with it
    std::string base_url;       // resolves relative links when the page has no <base href>
};

// Decode a web page's bytes to UTF-8: UTF-8 (with or without byte-order mark)
// as is; otherwise the character set the page declares (<meta charset>,
// http-equiv Content-Type), converted with iconv. False with a one-line
// *error naming the byte offset when the bytes cannot be decoded.
bool decode_html_bytes(std::string_view bytes, std::string* utf8, std::string* error);

// Read a web page (HTML5, parsed by gumbo): decode, find the main content,
// lay it out as text with blocks, styles, links and metadata.
// False with a one-line *error (undecodable bytes, no text). Never throws.
bool read_html(std::string_view bytes, const HtmlReadOptions& options, ReadDocument* out, std::string* error);

// True for the file names read as web pages: .html, .htm, .xhtml (any case).
bool is_html_path(std::string_view path);

// Read an EPUB 2 or 3 book (the file's bytes): the documents of its spine in
// order as one text, each chapter opening with a heading (its own, else its
// table-of-contents title); metadata from the package document (title,
// creator, date, publisher, language). A book whose content is encrypted
// (DRM; font obfuscation alone is fine) is refused. False with a one-line
// *error (not a zip, no container, no package, DRM, no text). Never throws.
bool read_epub(std::string_view bytes, ReadDocument* out, std::string* error);

// True for .epub file names (any case).
bool is_epub_path(std::string_view path);

} // namespace gloss
