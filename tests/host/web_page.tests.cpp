// The reader opening a saved web page: structure, links and metadata.
#include <catch2/catch.hpp>

#include "document.h"

#include <string>

using namespace gloss_reader;

namespace {

const char* const kPage =
    "<!DOCTYPE html><html><head><title>Night trains return | Rail Weekly</title>"
    "<meta property=\"og:site_name\" content=\"Rail Weekly\">"
    "<meta property=\"article:published_time\" content=\"2023-10-01T06:00:00Z\"></head><body><article>"
    "<h1>Night trains return</h1>"
    "<p>Three night lines will run again from December, the operator said, after a pause of four years.</p>"
    "<h2>The routes</h2><ul><li>North to the lakes</li><li>East to the hills</li></ul>"
    "<blockquote><p>We missed the sleeper cars.</p></blockquote>"
    "<p>Tickets go on sale next week, according to <a href=\"https://example.org/tickets\">the booking office</a>.</p>"
    "</article></body></html>";

} // namespace

TEST_CASE("A web page opens with its title, headings, indented lists and quotes") {
    Document d;
    std::string error;
    REQUIRE(document_from_web_page(kPage, "trains.html", &d, &error));
    CHECK(d.format == "html");
    REQUIRE(d.blocks.size() == 7);
    CHECK(d.blocks[0].kind == BlockKind::Title);
    CHECK(d.blocks[2].kind == BlockKind::Heading);
    CHECK(d.blocks[3].kind == BlockKind::Bullet);
    CHECK(d.blocks[3].content_begin == d.blocks[3].begin);
    CHECK(d.blocks[5].kind == BlockKind::Bullet);  // the quote, indented
    CHECK(d.text.substr(d.blocks[5].begin, d.blocks[5].end - d.blocks[5].begin) == "We missed the sleeper cars.");
}

TEST_CASE("A web page's metadata gives the reader its title, site and date") {
    Document d;
    std::string error;
    REQUIRE(document_from_web_page(kPage, "trains.html", &d, &error));
    CHECK(d.meta.title == "Night trains return");
    CHECK(d.meta.publication == "Rail Weekly");
    CHECK(d.meta.date == "2023-10-01");
    CHECK(d.meta_json.find("\"publication_date\":\"2023-10-01\"") != std::string::npos);
}

TEST_CASE("A web page's links are kept with their text's bytes") {
    Document d;
    std::string error;
    REQUIRE(document_from_web_page(kPage, "trains.html", &d, &error));
    REQUIRE(d.links.size() == 1);
    CHECK(d.text.substr(d.links[0].begin, d.links[0].end - d.links[0].begin) == "the booking office");
    CHECK(d.links[0].target == "https://example.org/tickets");
}

TEST_CASE("A page that cannot be decoded is refused with its byte offset") {
    Document d;
    std::string error;
    CHECK_FALSE(document_from_web_page("<p>caf\xE9</p>", "bad.html", &d, &error));
    CHECK(error.find("byte offset 6") != std::string::npos);
}

TEST_CASE("A book's chapters reach the plugin's metadata, a page's do not") {
    const std::string book = meta_to_json(DocumentMeta{"Salt Road", "", "", ""}, "salt.epub", {{"The Caravan", 0}, {"Two Wells", 52}});
    CHECK(book.find("\"chapters\":[{\"begin\":0,\"title\":\"The Caravan\"},{\"begin\":52,\"title\":\"Two Wells\"}]") != std::string::npos);
    Document d;
    std::string error;
    REQUIRE(document_from_web_page(kPage, "trains.html", &d, &error));
    CHECK(d.chapters.empty());
    CHECK(d.meta_json.find("chapters") == std::string::npos);
}

TEST_CASE("A page's language reaches the plugin's metadata") {
    Document d;
    std::string error;
    REQUIRE(document_from_web_page("<html lang=\"fr\"><head><title>Vote</title></head><body><article><p>Le texte a \u00e9t\u00e9 "
                                   "adopt\u00e9 par 438 voix contre 86, selon le minist\u00e8re des affaires.</p></article></body></html>",
                                   "vote.html", &d, &error));
    CHECK(d.meta.language == "fr");
    CHECK(d.meta_json.find("\"language\":\"fr\"") != std::string::npos);
}
