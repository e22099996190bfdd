// gloss-annotate: reading the document a command works on — a text, standard
// input, a saved web page or an EPUB book — as the text the reader shows.
#pragma once
#include <string>
#include <vector>

#include "gloss/analyze.hpp"

namespace gloss_cli {

struct InputDocument {
    std::string text;                       // UTF-8: the file's, or a page's or book's main text
    std::string published;                  // YYYY-MM-DD a page or book states, else ""
    std::string title, site_name, language, url;  // a page's or book's metadata, else ""
    std::vector<gloss::DocumentLink> links; // a page's or book's links, in text order
};

// Read `path` ("-": standard input, plain text). .html/.htm/.xhtml are read as
// web pages and .epub as books (their main text, metadata and links; with
// `title_block` the title opens the text, as in the reader). False with a
// one-line *error that names the file: missing, a directory, unreadable (with
// the system's reason), empty, too large, invalid UTF-8 at byte N, or a page or
// book that cannot be read. Never throws.
bool read_input_document(const std::string& path, bool title_block, InputDocument* out, std::string* error);

} // namespace gloss_cli
