// Gloss — inferring the publication date from the text. See publication_date.hpp.
#include "publication_date.hpp"

#include <algorithm>
#include <utility>
#include <vector>

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
    std::vector<int> present_years;  // bare years not aimed at the future ("by 2009", "until 2030")
    for (const DateMatch& m : dates_in_tokens(doc, 0, t.size(), nullptr)) {
        if (m.date.year && (m.date.month || m.date.quarter) && m.date.year > year) year = m.date.year;
        dates.push_back(m.date);
        if (m.date.year && !m.date.month && !m.date.quarter) {
            char b[32];
            const std::string_view before =
                m.first > 0 && t[m.first - 1].type == TokenType::Word ? lexicon::lower(doc.token_text(m.first - 1), b) : std::string_view();
            if (before != "by" && before != "until" && before != "till" && before != "to" && before != "through" &&
                before != "before" && before != "next")
                present_years.push_back(m.date.year);
        }
    }
    // A year the text names as its present bounds the date from below: figures "for 1987" under a dateline
    // of "March 2" were not published in an October 1985 that the text also mentions. The present is the
    // latest bare year written at least twice (a year named once is as often history or a forecast).
    {
        std::vector<std::pair<int, int>> counts;  // year, times written alone
        for (const int y : present_years) {
            auto it = std::find_if(counts.begin(), counts.end(), [&](const std::pair<int, int>& c) { return c.first == y; });
            if (it == counts.end()) counts.emplace_back(y, 1);
            else ++it->second;
        }
        int present = 0;
        for (const auto& [y, n] : counts)
            if (n >= 2 && y > present) present = y;
        if (year != 0 && present > year) year = present;  // it raises a date read from the text, never makes one
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
