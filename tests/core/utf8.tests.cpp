#include <catch2/catch.hpp>
#include <string>

#include "gloss/utf8.hpp"

using namespace std::string_literals;

TEST_CASE("Valid UTF-8 passes validation", "[utf8]") {
    const std::string s = "Belarus\xE2\x80\x99s \xE2\x80\xA2 \xF0\x9F\x93\x88";
    CHECK(gloss::utf8_validate(s).ok);
}

TEST_CASE("Invalid UTF-8 is reported at the byte where it starts", "[utf8]") {
    auto [text, offset] = GENERATE(table<std::string, std::size_t>({
        {"ab\xFF" "cd", 2},          // never-valid byte
        {"abc\xC3", 3},              // truncated 2-byte sequence
        {"\xC0\xAF", 0},             // overlong '/'
        {"x\xED\xA0\x80", 1},        // UTF-16 surrogate
        {"xy\xF4\x90\x80\x80", 2},   // above U+10FFFF
    }));
    CAPTURE(text);
    const auto r = gloss::utf8_validate(text);
    CHECK_FALSE(r.ok);
    CHECK(r.error_offset == offset);
}

TEST_CASE("Sanitising replaces each invalid byte with U+FFFD and keeps the rest", "[utf8]") {
    CHECK(gloss::utf8_sanitize("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
    CHECK(gloss::utf8_sanitize("ok \xE2\x80\x94 ok") == "ok \xE2\x80\x94 ok");
}

TEST_CASE("Code points are counted, not bytes", "[utf8]") {
    const std::string s = "a\xE2\x80\x99" "b";  // a’b
    CHECK(gloss::utf8_codepoints_before(s, 4) == 2);
    CHECK(gloss::utf8_codepoints_before(s, s.size()) == 3);
    CHECK_FALSE(gloss::utf8_is_boundary(s, 2));
    CHECK(gloss::utf8_is_boundary(s, 4));
}

TEST_CASE("Decoding walks code points and round-trips through utf8_append", "[utf8]") {
    const std::string s = "\xD0\x92\xD1\x96\xD1\x8F\xD1\x81\xD0\xBD\xD0\xB0 \xF0\x9F\x98\x80";  // Вясна 😀
    std::string back;
    std::size_t pos = 0, count = 0;
    while (pos < s.size()) { gloss::utf8_append(back, gloss::utf8_next(s, &pos)); ++count; }
    CHECK(back == s);
    CHECK(count == 8);
}
