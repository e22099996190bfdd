// Gloss reader — the opened document: its text, metadata and block structure.
//
// Index of this file:
// [SECTION] Blocks (title, byline, caption, heading, paragraph, bullet)
// [SECTION] Metadata
// [SECTION] Loading
//
// The text is kept byte for byte as read (only a leading UTF-8 byte-order mark
// is dropped), so every offset the reader hands to the plugin is an offset
// into exactly the text the plugin was given.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gloss/blocks.hpp"

namespace gloss_reader {

//-----------------------------------------------------------------------------
// [SECTION] Blocks
//-----------------------------------------------------------------------------

// The block structure is the core's (gloss/blocks.hpp), so the handout and
// worksheet show an article as the reader does.
using gloss::Block;
using gloss::BlockKind;
using gloss::split_blocks;

//-----------------------------------------------------------------------------
// [SECTION] Metadata
//-----------------------------------------------------------------------------

struct DocumentMeta {
    std::string title;       // display title (window title bar)
    std::string publication; // e.g. "Eurasia Daily Monitor, Volume 21, Issue 84"
    std::string date;        // ISO date, e.g. "2024-06-04"
    std::string language;    // BCP 47 tag from the page or book ("fr"), "" when it does not say
};

// A chapter of a book: its title and the byte where it starts in the text.
struct DocumentChapter {
    std::string   title;
    std::uint32_t begin = 0;
};

// Metadata as the JSON object given to the plugin (gloss_document.metadata_json):
// {"title", "publication", "publication_date" (YYYY-MM-DD or ""), "source_path"},
// and "chapters": [{"title", "begin"}] for a book (the plugin's side panel lists them).
std::string meta_to_json(const DocumentMeta& meta, const std::string& source_path,
                         const std::vector<DocumentChapter>& chapters = {});

// Path of the metadata file that may sit beside a text: "x.txt" -> "x.meta.json",
// a JSON object {"title", "publication", "date" (or "publication_date")}; all optional.
std::string meta_path_for(const std::string& text_path);

//-----------------------------------------------------------------------------
// [SECTION] Loading
//-----------------------------------------------------------------------------

struct LoadOptions {
    bool replace_invalid = false; // invalid UTF-8: show U+FFFD (with a warning) instead of refusing
};

// A link of the document (web pages): its text's byte range and its address.
struct DocumentLink {
    std::uint32_t begin = 0, end = 0;
    std::string   target;
};

struct Document {
    std::string        path;
    std::string        text;           // exact UTF-8 text (BOM dropped)
    DocumentMeta       meta;           // from the metadata file, else derived from the text
    std::string        meta_json;      // meta_to_json(meta, path)
    std::vector<Block> blocks;
    std::vector<DocumentLink> links;   // web pages: every link, in text order
    std::vector<DocumentChapter> chapters; // books: one per chapter, in text order
    std::string        format = "text"; // "text", "html" or "epub"
    std::size_t        replaced = 0;   // invalid sequences replaced (replace_invalid only)
    std::vector<std::string> warnings; // one line each (bad metadata file, replaced bytes)
};

// Build a Document from bytes already in memory (tests, benchmarks).
// False with a one-line *error for empty or (without replace_invalid) invalid UTF-8 text.
bool document_from_text(std::string bytes, const std::string& path, const LoadOptions& options,
                        Document* out, std::string* error);

// Build a Document from a saved web page's bytes (or an EPUB book's, when
// `path` ends in .epub): its main text with the page's structure (title,
// headings, list items and quotes indented, captions), its links, and its
// metadata (title, site name, publication date).
bool document_from_web_page(const std::string& bytes, const std::string& path, Document* out, std::string* error);

// Read `path` and its optional metadata file; .html/.htm/.xhtml are read as
// web pages, .epub as books. False with a one-line *error
// (missing, directory, unreadable, empty, invalid UTF-8 at byte N); never throws.
bool load_document(const std::string& path, const LoadOptions& options, Document* out, std::string* error);

} // namespace gloss_reader
