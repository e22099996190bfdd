// Normalisation for matching, and its exact map back to the original bytes.
#include <catch2/catch.hpp>

#include <string>

#include "gloss/anchoring.hpp"

TEST_CASE("normalisation makes what copying changes equal") {
    using Row = std::tuple<std::string, std::string>;
    const auto row = GENERATE(table<std::string, std::string>({
        Row{"\xE2\x80\x9CQuoted\xE2\x80\x9D", "\"Quoted\""},                // curly double quotes
        Row{"Belarus\xE2\x80\x99s", "Belarus's"},                           // curly apostrophe
        Row{"a\xC2\xA0" "b", "a b"},                                        // NBSP
        Row{"a\r\nb", "a b"},                                               // CRLF
        Row{"a  \t  b", "a b"},                                             // run of spaces
        Row{"a\xE2\x80\x89\xE2\x80\xAF" "b", "a b"},                        // thin + narrow NBSP
        Row{"co\xC2\xADoperate", "cooperate"},                              // soft hyphen dropped
        Row{"zero\xE2\x80\x8Bwidth", "zerowidth"},                          // ZWSP dropped
        Row{"caf\xC3\xA9", "caf\xC3\xA9"},                                  // other letters kept
    }));
    REQUIRE(gloss::normalize_string(std::get<0>(row)) == std::get<1>(row));
}

TEST_CASE("normalised positions map back to exact original byte ranges") {
    const std::string original = "He said \xE2\x80\x9Chello,\xC2\xA0world\xE2\x80\x9D  \r\n and left.";
    const gloss::NormalizedText n = gloss::normalize_for_matching(original);
    REQUIRE(n.text == "He said \"hello, world\" and left.");
    REQUIRE(n.source.size() == n.text.size() + 1);
    const std::size_t at = n.text.find("\"hello, world\"");
    const gloss::ByteRange r = n.to_original(at, at + 14);
    REQUIRE(original.substr(r.begin, r.end - r.begin) == "\xE2\x80\x9Chello,\xC2\xA0world\xE2\x80\x9D");
    const std::size_t and_at = n.text.find("and");
    const gloss::ByteRange r2 = n.to_original(and_at, and_at + 3);
    REQUIRE(original.substr(r2.begin, r2.end - r2.begin) == "and");
    REQUIRE(n.from_original(r2.begin) == and_at);
}

TEST_CASE("a range that splits a multi-byte character in the normalised text widens to whole characters") {
    const std::string original = "na\xC3\xAFve";
    const gloss::NormalizedText n = gloss::normalize_for_matching(original);
    const gloss::ByteRange r = n.to_original(3, 4); // second byte of U+00EF
    REQUIRE(r.begin == 2);
    REQUIRE(r.end == 4);
}

TEST_CASE("invalid UTF-8 passes through normalisation byte for byte") {
    const std::string original = "ab\xFF\xC3" "cd";
    const gloss::NormalizedText n = gloss::normalize_for_matching(original);
    REQUIRE(n.text == original);
    REQUIRE(n.source.back() == original.size());
}
