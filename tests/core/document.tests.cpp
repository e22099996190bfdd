// The document layer: paragraphs, sentences, tokens, offset maps, dates.
//
// Index of this file:
// [SECTION] Descriptions, a generated text and a per-byte offset reference
// [SECTION] Segmentation
// [SECTION] Pinned segmentation of tricky and generated inputs
// [SECTION] Offset maps
// [SECTION] Dates
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "gloss/dates.hpp"
#include "gloss/document.hpp"
#include "gloss/utf8.hpp"

//-----------------------------------------------------------------------------
// [SECTION] Descriptions, a generated text and a per-byte offset reference
//-----------------------------------------------------------------------------

namespace {

std::vector<std::string> sentences(const std::string& text) {
    const gloss::Document d(text);
    std::vector<std::string> out;
    for (const auto& s : d.sentences()) out.emplace_back(d.slice(s));
    return out;
}

// Tokens as "text/TYPEflags" joined by spaces: W word, N number, P punct;
// C capitalised, A all caps, s space before, n newline before, g grouped, d decimal.
std::string describe_tokens(const gloss::Document& d) {
    std::string out;
    for (std::size_t i = 0; i < d.tokens().size(); ++i) {
        const gloss::Token& t = d.tokens()[i];
        if (i) out += ' ';
        out += d.token_text(i);
        out += '/';
        out += t.type == gloss::TokenType::Word ? 'W' : t.type == gloss::TokenType::Number ? 'N' : 'P';
        if (t.flags & gloss::TokenCapitalized) out += 'C';
        if (t.flags & gloss::TokenAllCaps) out += 'A';
        if (t.flags & gloss::TokenSpaceBefore) out += 's';
        if (t.flags & gloss::TokenNewlineBefore) out += 'n';
        if (t.flags & gloss::TokenHasSeparator) out += 'g';
        if (t.flags & gloss::TokenHasDecimal) out += 'd';
    }
    return out;
}

// Ranges as their text joined by " | ".
std::string describe_ranges(const gloss::Document& d, const std::vector<gloss::ByteRange>& ranges) {
    std::string out;
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        if (i) out += " | ";
        out += d.slice(ranges[i]);
    }
    return out;
}

// A deterministic ~1 MB text (64-bit LCG) that mixes article-like prose with
// every kind of input the tokenizer distinguishes: abbreviations, initials,
// grouped and decimal numbers, joiners, closers, bullets, CRLF, blank lines,
// Unicode spaces and symbols, combining marks, Cyrillic, Greek, CJK, emoji.
std::string generated_text(std::size_t size) {
    std::uint64_t state = 0x5EED1234ABCDull;
    const auto next = [&state](std::uint32_t n) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::uint32_t>(state >> 33) % n;
    };
    static const char* const pieces[] = {
        "The ministry said", "officials", "rose", "to", "1,559", "4.2", "percent", "U.S.", "Dr.", "No.", "Jan.",
        "e.g.", "J. K.", "COVID-19", "China-EU", "Belarus\xE2\x80\x99s", "don't", "rock\xE2\x80\x91n\xE2\x80\x91roll",
        "300\xC2\xA0" "000", "12\xE2\x80\x89" "500", "7\xE2\x80\xAF" "250", "\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA",
        "\xD0\xA1\xD0\xA1\xD0\xA1\xD0\xA0", "\xCE\x91\xCE\x98\xCE\x97\xCE\x9D\xCE\x91", "Cafe\xCC\x81", "\xF0\x9F\x98\x80",
        "\xE4\xB8\xAD\xE6\x96\x87", "NATO", "(see Fig. 2)", "\"yes.\"", "\xE2\x80\x9CQuote.\xE2\x80\x9D", "\xC2\xAB" "Done.\xC2\xBB",
        "Why?", "Yes!", "So\xE2\x80\xA6", "\xE2\x82\xAC" "5", "10%", "\xE2\x80\x94", "\xE2\x88\x92" "3", "a--b", "well-",
        "-x", "end.", "Mr.", "approx.", "Sept.", "x\xE2\x80\x99" "9", "1.2.3", "2.000,5", "1,2345", "O\xE2\x80\x99Neill"};
    static const std::uint32_t ranges[][2] = {
        {0x21, 0x7E},       {0xA0, 0xFF},       {0x100, 0x17F},     {0x300, 0x36F},   {0x370, 0x3FF},
        {0x400, 0x4FF},     {0x2000, 0x206F},   {0x20A0, 0x20CF},   {0x2190, 0x22FF}, {0x3000, 0x303F},
        {0x4E00, 0x4E80},   {0xFE00, 0xFE0F},   {0xFF00, 0xFF20},   {0xFFFD, 0xFFFD}, {0x1D400, 0x1D4FF},
        {0x1F300, 0x1F64F}, {0x20000, 0x20010}};
    static const char* const breaks[] = {" ", " ", " ", " ", " ", " ", "", "\n", "\r\n", "\n\n", "\n\n  \xE2\x80\xA2 ",
                                         "\n- ", "\t", "\xC2\xA0", "\xE2\x80\x83", "  "};
    std::string out;
    out.reserve(size + 64);
    while (out.size() < size) {
        const std::uint32_t pick = next(10);
        if (pick < 6) {
            out += pieces[next(sizeof pieces / sizeof pieces[0])];
        } else if (pick < 8) {
            for (std::uint32_t k = 1 + next(8); k > 0; --k) out += static_cast<char>('a' + next(26));
        } else {
            const auto& r = ranges[next(sizeof ranges / sizeof ranges[0])];
            for (std::uint32_t k = 1 + next(3); k > 0; --k) gloss::utf8_append(out, r[0] + next(r[1] - r[0] + 1));
        }
        out += breaks[next(sizeof breaks / sizeof breaks[0])];
    }
    return out;
}

