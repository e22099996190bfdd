// Gloss — calendar dates written in English running text (no ImGui).
//
// Recognises, at a token of a Document: "June 3", "June 3, 2024", "3 June 2024",
// "February 2022", "Jan. 5", "the first quarter of 2024", "Q1 2024",
// "2024-06-03"; and lists inside citations: "August 2, 9, 2023",
// "August 9, 2022, May 7". Dates without a year take the publication year and
// are marked year_inferred.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "gloss/document.hpp"

namespace gloss {

// A calendar date, possibly partial: year only, year-month, year-quarter or a full day.
struct CalendarDate {
    int  year = 0;        // 0 when the text gives none
    int  month = 0;       // 1..12, 0 when absent
    int  day = 0;         // 1..31, 0 when absent
    int  quarter = 0;     // 1..4 for "first quarter of 2024" / "Q1 2024"
    bool year_inferred = false;
};

// A date found in the token stream: tokens [first, end).
struct DateMatch {
    std::size_t  first = 0;
    std::size_t  end = 0;
    CalendarDate date;
};

// 1..12 for an English month name or abbreviation ("Sept", "Dec"), else 0.
int month_from_word(std::string_view word);

// Days in `month` of `year` (Gregorian).
int days_in_month(int year, int month);

// Try to read a date starting at token `i`. Returns false when none starts there.
bool match_date_at(const Document& doc, std::size_t i, DateMatch* out);

// Every date in tokens [first, end) of `doc`, reading lists such as
// "August 2, 9, 2023". Sets *saw_date_words when month names or numbers were
// present that did not form a valid date (e.g. "June 31", "Juen 5").
std::vector<DateMatch> dates_in_tokens(const Document& doc, std::size_t first, std::size_t end, bool* unparseable);

// Give a year-less date the publication year (marks it inferred).
CalendarDate with_year(CalendarDate d, int publication_year);

// ISO-8601 text: "2024-06-03", "2024-06", "2024", "2024-Q1"; "" when no year.
std::string iso_text(const CalendarDate& d);

// Parse "YYYY-MM-DD" (a valid day). Returns false otherwise.
bool parse_iso_day(std::string_view s, CalendarDate* out);

// Compare two dates at the precision both have (-1 before, 0 same/overlapping, 1 after).
int compare_dates(const CalendarDate& a, const CalendarDate& b);

} // namespace gloss
