// Gloss export — the page: the HTML head with its inline style sheet, shared
// by the handout and the worksheet (no ImGui).
#pragma once
#include <string>
#include <string_view>

namespace gloss::html {

// Append "<!DOCTYPE html>…<body>": UTF-8, the language, the page's title and
// the style sheet (screen and print, A4 and Letter). `title` is escaped.
void append_page_start(std::string& out, std::string_view lang, std::string_view title);

// Append "</body></html>".
void append_page_end(std::string& out);

} // namespace gloss::html
