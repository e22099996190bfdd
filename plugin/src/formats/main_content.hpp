// Gloss formats — finding a web page's main content (the article's text
// without menus, share buttons, related links, comments and footers).
#pragma once
#include "html_tree.hpp"

#include <memory>
#include <string>

namespace gloss::formats {

struct MainContent {
    std::unique_ptr<HtmlTree> tree;
    int         root = -1;   // the element holding the kept content
    std::string byline;      // a byline found (and taken out) in the page's text
};

// Scores the page's blocks by text, commas, link density, class/id hints and
// tag, takes the best container and its worthy siblings, then cleans it of
// link lists, forms and widgets. `title` (the page's title) lets a heading
// that repeats it be dropped. Retries with gentler rules when the result is
// short; never fails (falls back to the whole body).
MainContent extract_main_content(const GumboOutput* page, const std::string& title, bool have_byline);

// The whole visible body (no selection), prepared the same way.
MainContent whole_body(const GumboOutput* page);

} // namespace gloss::formats
