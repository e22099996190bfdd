// The document layer: paragraphs, sentences, tokens, offset maps, dates.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "gloss/dates.hpp"
#include "gloss/document.hpp"

namespace {

std::vector<std::string> sentences(const std::string& text) {
    const gloss::Document d(text);
    std::vector<std::string> out;
    for (const auto& s : d.sentences()) out.emplace_back(d.slice(s));
    return out;
}

} // namespace

TEST_CASE("Abbreviations, decimals and initials do not end a sentence", "[document]") {
    auto [text, count] = GENERATE(table<std::string, std::size_t>({
        {"Dr. Smith arrived. She left.", 2},
        {"Aid to the U.S. Treasury rose. It fell later.", 2},
        {"See No. 5 in the list. Then stop.", 2},
        {"Growth was 3.5 percent. Inflation was 2.1 percent.", 2},
        {"J. K. Rowling wrote it. Readers agreed.", 2},
        {"He said \"yes.\" Then he left.", 2},
        {"It rose (see Fig. 2) sharply. Next.", 2},
        {"Is it true? Yes! It is.", 3},
        {"one sentence without a final stop", 1},
    }));
    CAPTURE(text);
    CHECK(sentences(text).size() == count);
}

TEST_CASE("Blank lines separate paragraphs, with LF or CRLF", "[document]") {
    const std::string lf = "First para\nstill first.\n\nSecond.\n\n\n  \nThird.";
    const std::string crlf = "First para\r\nstill first.\r\n\r\nSecond.\r\n\r\n\r\n  \r\nThird.";
    for (const std::string& text : {lf, crlf}) {
        const gloss::Document d(text);
        REQUIRE(d.paragraphs().size() == 3);
        CHECK(d.slice(d.paragraphs()[1]) == "Second.");
        CHECK(d.slice(d.paragraphs()[2]) == "Third.");
        CHECK(d.slice(d.sentences().back()) == "Third.");
    }
}

TEST_CASE("Without blank lines each line is a paragraph, and bullets start one", "[document]") {
    const gloss::Document d("Title\nOne line.\nAnother line.");
    CHECK(d.paragraphs().size() == 3);
    const gloss::Document b("Summary:\n\n  \xE2\x80\xA2 first point\n  \xE2\x80\xA2 second point");
    CHECK(b.paragraphs().size() == 3);
}

TEST_CASE("Numbers keep NBSP and thin-space thousands separators in one token", "[document]") {
    auto [text, number] = GENERATE(table<std::string, std::string>({
        {"about 1\xC2\xA0" "200\xC2\xA0" "000 people", "1\xC2\xA0" "200\xC2\xA0" "000"},
        {"some 12\xE2\x80\x89" "500 homes", "12\xE2\x80\x89" "500"},
        {"a total of 58,500 TEU", "58,500"},
        {"grew 3.25 percent", "3.25"},
        {"in 2023, 58 units", "2023"},
    }));
    const gloss::Document d(text);
    bool found = false;
    for (std::size_t i = 0; i < d.tokens().size(); ++i)
        if (d.tokens()[i].type == gloss::TokenType::Number) { CHECK(d.token_text(i) == number); found = true; break; }
    CHECK(found);
}

TEST_CASE("Byte offsets map to code points and UTF-16 units", "[document]") {
    const std::string text = "\xD0\x92\xD1\x8F\xD1\x81\xD0\xBD\xD0\xB0 \xF0\x9F\x98\x80 ok";  // Вясна 😀 ok
    const gloss::Document d(text);
    CHECK(d.codepoint_offset(10) == 5);   // after "Вясна"
    CHECK(d.codepoint_offset(15) == 7);   // after the emoji
    CHECK(d.utf16_offset(15) == 8);       // the emoji is a surrogate pair
    CHECK(d.byte_offset_of_codepoint(7) == 15);
    CHECK(d.codepoint_offset(static_cast<std::uint32_t>(text.size())) == 10);
}

TEST_CASE("Cyrillic words are words and capitalised", "[document]") {
    const gloss::Document d("\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA said");  // Минск said
    REQUIRE(d.tokens().size() == 2);
    CHECK(d.tokens()[0].type == gloss::TokenType::Word);
    CHECK((d.tokens()[0].flags & gloss::TokenCapitalized));
}

TEST_CASE("Dates are read in the common English forms", "[dates]") {
    auto [text, iso] = GENERATE(table<std::string, std::string>({
        {"June 3, 2024", "2024-06-03"},
        {"3 June 2024", "2024-06-03"},
        {"February 2022", "2022-02"},
        {"Sept. 14, 2015", "2015-09-14"},
        {"the first quarter of 2024", "2024-Q1"},
        {"Q3 2023", "2023-Q3"},
        {"2024-06-03", "2024-06-03"},
    }));
    const gloss::Document d(text);
    bool found = false;
    for (std::size_t i = 0; i < d.tokens().size() && !found; ++i) {
        gloss::DateMatch m;
        if (gloss::match_date_at(d, i, &m)) { CHECK(gloss::iso_text(m.date) == iso); found = true; }
    }
    CAPTURE(text);
    CHECK(found);
}

TEST_CASE("Impossible days are not dates", "[dates]") {
    for (const char* text : {"June 31, 2024", "February 30", "May be later"}) {
        const gloss::Document d(text);
        gloss::DateMatch m;
        CAPTURE(text);
        CHECK_FALSE(gloss::match_date_at(d, 0, &m));
    }
}

TEST_CASE("Citation date lists give one date per day", "[dates]") {
    const gloss::Document d("August 2, 9, 2023");
    bool bad = true;
    const auto dates = gloss::dates_in_tokens(d, 0, d.tokens().size(), &bad);
    REQUIRE(dates.size() == 2);
    CHECK(gloss::iso_text(dates[0].date) == "2023-08-02");
    CHECK(gloss::iso_text(dates[1].date) == "2023-08-09");
    CHECK_FALSE(bad);
}
