// Gloss export — text into HTML, inert: escaping for element content and
// attribute values (no ImGui).
//
// Everything a handout or worksheet shows from an article, its metadata or a
// note goes through these functions. They escape & < > " ' so nothing can
// open a tag, close one (</style>, </title>), start a CDATA section or leave
// an attribute; they write U+2028/U+2029 as character references; and they
// show controls that could reorder or hide text (bidirectional overrides,
// embeddings and isolates, C0/C1 controls, zero-width marks that steer
// direction) as a visible ‹U+202E›, so a hostile right-to-left override
// cannot turn the page's own words around.
#pragma once
#include <string>
#include <string_view>

namespace gloss::html {

// Append `text` (UTF-8; invalid bytes become U+FFFD) escaped for element
// content or a quoted attribute value. Newlines and tabs become spaces.
void append_text(std::string& out, std::string_view text);

// The same, returned.
std::string text(std::string_view text);

// Append `text` with runs of white space collapsed to one space and the ends trimmed.
void append_text_collapsed(std::string& out, std::string_view text);

// True when `url` is an absolute http:// or https:// address with no white
// space, quotes, angle brackets or controls in it: the only kind of outside
// link an export writes.
bool is_safe_http_url(std::string_view url);

// A BCP 47-looking tag ("en", "pt-BR") or "en" when `lang` is not one.
std::string language_tag(std::string_view lang);

} // namespace gloss::html
