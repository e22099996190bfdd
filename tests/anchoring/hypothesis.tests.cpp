// Hypothesis annotation JSON in and out.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "gloss/hypothesis.hpp"
#include "gloss/notes.hpp"
#include "temp_folder.hpp"

namespace {

const std::string kArticle =
    "The port handled record volumes last year, according to the ministry of transport.\n"
    "Rail links to the east were extended, and two new terminals opened in the spring.\n"
    "Critics argue that the figures hide a steep fall in passenger traffic since 2020.\n";

std::string fixture() { return read_bytes(std::string(GLOSS_TEST_DATA_DIR) + "/anchoring/data/hypothesis-search.json"); }

} // namespace

TEST_CASE("a Hypothesis search result imports its quoted annotations and lists the others as skipped") {
    const gloss::HypothesisImport r = gloss::hypothesis_import(fixture());
    REQUIRE(r.ok);
    REQUIRE(r.notes.size() == 1);
    REQUIRE(r.skipped.size() == 2); // a page note and a reply have no quote
    const gloss::Note& n = r.notes[0];
    REQUIRE(n.id == "Zq3vC8x1Eeu7Qxv1aT9mKw");
    REQUIRE(n.quote.exact == "two new terminals opened in the spring");
    REQUIRE(n.text == "Compare with the ministry's own table: the base year differs.");
    REQUIRE(n.tags == std::vector<std::string>{"figures", "check source"});
    REQUIRE(n.author == "K. Teacher");
    REQUIRE(n.modified == "2024-06-04T09:15:02.552233+00:00");
    REQUIRE(n.hint.has_codepoints);
    REQUIRE(n.hint.start_cp == 110);
    REQUIRE_FALSE(n.hint.has_bytes);
}

TEST_CASE("an imported Hypothesis note anchors on the plain text of its page") {
    const gloss::HypothesisImport r = gloss::hypothesis_import(fixture());
    REQUIRE(r.ok);
    const gloss::NotePlacement p = gloss::note_resolve(r.notes.at(0), kArticle);
    REQUIRE(p.how == gloss::NoteMatch::Exact);
    REQUIRE(kArticle.substr(p.range.begin, p.range.end - p.range.begin) == "two new terminals opened in the spring");
}

TEST_CASE("notes exported to Hypothesis JSON import back with the same quote, text and tags") {
    const std::size_t at = kArticle.find("steep fall");
    auto made = gloss::note_create(kArticle, gloss::ByteRange{static_cast<std::uint32_t>(at),
                                                              static_cast<std::uint32_t>(at + 10)}, "Since when?");
    REQUIRE(made.ok);
    made.note.tags = {"question"};
    made.note.author = "A. Reader";
    const std::string out = gloss::hypothesis_export({made.note}, "https://example.org/a");
    const auto j = nlohmann::json::parse(out);
    REQUIRE(j["total"] == 1);
    REQUIRE(j["rows"][0]["uri"] == "https://example.org/a");
    REQUIRE(j["rows"][0]["target"][0]["selector"][0]["type"] == "TextQuoteSelector");
    const gloss::HypothesisImport back = gloss::hypothesis_import(out);
    REQUIRE(back.ok);
    REQUIRE(back.notes.size() == 1);
    const gloss::Note& n = back.notes[0];
    REQUIRE(n.id == made.note.id);
    REQUIRE(n.quote.exact == made.note.quote.exact);
    REQUIRE(n.quote.prefix == made.note.quote.prefix);
    REQUIRE(n.quote.suffix == made.note.quote.suffix);
    REQUIRE(n.hint.start_cp == made.note.hint.start_cp);
    REQUIRE(n.text == "Since when?");
    REQUIRE(n.tags == made.note.tags);
    REQUIRE(n.author == "A. Reader");
}

TEST_CASE("Hypothesis input that is not annotation JSON is refused with a reason") {
    using Row = std::tuple<std::string, std::string>;
    const auto row = GENERATE(table<std::string, std::string>({
        Row{"{not json", "not valid JSON"},
        Row{"{\"hello\": 1}", "expected a Hypothesis annotation"},
        Row{std::string(100, '[') + std::string(100, ']'), "nested deeper"},
    }));
    const gloss::HypothesisImport r = gloss::hypothesis_import(std::get<0>(row));
    REQUIRE_FALSE(r.ok);
    REQUIRE(r.error.find(std::get<1>(row)) != std::string::npos);
}

TEST_CASE("a single Hypothesis annotation or a bare array of them imports too") {
    const auto rows = nlohmann::json::parse(fixture())["rows"];
    const gloss::HypothesisImport one = gloss::hypothesis_import(rows[0].dump());
    REQUIRE(one.ok);
    REQUIRE(one.notes.size() == 1);
    const gloss::HypothesisImport many = gloss::hypothesis_import(rows.dump());
    REQUIRE(many.ok);
    REQUIRE(many.notes.size() == 1);
    REQUIRE(many.skipped.size() == 2);
}
