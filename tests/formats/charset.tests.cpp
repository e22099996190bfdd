// Character sets: UTF-8 as is; a declared legacy charset converted with iconv;
// undecodable bytes refused with their byte offset.
#include <catch2/catch.hpp>

#include "gloss/formats.hpp"

#include <string>

TEST_CASE("A page declared as windows-1252 is converted to UTF-8") {
    const std::string page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xE9 cr\xE8me \x80 5</p></body></html>";
    gloss::ReadDocument d;
    std::string error;
    REQUIRE(gloss::read_html(page, {}, &d, &error));
    CHECK(d.text.find("Caf\xC3\xA9 cr\xC3\xA8me \xE2\x82\xAC 5") != std::string::npos);
}

TEST_CASE("A charset named in http-equiv Content-Type is used") {
    const std::string page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head>"
                             "<body><p>Jalape\xF1o</p></body></html>";
    std::string utf8, error;
    REQUIRE(gloss::decode_html_bytes(page, &utf8, &error));
    CHECK(utf8.find("Jalape\xC3\xB1o") != std::string::npos);
}

TEST_CASE("A UTF-8 byte-order mark is dropped") {
    std::string utf8, error;
    REQUIRE(gloss::decode_html_bytes("\xEF\xBB\xBF<p>x</p>", &utf8, &error));
    CHECK(utf8 == "<p>x</p>");
}

TEST_CASE("Invalid UTF-8 without another declared charset is refused with its byte offset") {
    const std::string page = "<html><body><p>ab\xFF</p></body></html>";
    std::string utf8, error;
    CHECK_FALSE(gloss::decode_html_bytes(page, &utf8, &error));
    CHECK(error.find("byte offset 17") != std::string::npos);
}

TEST_CASE("Bytes invalid in the declared charset are refused with their byte offset") {
    const std::string page = "<html><head><meta charset=\"shift_jis\"></head><body><p>ok \x81</p></body></html>";
    std::string utf8, error;
    CHECK_FALSE(gloss::decode_html_bytes(page, &utf8, &error));
    CHECK(error.find("byte offset") != std::string::npos);
}

TEST_CASE("An unknown charset is refused by name") {
    const std::string page = "<html><head><meta charset=\"x-no-such-set\"></head><body><p>\xFF</p></body></html>";
    std::string utf8, error;
    CHECK_FALSE(gloss::decode_html_bytes(page, &utf8, &error));
    CHECK(error.find("x-no-such-set") != std::string::npos);
}
