// Gloss export — inline SVG bar chart. See bar_chart_svg.hpp.
#include "bar_chart_svg.hpp"

#include <algorithm>
#include <cstdio>

#include "html_text.hpp"

namespace gloss::html {

namespace {

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

} // namespace

void append_bar_chart(std::string& out, std::string_view id, std::string_view title, std::string_view description,
                      const std::vector<Bar>& bars) {
    // Geometry in SVG units (the viewBox scales with the column): labels on the
    // left, bars in the middle, the value after each bar.
    const double label_w = 170, bar_x = label_w + 10, bar_max = 220, width = bar_x + bar_max + 150, row = 30, bar_h = 18, top = 8;
    const double height = top * 2 + row * static_cast<double>(bars.size());
    double max_v = 0;
    for (const Bar& b : bars) max_v = std::max(max_v, b.value);
    const std::string tid = std::string(id) + "-title", did = std::string(id) + "-desc";
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + number(width) + " " + number(height) +
           "\" width=\"" + number(width) + "\" height=\"" + number(height) + "\" aria-labelledby=\"";
    append_text(out, tid);
    out += "\" aria-describedby=\"";
    append_text(out, did);
    out += "\">\n<title id=\"";
    append_text(out, tid);
    out += "\">";
    append_text(out, title);
    out += "</title>\n<desc id=\"";
    append_text(out, did);
    out += "\">";
    append_text(out, description);
    out += "</desc>\n";
    out += "<g font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"13\" fill=\"#1c1b19\">\n";
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& b = bars[i];
        const double y = top + row * static_cast<double>(i);
        const double len = max_v > 0 && b.value > 0 ? std::max(2.0, bar_max * b.value / max_v) : 0;
        out += "<text x=\"" + number(label_w) + "\" y=\"" + number(y + bar_h - 4) + "\" text-anchor=\"end\">";
        append_text(out, b.label.size() > 30 ? b.label.substr(0, 28) + "\xE2\x80\xA6" : b.label);
        out += "</text>";
        if (len > 0)
            out += "<rect x=\"" + number(bar_x) + "\" y=\"" + number(y) + "\" width=\"" + number(len) + "\" height=\"" +
                   number(bar_h) + "\" fill=\"#6a3d9a\" stroke=\"#1c1b19\" stroke-width=\"0.8\"/>";
        out += "<text x=\"" + number(bar_x + len + 6) + "\" y=\"" + number(y + bar_h - 4) + "\">";
        append_text(out, b.value_text);
        out += "</text>\n";
    }
    out += "</g>\n</svg>\n";
}

} // namespace gloss::html