// FNV-1a over every token (bounds, type, flags), sentence and paragraph.
std::uint64_t segmentation_digest(const gloss::Document& d) {
    std::uint64_t h = 14695981039346656037ull;
    const auto mix = [&h](std::uint64_t v) {
        for (int k = 0; k < 8; ++k) { h ^= (v >> (8 * k)) & 0xFF; h *= 1099511628211ull; }
    };
    mix(d.tokens().size());
    for (const gloss::Token& t : d.tokens()) {
        mix(t.begin); mix(t.end); mix(static_cast<std::uint64_t>(t.type)); mix(t.flags);
    }
    mix(d.sentences().size());
    for (const gloss::ByteRange& r : d.sentences()) { mix(r.begin); mix(r.end); }
    mix(d.paragraphs().size());
    for (const gloss::ByteRange& r : d.paragraphs()) { mix(r.begin); mix(r.end); }
    return h;
}

// Every byte offset (and a few past the end) checked against a per-byte count:
// code points are lead bytes, UTF-16 units add one for each 4-byte sequence.
void check_offset_maps(const std::string& text) {
    const gloss::Document d(text);
    std::size_t cp = 0, u16 = 0;
    std::vector<std::uint32_t> byte_of_cp;
    bool ok = true;
    for (std::size_t b = 0; b <= text.size() + 2 && ok; ++b) {
        const bool lead = b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80;
        if (lead) byte_of_cp.push_back(static_cast<std::uint32_t>(b));
        ok = d.codepoint_offset(static_cast<std::uint32_t>(b)) == cp && d.utf16_offset(static_cast<std::uint32_t>(b)) == u16;
        if (!ok) { CAPTURE(b, cp, u16); CHECK(d.codepoint_offset(static_cast<std::uint32_t>(b)) == cp); CHECK(d.utf16_offset(static_cast<std::uint32_t>(b)) == u16); }
        if (lead) { ++cp; u16 += static_cast<unsigned char>(text[b]) >= 0xF0 ? 2 : 1; }
    }
    byte_of_cp.push_back(static_cast<std::uint32_t>(text.size()));  // one past the last code point
    for (std::size_t c = 0; c < byte_of_cp.size() && ok; ++c) {
        ok = d.byte_offset_of_codepoint(c) == byte_of_cp[c];
        if (!ok) { CAPTURE(c); CHECK(d.byte_offset_of_codepoint(c) == byte_of_cp[c]); }
    }
    CHECK(d.byte_offset_of_codepoint(byte_of_cp.size() + 5) == text.size());
    CHECK(ok);
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Segmentation
//-----------------------------------------------------------------------------

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
        // A letter glued to a number is its scale or unit, no initial: the sentence ends after it.
        {"The cost was put at $5m. The ministry agreed.", 2},
        {"Fans in their 50s. Then came the rest.", 2},
        {"The vote was held on 12 Jan. 2024 in Harlow.", 1},
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

TEST_CASE("Paragraphs found without tokens are those of the document", "[document]") {
    const std::string text = GENERATE(as<std::string>{},
        "First para\nstill first.\n\nSecond.\n\n\n  \nThird.",
        "Title\r\nOne line.\r\nAnother line.",
        "Summary:\n\n  \xE2\x80\xA2 first point\n  - second point\n",
        "\xC2\xA0 indented by a no-break space \xC2\xA0\n\n\n",
        "", "\n\n", "one line without a break");
    CAPTURE(text);
    const gloss::Document d(text);
    const std::vector<gloss::ByteRange> alone = gloss::paragraphs_of(text);
    REQUIRE(alone.size() == d.paragraphs().size());
    for (std::size_t i = 0; i < alone.size(); ++i) {
        CHECK(alone[i].begin == d.paragraphs()[i].begin);
        CHECK(alone[i].end == d.paragraphs()[i].end);
    }
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

//-----------------------------------------------------------------------------
// [SECTION] Dates
//-----------------------------------------------------------------------------

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

TEST_CASE("Month names are read in full and abbreviated, in any case", "[dates]") {
    auto [word, month] = GENERATE(table<std::string, int>({
        {"January", 1}, {"february", 2}, {"MARCH", 3}, {"Apr", 4}, {"May", 5}, {"June", 6}, {"jul", 7},
        {"August", 8}, {"Sept", 9}, {"Sep", 9}, {"October", 10}, {"Nov", 11}, {"December", 12},
        {"Jun", 6}, {"Ma", 0}, {"Marc", 0}, {"Junes", 0}, {"Monday", 0}, {"Septembers", 0}, {"2024", 0}, {"", 0},
    }));
    CAPTURE(word);
    CHECK(gloss::month_from_word(word) == month);
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

//-----------------------------------------------------------------------------
// [SECTION] Pinned segmentation of tricky and generated inputs
//-----------------------------------------------------------------------------

TEST_CASE("Tokens, flags, sentences and paragraphs of tricky inputs stay as pinned", "[document]") {
    // text, tokens (text/TYPEflags, see describe_tokens), sentences and paragraphs (joined by " | ")
    auto [text, tokens, sentence_text, paragraph_text] = GENERATE(table<std::string, std::string, std::string, std::string>({
    // CRLF line breaks
    {"First line.\x0D\x0ASecond line.\x0D\x0A\x0D\x0ANext para.\x0D\x0A",
     "First/WCs line/Ws ./P Second/WCsn line/Ws ./P Next/WCsn para/Ws ./P",
     "First line. | Second line. | Next para.",
     "First line.\x0D\x0ASecond line. | Next para."},
    // NBSP and thin-space thousands
    {"about 1\xC2\xA0" "200\xC2\xA0" "000 people, 12\xE2\x80\x89" "500 homes, 3\xE2\x80\xAF" "000 cars; 1,2345 and 58,500. 1,000.5 and 2.000,5 and 7\xC2\xA0" "50.",
     "about/Ws 1\xC2\xA0" "200\xC2\xA0" "000/Nsg people/Ws ,/P 12\xE2\x80\x89" "500/Nsg homes/Ws ,/P 3\xE2\x80\xAF" "000/Nsg cars/Ws ;/P 1/Ns ,/P 2345/N and/Ws 58,500/Nsg ./P 1,000.5/Nsgd and/Ws 2.000/Nsd ,/P 5/N and/Ws 7/Ns 50/Ns ./P",
     "about 1\xC2\xA0" "200\xC2\xA0" "000 people, 12\xE2\x80\x89" "500 homes, 3\xE2\x80\xAF" "000 cars; 1,2345 and 58,500. | 1,000.5 and 2.000,5 and 7\xC2\xA0" "50.",
     "about 1\xC2\xA0" "200\xC2\xA0" "000 people, 12\xE2\x80\x89" "500 homes, 3\xE2\x80\xAF" "000 cars; 1,2345 and 58,500. 1,000.5 and 2.000,5 and 7\xC2\xA0" "50."},
    // abbreviations
    {"Aid to the U.S. rose. Dr. Smith saw No. 5 on Jan. 3. Prof. Ng left! Why? Yes\xE2\x80\xA6 ok. The e.g. case. Mr. x",
     "Aid/WCs to/Ws the/Ws U/WCs ./P S/WC ./P rose/Ws ./P Dr/WCs ./P Smith/WCs saw/Ws No/WCs ./P 5/Ns on/Ws Jan/WCs ./P 3/Ns ./P Prof/WCs ./P Ng/WCs left/Ws !/P Why/WCs ?/P Yes/WCs \xE2\x80\xA6/P ok/Ws ./P The/WCs e/Ws ./P g/W ./P case/Ws ./P Mr/WCs ./P x/Ws",
     "Aid to the U.S. rose. | Dr. Smith saw No. 5 on Jan. 3. | Prof. Ng left! | Why? | Yes\xE2\x80\xA6 ok. | The e.g. case. | Mr. x",
     "Aid to the U.S. rose. Dr. Smith saw No. 5 on Jan. 3. Prof. Ng left! Why? Yes\xE2\x80\xA6 ok. The e.g. case. Mr. x"},
    // decimals
    {"Growth was 3.5 percent, then 2.25. Version 1.2.3 shipped. Costs fell 0.5%. End 4.",
     "Growth/WCs was/Ws 3.5/Nsd percent/Ws ,/P then/Ws 2.25/Nsd ./P Version/WCs 1.2/Nsd ./P 3/N shipped/Ws ./P Costs/WCs fell/Ws 0.5/Nsd %/P ./P End/WCs 4/Ns ./P",
     "Growth was 3.5 percent, then 2.25. | Version 1.2.3 shipped. | Costs fell 0.5%. | End 4.",
     "Growth was 3.5 percent, then 2.25. Version 1.2.3 shipped. Costs fell 0.5%. End 4."},
    // initials
    {"J. K. Rowling met \xC3\x89. Zola. Then A. B. left. \xD0\x90. \xD0\x91. ok.",
     "J/WCs ./P K/WCs ./P Rowling/WCs met/Ws \xC3\x89/WCs ./P Zola/WCs ./P Then/WCs A/WCs ./P B/WCs ./P left/Ws ./P \xD0\x90/WCs ./P \xD0\x91/WCs ./P ok/Ws ./P",
     "J. K. Rowling met \xC3\x89. Zola. | Then A. B. left. | \xD0\x90. \xD0\x91. ok.",
     "J. K. Rowling met \xC3\x89. Zola. Then A. B. left. \xD0\x90. \xD0\x91. ok."},
    // emoji and 4-byte characters
    {"Fans \xF0\x9F\x98\x80 cheered \xF0\x9F\x98\x80\xF0\x9F\x98\x80. Math \xF0\x9D\x94\xB8x and \xF0\x9D\x9F\x99 and CJK \xE4\xB8\xAD\xE6\x96\x87 text \xF0\xA0\x80\x80.",
     "Fans/WCs \xF0\x9F\x98\x80/Ps cheered/Ws \xF0\x9F\x98\x80/Ps \xF0\x9F\x98\x80/P ./P Math/WCs \xF0\x9D\x94\xB8x/Ws and/Ws \xF0\x9D\x9F\x99/Ws and/Ws CJK/WCAs \xE4\xB8\xAD\xE6\x96\x87/Ws text/Ws \xF0\xA0\x80\x80/Ps ./P",
     "Fans \xF0\x9F\x98\x80 cheered \xF0\x9F\x98\x80\xF0\x9F\x98\x80. | Math \xF0\x9D\x94\xB8x and \xF0\x9D\x9F\x99 and CJK \xE4\xB8\xAD\xE6\x96\x87 text \xF0\xA0\x80\x80.",
     "Fans \xF0\x9F\x98\x80 cheered \xF0\x9F\x98\x80\xF0\x9F\x98\x80. Math \xF0\x9D\x94\xB8x and \xF0\x9D\x9F\x99 and CJK \xE4\xB8\xAD\xE6\x96\x87 text \xF0\xA0\x80\x80."},
    // Cyrillic
    {"\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA \xD0\xB8 \xD0\x92\xD1\x8F\xD1\x81\xD0\xBD\xD0\xB0. \xD0\xA1\xD0\xA1\xD0\xA1\xD0\xA0 \xD1\x80\xD0\xB0\xD1\x81\xD0\xBF\xD0\xB0\xD0\xBB\xD1\x81\xD1\x8F. \xD0\x81\xD0\xBB\xD0\xBA\xD0\xB0.",
     "\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA/WCs \xD0\xB8/Ws \xD0\x92\xD1\x8F\xD1\x81\xD0\xBD\xD0\xB0/WCs ./P \xD0\xA1\xD0\xA1\xD0\xA1\xD0\xA0/WCAs \xD1\x80\xD0\xB0\xD1\x81\xD0\xBF\xD0\xB0\xD0\xBB\xD1\x81\xD1\x8F/Ws ./P \xD0\x81\xD0\xBB\xD0\xBA\xD0\xB0/WCs ./P",
     "\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA \xD0\xB8 \xD0\x92\xD1\x8F\xD1\x81\xD0\xBD\xD0\xB0. | \xD0\xA1\xD0\xA1\xD0\xA1\xD0\xA0 \xD1\x80\xD0\xB0\xD1\x81\xD0\xBF\xD0\xB0\xD0\xBB\xD1\x81\xD1\x8F. | \xD0\x81\xD0\xBB\xD0\xBA\xD0\xB0.",
     "\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA \xD0\xB8 \xD0\x92\xD1\x8F\xD1\x81\xD0\xBD\xD0\xB0. \xD0\xA1\xD0\xA1\xD0\xA1\xD0\xA0 \xD1\x80\xD0\xB0\xD1\x81\xD0\xBF\xD0\xB0\xD0\xBB\xD1\x81\xD1\x8F. \xD0\x81\xD0\xBB\xD0\xBA\xD0\xB0."},
    // combining marks
    {"Cafe\xCC\x81 re\xCC\x81sume\xCC\x81 n\xCC\x83o. \xCC\x81x E\xCC\x81TE\xCC\x81.",
     "Cafe\xCC\x81/WCs re\xCC\x81sume\xCC\x81/Ws n\xCC\x83o/Ws ./P \xCC\x81x/Ws E\xCC\x81TE\xCC\x81/WCs ./P",
     "Cafe\xCC\x81 re\xCC\x81sume\xCC\x81 n\xCC\x83o. | \xCC\x81x E\xCC\x81TE\xCC\x81.",
     "Cafe\xCC\x81 re\xCC\x81sume\xCC\x81 n\xCC\x83o. \xCC\x81x E\xCC\x81TE\xCC\x81."},
    // empty text
    {"",
     "",
     "",
     ""},
    // no final newline
    {"Last words",
     "Last/WCs words/Ws",
     "Last words",
     "Last words"},
    // only whitespace
    {" \x09\x0D\x0A \xC2\xA0\x0A\xE2\x80\x83 \x0C\x0B",
     "",
     "",
     ""},
    // inner joiners
    {"Belarus\xE2\x80\x99s China-EU COVID-19 rock\xE2\x80\x91n\xE2\x80\x91roll don't 'quoted' well- -x a--b O\xE2\x80\x99Neill x\xE2\x80\x99" "9 y\xE2\x80\x91" "9 z'9 end-",
     "Belarus\xE2\x80\x99s/WCs China-EU/WCs COVID-19/WCAs rock\xE2\x80\x91n\xE2\x80\x91roll/Ws don't/Ws '/Ps quoted/W '/P well/Ws -/P -/Ps x/W a/Ws -/P -/P b/W O\xE2\x80\x99Neill/WCs x/Ws \xE2\x80\x99/P 9/N y/Ws \xE2\x80\x91/P 9/N z/Ws '/P 9/N end/Ws -/P",
     "Belarus\xE2\x80\x99s China-EU COVID-19 rock\xE2\x80\x91n\xE2\x80\x91roll don't 'quoted' well- -x a--b O\xE2\x80\x99Neill x\xE2\x80\x99" "9 y\xE2\x80\x91" "9 z'9 end-",
     "Belarus\xE2\x80\x99s China-EU COVID-19 rock\xE2\x80\x91n\xE2\x80\x91roll don't 'quoted' well- -x a--b O\xE2\x80\x99Neill x\xE2\x80\x99" "9 y\xE2\x80\x91" "9 z'9 end-"},
    // closers after stops
    {"He said \"yes.\" Then (see Fig. 2.) it ended.) \xC2\xAB" "Done.\xC2\xBB Next. \xE2\x80\x9CQuote.\xE2\x80\x9D Last.] ok",
     "He/WCs said/Ws \"/Ps yes/W ./P \"/P Then/WCs (/Ps see/W Fig/WCs ./P 2/Ns ./P )/P it/Ws ended/Ws ./P )/P \xC2\xAB/Ps Done/WC ./P \xC2\xBB/P Next/WCs ./P \xE2\x80\x9C/Ps Quote/WC ./P \xE2\x80\x9D/P Last/WCs ./P ]/P ok/Ws",
     "He said \"yes.\" | Then (see Fig. 2.) it ended.) | \xC2\xAB" "Done.\xC2\xBB | Next. | \xE2\x80\x9CQuote.\xE2\x80\x9D | Last.] ok",
     "He said \"yes.\" Then (see Fig. 2.) it ended.) \xC2\xAB" "Done.\xC2\xBB Next. \xE2\x80\x9CQuote.\xE2\x80\x9D Last.] ok"},
    // bullets
    {"Summary:\x0A\x0A  \xE2\x80\xA2 first point\x0A  \xE2\x80\xA2 second point\x0A- dash item\x0A* star item\x0Aplain\x0A-nodash",
     "Summary/WCs :/P \xE2\x80\xA2/Psn first/Ws point/Ws \xE2\x80\xA2/Psn second/Ws point/Ws -/Psn dash/Ws item/Ws */Psn star/Ws item/Ws plain/Wsn -/Psn nodash/W",
     "Summary: | \xE2\x80\xA2 first point | \xE2\x80\xA2 second point | - dash item | * star item\x0Aplain\x0A-nodash",
     "Summary: | \xE2\x80\xA2 first point | \xE2\x80\xA2 second point | - dash item | * star item\x0Aplain\x0A-nodash"},
    // line per paragraph
    {"Title\x0AOne line.\x0A" "Another line.\x0A",
     "Title/WCs One/WCsn line/Ws ./P Another/WCsn line/Ws ./P",
     "Title\x0AOne line. | Another line.",
     "Title\x0AOne line.\x0A" "Another line."},
    // symbols
    {"Price \xE2\x82\xAC" "5, 10% off \xE2\x80\x94 \xE2\x80\x9Cquoted\xE2\x80\x9D \xC3\x97 \xC3\xB7 \xE2\x86\x92 \xE2\x89\x88 \xE2\x88\x92" "3 \xC2\xB0 \xC2\xB1 \xC2\xA7 \xC2\xA9 \xC2\xAA \xC2\xB5 \xEF\xBF\xBD \xEF\xBC\x81 \xE3\x80\x82",
     "Price/WCs \xE2\x82\xAC/Ps 5/N ,/P 10/Ns %/P off/Ws \xE2\x80\x94/Ps \xE2\x80\x9C/Ps quoted/W \xE2\x80\x9D/P \xC3\x97/Ps \xC3\xB7/Ps \xE2\x86\x92/Ps \xE2\x89\x88/Ps \xE2\x88\x92/Ps 3/N \xC2\xB0/Ps \xC2\xB1/Ps \xC2\xA7/Ps \xC2\xA9/Ps \xC2\xAA/Ws \xC2\xB5/Ws \xEF\xBF\xBD/Ps \xEF\xBC\x81/Ps \xE3\x80\x82/Ps",
     "Price \xE2\x82\xAC" "5, 10% off \xE2\x80\x94 \xE2\x80\x9Cquoted\xE2\x80\x9D \xC3\x97 \xC3\xB7 \xE2\x86\x92 \xE2\x89\x88 \xE2\x88\x92" "3 \xC2\xB0 \xC2\xB1 \xC2\xA7 \xC2\xA9 \xC2\xAA \xC2\xB5 \xEF\xBF\xBD \xEF\xBC\x81 \xE3\x80\x82",
     "Price \xE2\x82\xAC" "5, 10% off \xE2\x80\x94 \xE2\x80\x9Cquoted\xE2\x80\x9D \xC3\x97 \xC3\xB7 \xE2\x86\x92 \xE2\x89\x88 \xE2\x88\x92" "3 \xC2\xB0 \xC2\xB1 \xC2\xA7 \xC2\xA9 \xC2\xAA \xC2\xB5 \xEF\xBF\xBD \xEF\xBC\x81 \xE3\x80\x82"},
    // all caps
    {"NATO and the EU and I and A-1 and TEU-2 and \xC3\x89T\xC3\x89 and \xD0\x9C\xD0\x98\xD0\x94 and \xC4\x80\xC4\x82 and x9 and Ab.",
     "NATO/WCAs and/Ws the/Ws EU/WCAs and/Ws I/WCs and/Ws A-1/WCs and/Ws TEU-2/WCAs and/Ws \xC3\x89T\xC3\x89/WCAs and/Ws \xD0\x9C\xD0\x98\xD0\x94/WCAs and/Ws \xC4\x80\xC4\x82/WCAs and/Ws x9/Ws and/Ws Ab/WCs ./P",
     "NATO and the EU and I and A-1 and TEU-2 and \xC3\x89T\xC3\x89 and \xD0\x9C\xD0\x98\xD0\x94 and \xC4\x80\xC4\x82 and x9 and Ab.",
     "NATO and the EU and I and A-1 and TEU-2 and \xC3\x89T\xC3\x89 and \xD0\x9C\xD0\x98\xD0\x94 and \xC4\x80\xC4\x82 and x9 and Ab."},
    // control characters
    {"a\x01" "b\x7F" "c\x0C" "d\x0B" "e\x1B[0m",
     "a/Ws \x01/P b/W \x7F/P c/W d/Ws e/Ws \x1B/P [/P 0/N m/W",
     "a\x01" "b\x7F" "c\x0C" "d\x0B" "e\x1B[0m",
     "a\x01" "b\x7F" "c\x0C" "d\x0B" "e\x1B[0m"},
    // Greek
    {"\xE1\xBC\x88\xCE\xB8\xE1\xBF\x86\xCE\xBD\xCE\xB1\xCE\xB9 \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1 \xCE\x91\xCE\x98\xCE\x97\xCE\x9D\xCE\x91.",
     "\xE1\xBC\x88\xCE\xB8\xE1\xBF\x86\xCE\xBD\xCE\xB1\xCE\xB9/Ws \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1/WCs \xCE\x91\xCE\x98\xCE\x97\xCE\x9D\xCE\x91/WCAs ./P",
     "\xE1\xBC\x88\xCE\xB8\xE1\xBF\x86\xCE\xBD\xCE\xB1\xCE\xB9 \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1 \xCE\x91\xCE\x98\xCE\x97\xCE\x9D\xCE\x91.",
     "\xE1\xBC\x88\xCE\xB8\xE1\xBF\x86\xCE\xBD\xCE\xB1\xCE\xB9 \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1 \xCE\x91\xCE\x98\xCE\x97\xCE\x9D\xCE\x91."},
    // spaces of other widths
    {"a\xE2\x80\x83" "b\xE3\x80\x80" "c\xE2\x81\x9F" "d\xE2\x80\x8A" "e\xE2\x80\x8B" "f \xC2\xA0",
     "a/Ws b/Ws c/Ws d/Ws e\xE2\x80\x8B" "f/Ws",
     "a\xE2\x80\x83" "b\xE3\x80\x80" "c\xE2\x81\x9F" "d\xE2\x80\x8A" "e\xE2\x80\x8B" "f",
     "a\xE2\x80\x83" "b\xE3\x80\x80" "c\xE2\x81\x9F" "d\xE2\x80\x8A" "e\xE2\x80\x8B" "f"},
    // stops at paragraph ends
    {"One!\x0A\x0ATwo?\x0A\x0AThree\xE2\x80\xA6\x0A\x0A" "Four.\")\x0A\x0A" "five. six. Seven",
     "One/WCs !/P Two/WCsn ?/P Three/WCsn \xE2\x80\xA6/P Four/WCsn ./P \"/P )/P five/Wsn ./P six/Ws ./P Seven/WCs",
     "One! | Two? | Three\xE2\x80\xA6 | Four.\") | five. six. | Seven",
     "One! | Two? | Three\xE2\x80\xA6 | Four.\") | five. six. Seven"},
    // a Unicode space after a line break
    {"a\x0A\xC2\xA0" "b\x0A\xE2\x80\x83\x0A" "c \x0A\xC2\xA0\xC2\xA0" "d",
     "a/Ws b/Ws c/Wsn d/Ws",
     "a\x0A\xC2\xA0" "b | c \x0A\xC2\xA0\xC2\xA0" "d",
     "a\x0A\xC2\xA0" "b | c \x0A\xC2\xA0\xC2\xA0" "d"},
    }));
    CAPTURE(text);
    const gloss::Document d(text);
    CHECK(describe_tokens(d) == tokens);
    CHECK(describe_ranges(d, d.sentences()) == sentence_text);
    CHECK(describe_ranges(d, d.paragraphs()) == paragraph_text);
}

TEST_CASE("Segmentation of a generated 1 MB text stays as pinned", "[document]") {
    const std::string text = generated_text(std::size_t(1) << 20);
    REQUIRE(gloss::utf8_validate(text).ok);
    const gloss::Document d(text);
    CHECK(d.tokens().size() == 249531);
    CHECK(d.sentences().size() == 31877);  // a letter glued to a number ends a sentence ("$5m."): 51 more than 31826
    CHECK(d.paragraphs().size() == 25920);
    CHECK(segmentation_digest(d) == 0xEF0F020EC8EC5699ull);
    const gloss::Document small(generated_text(4096));
    CHECK(segmentation_digest(small) == 0xB9C7506FCF391249ull);
}

//-----------------------------------------------------------------------------
// [SECTION] Offset maps
//-----------------------------------------------------------------------------

TEST_CASE("Offset maps agree with a per-byte count at every byte", "[document]") {
    for (const char* text : {"", "a", "\xF0\x9F\x98\x80", "Last words", "\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA \xF0\x9F\x98\x80 ok\r\n"}) {
        CAPTURE(text);
        check_offset_maps(text);
    }
    // Lengths around the 64-byte checkpoints, with multi-byte sequences across them.
    for (std::size_t n : {63u, 64u, 65u, 127u, 128u, 129u, 200u}) {
        std::string t;
        while (t.size() < n) t += (t.size() % 7 == 3) ? "\xF0\x9F\x98\x80" : (t.size() % 5 == 1) ? "\xE2\x80\x99" : "x";
        CAPTURE(n);
        check_offset_maps(t);
    }
    check_offset_maps(generated_text(std::size_t(1) << 20));
}

namespace {
bool same_tokens(const gloss::Document& a, const gloss::Document& b) {
    if (a.tokens().size() != b.tokens().size()) return false;
    for (std::size_t i = 0; i < a.tokens().size(); ++i) {
        const gloss::Token& x = a.tokens()[i];
        const gloss::Token& y = b.tokens()[i];
        if (x.begin != y.begin || x.end != y.end || x.type != y.type || x.flags != y.flags) return false;
    }
    return true;
}
} // namespace

TEST_CASE("A document built in a previous document's token storage is the same as one built fresh", "[document]") {
    std::string longer;
    for (int i = 0; i < 200; ++i) longer += "Port volumes rose 44 percent to 90,000 TEU (Reuters, May 2). ";
    const std::string shorter = "Dr. Smith said 1,559 people \xE2\x80\x94 about 3.5 million in all \xE2\x80\x94 left.\n\nA second line.";
    gloss::Document first(longer);
    std::vector<gloss::Token> storage = std::move(first).release_tokens();
    CHECK(storage.empty());
    const std::size_t capacity = storage.capacity();
    REQUIRE(capacity > 0);
    const gloss::Document reused(shorter, std::move(storage));
    const gloss::Document fresh(shorter);
    CHECK(same_tokens(reused, fresh));
    CHECK(reused.sentences().size() == fresh.sentences().size());
    CHECK(reused.paragraphs().size() == fresh.paragraphs().size());
    CHECK(reused.tokens().capacity() == capacity);  // the storage was used, not replaced
}
