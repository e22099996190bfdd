// Gloss export — the article's words as an export quotes them. See article_words.hpp.
#include "article_words.hpp"

#include "gloss/document.hpp"
#include "gloss/utf8.hpp"

namespace gloss::html {

std::string excerpt(std::string_view s, std::size_t max_cp) {
    std::string out;
    out.reserve(std::min<std::size_t>(s.size(), max_cp * 4));
    std::size_t pos = 0, n = 0, last_space = std::string::npos;
    bool space = false, cut = false;
    while (pos < s.size()) {
        const char32_t c = utf8_next(s, &pos);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0xA0) {
            space = !out.empty();
            continue;
        }
        if (n >= max_cp) { cut = true; break; }
        if (space) { last_space = out.size(); out += ' '; ++n; space = false; }
        utf8_append(out, c);
        ++n;
    }
    if (cut) {
        if (last_space != std::string::npos && last_space > out.size() / 2) out.resize(last_space);
        while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ' ')) out.pop_back();
        out += "\xE2\x80\xA6";
    }
    return out;
}

std::string date_in_words(std::string_view iso) {
    static const char* const months[] = {"January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December"};
    auto digits = [&](std::size_t at, std::size_t n) {
        if (at + n > iso.size()) return -1;
        int v = 0;
        for (std::size_t k = at; k < at + n; ++k) {
            if (iso[k] < '0' || iso[k] > '9') return -1;
            v = v * 10 + (iso[k] - '0');
        }
        return v;
    };
    const int y = digits(0, 4);
    if (y < 0) return std::string(iso);
    if (iso.size() == 4) return std::string(iso);
    if (iso.size() >= 7 && iso[4] == '-') {
        const int m = digits(5, 2);
        if (m < 1 || m > 12) return std::string(iso);
        const std::string month_year = std::string(months[m - 1]) + " " + std::to_string(y);
        if (iso.size() == 7) return month_year;
        const int d = iso.size() == 10 && iso[7] == '-' ? digits(8, 2) : -1;
        if (d >= 1 && d <= 31) return std::to_string(d) + " " + month_year;
    }
    return std::string(iso);
}

std::string figure_value_words(const Annotation& a, std::string_view text) {
    const FigureBody& f = a.figure();
    std::string out;
    if (!f.qualifier.empty()) { out += f.qualifier; out += ' '; }
    std::string_view quote = a.range.end <= text.size() && a.range.begin < a.range.end
                                 ? text.substr(a.range.begin, a.range.end - a.range.begin) : std::string_view();
    // The number as written: the figure's own words up to its first space after a digit run.
    std::string number = f.value_text;
    if (number.empty()) number = excerpt(quote, 40);
    out += number;
    if (!f.unit.empty() && f.unit != "percent" && f.kind != "count") { out += ' '; out += f.unit; }
    if (f.unit == "percent") out += '%';
    return out;
}

std::string figure_source_words(const Annotation& a) {
    return a.figure().source.empty() ? std::string("no named source") : a.figure().source.str();
}

std::string citation_part_words(const CitationPart& p) {
    std::string out = p.source ? p.source->str() : std::string("(no source)");
    if (p.date) { out += " \xC2\xB7 "; out += *p.date; }
    return out;
}

std::string sentence_words(const Document& doc, std::uint32_t at, std::size_t max_cp) {
    if (doc.sentences().empty()) return std::string();
    const ByteRange s = doc.sentences()[static_cast<std::size_t>(doc.sentence_of(at))];
    return excerpt(doc.slice(s), max_cp);
}

} // namespace gloss::html
