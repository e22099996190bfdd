// Gloss — English word classes. See lexicon.hpp.
#include "lexicon.hpp"

#include <algorithm>
#include <cstring>

#include "gloss/dates.hpp"

namespace gloss::lexicon {

namespace {

template <std::size_t N>
bool in(std::string_view w, const std::string_view (&list)[N]) {
    for (const std::string_view& s : list)
        if (w == s) return true;
    return false;
}

} // namespace

std::string_view lower(std::string_view w, char (&buf)[32]) {
    const std::size_t n = std::min<std::size_t>(w.size(), 31);
    for (std::size_t i = 0; i < n; ++i) {
        const char c = w[i];
        buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    return std::string_view(buf, n);
}

bool is_function_word(std::string_view w) {
    static constexpr std::string_view list[] = {
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "as", "and", "or",
        "but", "nor", "so", "than", "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "can",
        "may", "might", "must", "should", "shall", "do", "does", "did", "not", "no", "according", "since", "until",
        "after", "before", "during", "while", "when", "where", "if", "because", "although", "though", "per",
        "into", "onto", "over", "under", "between", "among", "across", "through", "about", "around", "against",
        "including", "each", "every", "all", "both", "more", "less", "fewer", "most", "up", "down", "out", "off",
        "there", "here", "then", "also", "only", "just", "still", "yet", "already", "now", "last", "next", "ago",
        "compared", "versus", "vs", "via", "whereas", "we", "they", "he", "she", "you", "i", "their", "his",
        "her", "our", "your", "my", "them", "him", "us", "such", "what", "how", "why", "alone", "apiece", "each",
        "earlier", "later", "total", "overall",
        "a-year", "annually", "respectively", "instead", "too", "either", "neither", "last", "toward", "towards"};
    return in(w, list);
}

bool is_change_noun(std::string_view w, int* dir) {
    static constexpr std::string_view up[] = {"increase", "rise", "growth", "jump", "gain", "surge", "hike", "climb", "boost",
                                     "increases", "rises", "gains", "upswing", "spike", "expansion"};
    static constexpr std::string_view down[] = {"decrease", "decline", "drop", "fall", "cut", "reduction", "loss", "plunge",
                                       "slump", "contraction", "declines", "drops", "cuts", "dip", "slide"};
    if (in(w, up)) { *dir = 1; return true; }
    if (in(w, down)) { *dir = -1; return true; }
    return false;
}

bool is_change_verb(std::string_view w, int* dir) {
    static constexpr std::string_view up[] = {"grew", "grow", "grows", "grown", "rose", "rise", "rises", "risen", "increased",
                                     "increase", "increases", "climbed", "jumped", "surged", "gained", "expanded",
                                     "soared", "up", "raised", "boosted", "added", "doubled"};
    static constexpr std::string_view down[] = {"fell", "fall", "falls", "fallen", "declined", "decreased", "dropped", "shrank",
                                       "shrunk", "slid", "plunged", "contracted", "down", "cut", "reduced", "lost",
                                       "slumped", "dipped", "lowered", "tumbled"};
    if (in(w, up)) { *dir = 1; return true; }
    if (in(w, down)) { *dir = -1; return true; }
    return false;
}

bool is_reporting_verb(std::string_view w) {
    static constexpr std::string_view list[] = {
        "says", "said", "say", "estimates", "estimate", "estimated", "reports", "reported", "report", "claims",
        "claimed", "claim", "notes", "noted", "states", "stated", "announced", "announces", "told", "wrote",
        "writes", "argues", "argued", "warned", "warns", "found", "finds", "believes", "believe", "counted",
        "counts", "recorded", "records", "puts", "put", "calculated", "calculates", "suggest", "suggests"};
    return in(w, list);
}

bool is_vague_subject(std::string_view w) {
    static constexpr std::string_view list[] = {"others", "some", "experts", "critics", "observers", "analysts", "sources",
                                       "officials", "many", "activists", "insiders", "reports", "estimates"};
    return in(w, list);
}

bool is_identifier_label(std::string_view w) {
    static constexpr std::string_view list[] = {"volume", "vol", "issue", "no", "number", "article", "section", "chapter",
                                       "page", "resolution", "decree", "law", "case", "flight", "route", "room",
                                       "item", "paragraph", "rule", "amendment", "bill", "directive", "regulation",
                                       "table", "figure", "fig", "nos", "pp", "p", "ward", "district", "precinct",
                                       "building", "lot", "unit", "gate", "platform", "line", "highway",
                                       "interstate", "episode", "season", "part", "box", "appendix", "annex"};
    return in(w, list);
}

bool is_time_unit(std::string_view w, std::string* singular) {
    static constexpr std::string_view units[] = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"};
    for (const std::string_view& u : units) {
        const std::string_view us(u);
        if (w == us || (w.size() == us.size() + 1 && w.substr(0, us.size()) == us && w.back() == 's')) {
            *singular = std::string(u);
            return true;
        }
    }
    if (w == "centuries") { *singular = "century"; return true; }
    return false;
}

bool is_measure_unit(std::string_view w) {
    static constexpr std::string_view list[] = {
        "TEU", "TEUs", "FEU", "tonnes", "tonne", "tons", "ton", "kg", "kilograms", "kilogram", "grams", "g", "km",
        "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre", "meter",
        "m2", "km2", "hectares", "hectare", "acres", "acre", "litres", "liters", "litre", "liter", "barrels",
        "barrel", "bpd", "MW", "GW", "kW", "kWh", "MWh", "GWh", "TWh", "bcm", "cubic", "square", "feet", "foot",
        "inches", "inch", "cm", "mm", "mph", "degrees", "°C", "°F", "units", "doses", "beds", "calories",
        "megawatts", "gigawatts", "terawatt-hours", "ounces", "pounds-weight", "bushels", "carats", "Mt", "kt"};
    return in(w, list);
}

double scale_word(std::string_view w) {
    if (w == "thousand") return 1e3;
    if (w == "million" || w == "mln" || w == "mn" || w == "m") return 1e6;
    if (w == "billion" || w == "bn" || w == "b" || w == "bln") return 1e9;
    if (w == "trillion" || w == "tn" || w == "trn") return 1e12;
    if (w == "k") return 1e3;
    return 0;
}

const char* currency_symbol(std::string_view s) {
    if (s == "$") return "USD";
    if (s == "\xE2\x82\xAC") return "EUR";   // €
    if (s == "\xC2\xA3") return "GBP";       // £
    if (s == "\xC2\xA5") return "JPY";       // ¥
    if (s == "\xE2\x82\xBD") return "RUB";   // ₽
    if (s == "\xE2\x82\xB9") return "INR";   // ₹
    if (s == "\xE2\x82\xB4") return "UAH";   // ₴
    if (s == "\xE2\x82\xA9") return "KRW";   // ₩
    return nullptr;
}

const char* currency_word(std::string_view w) {
    if (w == "euros" || w == "euro" || w == "eur") return "EUR";
    if (w == "dollars" || w == "dollar" || w == "usd") return "USD";
    if (w == "pounds" || w == "gbp") return "GBP";
    if (w == "rubles" || w == "roubles" || w == "rub") return "RUB";
    if (w == "yuan" || w == "renminbi" || w == "cny") return "CNY";
    if (w == "yen" || w == "jpy") return "JPY";
    if (w == "hryvnias" || w == "hryvnia" || w == "uah") return "UAH";
    if (w == "zlotys" || w == "zloty" || w == "pln") return "PLN";
    if (w == "francs" || w == "chf") return "CHF";
    if (w == "rupees" || w == "inr") return "INR";
    return nullptr;
}

int number_word(std::string_view w) {
    static constexpr std::string_view ones[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                       "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                       "seventeen", "eighteen", "nineteen"};
    static constexpr std::string_view tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    // Cheap rejection first: every number word is 3..13 bytes ("seventy-seven")
    // and starts with one of these letters.
    if (w.size() < 3 || w.size() > 13) return 0;
    switch (w[0]) {
    case 'o': case 't': case 'f': case 's': case 'e': case 'n': case 'd': case 'h': break;
    default: return 0;
    }
    // Length and first letter before any full comparison.
    const auto same = [](std::string_view a, std::string_view b) { return a.size() == b.size() && a[0] == b[0] && a == b; };
    for (int i = 1; i < 20; ++i)
        if (same(w, ones[i])) return i;
    for (int i = 0; i < 8; ++i) {
        const std::string_view t = tens[i];
        if (w[0] != t[0]) continue;
        if (w == t) return (i + 2) * 10;
        if (w.size() > t.size() + 1 && w[t.size()] == '-' && w.substr(0, t.size()) == t) {
            const std::string_view rest = w.substr(t.size() + 1);
            for (int k = 1; k < 10; ++k)
                if (same(rest, ones[k])) return (i + 2) * 10 + k;
        }
    }
    if (w == "dozen") return 12;
    if (w == "hundred") return 100;
    return 0;
}

bool month_like(std::string_view lw) { return lw.size() > 3 && gloss::month_from_word(lw) != 0; }

} // namespace gloss::lexicon
