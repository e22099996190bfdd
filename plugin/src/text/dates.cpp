// Gloss — calendar dates in English running text. See gloss/dates.hpp.
//
// Index of this file:
// [SECTION] Words and numbers
// [SECTION] One date at a token
// [SECTION] Date lists (citations)
// [SECTION] ISO text and comparison
#include "gloss/dates.hpp"

#include <cstdint>
#include <cstdio>

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] Words and numbers
//-----------------------------------------------------------------------------

namespace {

// `w` lower-cased (ASCII) equals the lower-case `lw`.
bool equals_lower(std::string_view w, std::string_view lw) {
    if (w.size() != lw.size()) return false;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char c = w[i];
        if (((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c) != lw[i]) return false;
    }
    return true;
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
        if (x != y) return false;
    }
    return true;
}

// Value of a plain integer token (no separators, no decimal), or -1.
int small_int(const Document& doc, std::size_t i) {
    const auto& toks = doc.tokens();
    if (i >= toks.size() || toks[i].type != TokenType::Number) return -1;
    if (toks[i].flags & (TokenHasSeparator | TokenHasDecimal)) return -1;
    const std::string_view t = doc.token_text(i);
    if (t.size() > 4) return -1;
    int v = 0;
    for (char c : t) v = v * 10 + (c - '0');
    return v;
}

bool is_punct(const Document& doc, std::size_t i, std::string_view p) {
    return i < doc.tokens().size() && doc.tokens()[i].type == TokenType::Punct && doc.token_text(i) == p;
}

bool is_word(const Document& doc, std::size_t i, std::string_view w) {
    return i < doc.tokens().size() && doc.tokens()[i].type == TokenType::Word && iequals(doc.token_text(i), w);
}

int year_at(const Document& doc, std::size_t i) {
    const int v = small_int(doc, i);
    if (v < 1000 || v > 2999 || doc.token_text(i).size() != 4) return 0;
    return v;
}

int day_at(const Document& doc, std::size_t i) {
    const int v = small_int(doc, i);
    if (v < 1 || v > 31 || doc.token_text(i).size() > 2) return 0;
    return v;
}

// Skip an ordinal suffix glued to a day ("3rd", "21st").
std::size_t skip_ordinal(const Document& doc, std::size_t j) {
    if (j < doc.tokens().size() && doc.tokens()[j].type == TokenType::Word && !(doc.tokens()[j].flags & TokenSpaceBefore)) {
        const std::string_view w = doc.token_text(j);
        if (iequals(w, "st") || iequals(w, "nd") || iequals(w, "rd") || iequals(w, "th")) return j + 1;
    }
    return j;
}

int quarter_word(std::string_view w) {
    if (iequals(w, "first") || iequals(w, "1st")) return 1;
    if (iequals(w, "second") || iequals(w, "2nd")) return 2;
    if (iequals(w, "third") || iequals(w, "3rd")) return 3;
    if (iequals(w, "fourth") || iequals(w, "4th") || iequals(w, "final") || iequals(w, "last")) return 4;
    return 0;
}

bool valid_day(int year, int month, int day) { return day >= 1 && day <= days_in_month(year ? year : 2000, month); }

} // namespace

// "Jan", "Sept": a month name cut short, whose "." is its own ("Sept. 14");
// "May", "June" and "July" are whole names, and a "." after them ends the sentence.
namespace {
bool is_abbreviated_month(std::string_view w) {
    return w.size() <= 4 && !iequals(w, "may") && !iequals(w, "june") && !iequals(w, "july");
}
} // namespace

