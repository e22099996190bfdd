// Gloss — inferring the publication date from the text. See publication_date.hpp.
#include "publication_date.hpp"

#include "lexicon.hpp"

namespace gloss {

CalendarDate infer_publication_date(const Document& doc) {
    const auto& t = doc.tokens();
    // 1. A labelled date near the top: "Published: June 4, 2024", "Updated 3 May 2023".
    const std::uint32_t top = doc.paragraphs().size() > 5 ? doc.paragraphs()[5].begin : static_cast<std::uint32_t>(doc.text().size());
    for (std::size_t i = 0; i < t.size() && t[i].begin < top; ++i) {
        if (t[i].type != TokenType::Word) continue;
        char b[32];
        const std::string_view lw = lexicon::lower(doc.token_text(i), b);
        if (lw != "published" && lw != "posted" && lw != "updated" && lw != "dated" && lw != "date") continue;
        for (std::size_t k = i + 1; k < t.size() && k <= i + 4; ++k) {
            DateMatch m;
            if (match_date_at(doc, k, &m) && m.date.year && m.date.month && m.date.day) return m.date;
        }
    }
    // 2. The latest date mentioned.
    // Read as date lists, so that "August 2, 9, 2023" is two days of 2023.
    int year = 0;
    std::vector<CalendarDate> dates;
    for (const DateMatch& m : dates_in_tokens(doc, 0, t.size(), nullptr)) {
        if (m.date.year && (m.date.month || m.date.quarter) && m.date.year > year) year = m.date.year;
        dates.push_back(m.date);
    }
    CalendarDate best;
    if (year == 0) return best;
    for (CalendarDate d : dates) {
        if (d.year == 0) d = with_year(d, year);
        if (d.year != year || !d.month) continue;
        if (best.year == 0 || compare_dates(d, best) > 0 || (d.day > best.day && d.month == best.month)) best = d;
    }
    if (best.year == 0) { best.year = year; }
    best.year_inferred = false;
    return best;
}

} // namespace gloss
