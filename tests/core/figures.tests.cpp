// Figures: one behaviour per case, table-driven.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <tuple>
#include <vector>
#include <string>

#include "analysis_probe.hpp"
#include "gloss/annotation_json.hpp"
#include "figure_relations.hpp"

using gloss::AnnotationKind;

namespace {
// The figure whose quote is `quote`, or nullptr; when there is none, the figures found are logged for the failure.
const gloss::Annotation* figure_quoted(const gloss::AnalyzeResult& r, const std::string& text, const std::string& quote) {
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    if (!f)
        for (const auto& q : probe::quotes(r, text, AnnotationKind::Figure)) UNSCOPED_INFO("figure: " << q);
    return f;
}
}  // namespace

TEST_CASE("Figures are read with value, unit, kind and qualifier", "[figures]") {
    auto [text, q, kind, value, unit, qualifier] = GENERATE(table<std::string, std::string, std::string, double, std::string, std::string>({
        {"The plan costs \xE2\x82\xAC" "4.2bn in total.", "\xE2\x82\xAC" "4.2bn", "money", 4.2e9, "EUR", ""},
        {"They gave $3.5 million to schools.", "$3.5 million", "money", 3.5e6, "USD", ""},
        {"A pump costs about KSh 180,000 here.", "KSh 180,000", "money", 180000, "KES", "about"},
        {"The bill came to 40,000 naira.", "40,000 naira", "money", 40000, "NGN", ""},
        {"Fuel cost \xE2\x82\xA6" "650 a litre.", "\xE2\x82\xA6" "650", "money", 650, "NGN", ""},
        {"Wages rose to 9,000 rand a month.", "9,000 rand", "money", 9000, "ZAR", ""},
        {"Prices rose 10\xE2\x80\x93" "15 percent last year.", "10\xE2\x80\x93" "15 percent", "range", 10, "percent", ""},
        {"The 2023\xE2\x80\x93" "24 season ended.", "2023\xE2\x80\x93" "24", "range", 2023, "year", ""},
        {"Output fell \xE2\x88\x92" "3.1% in May.", "\xE2\x88\x92" "3.1%", "change", -3.1, "percent", ""},
        {"Some 1\xC2\xA0" "200\xC2\xA0" "000 people left.", "1\xC2\xA0" "200\xC2\xA0" "000 people", "count", 1200000, "", "about"},
        {"At least 12\xE2\x80\x89" "500 households moved.", "12\xE2\x80\x89" "500 households", "count", 12500, "", "at least"},
        {"Exports grew by 44 percent in 2023.", "44 percent", "change", 44, "percent", ""},
        // Prices and yields quoted in fractions: a whole number and a fraction, or the fraction alone.
        {"Harlow shares closed at 24-1/4.", "24-1/4", "count", 24.25, "", ""},
        {"The bond yields 7-3/4 pct.", "7-3/4 pct", "percent", 7.75, "percent", ""},
        {"The stock was quoted at 12 1/2 yesterday.", "12 1/2", "count", 12.5, "", ""},
        {"Harlow shares rose 3/8 on Monday.", "3/8", "count", 0.375, "", ""},
        {"Ferry fares climbed 1/2 pct in May.", "1/2 pct", "change", 0.5, "percent", ""},
        // A pound is a weight where nothing is priced in sterling, and before "of" anywhere.
        {"The boat landed 700 pounds of cod at $4 a pound.", "700 pounds", "quantity", 700, "pounds", ""},
        {"The laptop weighs 3.1 pounds.", "3.1 pounds", "quantity", 3.1, "pounds", ""},
        {"The UK firm paid 500 pounds.", "500 pounds", "money", 500, "GBP", ""},
        // An age.
        {"Eating them until age 6 halves the risk.", "6", "quantity", 6, "years", ""},
        // An age moved: "to" or "from" before the number, "age" a few words back.
        {"Tarrow raised the pension age to 67 from 65.", "65", "quantity", 65, "years", ""},
        {"The ferry pilots' retirement age rose from 60 to 62.", "62", "quantity", 62, "years", ""},
        {"The age of the fleet grew to 30 ships.", "30 ships", "count", 30, "", ""},
        {"Ana Lind, 75, has seen the port change.", "75", "quantity", 75, "years", ""},
        {"A 52-year-old pilot flew it.", "52-year-old", "quantity", 52, "years", ""},
        {"A 30 year old pilot flew it.", "30 year old", "quantity", 30, "years", ""},
        {"Men between the ages of 30 and 49 were asked.", "30", "quantity", 30, "years", ""},
        {"Men between the ages of 30 and 49 were asked.", "49", "quantity", 49, "years", ""},
        // A year or a decade without its century.
        {"He fell out with the board in \xE2\x80\x99" "91.", "\xE2\x80\x99" "91", "date", 1991, "year", ""},
        {"The class of '08 met again.", "'08", "date", 2008, "year", ""},
        {"Fares doubled in the \xE2\x80\x99" "90s.", "\xE2\x80\x99" "90s", "date", 1990, "decade", ""},
        // A whole number and a vulgar fraction.
        {"It fell silent 6 \xC2\xBD minutes later.", "6 \xC2\xBD minutes", "duration", 6.5, "minute", ""},
        // A capitalised word before a number of months is no model number.
        {"She told the Harlow Assembly 18 months ago.", "18 months", "duration", 18, "month", ""},
        // A time unit in the singular before a noun: a compound adjective.
        {"The bank sold three month deposits.", "three month", "duration", 3, "month", ""},
        // The first bound of a range after a name is no model number.
        {"Output in Harland ran 20 to 30 pct under quota.", "20 to 30 pct", "range", 20, "percent", ""},
        // A country's dollars.
        {"The deficit was 3 bln N.Z. dlrs last year.", "3 bln N.Z. dlrs", "money", 3e9, "NZD", ""},
        {"It paid 40 Australian dollars.", "40 Australian dollars", "money", 40, "AUD", ""},
        {"It was a 323-percent increase.", "323-percent increase", "change", 323, "percent", ""},
        {"Up to 300,000 people have fled.", "300,000 people", "count", 300000, "", "up to"},
        {"There could be as many as 5,000 cases.", "5,000 cases", "count", 5000, "", "as many as"},
        {"The port moved 58,500 TEU last year.", "58,500 TEU", "quantity", 58500, "TEU", ""},
        {"The 12 euro zone countries agreed.", "12 euro zone countries", "count", 12, "", ""},
        {"The rocket carried 2.5 metric tons.", "2.5 metric tons", "quantity", 2.5, "metric tons", ""},
        {"The file was 26.6 megabytes.", "26.6 megabytes", "quantity", 26.6, "megabytes", ""},
        {"Patients took 10 mg a day.", "10 mg", "quantity", 10, "mg", ""},
        {"Trains ran at 120 km/h.", "120 km/h", "quantity", 120, "km/h", ""},
        {"The dose was 2,000 IU of vitamin D.", "2,000 IU", "quantity", 2000, "IU", ""},
        {"About 23,000 die each year.", "23,000", "count", 23000, "", "about"},
        {"It lifted off at 1451 GMT on Monday.", "1451 GMT", "time", 1451, "GMT", ""},
        {"Most voters in their 60s stayed home.", "60s", "date", 60, "decade", ""},
        {"The park covers 48 square kilometres.", "48 square kilometres", "quantity", 48, "square kilometres", ""},
        {"The lake holds 3 million cubic metres.", "3 million cubic metres", "quantity", 3e6, "cubic metres", ""},
        {"The plane flew 1,200 nautical miles.", "1,200 nautical miles", "quantity", 1200, "nautical miles", ""},
        {"Output rose to 9.5 million barrels per day in May.", "9.5 million barrels per day", "quantity", 9.5e6, "bpd", ""},
        {"Costs were three times higher.", "three times", "ratio", 3, "times", ""},
        {"We hired a dozen nurses.", "a dozen nurses", "count", 12, "", ""},
        {"We hired three dozen nurses.", "three dozen nurses", "count", 36, "", ""},
        // A vote's or a game's tally written with "to"; a movement "from … to" is two values.
        {"The council voted 19 to 12 for the pier.", "19 to 12", "ratio", 19, "", ""},
        {"Harlow won 3 to 1 at home.", "3 to 1", "ratio", 3, "", ""},
        {"Berths fell from 19 to 12.", "19", "count", 19, "", ""},
        {"Harlow cut its berths 19 to 12.", "19", "count", 19, "", ""},
        {"About 4 percent of goods go by rail.", "4 percent", "percent", 4, "percent", "about"},
        {"Turnout was 2 percentage points higher.", "2 percentage points", "change", 2, "percentage points", ""},
        {"Two million people voted.", "Two million people", "count", 2e6, "", ""},
        // A scale word after "a" (and "half").
        {"More than a million people signed.", "a million people", "count", 1e6, "", "more than"},
        {"Noise will reach half a million homes.", "half a million homes", "count", 5e5, "", ""},
        {"The pier cost half a billion dollars.", "half a billion dollars", "money", 5e8, "USD", ""},
        {"The port added a thousand jobs.", "a thousand jobs", "count", 1000, "", ""},
        {"The talks lasted 9 days.", "9 days", "duration", 9, "day", ""},
        {"See Resolution 2231 on this.", "Resolution 2231", "identifier", 2231, "", ""},
        {"Temperatures hit 40C in July.", "40C", "quantity", 40, "C", ""},
        {"Airlines grounded Boeing 737 jets.", "Boeing 737", "identifier", 737, "", ""},
        {"The vote was split 50-50 again.", "50-50", "ratio", 50, "", ""},
        {"About one in five patients needed care.", "one in five patients", "ratio", 0.2, "share", "about"},
        {"Three out of 10 ferries were late.", "Three out of 10 ferries", "ratio", 0.3, "share", ""},
        {"The ferry carried 1.2m passengers.", "1.2m passengers", "count", 1200000, "", ""},
        {"Fares rose by about 5 percent.", "5 percent", "change", 5, "percent", "about"},
        {"Ridership was up nearly 2 percent.", "2 percent", "change", 2, "percent", "nearly"},
        {"It was a rise of roughly 28% on 2022.", "28%", "change", 28, "percent", "about"},
        {"Sales fell by an estimated 7% in May.", "7%", "change", 7, "percent", "about"},
        {"Of those polled, about 40 percent agreed.", "40 percent", "percent", 40, "percent", "about"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    REQUIRE(r.ok);
    const gloss::Annotation* f = figure_quoted(r, text, q);
    REQUIRE(f != nullptr);
    CHECK(f->figure().kind == kind);
    CHECK(std::fabs(f->figure().value - value) < 1e-6 * std::max(1.0, std::fabs(value)));
    CHECK(f->figure().unit == unit);
    CHECK(f->figure().qualifier == qualifier);
}

TEST_CASE("A figure says what it counts", "[figures]") {
    auto [text, q, counts] = GENERATE(table<std::string, std::string, std::string>({
        {"There are at least 1,559 political prisoners in Belarus.", "1,559 political prisoners", "political prisoners"},
        {"Some 90,000 20-foot equivalent units (TEU) passed.", "90,000 20-foot equivalent units", "TEU"},
        {"The survey counted 1,240 homeless residents in January.", "1,240 homeless residents", "homeless residents"},
        {"Europe recorded 58,114 measles cases in 2023.", "58,114 measles cases", "measles cases"},
        {"The agency logged 312 news reports last week.", "312 news reports", "news reports"},
        {"About 4 percent of Tarrish goods destined for Ostland travel by rail.", "4 percent", "Tarrish goods"},
        // A share of the whole after "the", as a fraction reads it; a possessive goes on to its noun.
        {"Ferries carry 40 percent of the harbour freight.", "40 percent", "harbour freight"},
        {"Ferries carry 6% of the port's container traffic.", "6%", "port's container traffic"},
        {"Ferries carry 22% of the port's total freight.", "22%", "port's total freight"},
        // After "of the", a word that is also a verb is the noun: "vote".
        {"The Harlow party won 38% of the vote.", "38%", "vote"},
        // A noun of a budget or trade in "-ing" after a singular word is the head of the phrase.
        {"Fees take 13 percent of harbour spending.", "13 percent", "harbour spending"},
        {"The port has three state shipping agents.", "three state shipping agents", "state shipping agents"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, q);
    REQUIRE(f != nullptr);
    CHECK(f->figure().counts == counts);
}

TEST_CASE("A name's version number is no amount in the unit before it", "[figures]") {
    const std::string text = "The phone costs 300 euros and has Bluetooth 4.1 chips.";
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Figure && std::string(a.figure().value_text).find("4.1") != std::string::npos)
            CHECK(std::string(a.figure().kind) != "money");
    CHECK(probe::find(r, text, AnnotationKind::Figure, "300 euros") != nullptr);
}

TEST_CASE("A bare amount with a scale word takes the unit of the amount before it in its sentence", "[figures]") {
    auto [text, q, kind, unit] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {"Aid was 40 billion dlrs in 2030 and 38 billion in 2031.", "38 billion", "money", "USD"},
        {"Harvests reached 1,420 mln tonnes, against 1,465 mln a year earlier.", "1,465 mln", "quantity", "tonnes"},
        // …and a bare amount with a fraction, which counts nothing.
        {"Fares were 1.80 euros this year and 1.60 in 2023.", "1.60", "money", "EUR"},
        // …and so does one that an average names ("a 12.4 mln average").
        {"Output was 11.2 mln bpd, against a 12.4 mln average in 2023.", "12.4 mln", "quantity", "bpd"},
        // A bare number joined by "and" to the amount after it is in that amount's unit ("or" makes a range).
        {"Stocks lasted 61 and 64 days in the two ports.", "61", "duration", "day"},
        // An amount with a scale word that counts what money measures, after money in its paragraph.
        {"Harlow's surplus rose to 5.1 billion euros. It had been a 4.7 billion surplus a year before.", "4.7 billion surplus",
         "money", "EUR"},
        {"The 2 and 3 tonnes of tin were late, after 80 boxes came.", "2", "quantity", "tonnes"},
        // An index's level after "to" or "at", after its change in points or "index" in the clause.
        {"The index rose 120 points to 7,450.", "7,450", "quantity", "index points"},
        {"The Harlow 40 index fell 2.3% to 7,450 on Monday.", "7,450", "quantity", "index points"},
        {"Tarrow fares rose 4% to 1,250.", "1,250", "count", ""},
        {"Ivo Lind scored 12 points to lift the team to 98.", "98", "count", ""},
        // "add" in any form is a verb of change before a percentage.
        {"The new quay would add 0.4% to Harlow's output.", "0.4%", "change", "percent"},
        // A percentage joined to a change before it over a phrase of time is a change too; a share stays one.
        {"Fares rose 4% in March and 6% in April.", "6%", "change", "percent"},
        {"Fares fell 3% last year, 5% in 2022 and 2% in 2021.", "2%", "change", "percent"},
        {"Fares rose 4% in March and 6% of skippers quit.", "6%", "percent", "percent"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* a = probe::find(r, text, AnnotationKind::Figure, q);
    REQUIRE(a != nullptr);
    CHECK(std::string(a->figure().kind) == kind);
    CHECK(std::string(a->figure().unit) == unit);
}

TEST_CASE("A bare number counts what its clause names around it", "[figures]") {
    auto [text, q, counts] = GENERATE(table<std::string, std::string, std::string>({
        // A part of the amount right after it.
        {"The Harbour Party won 54 of the 120 seats.", "54", "seats"},
        {"The board will cut 300 of its 2,000 jobs.", "300", "jobs"},
        {"Ivo Lind won 11 of his 38 league games.", "11", "league games"},
        // …written in words, at a sentence's start too ("two of them" counts nothing said).
        {"Seven of the nine members voted to hold rates.", "Seven", "members"},
        {"At least three of the 12 piers were idle.", "three", "piers"},
        // A toll, or "the number of" something, before "to" or "at".
        {"The death toll in Harlow has risen to 41.", "41", "deaths"},
        {"Tarrow officials put the number of displaced at 15,000.", "15,000", "displaced"},
        // The plural that is the subject of a verb of change before "to".
        {"Flu cases in Harlow rose to 1,204 last year.", "1,204", "cases"},
        // People who report, then their verb of expectation and nothing after it, are no count of the amount.
        {"Employers added 150,000 jobs, fewer than the 175,000 economists had forecast.", "175,000", "jobs"},
        {"Sales beat the $17.6bn analysts had expected.", "$17.6bn", ""},
        {"The 12 analysts expected a cut.", "12 analysts", "analysts"},
        // A number word after a number opens a phrase of its own ("five years ago"), never what is counted.
        {"Harlow has 4.2 million voters, up from 3.9 million five years ago.", "3.9 million", "voters"},
        // …never a verb before an infinitive: the count of the sentence before it.
        {"About 900 skippers work the port, a number the board expects to rise to 1,100.", "1,100", "skippers"},
        // The count it is joined to by "and" or "or", after it.
        {"After 80 boxes came, 12 and 14 ferries sailed from the two quays.", "12", "ferries"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, q);
    REQUIRE(f != nullptr);
    CHECK(f->figure().counts == counts);
}

TEST_CASE("Digits with letters of their own take no unit from the amount they are joined to", "[figures]") {
    const std::string text = "The screens run between 4K and 720p.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "4K");
    REQUIRE(f != nullptr);
    CHECK(f->figure().unit.empty());
}

TEST_CASE("A bare number takes the noun of the count before it", "[figures]") {
    const std::string text = "There are 2,140 idle ferries according to one group and 1,870 according to another.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "1,870");
    REQUIRE(f != nullptr);
    CHECK(f->figure().counts == "idle ferries");
}

TEST_CASE("A word of time, manner or place after a number is not what it counts", "[figures]") {
    auto [text, quote, counts] = GENERATE(table<std::string, std::string, std::string>({
        {"The poll asked 401 voters before the vote and 601 afterwards.", "601", "voters"},
        {"The harbour fund gave 12 boats each a new engine.", "12 boats", "boats"},
        {"Tarrow won 3 wards and 12 awards.", "3 wards", "wards"},
        {"Grain was quoted 75 stg above May.", "75 stg", ""},  // a preposition of comparison
        {"The quake struck about 80 km south of Harlow.", "80 km", ""},  // a direction
        {"The wreck lies 5 miles offshore.", "5 miles", ""},
        {"Harlow shares were quoted at 12 yesterday.", "12", ""},  // a day
        // A participle before its own object is a verb.
        {"Only 38% of adults over 65 receiving a dose were covered.", "65", ""},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = figure_quoted(r, text, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().counts) == counts);
}

TEST_CASE("Numbers that are no figures are left alone", "[figures]") {
    auto [text] = GENERATE(table<std::string>({
        {"One proposal called for talks."},
        {"The COVID-19 wave ended."},
        {"Dozens of people came."},
        {"A million is a lot."},                  // a scale word after "a", before no noun
        {"The attacks of 9/11 changed policy."},
        {"Shops open 24/7 now, and about 3/4 of them agree."},
        {"The ferry ran on 1/2 and 3/4 last winter."},  // halves and quarters alone: dates, not prices
        {"Call 555-1234 today."},
        {"Call 0800 123 456 for help."},          // telephone numbers, their groups apart
        {"Ring +44 20 7946 0958 today."},
        {"The hotline is 555 0199."},
        {"Figures from 4040metrics showed it."},  // a number glued to a longer word is a name
        {"The ferry won 3:1 on the night."},      // numbers joined by a colon, no time
        {"The ferry has a 4K display."},          // a screen's resolution by name
        {"The pier cameras stream in 8K."},
        {"Best ports:\n1. Harland\n2. Ostmark\n3. Varo"},              // the numbers of a list
        {"Contents\n4.2 Trade policy\n5.1 Harlow Ferries\nHistory"},   // the numbers of sections in headings
        {"The 3D maps reach 5G phones."},                               // technologies' names
        {"Fans of the Six Nations cheered."},                           // a number word inside a name
        {"The limit was 2^15 again."},                                  // a power written out
        {"Fees rose last year [1] and again [2]."},                     // references to notes
        {"Release 1.8.3 fixed it, and the code 0x08 marks a block."},   // a version and a hexadecimal code
        {"The ferry camera stores H.262 video."},                        // a standard's name
        {"The ferry office is open from 0800 to 1730 on weekdays."},     // clock times in four digits
        {"The link was https%3A%2F%2Fharlow.example today."},            // characters escaped in an address
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    CHECK(probe::quotes(r, text, AnnotationKind::Figure).empty());
}

TEST_CASE("Times of day, ordinals and years across two calendar years are figures of their own kinds", "[figures]") {
    auto [text, q, kind, value_text] = GENERATE(table<std::string, std::string, std::string, std::string>({
        // A time of day: its value on a 24-hour clock.
        {"The ferry left at 7 AM and docked at 11pm.", "7 AM", "time", "07:00"},
        {"The ferry left at 7 AM and docked at 11pm.", "11pm", "time", "23:00"},
        {"Highlights follow at 10.30pm on the radio.", "10.30pm", "time", "22:30"},
        {"The polls close at 10.30 p.m. tonight.", "10.30 p.m.", "time", "22:30"},
        {"The meeting starts at 10:30 today.", "10:30", "time", "10:30"},  // after "at"
        {"Trading stopped at 14:45 GMT.", "14:45 GMT", "time", "14:45"},
        // An ordinal in digits.
        {"It was the 21st meeting.", "21st", "ordinal", "21st"},
        {"Harlow ranked 87th out of 180 ports.", "87th", "ordinal", "87th"},
        // One fiscal or crop year, across two calendar years.
        {"The deficit for 1987/88 should narrow.", "1987/88", "date", "1987/88"},
        {"Borrowing for 2003/4 was lower.", "2003/4", "date", "2003/4"},
        {"The 2019/2020 season ended early.", "2019/2020", "date", "2019/2020"},
        // The end, start or late part of a period, as wire copy writes it.
        {"Reserves were 20 billion euros at end-1985.", "end-1985", "date", "1985"},
        {"Output grew in early-2024.", "early-2024", "date", "2024"},
        {"Fares fell in the late-1990s.", "late-1990s", "date", "1990s"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, q);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == kind);
    CHECK(std::string(f->figure().value_text) == value_text);
}

TEST_CASE("Two times of day joined by a connector stay two figures", "[figures]") {
    const std::string text = "The pier is open between 8 AM and 9 PM.";
    const auto r = probe::analyze(text);
    CHECK(probe::quotes(r, text, AnnotationKind::Figure) == std::vector<std::string>{"8 AM", "9 PM"});
}

TEST_CASE("The unit's own number is part of the figure, not a second figure", "[figures]") {
    const std::string text = "Transit reached 90,000 20-foot equivalent units (TEU) in May.";
    const auto r = probe::analyze(text);
    const auto figs = probe::quotes(r, text, AnnotationKind::Figure);
    CHECK(std::find(figs.begin(), figs.end(), "90,000 20-foot equivalent units") != figs.end());
    for (const auto& q : figs) CHECK(q.rfind("20-foot", 0) != 0);
}

TEST_CASE("A unit before a noun ends the figure, and short units are units", "[figures]") {
    auto [text, quote, unit] = GENERATE(table<std::string, std::string, std::string>({
        {"A 40 tonne truck crossed the bridge.", "40 tonne", "tonne"},
        {"The kiosk has a 2 terabyte disk.", "2 terabyte", "terabyte"},
        {"Harlow set a 1.7 mln bpd quota.", "1.7 mln bpd", "bpd"},
        {"The island covers 1,500 sq mi of forest.", "1,500 sq mi", "sq mi"},
        {"The peak rises 9,800 ft above the bay.", "9,800 ft", "ft"},
        {"They farm 200 square miles of land.", "200 square miles", "square miles"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = figure_quoted(r, text, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "quantity");
    CHECK(std::string(f->figure().unit) == unit);
}

TEST_CASE("Dates without a year take the publication year and say so", "[figures]") {
    const std::string text = "As of June 3, the count stood. In December 2023 talks began.";
    const auto r = probe::analyze(text, "2024-06-04");
    const gloss::Annotation* d = probe::find(r, text, AnnotationKind::Figure, "June 3");
    REQUIRE(d != nullptr);
    CHECK(d->figure().value_text == "2024-06-03");
    CHECK(d->figure().year_inferred);
    const gloss::Annotation* m = probe::find(r, text, AnnotationKind::Figure, "December 2023");
    REQUIRE(m != nullptr);
    CHECK(m->figure().value_text == "2023-12");
    CHECK_FALSE(m->figure().year_inferred);
}

TEST_CASE("A percentage increase with its end value gives the base and the arithmetic", "[figures]") {
    const std::string text = "Shelter beds grew by 25 percent to 850 beds in 2024.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "850 beds");
    REQUIRE(f != nullptr);
    REQUIRE_FALSE(f->figure().derived.empty());
    CHECK(f->figure().derived[0].value == Approx(680));
    CHECK(f->figure().derived[0].arithmetic == "850 \xC3\xB7 (1 + 25%) \xE2\x89\x88 680");
    CHECK(f->figure().derived[0].label == "2023 base (a year earlier)");
}

TEST_CASE("A year right after the stated base dates the derived base, and a year with the end value dates it a year earlier", "[figures]") {
    auto [text, end, label] = GENERATE(table<std::string, std::string, std::string>({
        {"Revenue reached $624 billion, up 17% from $533 billion in 2023.", "$624 billion", "2023 base (the year of the stated base)"},
        {"Installations reached 14.1 gigawatts in 2023, up 85 percent from 7.6 GW a year earlier.", "14.1 gigawatts",
         "2022 base (a year earlier)"},
        {"Exports rose 12 percent to 4,480 tonnes in 2024.", "4,480 tonnes", "2023 base (a year earlier)"},
        // A year after "from" (and "its", "the", …) is the stated base's.
        {"Harlow Ferries made a profit of $4.1bn, up 12% from its 2021 level.", "$4.1bn",
         "2021 base (the year of the stated base)"},
        // The stated base's year wins over an earlier year of the sentence; "over the" states a base too.
        {"The 2021 count found 31,200 residents, an increase of 4% over the 2016 figure.", "31,200 residents",
         "2016 base (the year of the stated base)"},
        {"Its report said sales for 2023 were $90 million, up 20% from $75 million in 2022.", "$90 million",
         "2022 base (the year of the stated base)"},
        // The year a change compares with: "more than in", "than", "compared with".
        {"Fees will hit $39 million next year, nearly 30 percent more than in 2021.", "$39 million",
         "2021 base (the year of the stated base)"},
        {"Fares were $12 in 2024, up 8% compared with 2020.", "$12", "2020 base (the year of the stated base)"},
        // The year a change began ("since"), and one it is set against after the change ("over").
        {"Its staff has grown by a quarter to 12,000 since 2023.", "12,000", "2023 base (the year of the stated base)"},
        {"Fares reached $12 in 2024, up 8% over 2021.", "$12", "2021 base (the year of the stated base)"},
        // A year after a superlative and "since" dates a record, not the base: the base has no year.
        {"Wheat rose 6.5% on Tuesday to 238 euros a tonne, its highest since 2022.", "238 euros", "base before the increase"},
        {"Fares fell 3% to $12, the lowest level since 2019.", "$12", "base before the decrease"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, end);
    REQUIRE(f != nullptr);
    REQUIRE_FALSE(f->figure().derived.empty());
    CHECK(f->figure().derived[0].label == label);
}

TEST_CASE("A verb of multiplying before \"to\", or the amount a verb of change moved by, gives the base of the amount after it", "[figures]") {
    auto [text, quote, base, label, arithmetic] = GENERATE(table<std::string, std::string, double, std::string, std::string>({
        {"Ferry bookings fell 3.5 million in the week to June 2 to 325.8 million.", "325.8 million", 329.3e6,
         "base before the decrease", "325.8 million + 3.5 million \xE2\x89\x88 329.3 million"},
        {"Harbour users grew by 2.6 million to 51.3 million.", "51.3 million", 48.7e6, "base before the increase",
         "51.3 million \xE2\x88\x92 2.6 million \xE2\x89\x88 48.7 million"},
        {"The fare doubled to $14 a trip.", "$14", 7, "base before the increase", "14 \xC3\xB7 2 \xE2\x89\x88 7"},
        {"Output halved to 300 tonnes.", "300 tonnes", 600, "base before the decrease", "300 \xC3\x97 2 \xE2\x89\x88 600"},
        {"Sales tripled to 4.5 million units.", "4.5 million units", 1.5e6, "base before the increase",
         "4.5 million \xC3\xB7 3 \xE2\x89\x88 1.5 million"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    REQUIRE(f->figure().derived.size() == 1);
    CHECK(f->figure().derived[0].value == Approx(base));
    CHECK(f->figure().derived[0].label == label);
    CHECK(f->figure().derived[0].arithmetic == arithmetic);
}

TEST_CASE("An amount of another kind or unit after a change gives no base from it", "[figures]") {
    const std::string text = GENERATE(std::string("Fares rose $2 to 40 tonnes."), std::string("Fares rose $2 and then fell to $40."));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, text.find("tonnes") != std::string::npos ? "40 tonnes" : "$40");
    REQUIRE(f != nullptr);
    CHECK(f->figure().derived.empty());
}

TEST_CASE("An amount restated as a share of a whole gives the whole, not a base", "[figures]") {
    // (Over a qualifier before the share too.)
    const std::string text = GENERATE(std::string("Harlow Ferries cut 1,200 jobs, or 8% of its workforce."),
                                      std::string("Harlow Ferries cut 1,200 jobs, or about 8% of its workforce."));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "1,200 jobs");
    REQUIRE(f != nullptr);
    REQUIRE(f->figure().derived.size() == 1);
    CHECK(f->figure().derived[0].label == "the whole it is a share of");
    CHECK(f->figure().derived[0].value == Approx(15000));
    CHECK(f->figure().derived[0].arithmetic == "1,200 \xC3\xB7 8% \xE2\x89\x88 15,000");
    // The share is a share, not a change.
    const gloss::Annotation* share = probe::find(r, text, AnnotationKind::Figure, "8%");
    REQUIRE(share != nullptr);
    CHECK(std::string(share->figure().kind) == "percent");
}

TEST_CASE("A stated start after \"from\" wins over the base a verb of multiplying gives", "[figures]") {
    const std::string text = "The fare doubled to $14 from $6.50 a trip.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "$14");
    REQUIRE(f != nullptr);
    REQUIRE(f->figure().derived.size() == 1);
    CHECK(f->figure().derived[0].value == Approx(7.5));  // the change from $6.50, not $7
}

TEST_CASE("A percentage decrease gives the larger base", "[figures]") {
    const std::string text = "Ridership fell 20 percent to 8,000 riders.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "8,000 riders");
    REQUIRE(f != nullptr);
    REQUIRE_FALSE(f->figure().derived.empty());
    CHECK(f->figure().derived[0].value == Approx(10000));
    // The absolute decrease is negative, written with a minus sign, not a hyphen.
    REQUIRE(f->figure().derived.size() == 2);
    const std::string arithmetic(f->figure().derived[1].arithmetic);
    CHECK(arithmetic.find("\xE2\x89\x88 \xE2\x88\x92" "2,000") != std::string::npos);
    CHECK(arithmetic.find('-') == std::string::npos);
}

TEST_CASE("Money derived in a currency's units is written to the cent", "[figures]") {
    const std::string text = "Shares in Tarrowly jumped 14% to $38.20.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "$38.20");
    REQUIRE(f != nullptr);
    REQUIRE(f->figure().derived.size() == 2);
    CHECK(f->figure().derived[0].text == "\xE2\x89\x88 $33.51");
    CHECK(f->figure().derived[1].text == "\xE2\x89\x88 $4.69");  // not "$4.691"
    CHECK(f->figure().derived[1].arithmetic == "38.2 \xE2\x88\x92 33.51 \xE2\x89\x88 4.69");
}

TEST_CASE("Counts of one thing that disagree form a conflict, counts of different things do not", "[figures]") {
    const std::string text =
        "The ministry counted 1,240 homeless residents in January. A charity counted 2,100 homeless residents in January. "
        "Some 300 people marched, and 40 people spoke.";
    const auto r = probe::analyze(text);
    int conflicts = 0;
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Conflict) {
            ++conflicts;
            CHECK(a.conflict().quantity == "homeless residents");
            CHECK(a.conflict().members.size() == 2);
        }
    CHECK(conflicts == 1);
}

TEST_CASE("The same quantity in different periods is no conflict", "[figures]") {
    const std::string text = "In 2023, 58,500 TEU were carried. In the first quarter of 2024, 90,000 TEU were carried.";
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items) CHECK(a.kind != AnnotationKind::Conflict);
}

TEST_CASE("An amount after \"from\" is the base of the change, so the other amount is its end", "[figures]") {
    const std::string text = "Installations reached 14.1 gigawatts in 2023, up 85 percent from 7.6 GW a year earlier.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* start = probe::find(r, text, AnnotationKind::Figure, "7.6 GW");
    const gloss::Annotation* end = probe::find(r, text, AnnotationKind::Figure, "14.1 gigawatts");
    REQUIRE(start != nullptr);
    REQUIRE(end != nullptr);
    CHECK(start->figure().derived.empty());
    REQUIRE_FALSE(end->figure().derived.empty());
    CHECK(end->figure().derived[0].value == Approx(7.62).epsilon(0.01));
}

TEST_CASE("A change in one clause gives no base to an amount in a contrasting one", "[figures]") {
    auto [text, amount] = GENERATE(table<std::string, std::string>({
        {"Prices fell 12 percent in March, but households still pay about 40 cents a unit.", "40 cents"},
        {"Sales rose 8 percent; the company still employs 3,000 workers.", "3,000 workers"},
        {"Exports grew 15 percent while imports stayed at 900 containers.", "900 containers"},
        // An amount after another verb of change is that verb's.
        {"Shares in Harlow Ferries jumped 12% after the firm said profits doubled to 40 million euros.", "40 million euros"},
        {"Harlow Bank stock slid almost 3% as the lender raised cash by selling new shares worth £2bn.", "£2bn"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, amount);
    REQUIRE(f != nullptr);
    // (No base from the other clause's change; "doubled to" gives its own: half the amount.)
    for (const gloss::DerivedValue& d : f->figure().derived)
        CHECK(d.value == Approx(f->figure().value / 2));
    if (text.find("doubled") == std::string::npos) CHECK(f->figure().derived.empty());
}

TEST_CASE("Measures that name only their unit are not grouped as a conflict", "[figures]") {
    const std::string text = "Germany installed 14.1 GW of solar power in 2023. The country now has more than 82 GW installed. "
                             "The government wants 215 GW by 2030.";
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items) CHECK(a.kind != AnnotationKind::Conflict);
}

TEST_CASE("Counts of one noun an order of magnitude apart are different quantities, not a conflict", "[figures]") {
    const std::string text = "At least 1.8 million children missed their first dose. "
                             "Hospitals treated about 1,500 children in March, and 16 children died.";
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items) CHECK(a.kind != AnnotationKind::Conflict);
}

TEST_CASE("A figure takes its source from the nearest subject before it in the sentence", "[figures]") {
    const std::string text =
        "The National Agency counted 2,361 cases in the region, while the Health Ministry put the figure at 3,100 cases.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* first = probe::find(r, text, AnnotationKind::Figure, "2,361 cases");
    const gloss::Annotation* second = probe::find(r, text, AnnotationKind::Figure, "3,100 cases");
    REQUIRE(first != nullptr);
    REQUIRE(second != nullptr);
    CHECK(first->figure().source == "National Agency");
    CHECK(second->figure().source == "Health Ministry");
}

TEST_CASE("An unnamed subject gives way to a source named after the figure", "[figures]") {
    const std::string text = "Critics warn of debt risks: Ostland's debt stands at 78% of its output, according to the Harlow Fund.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "78%");
    REQUIRE(f != nullptr);
    CHECK(f->figure().source == "Harlow Fund");
}

TEST_CASE("A quotation that opens its sentence goes on in the words of the speaker before it", "[figures]") {
    auto [text, quote, source] = GENERATE(table<std::string, std::string, std::string>({
        {"\"We are losing crews,\" Ivo Lind told the Harlow Courier. \"Pay there is 30% higher.\"", "30%", "Ivo Lind"},
        {"\xE2\x80\x9CWe are losing crews,\xE2\x80\x9D said Ana Ruiz. \xE2\x80\x9CPay there is 30% higher.\xE2\x80\x9D",
         "30%", "Ana Ruiz"},
        // Not across a paragraph, and not a sentence that does not open with a quotation mark.
        {"\"We are losing crews,\" Ivo Lind said.\n\n\"Pay there is 30% higher.\"", "30%", ""},
        {"\"We are losing crews,\" Ivo Lind said. Pay there is 30% higher.", "30%", ""},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().source) == source);
}

TEST_CASE("A source in a relative clause speaks for the figure the clause is about only", "[figures]") {
    // (With "that", or with it left out right after the figure.)
    auto text = GENERATE(std::string("Vaccination fell to 87% from 93%, below the 95% that the Harlow Health Fund says is needed."),
                         std::string("Vaccination fell to 87% from 93%, below the 95% the Harlow Health Fund says is needed."));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* now = probe::find(r, text, AnnotationKind::Figure, "87%");
    const gloss::Annotation* target = probe::find(r, text, AnnotationKind::Figure, "95%");
    REQUIRE(now != nullptr);
    REQUIRE(target != nullptr);
    CHECK(now->figure().source.empty());
    CHECK(target->figure().source == "Harlow Health Fund");
}

TEST_CASE("A range's upper bound reads as written, with its currency, scale and percent sign", "[figures]") {
    auto [text, quote, upper, value] = GENERATE(table<std::string, std::string, std::string, double>({
        {"Savings of $1.5\xE2\x80\x93" "2 billion a year are expected.", "$1.5\xE2\x80\x93" "2 billion", "$2 billion", 2e9},
        {"Growth of 10\xE2\x80\x93" "15 percent is expected.", "10\xE2\x80\x93" "15 percent", "15%", 15},
        {"Sales of EUR 3\xE2\x80\x93" "4 million were booked.", "EUR 3\xE2\x80\x93" "4 million", "EUR 4 million", 4e6},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    REQUIRE(f->figure().derived.size() == 1);
    CHECK(f->figure().derived[0].label == "upper bound");
    CHECK(f->figure().derived[0].text == upper);
    CHECK(f->figure().derived[0].value == Approx(value));
}

TEST_CASE("Values derived from an amount in millions or billions are written the same way", "[figures]") {
    const std::string text = "Quarterly revenue fell 18 per cent to $11.2 billion.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "$11.2 billion");
    REQUIRE(f != nullptr);
    REQUIRE(f->figure().derived.size() == 2);
    CHECK(f->figure().derived[0].value == Approx(13.66e9).epsilon(0.001));
    CHECK(f->figure().derived[0].text == "\xE2\x89\x88 $13.66 billion");
    CHECK(f->figure().derived[0].arithmetic == "11.2 billion \xC3\xB7 (1 \xE2\x88\x92 18%) \xE2\x89\x88 13.66 billion");
    CHECK(f->figure().derived[1].text == "\xE2\x89\x88 $2.459 billion");
}

TEST_CASE("A share is read from \"N in M\", in words or digits", "[figures]") {
    auto [text, quote, share] = GENERATE(table<std::string, std::string, double>({
        {"Auditors found that two in five large projects run late.", "two in five large projects", 0.4},
        {"One in four homes has solar panels.", "One in four homes", 0.25},
        {"Now 1 in 3 adults cycle to work.", "1 in 3 adults", 1.0 / 3},
        {"Only 1 in 1,000 samples failed.", "1 in 1,000 samples", 0.001},
        {"Yet only 3 in 10 smallholders have credit.", "3 in 10 smallholders", 0.3},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = figure_quoted(r, text, quote);
    REQUIRE(f != nullptr);
    CHECK(f->figure().kind == "ratio");
    CHECK(f->figure().unit == "share");
    CHECK(f->figure().value == Approx(share));
    // The share is one figure: its first number is not a count of its own.
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Figure && a.id != f->id) CHECK(a.range.end <= f->range.begin);
}

TEST_CASE("A number before \"in\" and a year or a time, or a rank's number, is no share", "[figures]") {
    for (const std::string text : {"The team scored 2 in 10 minutes.", "Prices rose 3 in 2023.",
                                   "Her album reached number one in nine countries."}) {
        CAPTURE(text);
        const auto r = probe::analyze(text);
        for (const auto& a : r.set.items) CHECK_FALSE((a.kind == AnnotationKind::Figure && a.figure().unit == "share"));
    }
}

TEST_CASE("A full month name keeps the sentence's full stop out of the date", "[figures]") {
    auto [text, quote] = GENERATE(table<std::string, std::string>({
        {"The ministry said so on 14 May. Then it changed course.", "14 May"},
        {"Voting ended on 3 June. Counting began.", "3 June"},
        {"It was signed on Sept. 14, 2015 in Paris.", "Sept. 14, 2015"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    CHECK(probe::find(r, text, AnnotationKind::Figure, quote) != nullptr);
}

TEST_CASE("Multiples are read from \"45-fold\" and \"threefold\"", "[figures]") {
    auto [text, quote, value] = GENERATE(table<std::string, std::string, double>({
        {"Cases rose to 58,114, a 45-fold increase.", "45-fold", 45},
        {"Orders are up threefold since January.", "threefold", 3},
        {"Costs grew Tenfold.", "Tenfold", 10},
        {"Prices are 2.5 times higher than in 2019.", "2.5 times", 2.5},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(f->figure().kind == "ratio");
    CHECK(f->figure().unit == "times");
    CHECK(f->figure().value == Approx(value));
}

TEST_CASE("A change written as a fraction gives the base like a percentage", "[figures]") {
    auto [text, change, amount, base] = GENERATE(table<std::string, std::string, std::string, double>({
        {"Funding was cut by a third, to $2.3m, this year.", "a third", "$2.3m", 3.45e6},
        {"Ridership rose by half to 900 riders.", "half", "900 riders", 600},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* c = probe::find(r, text, AnnotationKind::Figure, change);
    REQUIRE(c != nullptr);
    CHECK(c->figure().kind == "change");
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, amount);
    REQUIRE(f != nullptr);
    REQUIRE_FALSE(f->figure().derived.empty());
    CHECK(f->figure().derived[0].value == Approx(base).epsilon(0.001));
}

TEST_CASE("A fraction of a whole is a fraction, not a count", "[figures]") {
    auto [text, quote, share, counts] = GENERATE(table<std::string, std::string, double, std::string>({
        {"A third of voters stayed home.", "A third", 0.3333, "voters"},
        {"Two-thirds of orchards flooded.", "Two-thirds", 0.6667, "orchards"},
        {"Three quarters of the barley was lost.", "Three quarters", 0.75, "barley"},
        {"By noon \xC2\xBE of the ferries had sailed.", "\xC2\xBE", 0.75, "ferries"},
        {"Nearly half of adults slept badly.", "half", 0.5, "adults"},
        // A poll's share with "of" left out, or alone before what they said.
        {"Almost half those questioned said fees were high.", "half", 0.5, ""},
        {"Two-thirds said the pier should stay.", "Two-thirds", 0.6667, ""},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "fraction");
    CHECK(f->figure().value == Approx(share).epsilon(0.001));
    CHECK(std::string(f->figure().counts) == counts);
}

TEST_CASE("A number in words with a scale word is written with it", "[figures]") {
    const std::string text = "Some two million people fled the floods.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "two million people");
    REQUIRE(f != nullptr);
    CHECK(f->figure().value == Approx(2e6));
    CHECK(f->figure().value_text == "two million");
}

TEST_CASE("A number in words before a currency is money, as digits are", "[figures]") {
    auto [text, quote, kind, unit, value, counts] = GENERATE(table<std::string, std::string, std::string, std::string, double, std::string>({
        {"The room costs ten dollars a night.", "ten dollars", "money", "USD", 10, "per night"},
        {"A ticket was seven euros.", "seven euros", "money", "EUR", 7, ""},
        {"Lunch cost twelve yen more than a year ago.", "twelve yen", "money", "JPY", 12, ""},
        {"The toll was one dollar.", "one dollar", "money", "USD", 1, ""},
        {"A stamp cost fifty cents.", "fifty cents", "money", "USD", 0.5, ""},
        {"In Britain a loaf cost twenty pence.", "twenty pence", "money", "GBP", 0.2, ""},
        // Pounds are sterling where the text prices in it, else a weight (as after digits).
        {"In Britain the fare was five pounds.", "five pounds", "money", "GBP", 5, ""},
        {"The parcel weighed five pounds.", "five pounds", "quantity", "pounds", 5, ""},
        {"In Britain she bought twenty pounds of apples.", "twenty pounds", "quantity", "pounds", 20, ""},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == kind);
    CHECK(std::string(f->figure().unit) == unit);
    CHECK(f->figure().value == Approx(value));
    CHECK(std::string(f->figure().counts) == counts);
}

TEST_CASE("A currency word before \"zone\" after a number in words names a region", "[figures]") {
    const std::string text = "The twelve euro zone members met.";
    const auto r = probe::analyze(text);
    REQUIRE_FALSE(r.set.items.empty());  // (the count of members stays a figure)
    for (const gloss::Annotation& a : r.set.items)
        if (a.kind == AnnotationKind::Figure) CHECK(std::string(a.figure().kind) != "money");
}

TEST_CASE("A unit joined to a dimension by a hyphen measures that dimension", "[figures]") {
    auto [text, quote, unit, counts] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {"The pier has 40-foot-tall lamps.", "40-foot-tall", "foot", "height"},
        {"A 300-metre-long hull was built.", "300-metre-long", "metre", "length"},
        {"The 2-mile-wide bay froze.", "2-mile-wide", "mile", "width"},
        {"A 20-foot container fell.", "20-foot", "foot", ""},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "quantity");
    CHECK(std::string(f->figure().unit) == unit);
    CHECK(std::string(f->figure().counts) == counts);
}

TEST_CASE("A quantity counts the noun after its unit, not the unit", "[figures]") {
    auto [text, quote, unit, counts] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {"The city has 4,300 miles of water mains.", "4,300 miles", "miles", "water mains"},
        {"Crews paved 6,000 miles.", "6,000 miles", "miles", ""},
        {"It sold two million tons of steel.", "two million tons", "tons", "steel"},
        {"A 40 tonne truck tipped over.", "40 tonne", "tonne", "tonne truck"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "quantity");
    CHECK(std::string(f->figure().unit) == unit);
    CHECK(std::string(f->figure().counts) == counts);
}

TEST_CASE("A bare number after a quantity in its sentence, or with a scale word in its paragraph, is in the quantity's unit", "[figures]") {
    auto [text, quote, unit] = GENERATE(table<std::string, std::string, std::string>({
        {"Output was 28,526 tonnes in May and 24,516 in June.", "24,516", "tonnes"},
        // Wire copy elides the unit after a scale word in the next sentence.
        {"The council raised its estimate to 64 mln tonnes. It kept the export estimate at 62 mln.", "62 mln", "tonnes"},
        // A unit alone does not carry to another sentence's bare number.
        {"Output was 40 tonnes. Of the boats, 19 were late.", "19", ""},
        {"A magnitude 6.2 quake struck. Of the boats, 19 were late.", "19", ""},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == (unit.empty() ? "count" : "quantity"));
    CHECK(std::string(f->figure().unit) == unit);
}

TEST_CASE("A number after a party's name in a gapped clause counts what the count before it counts", "[figures]") {
    const std::string text = "The Harbour Union won 412 seats, the Tarrow Conservatives 121 and the Greens 21.";
    const auto r = probe::analyze(text);
    for (const std::string quote : {"121", "21"}) {
        CAPTURE(quote);
        const gloss::Annotation* f = nullptr;
        for (const auto& a : r.set.items)
            if (a.kind == AnnotationKind::Figure && text.substr(a.range.begin, a.range.end - a.range.begin) == quote) f = &a;
        REQUIRE(f != nullptr);
        CHECK(std::string(f->figure().kind) == "count");
        CHECK(std::string(f->figure().counts) == "seats");
    }
}

TEST_CASE("A number after a name that is no gapped clause stays an identifier", "[figures]") {
    auto [text, quote] = GENERATE(table<std::string, std::string>({
        {"The port ran 40 buses on the Harlow Lines 9 today.", "Lines 9"},        // no clause's end after it
        {"Harlow won 3 games and Channel 5 showed them.", "Channel 5"},           // no "the", no plural
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "identifier");
}

TEST_CASE("Bare counts in a sentence opened by things in the plural count those things", "[figures]") {
    auto [text, quote, counts] = GENERATE(table<std::string, std::string, std::string>({
        {"Flights will rise from about 480 to 700 a day.", "700", "flights"},
        {"The airport handled 41 million passengers. Flights will rise from about 480 to 700 a day.", "480", "flights"},
        {"The airport handled 41 million passengers. Night flights will be limited to 16.", "16", "flights"},
        // A measure or a name opening the sentence counts nothing: the count before it still may.
        {"The firm sold 300 boats in May. In June it sold 250.", "250", "boats"},
        {"The port sold 300 boats in May. Harlow Ferries will buy 40.", "40", "boats"},
        // A measure opening the sentence takes no count's noun from before (a unit still carries with a scale word).
        {"The firm sold 300 boats in May. Prices rose to 250.", "250", ""},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().counts) == counts);
}

TEST_CASE("A bare number takes the noun of money before it only in its sentence, and is money then", "[figures]") {
    auto [text, quote, kind, unit, counts] = GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
        {"The authority faced a €120m shortfall. Passenger numbers reached 310 million last year.", "310 million", "count", "", ""},
        {"The authority faced a €120m shortfall this year and 90 next year.", "90", "money", "EUR", "shortfall"},
        {"Tarrow paid a €120 fine in May and 90 in June.", "90", "money", "EUR", "fine"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == kind);
    CHECK(std::string(f->figure().unit) == unit);
    CHECK(std::string(f->figure().counts) == counts);
}

TEST_CASE("Money counts what it is worth, never the people after it", "[figures]") {
    auto [text, quote, counts] = GENERATE(table<std::string, std::string, std::string>({
        {"The game has $10 worth of levels.", "$10", "levels"},
        {"That is more than the $2 people pay for a ticket.", "$2", ""},
        {"Harlow won a $5 million loan.", "$5 million", "loan"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().counts) == counts);
}

TEST_CASE("Letters with digits of their own glued to a number make a name, not a unit", "[figures]") {
    const std::string text = "The game Harbour 2K19 came out, shown in 4K60 on a 2x4 screen.";
    const auto r = probe::analyze(text);
    CHECK(probe::find(r, text, AnnotationKind::Figure, "2K19") == nullptr);
    CHECK(probe::find(r, text, AnnotationKind::Figure, "4K60") == nullptr);
}

TEST_CASE("Half without a quantity after it is not a figure", "[figures]") {
    const std::string text = "Half the seats changed hands, and the third of May was calm. During the first half of the year it rained.";
    const auto r = probe::analyze(text);
    CHECK(probe::find(r, text, AnnotationKind::Figure, "Half") == nullptr);
    CHECK(probe::find(r, text, AnnotationKind::Figure, "half") == nullptr);  // a period, not a share
    CHECK(probe::find(r, text, AnnotationKind::Figure, "third") == nullptr);
}

TEST_CASE("Newswire and scale-letter amounts are money and units", "[figures]") {
    auto [text, quote, kind, unit] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {"The grant was 5m euros.", "5m euros", "money", "EUR"},
        {"Silos held 2.4bn tonnes.", "2.4bn tonnes", "quantity", "tonnes"},
        {"The loan was KZT 40bn.", "KZT 40bn", "money", "KZT"},
        // "m" alone is millions after a figure of the sentence that wrote millions so, metres otherwise.
        {"The port handled 3.4m TEU, up from 2.9m a year earlier.", "2.9m", "quantity", "TEU"},
        {"The ferry carried 1.2m passengers, against 1.1m in 2024.", "1.1m", "count", ""},
        {"The wall is 5m high, up from 4m last year.", "4m", "quantity", "m"},
        {"She won the 400m hurdles in May and the 200m in June.", "200m", "quantity", "m"},
        // "b" glued to an amount of money is billions.
        {"Exports to Tarrow were $31.4b last year.", "$31.4b", "money", "USD"},
        {"Tarrow gets 710 millimetres of rain a year.", "710 millimetres", "quantity", "millimetres"},
        {"Profit was 120 mln dlrs.", "120 mln dlrs", "money", "USD"},
        {"Sales were 300 mln stg.", "300 mln stg", "money", "GBP"},
        {"Output was 1.7 mln bpd.", "1.7 mln bpd", "quantity", "bpd"},
        {"Yields rose 0.3 pp.", "0.3 pp", "change", "percentage points"},
        {"The tax will fall by two percentage points.", "two percentage points", "change", "percentage points"},
        {"The index fell five points.", "five points", "change", "points"},
        {"Ivo Lind scored five points.", "five points", "count", ""},
        {"Rates rose 30 basis points.", "30 basis points", "change", "basis points"},
        {"Traders expected a 25-basis-point rise.", "25-basis-point", "change", "basis points"},
        {"Rents were 27% lower.", "27%", "change", "percent"},
        // Currencies of newswire years and markets, by their plural.
        {"Exports were 47 billion guilders.", "47 billion guilders", "money", "NLG"},
        {"The loss was 260 mln kwacha.", "260 mln kwacha", "money", "ZMW"},
        {"The fund lent 35 mln SDRs.", "35 mln SDRs", "money", "XDR"},
        {"Rubber sold at 19 ringgit.", "19 ringgit", "money", "MYR"},
        {"German exports were 42 billion marks.", "42 billion marks", "money", "DEM"},
        {"The rate was 96 guilders per 100 marks.", "96 guilders per 100 marks", "rate", "NLG per 100 marks"},
        // An amount in words, with a scale and a currency.
        {"The deal could reach four billion dlrs.", "four billion dlrs", "money", "USD"},
        {"The pier cost two million Swiss francs.", "two million Swiss francs", "money", "CHF"},
        {"A fund of one billion U.S. dlrs was set up.", "one billion U.S. dlrs", "money", "USD"},
        // A country's currency by its adjective, or by letters glued to the dollar sign.
        {"The fine was 2.5 million Swiss francs.", "2.5 million Swiss francs", "money", "CHF"},
        {"The port paid 40 Kenyan shillings a crate.", "40 Kenyan shillings", "money", "KES"},
        {"The deal cost 300 mln French francs.", "300 mln French francs", "money", "FRF"},
        {"The crate cost 40 Sri Lankan rupees.", "40 Sri Lankan rupees", "money", "LKR"},
        {"A ticket cost 40 South African rand.", "40 South African rand", "money", "ZAR"},
        {"Harlow Ferries is worth A$12bn.", "A$12bn", "money", "AUD"},
        {"The ferry sold for NZ$3m.", "NZ$3m", "money", "NZD"},
        {"The pier cost R$2bn.", "R$2bn", "money", "BRL"},
        // Rupees written "Rs", with the South Asian scale words; rand written "R15,000".
        {"Revenue was Rs 4,500 crore.", "Rs 4,500 crore", "money", "INR"},
        {"The Pakistan plant cost Rs 2.5 billion.", "Rs 2.5 billion", "money", "PKR"},
        {"In South Africa, pay starts at R15,000 a month.", "R15,000", "money", "ZAR"},
        // A currency word several countries use, in a text that names one of them; a unit in a headline's capitals.
        {"Philippine mills are idle. Sugar sold for 700 mln pesos.", "700 mln pesos", "money", "PHP"},
        {"Nairobi's port grew. A crate costs forty shillings.", "forty shillings", "money", "KES"},
        // …naming two of them, or none: money still, in the currency's plural, as no ISO code can be told.
        {"Mexico and Chile traded. A crate cost 300 pesos.", "300 pesos", "money", "pesos"},
        {"The Harlow council will spend 2.3 billion crowns on pipes.", "2.3 billion crowns", "money", "crowns"},
        {"Harlow Port charges 48 dinars a crate.", "48 dinars", "money", "dinars"},
        // "Crowns", the English for several currencies; and more words of one country's currency.
        {"Prague's budget grows. Spending reaches 312 billion crowns.", "312 billion crowns", "money", "CZK"},
        {"The pier cost 40 million Danish crowns.", "40 million Danish crowns", "money", "DKK"},
        {"Stockholm and Oslo traded. A crate cost 300 crowns.", "300 crowns", "money", "crowns"},
        {"The queen owns three crowns.", "three crowns", "count", ""},  // crowns are money from 10 up
        // A bare amount compared with the amount of money or quantity before it is in its unit.
        {"Bills rose to 4,900 euros from 3,700.", "3,700", "money", "EUR"},
        {"Output was put at 40 tonnes against 52 last year.", "52", "quantity", "tonnes"},
        // A bare price a move of money ended at is in its currency; not after hundredths ("40 pence to 612").
        {"Harlow Steel shares closed 12 yen lower at 348.", "348", "money", "JPY"},
        {"Harlow Steel shares rose 12 yen to 348.", "348", "money", "JPY"},
        {"Harlow Steel shares rose 40 pence to 612.", "612", "count", ""},
        {"Dubai's port grew. A crate costs 90 dirhams.", "90 dirhams", "money", "AED"},
        {"Hanoi's port grew. A crate costs 90,000 dong.", "90,000 dong", "money", "VND"},
        {"Pakistan's mills are idle. One cost 300 mln rupees.", "300 mln rupees", "money", "PKR"},
        {"India and Pakistan traded. A mill cost 300 mln rupees.", "300 mln rupees", "money", "INR"},
        // Two countries' currency joined by a slash, as a joint market quotes it: a quantity in that unit.
        {"Tin closed at 231 Ostlandic/Tarrish cents per kilo.", "231 Ostlandic/Tarrish cents", "quantity",
         "Ostlandic/Tarrish cents"},
        // Units of computing and of images; "4K" before a plural of things counted is 4,000 of them.
        {"The chip reaches 6 teraflops.", "6 teraflops", "quantity", "teraflops"},
        {"It has a 23 megapixels sensor.", "23 megapixels", "quantity", "megapixels"},
        {"The race drew 4K runners.", "4K runners", "count", ""},
        {"HARVEST SEEN AT 2.4 MLN TONNES", "2.4 MLN TONNES", "quantity", "tonnes"},
        {"Carbon dioxide in the bay reached 420 parts per million.", "420 parts per million", "quantity", "ppm"},
        {"She won gold in the 400m hurdles.", "400m", "quantity", "m"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == kind);
    CHECK(std::string(f->figure().unit) == unit);
}

TEST_CASE("Crore and lakh scale an amount, and digits after a word's glued comma are no figure", "[figures]") {
    const std::string text = "Revenue was Rs 4,500 crore, and pay starts at R15,000 a month.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "Rs 4,500 crore");
    REQUIRE(f != nullptr);
    CHECK(f->figure().value == Approx(4.5e10));
    CHECK(probe::find(r, text, AnnotationKind::Figure, "000") == nullptr);  // no rand in this text, and no "000"
}

TEST_CASE("Marks are money only in a text that deals in German marks", "[figures]") {
    const std::string text = "The essay earned 42 marks out of 50.";
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Figure) CHECK(std::string(a.figure().kind) != "money");
}

TEST_CASE("A figure's noun and a name before a number stay on the figure's line", "[figures]") {
    const std::string text = "Ivo Lind\n\n33\nboats left the port.";
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items) {
        if (a.kind != AnnotationKind::Figure) continue;
        CHECK(std::string(a.figure().kind) != "identifier");
        CHECK(std::string(a.figure().counts) != "boats");
    }
}

TEST_CASE("A date never runs across a blank line, but does across a line break", "[figures]") {
    const std::string text = "Releases:\n\n3\n\nApril 2014\n\nIt closed on April\n5, 2015.";
    const auto r = probe::analyze(text);
    const auto dates = probe::quotes(r, text, AnnotationKind::Figure);
    CHECK(std::find(dates.begin(), dates.end(), "April 2014") != dates.end());
    CHECK(std::find(dates.begin(), dates.end(), "April\n5, 2015") != dates.end());
}

TEST_CASE("Numbers inside names are identifiers, not figures", "[figures]") {
    auto [text, quote] = GENERATE(table<std::string, std::string>({
        {"Channel 5 aired the final.", "Channel 5"},
        {"Order ISBN 9780000000002 from the shop.", "ISBN 9780000000002"},
        {"Shares on the DAX 40 index slipped.", "DAX 40"},
        {"Squadron 9 flew north.", "Squadron 9"},
        {"Jets of squadron 9 flew north.", "squadron 9"},  // a unit's label in lower case
        {"Ferries leave from terminal 5.", "terminal 5"},
        {"The data are in Annex 3.", "Annex 3"},
        // A model or edition: a name in capitals or in camel case before the number, a name after it.
        {"Harlow OS 11 was released on Monday.", "OS 11"},
        {"Tarrow 11 was released on Monday.", "Tarrow 11"},
        {"Tarrow 85 ships this week with a new engine.", "Tarrow 85"},
        {"The iFerry 15 costs $799.", "iFerry 15"},
        {"The 737 Skylark was grounded for 20 months.", "737 Skylark"},
        {"The office is at 10 Harbour Lane.", "10 Harbour Lane"},
        // A name glued with "&" before the number is whole, even when its last letter looks like a label.
        {"The H&T 500 index rose.", "H&T 500"},
        {"The H&P 40 index rose.", "H&P 40"},
        // A page by its abbreviation.
        {"Harbour Yearbook. Harlow Press. p. 5.", "p. 5"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "identifier");
}

TEST_CASE("A year after a label's full stop opens a new sentence, it is no label's number", "[figures]") {
    const std::string text = "Harbour Yearbook. Harlow Survey Unit. 2018. Retrieved in May.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "2018");
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "date");
}

TEST_CASE("A number before a plural or a nationality counts it", "[figures]") {
    auto [text, quote, counts] = GENERATE(table<std::string, std::string, std::string>({
        {"Police said 40 Ostlanders were hurt.", "40 Ostlanders", "Ostlanders"},
        {"Some 200 Vietnamese were held.", "200 Vietnamese", "Vietnamese"},
        {"The port hired 30 Canadian pilots.", "30 Canadian pilots", "pilots"},
        {"Only 40 boats sailed.", "40 boats", "boats"},
        {"Around 300 ships docked.", "300 ships", "ships"},
        // After an owner's possessive: the owner's count, not a model number.
        {"The spending of Tarrow's 35 states rose.", "35 states", "states"},
        // A model's name with its number: the count takes the whole name.
        {"Harlow Air ordered 40 Skylark 737 MAX jets.", "40 Skylark 737 MAX jets", "Skylark 737 MAX jets"},
        {"Tarrowly sold 20 FerryStation 5 consoles.", "20 FerryStation 5 consoles", "FerryStation 5 consoles"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "count");
    CHECK(f->figure().counts == counts);
}

TEST_CASE("A number after \"magnitude\" is an earthquake's size", "[figures]") {
    const std::string text = "A magnitude 6.4 quake struck the coast.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "magnitude 6.4");
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "quantity");
    CHECK(std::string(f->figure().unit) == "magnitude");
    CHECK(f->figure().value == Approx(6.4));
}

TEST_CASE("An amount taken \"off\" something is the change itself and gets no base", "[figures]") {
    const std::string text = "Shares dropped 9.4% in early trading, wiping about $14 billion off the company's value.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "$14 billion");
    REQUIRE(f != nullptr);
    CHECK(f->figure().derived.empty());
}

TEST_CASE("Numbers under a thousand are written as printf's %.4g writes them", "[figures][format]") {
    const double v = GENERATE(0.0001, 0.00012345, 0.000999949, 0.001, 0.05, 0.125, 0.5, 1.0, 1.0005, 1.00049999, 2.5,
                              9.9995, 12.345, 12.3449999, 44.0, 99.995, 100.05, 123.45, 323.0, 999.4, 999.94, 999.95,
                              999.9999, -3.1, -0.00015, 0.00001, 1e-5, 3e-7);
    char expected[64];
    std::snprintf(expected, sizeof expected, "%.4g", v);
    CHECK(gloss::format_number(v) == expected);
}

TEST_CASE("A sweep of values under a thousand matches %.4g everywhere", "[figures][format]") {
    std::uint64_t s = 0x9E3779B97F4A7C15ull;
    std::vector<std::string> mismatches;  // "value: got / expected"
    for (int i = 0; i < 200000; ++i) {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        const double unit = static_cast<double>(s >> 11) / 9007199254740992.0;  // [0, 1)
        const double v = std::ldexp(unit, static_cast<int>(i % 24) - 14) * 1000.0 / 1024.0;
        char expected[64];
        std::snprintf(expected, sizeof expected, "%.4g", v);
        const std::string got = gloss::format_number(v);
        if (got != expected && mismatches.size() < 5)
            mismatches.push_back(std::to_string(v) + ": " + got + " / " + expected);
    }
    CHECK(mismatches.empty());
}

TEST_CASE("Numbers from a thousand up get thousands separators and four significant digits", "[figures][format]") {
    using Row = std::tuple<double, const char*>;
    const auto [v, text] = GENERATE(table<double, const char*>({Row{1000, "1,000"}, Row{13830.4, "13,830"},
                                                                Row{62499.9, "62,500"}, Row{1234567, "1,235,000"},
                                                                Row{-58500, "-58,500"}, Row{999999, "1,000,000"}}));
    CHECK(gloss::format_number(v) == text);
}

TEST_CASE("A figure's value text is the number as written, with its scale word", "[figures]") {
    auto [text, quote, value_text, value] = GENERATE(table<std::string, std::string, std::string, double>({
        {"The network carried 12 million passengers.", "12 million passengers", "12 million", 12e6},
        {"About 2.5 billion people use it.", "2.5 billion people", "2.5 billion", 2.5e9},
        {"Some 40 thousand fans came.", "40 thousand fans", "40 thousand", 4e4},
        {"They gave $3.5 million to schools.", "$3.5 million", "$3.5 million", 3.5e6},
        {"The port moved 58,500 TEU last year.", "58,500 TEU", "58,500", 58500},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = figure_quoted(r, text, quote);
    REQUIRE(f != nullptr);
    CHECK(f->figure().value_text == value_text);
    CHECK(f->figure().value == Approx(value));
}

TEST_CASE("Number words and fractions longer than any date word are still read", "[figures]") {
    auto [text, quote, value] = GENERATE(table<std::string, std::string, double>({
        {"Seventy-seven people were hurt in the crash.", "Seventy-seven people", 77},
        {"Ridership fell by three-quarters to 250 riders.", "three-quarters", 75},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(f->figure().value == Approx(value));
}

TEST_CASE("A date without a year has no value when the publication date is unknown", "[figures]") {
    const std::string text = "OSLO, May 4 - The fleet of 40 trawlers returned.";
    const auto r = probe::analyze(text, "");
    REQUIRE(r.ok);
    const gloss::Annotation* d = probe::find(r, text, AnnotationKind::Figure, "May 4");
    REQUIRE(d != nullptr);
    CHECK(std::string(d->figure().value_text).empty());
    const std::string json = gloss::annotation_collection_json(r.set, text, gloss::AnnotationJsonOptions{});
    CHECK(json.find("\"value\": 0,") == std::string::npos);
    CHECK(json.find("\"value\": null") != std::string::npos);
}

TEST_CASE("A full date on a line of its own under the headline is the publication date", "[figures]") {
    auto [text, date] = GENERATE(table<std::string, std::string>({
        // A forecast year named twice does not outrank the dateline.
        {"Ferry costs could pass the navy's by 2031\n\nMarch 3, 2019\n\nCosts may pass it in 2031. In 2031 the fleet turns 40.",
         "2019-03-03"},
        {"Harbour fees rise\n\n4 June 2024.\n\nFees rose in May.", "2024-06-04"},
        // A date inside a sentence is no dateline.
        {"Harbour fees rise\n\nOn March 3, 2019 fees rose, and in June 2024 they fell.", "2024-06"},
    }));
    CAPTURE(text);
    gloss::AnalyzeOptions o;
    const auto r = gloss::analyze_text(text, o);
    REQUIRE(r.ok);
    CHECK(r.set.publication_date == date);
}

TEST_CASE("A newswire dateline with its year is the publication date, whatever later day the text names", "[figures]") {
    auto [text, date] = GENERATE(table<std::string, std::string>({
        {"HARLOW, 5 January 2025 - Police arrested 12 people on 20 December, officials said.", "2025-01-05"},
        {"Tarrow, March 3, 2024 (Harlow Wire) - Fees rose on 12 November, the port said.", "2024-03-03"},
    }));
    CAPTURE(text);
    const auto r = gloss::analyze_text(text, {});
    REQUIRE(r.ok);
    CHECK(r.set.publication_date == date);
}

TEST_CASE("A day of no year months after the publication's month is last year's, unless its sentence looks ahead", "[figures]") {
    auto [text, quote, date] = GENERATE(table<std::string, std::string, std::string>({
        {"HARLOW, 5 January 2025 - Police arrested 12 people on 20 December after the riot.", "20 December", "2024-12-20"},
        {"HARLOW, 5 January 2025 - The trial will start on 14 February.", "14 February", "2025-02-14"},
        {"HARLOW, 5 January 2025 - The port will reopen on 20 December.", "20 December", "2025-12-20"},
        {"HARLOW, June 10, 2025 - The club's next match is on 14 January against Tarrow.", "14 January", "2026-01-14"},
        {"HARLOW, June 10, 2025 - The club lost on 14 January against Tarrow.", "14 January", "2025-01-14"},
    }));
    CAPTURE(text);
    const auto r = gloss::analyze_text(text, {});
    REQUIRE(r.ok);
    const gloss::Annotation* d = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(d != nullptr);
    CHECK(std::string(d->figure().value_text) == date);
}

TEST_CASE("An inferred publication date is not earlier than the year the text names as its present", "[figures]") {
    auto [text, year] = GENERATE(table<std::string, int>({
        // Figures for 1991, named twice, under a dateline without a year: not published in an October 1989 it recalls.
        {"OSLO, May 4 - Catches in 1991 will fall, after a peak in October 1989. Quotas for 1991 are set.", 1991},
        // A year aimed at the future does not count: "by 2031".
        {"OSLO, May 4 - Catches fell in March 2024. Output should double by 2031, and by 2031 prices rise.", 2024},
    }));
    CAPTURE(text);
    gloss::AnalyzeOptions o;
    const auto r = gloss::analyze_text(text, o);
    REQUIRE(r.ok);
    CHECK(r.set.publication_date.substr(0, 4) == std::to_string(year));
}

TEST_CASE("A date the text reckons from or towards does not date the text", "[figures]") {
    auto [text, expected] = GENERATE(table<std::string, std::string>({
        // Only a past reference point: the date stays unknown, not March 2001.
        {"OSLO, May 4 - The jobless rate held at 5.1 pct, the lowest since March 2001.", ""},
        // A term that ends in the future is not the present either.
        {"OSLO, May 4 - Rates should fall in the year to the end of March 2031, the bank said.", ""},
        {"OSLO, May 4 - The loan, expiring on June 2, 2031, was drawn in June 2026.", "2026-06"},
        // A date that is the present still dates the text.
        {"OSLO, May 4 - Output fell in April 2026, the lowest since March 2001.", "2026-05-04"},
    }));
    CAPTURE(text);
    const auto r = gloss::analyze_text(text, {});
    REQUIRE(r.ok);
    CHECK(r.set.publication_date == expected);
}

TEST_CASE("Series of one quantity are not conflicts", "[figures]") {
    auto [text] = GENERATE(table<std::string>({
        // Months listed in one sentence.
        {"Hiring added 319,000 jobs in February; 287,000 jobs in January, the bureau said."},
        // One source's series.
        {"The bureau counted 412 vessels in May. The bureau counted 398 vessels in June."},
        // Prices that move.
        {"The lira rose to 18.4 cents, traders said. Earlier a broker put it at 18.1 cents."},
        // Figures the text states without attributing them.
        {"The fleet had 40 trawlers. Later the fleet had 52 trawlers."},
        // Each owner's own figure ("its quota"), though their sources differ.
        {"Ostland, which said it would not honour its 1.4 mln bpd quota, produced less, Ana Ruiz said. "
         "Harlow produced less than its 1.7 mln bpd quota, Ivo Brand said."},
        // A rate over time against one month's figure.
        {"The utility logs about 300 outages in a typical month, Ana Ruiz said. "
         "Last winter there were 520 outages, Ivo Brand said."},
        // A plan against a count, and two parties' plans.
        {"Tarrowly will build 5,000 cabins, Ana Ruiz said. The register lists 8,000 cabins, Ivo Brand said."},
        {"The minister said 20,000 cabins will be built. The mayor plans to add 9,000 cabins, Ivo Brand said."},
        {"Ana Ruiz said 400 cabins are to be sold. There are 900 cabins, Ivo Brand said."},
        // An owner's figure ("the union had …") against a count of no owner, and two owners' figures.
        {"Ana Ruiz said 5,000 members joined the strike. Ivo Brand said the union had 45,000 members."},
        {"Ana Ruiz said the ferry union now has 700 members. Ivo Brand said the dock union had 900 members."},
        // What each party won, and the whole with a part of it.
        {"The council has 150 seats, of which 30 are reserved for farmers. The ruling Harbour Party (HP) won 88 seats, "
         "the election office said. The opposition Dock Front, which won 37 seats, wants a recount, Ivo Brand said."},
        // A figure that sizes another quantity.
        {"Analysts at Harlow Bank put the shortfall at 30,000 cabins. There are 8,000 cabins, Ivo Brand said."},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items) CHECK(a.kind != AnnotationKind::Conflict);
}

TEST_CASE("Counts of one quantity that sources give differently conflict, however the count is put", "[figures]") {
    auto [text] = GENERATE(table<std::string>({
        {"The ministry counted 1,240 stray dogs in May. A charity counted 2,100 stray dogs in May."},
        {"The ministry put the number at 1,240 stray dogs in May. A charity counted 2,100 stray dogs in May."},
        {"The ministry put the stray dogs at 1,240 stray dogs in May. A charity counted 2,100 stray dogs in May."},
        {"Police estimated the crowd at 20,000 marchers. Organisers said 80,000 marchers took part."},
        {"The shelter has 1,240 stray dogs, the ministry said. The shelter has 2,100 stray dogs, a charity said."},
        {"The Harbour Party won 88 seats, the election office said. The Harbour Party won 84 seats, Ivo Brand said."},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    int conflicts = 0;
    for (const auto& a : r.set.items) conflicts += a.kind == AnnotationKind::Conflict ? 1 : 0;
    CHECK(conflicts == 1);
}

TEST_CASE("A conflict group stays small on a long text", "[figures]") {
    std::string text;
    for (int k = 0; k < 400; ++k)
        text += "The council counted " + std::to_string(1000 + k) + " stalls. Others estimate " + std::to_string(1100 + k) + " stalls.\n\n";
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Conflict) CHECK(a.conflict().members.size() <= 12);
}

TEST_CASE("The middle of a month and a quarter without a year are periods, not numbers", "[figures]") {
    auto [text, date, quote, iso, unit] = GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
        {"Talks resume in mid-August after the break.", "2024-06-04", "mid-August", "2024-08", "month"},
        {"Talks resume in mid-August after the break.", "", "mid-August", "", "month"},
        {"Ferries return by Mid-March 2023, the port says.", "2024-06-04", "Mid-March 2023", "2023-03", "month"},
        {"Building stalled in mid-2019 for lack of steel.", "2024-06-04", "mid-2019", "2019", "year"},
        {"Profits recovered in Q3 as orders grew.", "2024-06-04", "Q3", "2024-Q3", "quarter"},
        {"Profits recovered in Q3 as orders grew.", "", "Q3", "", "quarter"},
        {"Sales in Q1 2023 beat forecasts.", "2024-06-04", "Q1 2023", "2023-Q1", "quarter"},
        {"Orders slowed in the third quarter at most mills.", "2024-06-04", "third quarter", "2024-Q3", "quarter"},
    }));
    CAPTURE(text, date);
    const auto r = probe::analyze(text, date);
    REQUIRE(r.ok);
    const gloss::Annotation* f = figure_quoted(r, text, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "date");
    CHECK(f->figure().value_text == iso);
    CHECK(std::string(f->figure().unit) == unit);
    CHECK(probe::quotes(r, text, AnnotationKind::Figure).size() == 1);  // no bare number beside it
}

TEST_CASE("A quarter's letter after a name is part of the name", "[figures]") {
    const std::string text = "Dealers sold the Audi Q3 at a discount.";
    const auto r = probe::analyze(text);
    CHECK(probe::find(r, text, AnnotationKind::Figure, "Q3") == nullptr);
}

TEST_CASE("Durations and periods in words are durations, not counts", "[figures]") {
    auto [text, quote, value, unit, qualifier] = GENERATE(table<std::string, std::string, double, std::string, std::string>({
        {"The lira hit a six-week low on Monday.", "six-week", 6, "week", ""},
        {"Bond yields touched a two-year high.", "two-year", 2, "year", ""},
        {"House prices doubled in a decade.", "a decade", 1, "decade", ""},
        {"The mill has been shut for over a year.", "a year", 1, "year", "more than"},
        {"Rents have risen for nearly a decade.", "a decade", 1, "decade", "nearly"},
        {"The debt must be repaid within one year.", "one year", 1, "year", ""},
        {"He waited three more years for the post.", "three more years", 3, "year", ""},
        {"The page took 300 ms to load.", "300 ms", 300, "millisecond", ""},
        {"Ferry fares have risen for four consecutive months.", "four consecutive months", 4, "month", ""},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = figure_quoted(r, text, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "duration");
    CHECK(f->figure().value == Approx(value));
    CHECK(std::string(f->figure().unit) == unit);
    CHECK(std::string(f->figure().qualifier) == qualifier);
}

TEST_CASE("A year before 1800 is a year where a year is expected, a count before a noun", "[figures]") {
    auto [text, quote, kind] = GENERATE(table<std::string, std::string, std::string>({
        {"In 1788 Captain Ivo Lind took office.", "1788", "date"},
        {"By 1700, the town had grown.", "1700", "date"},
        {"Since 1642 the fort has stood.", "1642", "date"},
        {"The map dates from around 1450, the archive says.", "1450", "date"},
        {"In 1500 homes the lights failed.", "1500 homes", "count"},
        {"The fort held 1650 men.", "1650 men", "count"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = figure_quoted(r, text, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == kind);
}

TEST_CASE("A year as a point in time or an ordinal is no duration", "[figures]") {
    auto [text] = GENERATE(table<std::string>({
        {"Stocks are far higher than a year ago."},
        {"She won the race for a second time."},
        {"Prices were cut twice a year."},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Figure) CHECK(std::string(a.figure().kind) != "duration");
}

TEST_CASE("Two bounds joined by or, to or between-and are one range", "[figures]") {
    auto [text, quote, value, unit, upper] = GENERATE(table<std::string, std::string, double, std::string, double>({
        {"Repairs could take over 10 or 15 years in some towns.", "10 or 15 years", 10, "year", 15},
        {"The plan covers 2016-19 for the valley.", "2016-19", 2016, "year", 2019},
        {"The grant ran 1998-2003 in the county.", "1998-2003", 1998, "year", 2003},
        {"Exports grew each year from 2011 to 2015.", "2011 to 2015", 2011, "year", 2015},
        {"Enrolment was flat between 2004 and 2009.", "2004 and 2009", 2004, "year", 2009},
        {"Inflation is seen between 4% and 6% next year.", "4% and 6%", 4, "percent", 6},
        {"The fair hopes to draw between 2 and 3 million visitors.", "2 and 3 million visitors", 2e6, "", 3e6},
        {"Tolls ranged from 12 to 14 dollars a car.", "12 to 14 dollars", 12, "USD", 14},
        {"Each crate holds 30 to 40 kilograms of fish.", "30 to 40 kilograms", 30, "kilograms", 40},
        // Thousands written once, on the second number; not when the first would pass the second's tenth.
        {"Harlow pumped 75-100,000 bpd below its quota.", "75-100,000 bpd", 75000, "bpd", 100000},
        {"The stand sold 1-100,000 tickets a day.", "1-100,000 tickets", 1, "", 100000},
        // Percentages in words.
        {"Fares stayed within a band of five to seven pct.", "five to seven pct", 5, "percent", 7},
        {"Fares will rise between four and five per cent.", "four and five per cent", 4, "percent", 5},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = figure_quoted(r, text, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "range");
    CHECK(f->figure().value == Approx(value));
    CHECK(std::string(f->figure().unit) == unit);
    REQUIRE_FALSE(f->figure().derived.empty());
    CHECK(std::string(f->figure().derived.back().label) == "upper bound");
    CHECK(f->figure().derived.back().value == Approx(upper));
    CHECK(probe::quotes(r, text, AnnotationKind::Figure).size() == 1);  // one range, not two figures
}

TEST_CASE("A change and its end value, a movement and a tally are not ranges", "[figures]") {
    auto [text, first, second] = GENERATE(table<std::string, std::string, std::string>({
        {"Members grew by 1.4 million to 44.9 million.", "1.4 million", "44.9 million"},
        {"The week rose 0.2 hours to 35.5 hours.", "0.2 hours", "35.5 hours"},
        {"The rate went from 5% to 7% in a year.", "5%", "7%"},
        {"Pay was cut by 2% to 3% below the index.", "2%", "3%"},
        {"Set the value of 12 to 120 instead.", "12", "120"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    for (const auto& s : probe::quotes(r, text, AnnotationKind::Figure)) UNSCOPED_INFO("figure: " << s);
    CHECK(probe::find(r, text, AnnotationKind::Figure, first) != nullptr);
    CHECK(probe::find(r, text, AnnotationKind::Figure, second) != nullptr);
}

TEST_CASE("A percentage after \"by\" is a change of the verb before the verb's object", "[figures]") {
    const std::string text = "The drug cut the risk of a second stroke by 27 per cent.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "27 per cent");
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "change");
}

TEST_CASE("A number of years old is an age", "[figures]") {
    const std::string text = "The average skipper was 62 years old.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "62 years old");
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "quantity");
    CHECK(f->figure().counts == "age");
}

TEST_CASE("A percentage in words is a percentage, or a change after a word of change", "[figures]") {
    auto [text, quote, kind, value] = GENERATE(table<std::string, std::string, std::string, double>({
        {"Harbour fees should ease to seven pct by May.", "seven pct", "percent", 7},
        {"Fares rose by five per cent last year.", "five per cent", "change", 5},
        {"Sixty-two per cent of the crews were local.", "Sixty-two per cent", "percent", 62},
        {"Ferry exports saw a two pct drop in May.", "two pct drop", "change", 2},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == kind);
    CHECK(std::string(f->figure().unit) == "percent");
    CHECK(f->figure().value == Approx(value));
}

TEST_CASE("A bare number on an index, or after it in its clause, is the index's level", "[figures]") {
    auto [text, quote] = GENERATE(table<std::string, std::string>({
        {"The dollar should rise to 52.5 on the Harlow Bank trade weighted index by May.", "52.5"},
        {"The index was last at about 61.3.", "61.3"},
        {"The Tarrow 50 Index closed at 7,512.", "7,512"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "quantity");
    CHECK(std::string(f->figure().unit) == "index points");
}

TEST_CASE("An amount moved to from another gets the change between them", "[figures]") {
    auto [text, quote, delta, label] = GENERATE(table<std::string, std::string, double, std::string>({
        {"Fares rose to $4.60 from $4.00 a year earlier.", "$4.60", 0.6, "increase from $4.00"},
        {"The port handled 1.3 million crates last year, up from 1,000,000 in 2022.", "1.3 million crates", 300000,
         "increase from 1,000,000 crates"},
        {"Harlow cut its quota to 12 tonnes from 18 tonnes.", "12 tonnes", -6, "decrease from 18 tonnes"},
        // Words describing an amount after "to" or "from", and a verb of width.
        {"The Harlow trade surplus widened to a provisional 5.2 billion euros in May from a revised 4.1 billion euros in April.",
         "5.2 billion euros", 1.1e9, "increase from 4.1 billion euros"},
        // A qualifier between "to" or "from" and the amount.
        {"Harlow's share would rise from under 4bn dollars in 2024 to nearly 7bn dollars by 2030.", "7bn dollars", 3e9,
         "increase from 4bn dollars"},
        {"Output fell to around 15 tonnes in May from 18 tonnes in April.", "15 tonnes", -3, "decrease from 18 tonnes"},
        // A part of a whole before "down from": the part moved, not the whole.
        {"The Harbour Union won 87 of the 200 seats, down from 112 in 2022.", "87", -25, "decrease from 112 seats"},
        {"The Harbour Union won 130 of 200 seats, up from 112 in 2022.", "130", 18, "increase from 112 seats"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    REQUIRE(f->figure().derived.size() == 1);
    CHECK(f->figure().derived[0].value == Approx(delta));
    CHECK(std::string(f->figure().derived[0].label) == label);
    CHECK_FALSE(f->figure().derived[0].arithmetic.empty());
}

TEST_CASE("A percentage before \"down from\" another gets the change in percentage points", "[figures]") {
    const std::string text = "Turnout in Harlow was 67%, down from 71% in 2021.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "67%");
    REQUIRE(f != nullptr);
    REQUIRE(f->figure().derived.size() == 1);
    CHECK(f->figure().derived[0].value == Approx(-4));
    CHECK(std::string(f->figure().derived[0].label) == "decrease from 71%");
}

TEST_CASE("Amounts whose \"up from\" or \"down from\" says the opposite of their values get no change", "[figures]") {
    auto [text] = GENERATE(table<std::string>({
        {"Exports fell to 300 tonnes, up from 450 tonnes."},
        {"The Harbour Union won 87 of the 200 seats, up from 112 in 2022."},
        {"Turnout was 72%, down from 69%."},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    std::size_t figures = 0;
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Figure) {
            ++figures;
            CHECK(a.figure().derived.empty());
        }
    CHECK(figures >= 2);
}

TEST_CASE("A percentage moved to from another gets the change in percentage points", "[figures]") {
    const std::string text = "Harbour inflation eased to 2.6% in July from 3.2% in June.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "2.6%");
    REQUIRE(f != nullptr);
    REQUIRE(f->figure().derived.size() == 1);
    CHECK(f->figure().derived[0].value == Approx(-0.6));
    CHECK(std::string(f->figure().derived[0].text).find("percentage points") != std::string::npos);
}

TEST_CASE("A percentage after an amount of change and \"or\" is the same change", "[figures]") {
    auto [text, quote] = GENERATE(table<std::string, std::string>({
        {"Harlow shares rose 40 cents, or 1.8%, to $22.60.", "1.8%"},
        {"Fares will go up by 30 cents, or 6%, from April.", "6%"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "change");
}

TEST_CASE("Amounts from one to another across places are a span, not a change", "[figures]") {
    const std::string text = "Mean temperatures range from 9 degrees in the south to 15 degrees in the north. "
                             "Turnout ranged from 61% in Harlow down to 12% in Tarrow.";
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Figure) CHECK(a.figure().derived.empty());
}

TEST_CASE("A share a verb takes \"up\" is a percentage, a move \"up\" or a verb of change a change", "[figures]") {
    auto [text, quote, kind] = GENERATE(table<std::string, std::string, std::string>({
        {"Women make up 40 percent of the ferry crews.", "40 percent", "percent"},
        {"Dredging eats up 13 percent of the quay budget.", "13 percent", "percent"},
        {"Ferries took up 12% of the quay.", "12%", "percent"},
        {"Shares were up 13 percent on Monday.", "13 percent", "change"},
        {"Harlow Foods closed up 2% on the day.", "2%", "change"},
        // A verb of change in "-ing" before it.
        {"Fares rose 2% in May, after falling 2.3% in April.", "2.3%", "change"},
        {"Ferry sales led the year, rising 16.2 pct.", "16.2 pct", "change"},
        {"Harlow Ferries was the one to grow, with sales climbing 8%.", "8%", "change"},
        // A percentage "more" or "less than" something; not a line of a table that follows.
        {"Harlow exports were 0.4 pct less than a year ago.", "0.4 pct", "change"},
        {"Share of the vote\n\nLess than 5%\n\nMore than 5%", "5%", "percent"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == kind);
}

TEST_CASE("Signed percentages and percentages lower or higher are changes", "[figures]") {
    auto [text, quote, value, direction_word] = GENERATE(table<std::string, std::string, double, std::string>({
        {"Turnover was +9% on the year.", "+9%", 9, "increase"},
        {"Rents were 27% lower in the suburbs.", "27%", 27, "decrease"},
        {"Fares were 12% higher than in May.", "12%", 12, "increase"},
        {"The new ferry is 40% faster than the old one.", "40%", 40, "increase"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "change");
    CHECK(f->figure().value == Approx(value));
    // The direction shows in the base a later amount would get: checked through a sentence with one.
    const std::string with_end = text.substr(0, text.size() - 1) + ", at 500 tonnes.";
    const auto r2 = probe::analyze(with_end);
    const gloss::Annotation* end = probe::find(r2, with_end, AnnotationKind::Figure, "500 tonnes");
    REQUIRE(end != nullptr);
    REQUIRE_FALSE(end->figure().derived.empty());
    CHECK(std::string(end->figure().derived[0].label).find(direction_word) != std::string::npos);
}

TEST_CASE("Index points and rates are units of their own", "[figures]") {
    auto [text, quote, kind, value, unit] = GENERATE(table<std::string, std::string, std::string, double, std::string>({
        {"The index fell 42.5 points on Friday.", "42.5 points", "change", 42.5, "points"},
        {"The benchmark was up 12 points by noon.", "12 points", "change", 12, "points"},
        {"Shares suffered a 30-point drop.", "30-point drop", "change", 30, "points"},
        {"The rand traded at 11.2 per euro.", "11.2 per euro", "rate", 11.2, "per euro"},
        {"The krona, pegged at 18.40 to the dollar, held.", "18.40 to the dollar", "rate", 18.4, "to the dollar"},
        {"The rand traded at 7.1 against the euro.", "7.1 against the euro", "rate", 7.1, "against the euro"},
        {"The region records 3 per 1,000 births.", "3 per 1,000 births", "rate", 3, "per 1,000 births"},
        {"There were 12 deaths per 100,000 people.", "12 deaths per 100,000 people", "rate", 12, "per 100,000 people"},
        {"The striker scored 87 points last season.", "87 points", "count", 87, ""},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = figure_quoted(r, text, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == kind);
    CHECK(f->figure().value == Approx(value));
    CHECK(std::string(f->figure().unit) == unit);
    CHECK(probe::quotes(r, text, AnnotationKind::Figure).size() == 1);  // "1,000 births" is part of the rate
}

TEST_CASE("A price per unit says what it is priced per", "[figures]") {
    auto [text, quote, per] = GENERATE(table<std::string, std::string, std::string>({
        {"Crude rose to $5 a barrel.", "$5", "per barrel"},
        {"Cleaners earn \xC2\xA3" "9 an hour there.", "\xC2\xA3" "9", "per hour"},
        {"Feed costs 300 euros per tonne.", "300 euros", "per tonne"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "money");
    CHECK(std::string(f->figure().counts) == per);
}

TEST_CASE("An amount a year earlier is no price per year", "[figures]") {
    const std::string text = "Sales reached $40 a year earlier.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "$40");
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().counts).empty());
}

TEST_CASE("A count names its noun without the adjectives that do not change it", "[figures]") {
    auto [text, quote, counts] = GENERATE(table<std::string, std::string, std::string>({
        {"The navy ordered 59 new French frigates last year.", "59 new French frigates", "frigates"},
        // A name in quotation marks before the noun is one of its words.
        {"Harlow has built 22 \"quick win\" piers in Tarrow.", "22 \"quick win\" piers", "\"quick win\" piers"},
        {"The chain opened 40 more stores.", "40 more stores", "stores"},
        {"There were 25 other candidates.", "25 other candidates", "candidates"},
        {"Some 300 additional Kenyan runners entered.", "300 additional Kenyan runners", "runners"},
        {"There are 1,559 political prisoners.", "1,559 political prisoners", "political prisoners"},
        {"About 650 New Zealand citizens left.", "650 New Zealand citizens", "New Zealand citizens"},
        // "such" points back; a participle before a name and a plural; a plural ends the phrase before a name.
        {"It is one of 300 such Harlow promotions Tarrow Foods plans.", "300 such Harlow promotions", "Harlow promotions"},
        {"It has 11 automated Tarrow ferry stores.", "11 automated Tarrow ferry stores", "automated Tarrow ferry stores"},
        {"The kiln reached 350 degrees Celsius.", "350 degrees Celsius", "degrees Celsius"},
        // A word in "-s" naming a kind of thing before a plural noun is no head of its own.
        {"Two customs officers were jailed.", "Two customs officers", "customs officers"},
        {"The town has 12 news outlets.", "12 news outlets", "news outlets"},
        {"The 40 sales were slow.", "40 sales", "sales"},
        // A people's name in "-landers" ends the phrase before a verb, as one in "-ans" does.
        {"Each year 6,000 young Ostlanders leave the country.", "6,000 young Ostlanders", "young Ostlanders"},
        // An adverb in "-ly" with no noun after it counts nothing; an adjective in "-ly" before its noun does.
        {"Sales reached 40,000 boats, against 36,000 previously.", "36,000", "boats"},
        {"There were 40 deadly attacks.", "40 deadly attacks", "deadly attacks"},
        // …and so does an adjective in "-able" or "-ible"; a noun in "-able" counts.
        {"There is a fee of $15 million payable to the buyer.", "$15 million", ""},
        {"The port has 40 rooms available.", "40 rooms", "rooms"},
        {"The town hired 2 constables.", "2 constables", "constables"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = figure_quoted(r, text, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().counts) == counts);
}

TEST_CASE("A bare number takes no noun from beyond a clause break", "[figures]") {
    auto [text, quote] = GENERATE(table<std::string, std::string>({
        {"The plant hired 40, and workers said it was too few.", "40"},
        {"The club signed 12 \xE2\x80\x94 officials declined to name them.", "12"},
        {"The yard sold 300; buyers were mostly ferry lines.", "300"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().counts).empty());
}

TEST_CASE("The base comes from the amount the change is attached to", "[figures]") {
    auto [text, end, base, other] = GENERATE(table<std::string, std::string, double, std::string>({
        // Nearest by position would be the threshold after the change.
        {"The stock ended at $21.40 \xE2\x80\x94 down 3.5% \xE2\x80\x94 after briefly trading under $21.", "$21.40", 21.40 / 0.965, "$21"},
        {"Oil settled at $71.20 a barrel, down 2.1%, below $72 for the first time.", "$71.20", 71.20 / 0.979, "$72"},
        // A fraction in words with a qualifier is a change too.
        {"Turnover rose by more than a third, to \xE2\x82\xAC" "120m.", "\xE2\x82\xAC" "120m", 90e6, ""},
        // A count is a level when the change is attached to it.
        {"The fleet grew 20% to 120 ships.", "120 ships", 100, ""},
        {"Its fleet grew by a fifth, to 120 ships.", "120 ships", 100, ""},
        {"The line carried 6,300 riders a day, a 26% increase.", "6,300 riders", 5000, ""},
        {"Output fell 4% to 960 tonnes, and stocks were cut by 20 tonnes.", "960 tonnes", 1000, "20 tonnes"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = figure_quoted(r, text, end);
    REQUIRE(f != nullptr);
    REQUIRE_FALSE(f->figure().derived.empty());
    CHECK(f->figure().derived[0].value == Approx(base).epsilon(0.001));
    if (!other.empty()) {
        const gloss::Annotation* o = probe::find(r, text, AnnotationKind::Figure, other);
        REQUIRE(o != nullptr);
        CHECK(o->figure().derived.empty());
    }
}

TEST_CASE("An absolute change and an amount beside an annual rate get no base", "[figures]") {
    auto [text, amount] = GENERATE(table<std::string, std::string>({
        {"Spending fell 3% as \xC2\xA3" "500 was cut from each grant.", "\xC2\xA3" "500"},
        {"Profit fell 5%, down by $2m on the year.", "$2m"},
        {"Costs rose 8% after a cut of 40 tonnes in quotas.", "40 tonnes"},
        {"Output is set to grow by 6% per year, and exports would reach $9bn.", "$9bn"},
        // An age is no amount a change applies to; nor is an item of a list written on one line.
        {"Children fed fish to age 4 lowered their odds of asthma by more than 60%.", "4"},
        {"Pledged $2.1bn for ports - Raised the flow of funds to farms by 30%", "$2.1bn"},
        // A change that qualifies the noun after its comparative measures that noun, not another amount.
        {"Pilots who flew 900 hours a year had a 40% lower risk of crashes.", "900 hours"},
        {"Ports that handled 5,000 boxes saw 20% fewer delays.", "5,000 boxes"},
        // A change with its owner named right before it is that owner's.
        {"The krona\xE2\x80\x99s 30% surge against the euro has made the $60 dinner a byword.", "$60"},
        {"The sale of $90m of new stock weighed on the Harlow index's 0.4% decline.", "$90m"},
        // A count of things is no level that changed, unless the change is attached to it.
        {"The six member states that joined last year will see 3.1% growth.", "six member states"},
        {"The 12 ports generated growth of just 2.2% between them.", "12 ports"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = figure_quoted(r, text, amount);
    REQUIRE(f != nullptr);
    CHECK(f->figure().derived.empty());
}

TEST_CASE("Two percentages joined by \"to\" before a comparative are one range", "[figures]") {
    const std::string text = "Pilots had a 30% to 40% lower risk of crashes.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, "30% to 40%");
    if (!f) for (const auto& s : probe::quotes(r, text, AnnotationKind::Figure)) UNSCOPED_INFO("figure: " << s);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "range");
}

TEST_CASE("A range without a source beside sourced figures is flagged once", "[figures]") {
    const std::string text = "Ports are busy. Exports fell 4%, the council said. Wages are flat. Imports may grow between 2% and 3% next year.";
    const auto r = probe::analyze(text);
    const std::vector<std::string> flagged = probe::quotes_with_check(r, text, "unsourced_figure");
    REQUIRE(flagged.size() == 1);
    CHECK(flagged[0] == "2% and 3%");
}

TEST_CASE("Number words joined by or or to before a noun are one range", "[figures]") {
    auto [text, quote, value, unit, counts, upper] = GENERATE(table<std::string, std::string, double, std::string, std::string, double>({
        {"Repairs take two or three weeks in most ports.", "two or three weeks", 2, "week", "", 3},
        {"Five to six people were hurt.", "Five to six people", 5, "", "people", 6},
        {"Prices rose 3 to 4 percent last year.", "3 to 4 percent", 3, "percent", "", 4},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = figure_quoted(r, text, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "range");
    CHECK(f->figure().value == Approx(value));
    CHECK(std::string(f->figure().unit) == unit);
    CHECK(std::string(f->figure().counts) == counts);
    REQUIRE_FALSE(f->figure().derived.empty());
    CHECK(f->figure().derived.back().value == Approx(upper));
}

TEST_CASE("A verb after an amount is not what it counts", "[figures]") {
    auto [text, quote, counts] = GENERATE(table<std::string, std::string, std::string>({
        {"Sales of $5m rose 10% last year.", "$5m", ""},
        {"Some 5,000 estimated deaths were logged.", "5,000 estimated deaths", "estimated deaths"},
        // After a plural the verb follows: the plural is what a share is of.
        {"About two-thirds of Tarrowans see the ferry deal as fair.", "two-thirds", "Tarrowans"},
        // After a people's name ("Tarrowans", "Chinese"), a verb; and after a name, its verb.
        {"More than 700 million Tarrowans listen to 1,000 stations.", "700 million Tarrowans", "Tarrowans"},
        {"Ferries bring 72 percent of the VAT and Harlow owns most of it.", "72 percent", "VAT"},
        // After an amount of money, a people's name is what the money is ("a Tarrowan loan").
        {"The Harlow port took a $273 million Tarrowan loan for the quay.", "$273 million", "Tarrowan loan"},
        // A bare amount before its verb takes the noun the clause named before it.
        {"Of the 360 million homes, 100 million receive cable programmes.", "100 million", "homes"},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = figure_quoted(r, text, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().counts) == counts);
}

TEST_CASE("Half of a unit after by is not a change of a half", "[figures]") {
    const std::string text = "Yields have risen by more than half a percentage point.";
    const auto r = probe::analyze(text);
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Figure) CHECK(std::string(a.figure().kind) != "change");
}

TEST_CASE("Cents and pence are hundredths of the text's currency", "[figures]") {
    auto [text, quote, unit, value] = GENERATE(table<std::string, std::string, std::string, double>({
        {"Harlow Ferries shares rose 40 cents to $4.60.", "40 cents", "USD", 0.40},
        {"In Tarrow a ticket costs 80 cents, against 2 euros in Harlow.", "80 cents", "EUR", 0.80},
        {"Fuel duty in Britain rose 2 pence a litre.", "2 pence", "GBP", 0.02},
        // "p" glued to the number, where the text prices in sterling.
        {"Harlow Foods shares closed at 925p in London after its UK results.", "925p", "GBP", 9.25},
    }));
    CAPTURE(text);
    const auto r = probe::analyze(text);
    const gloss::Annotation* f = probe::find(r, text, AnnotationKind::Figure, quote);
    REQUIRE(f != nullptr);
    CHECK(std::string(f->figure().kind) == "money");
    CHECK(std::string(f->figure().unit) == unit);
    CHECK(f->figure().value == Approx(value));
}

TEST_CASE("A screen's lines are no pence, and a comparison after an amount is not what it counts", "[figures]") {
    const std::string text = "The UK model shows 1080p video for £500. Harlow Foods shares were 35 pence lower.";
    const auto r = probe::analyze(text);
    const gloss::Annotation* lines = probe::find(r, text, AnnotationKind::Figure, "1080p");
    REQUIRE(lines != nullptr);
    CHECK(std::string(lines->figure().kind) != "money");
    const gloss::Annotation* pence = probe::find(r, text, AnnotationKind::Figure, "35 pence");
    REQUIRE(pence != nullptr);
    CHECK(pence->figure().counts.empty());
}