int month_from_word(std::string_view w) {
    static constexpr std::string_view names[12] = {"january", "february", "march",     "april",   "may",      "june",
                                                   "july",    "august",   "september", "october", "november", "december"};
    // Most words are refused by their initial and length: bit n of kLengths[c] is
    // set when a month name, its three-letter form or "sept" has n letters and
    // starts with c (lower case).
    struct Lengths {
        std::uint16_t of[26] = {};
        constexpr Lengths() {
            for (const std::string_view name : names) {
                of[name[0] - 'a'] |= static_cast<std::uint16_t>((1u << name.size()) | (1u << 3));
            }
            of['s' - 'a'] |= 1u << 4;  // sept
        }
    };
    static constexpr Lengths kLengths;
    if (w.size() < 3 || w.size() > 9) return 0;
    const unsigned initial = static_cast<unsigned>((w[0] | 0x20) - 'a');
    if (initial >= 26 || !((kLengths.of[initial] >> w.size()) & 1u)) return 0;
    // Only the months whose name starts with w's letter are compared.
    int first = 0, last = -1;
    switch (w[0] | 0x20) {
    case 'j': first = 0; last = 6; break;   // january, june, july
    case 'f': first = 1; last = 1; break;
    case 'm': first = 2; last = 4; break;   // march, may
    case 'a': first = 3; last = 7; break;   // april, august
    case 's': first = 8; last = 8; break;
    case 'o': first = 9; last = 9; break;
    case 'n': first = 10; last = 10; break;
    case 'd': first = 11; last = 11; break;
    default: return 0;
    }
    for (int m = first; m <= last; ++m) {
        if (names[m][0] != (w[0] | 0x20)) continue;
        const std::string_view full = names[m];
        if (equals_lower(w, full)) return m + 1;
        if (w.size() == 3 && equals_lower(w, full.substr(0, 3))) return m + 1;
    }
    if (equals_lower(w, "sept")) return 9;
    return 0;
}

int days_in_month(int year, int month) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
    return days[month - 1];
}

//-----------------------------------------------------------------------------
// [SECTION] One date at a token
//-----------------------------------------------------------------------------

namespace {

// Whether a blank line separates token `k` from the one before it: no date runs across paragraphs
// ("4.2.3" over "April 2014" in a table of releases is no "3 April 2014").
bool paragraph_break_before(const Document& doc, std::size_t k) {
    const auto& toks = doc.tokens();
    if (k == 0 || k >= toks.size() || !(toks[k].flags & TokenNewlineBefore)) return false;
    const std::string_view gap = doc.text().substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end);
    const std::size_t first = gap.find('\n');
    return first != std::string_view::npos && gap.find('\n', first + 1) != std::string_view::npos;
}

} // namespace

