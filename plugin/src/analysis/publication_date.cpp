// Gloss — inferring the publication date from the text. See publication_date.hpp.
#include "publication_date.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "lexicon.hpp"

namespace gloss {

namespace {

// Words after which a date is a point the text reckons from (the past) or towards (the future):
// "since March 2001", "by 2031", "the end of June 2031", "expiring on May 2, 2031".
bool points_away(std::string_view w) {
    static constexpr std::string_view words[] = {"since", "by", "until", "till", "to", "through", "before", "next",
                                                 "end", "ending", "ends", "expiring", "expires", "due",
                                                 "maturing", "matures"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// True when the date starting at token `i` follows such a word, directly or
// through one "of", "on" or "in" ("the end of March 2031").
bool points_away_from_present(const Document& doc, std::size_t i) {
    const auto& t = doc.tokens();
    char b[32];
    for (int step = 0; step < 2 && i > 0 && t[i - 1].type == TokenType::Word; ++step, --i) {
        const std::string_view w = lexicon::lower(doc.token_text(i - 1), b);
        if (points_away(w)) return true;
        if (w != "of" && w != "on" && w != "in") return false;
    }
    return false;
}

// A newswire dateline opening one of the first paragraphs: a place in capitalised words (up to four, a
// news agency's name in parentheses after it), a comma, a date, then a dash or "(" ("HARLOW, March 4 -",
// "Tarrow, 5 January 2025 (Harlow Wire) –"). The date, or one with month 0 when there is none.
CalendarDate dateline_date(const Document& doc) {
    const auto& t = doc.tokens();
    for (std::size_t p = 0; p < doc.paragraphs().size() && p < 6; ++p) {
        const ByteRange para = doc.paragraphs()[p];
        std::size_t k = doc.first_token_at_or_after(para.begin);
        const std::size_t first = k;
        while (k < t.size() && t[k].begin < para.end && k - first < 4 && t[k].type == TokenType::Word &&
               (t[k].flags & TokenCapitalized))
            ++k;
        if (k == first || k >= t.size() || doc.token_text(k) != ",") continue;
        DateMatch m;
        if (!match_date_at(doc, k + 1, &m) || !m.date.month || !m.date.day || m.end >= t.size()) continue;
        const std::string_view after = doc.token_text(m.end);
        if (after == "-" || after == "\xE2\x80\x93" || after == "\xE2\x80\x94" || after == "(") return m.date;
    }
    return CalendarDate{};
}

} // namespace

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
    // 2. A dateline: a full date that is a paragraph of its own near the top ("Sept. 14, 2019", "4 June
    // 2024."), as pages print it under the headline.
    for (std::size_t p = 0; p < doc.paragraphs().size() && p < 6; ++p) {
        const ByteRange para = doc.paragraphs()[p];
        const std::size_t k = doc.first_token_at_or_after(para.begin);
        DateMatch m;
        if (k >= t.size() || t[k].begin >= para.end || !match_date_at(doc, k, &m) || !m.date.year || !m.date.month || !m.date.day)
            continue;
        std::size_t after = m.end;  // one past the date's last token
        while (after < t.size() && t[after].begin < para.end && t[after].type == TokenType::Punct) ++after;
        if (after >= t.size() || t[after].begin >= para.end) return m.date;
    }
    // 3. A newswire dateline ("HARLOW, March 4 -"), its year from the text when it gives none (below).
    const CalendarDate dateline = dateline_date(doc);
    if (dateline.year && dateline.month) return dateline;
    // 4. The latest date mentioned.
    // Read as date lists, so that "August 2, 9, 2023" is two days of 2023.
    int year = 0;
    std::vector<CalendarDate> dates;
    std::vector<int> present_years;  // bare years, as the present
    for (const DateMatch& m : dates_in_tokens(doc, 0, t.size(), nullptr)) {
        // A date the text measures from or towards is not its present: "the lowest since March 2001",
        // "the year to the end of March 2031", "expiring on June 2, 2031". It neither sets the year nor
        // is a candidate day; an article that names only such dates keeps an unknown date.
        if (points_away_from_present(doc, m.first)) continue;
        if (m.date.year && (m.date.month || m.date.quarter) && m.date.year > year) year = m.date.year;
        dates.push_back(m.date);
        if (m.date.year && !m.date.month && !m.date.quarter) present_years.push_back(m.date.year);
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
        // It raises a date read from the text, never makes one: a year named twice is as often
        // last year's results as the present.
        if (year != 0 && present > year) year = present;
    }
    CalendarDate best;
    if (year == 0) return best;
    for (CalendarDate d : dates) {
        if (d.year == 0) d = with_year(d, year);
        if (d.year != year || !d.month) continue;
        if (best.year == 0 || compare_dates(d, best) > 0 || (d.day > best.day && d.month == best.month)) best = d;
    }
    if (best.year == 0) { best.year = year; }
    // A dateline of no year ("OSLO, May 4 -") in the text's year, unless the text names a later date of that year
    // (then the dateline's year is a later one the text does not give).
    if (dateline.month) {
        const CalendarDate placed = with_year(dateline, year);
        if (compare_dates(placed, best) >= 0) best = placed;
    }
    best.year_inferred = false;
    return best;
}

} // namespace gloss
