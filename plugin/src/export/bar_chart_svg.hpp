// Gloss export — a small horizontal bar chart as inline SVG, with a title and
// a description for screen readers (no ImGui).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace gloss::html {

struct Bar {
    double      value = 0;   // bar length (non-negative values are drawn; others get no bar)
    std::string value_text;  // the value as the article writes it ("at least 4,200")
    std::string label;       // who gives it ("Harbour Board", "no named source")
};

// Append <svg role="img"> with <title> `title` and <desc> `description`, one
// bar a row, labels beside the bars. `id` makes the title/desc ids unique in
// the page. All text is escaped.
void append_bar_chart(std::string& out, std::string_view id, std::string_view title, std::string_view description,
                      const std::vector<Bar>& bars);

} // namespace gloss::html