bool match_date_at(const Document& doc, std::size_t i, DateMatch* out) {
    const auto& toks = doc.tokens();
    if (i >= toks.size()) return false;
    const Token& t = toks[i];
    DateMatch m;
    m.first = i;
    if (t.type == TokenType::Word) {
        const std::string_view w = doc.token_text(i);
        if (const int month = (t.flags & TokenCapitalized) ? month_from_word(w) : 0) {
            std::size_t j = i + 1;
            if (is_abbreviated_month(w) && is_punct(doc, j, ".")) ++j;
            if (const int day = paragraph_break_before(doc, j) ? 0 : day_at(doc, j)) {
                std::size_t k = skip_ordinal(doc, j + 1);
                m.date.month = month;
                m.date.day = day;
                m.end = k;
                if (is_punct(doc, k, ",")) {
                    if (const int y = year_at(doc, k + 1)) { m.date.year = y; m.end = k + 2; }
                } else if (const int y = year_at(doc, k)) {
                    m.date.year = y; m.end = k + 1;
                }
                if (!valid_day(m.date.year, month, day)) return false;
                *out = m;
                return true;
            }
            if (const int y = paragraph_break_before(doc, j) ? 0 : year_at(doc, j)) {
                m.date.month = month; m.date.year = y; m.end = j + 1;
                *out = m;
                return true;
            }
            return false;
        }
        // "first quarter of 2024", "Q1 2024".
        if (const int q = quarter_word(w)) {
            if (is_word(doc, i + 1, "quarter")) {
                std::size_t j = i + 2;
                if (is_word(doc, j, "of")) ++j;
                if (const int y = year_at(doc, j)) {
                    m.date.quarter = q; m.date.year = y; m.end = j + 1;
                    *out = m;
                    return true;
                }
            }
            return false;
        }
        if (w.size() == 2 && (w[0] == 'Q' || w[0] == 'q') && w[1] >= '1' && w[1] <= '4') {
            if (const int y = year_at(doc, i + 1)) {
                m.date.quarter = w[1] - '0'; m.date.year = y; m.end = i + 2;
                *out = m;
                return true;
            }
        }
        return false;
    }
    if (t.type == TokenType::Number) {
        // ISO: 2024-06-03
        if (const int y = year_at(doc, i)) {
            if (is_punct(doc, i + 1, "-") && !(toks[i + 1].flags & TokenSpaceBefore) && i + 4 < toks.size() &&
                !(toks[i + 2].flags & TokenSpaceBefore) && is_punct(doc, i + 3, "-") &&
                !(toks[i + 4].flags & TokenSpaceBefore) && doc.token_text(i + 2).size() == 2 &&
                doc.token_text(i + 4).size() == 2) {
                const int mo = small_int(doc, i + 2), d = small_int(doc, i + 4);
                if (mo >= 1 && mo <= 12 && valid_day(y, mo, d)) {
                    m.date = {y, mo, d, 0, false};
                    m.end = i + 5;
                    *out = m;
                    return true;
                }
            }
            return false;
        }
        // 3 June 2024
        if (const int day = day_at(doc, i)) {
            std::size_t j = skip_ordinal(doc, i + 1);
            if (is_word(doc, j, "of")) ++j;
            if (j < toks.size() && toks[j].type == TokenType::Word && (toks[j].flags & TokenCapitalized) &&
                !paragraph_break_before(doc, j)) {
                if (const int month = month_from_word(doc.token_text(j))) {
                    m.date.month = month; m.date.day = day; m.end = j + 1;
                    if (is_punct(doc, m.end, ".") && is_abbreviated_month(doc.token_text(j))) ++m.end;
                    if (const int y = year_at(doc, m.end)) { m.date.year = y; ++m.end; }
                    if (!valid_day(m.date.year, month, day)) return false;
                    *out = m;
                    return true;
                }
            }
        }
    }
    return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Date lists (citations)
//-----------------------------------------------------------------------------

std::vector<DateMatch> dates_in_tokens(const Document& doc, std::size_t first, std::size_t end, bool* unparseable) {
    std::vector<DateMatch> out;
    std::vector<int> days;  // the days of one month name, reused
    bool bad = false;
    const auto& toks = doc.tokens();
    std::size_t k = first;
    while (k < end) {
        const Token& t = toks[k];
        if (t.type == TokenType::Word && (t.flags & TokenCapitalized)) {
            if (const int month = month_from_word(doc.token_text(k))) {
                std::size_t j = k + 1;
                if (j < end && is_punct(doc, j, ".")) ++j;
                days.clear();
                while (j < end) {
                    const int d = day_at(doc, j);
                    if (!d) break;
                    days.push_back(d);
                    j = skip_ordinal(doc, j + 1);
                    if (j + 1 < end && (is_punct(doc, j, ",") || is_word(doc, j, "and") || is_punct(doc, j, "&")) &&
                        day_at(doc, j + 1) && !year_at(doc, j + 1)) {
                        ++j;
                        continue;
                    }
                    break;
                }
                int year = 0;
                if (j < end && year_at(doc, j)) { year = year_at(doc, j); ++j; }
                else if (j + 1 < end && is_punct(doc, j, ",") && year_at(doc, j + 1)) { year = year_at(doc, j + 1); j += 2; }
                if (days.empty() && !year) { bad = true; k = j; continue; }
                if (days.empty()) {
                    DateMatch m; m.first = k; m.end = j; m.date.month = month; m.date.year = year;
                    out.push_back(m);
                }
                for (int d : days) {
                    DateMatch m; m.first = k; m.end = j; m.date.month = month; m.date.day = d; m.date.year = year;
                    if (!valid_day(year, month, d)) { bad = true; continue; }
                    out.push_back(m);
                }
                k = j;
                continue;
            }
        }
        DateMatch m;
        if (match_date_at(doc, k, &m) && m.end <= end) {
            out.push_back(m);
            k = m.end;
            continue;
        }
        if (t.type == TokenType::Number) {
            if (const int y = year_at(doc, k)) {
                DateMatch ym; ym.first = k; ym.end = k + 1; ym.date.year = y;
                out.push_back(ym);
            } else {
                bad = true;  // a number that is no part of any date: "June 31", "32 May", "Juen 5"
            }
        }
        ++k;
    }
    if (unparseable) *unparseable = bad;
    return out;
}

CalendarDate with_year(CalendarDate d, int publication_year) {
    if (d.year == 0 && publication_year > 0) { d.year = publication_year; d.year_inferred = true; }
    return d;
}

//-----------------------------------------------------------------------------
// [SECTION] ISO text and comparison
//-----------------------------------------------------------------------------

std::string iso_text(const CalendarDate& d) {
    if (d.year == 0) return {};
    // The common case without printf: a 4-digit year, month 1..12, day 1..31, quarter 1..4.
    if (d.year > 0 && d.year <= 9999 && d.month >= 0 && d.month <= 12 && d.day >= 0 && d.day <= 31 && d.quarter >= 0 &&
        d.quarter <= 9) {
        char out[10] = {static_cast<char>('0' + d.year / 1000), static_cast<char>('0' + d.year / 100 % 10),
                        static_cast<char>('0' + d.year / 10 % 10), static_cast<char>('0' + d.year % 10)};
        std::size_t n = 4;
        if (d.quarter) {
            out[n++] = '-'; out[n++] = 'Q'; out[n++] = static_cast<char>('0' + d.quarter);
        } else if (d.month) {
            out[n++] = '-'; out[n++] = static_cast<char>('0' + d.month / 10); out[n++] = static_cast<char>('0' + d.month % 10);
            if (d.day) {
                out[n++] = '-'; out[n++] = static_cast<char>('0' + d.day / 10); out[n++] = static_cast<char>('0' + d.day % 10);
            }
        }
        return std::string(out, n);
    }
    char buf[32];
    if (d.quarter) std::snprintf(buf, sizeof buf, "%04d-Q%d", d.year, d.quarter);
    else if (d.month && d.day) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    else if (d.month) std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
    else std::snprintf(buf, sizeof buf, "%04d", d.year);
    return buf;
}

bool parse_iso_day(std::string_view s, CalendarDate* out) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    int v[3] = {0, 0, 0};
    const int pos[3][2] = {{0, 4}, {5, 7}, {8, 10}};
    for (int f = 0; f < 3; ++f)
        for (int i = pos[f][0]; i < pos[f][1]; ++i) {
            if (s[i] < '0' || s[i] > '9') return false;
            v[f] = v[f] * 10 + (s[i] - '0');
        }
    if (v[0] < 1000 || v[1] < 1 || v[1] > 12 || !valid_day(v[0], v[1], v[2])) return false;
    *out = CalendarDate{v[0], v[1], v[2], 0, false};
    return true;
}

int compare_dates(const CalendarDate& a, const CalendarDate& b) {
    if (a.year != b.year) return a.year < b.year ? -1 : 1;
    // Month intervals [lo, hi] at the precision given.
    auto lo = [](const CalendarDate& d) { return d.quarter ? d.quarter * 3 - 2 : d.month ? d.month : 1; };
    auto hi = [](const CalendarDate& d) { return d.quarter ? d.quarter * 3 : d.month ? d.month : 12; };
    if (hi(a) < lo(b)) return -1;
    if (hi(b) < lo(a)) return 1;
    if (a.month && b.month && a.month == b.month && a.day && b.day && a.day != b.day) return a.day < b.day ? -1 : 1;
    return 0;
}

} // namespace gloss
