// Main-content extraction on invented pages: the article's paragraphs are
// kept; navigation, share buttons, related links, comments and footers go.
#include <catch2/catch.hpp>

#include "gloss/formats.hpp"

#include <string>

namespace {

const char* const kParagraph =
    "The cooperative of lake fishermen met on Tuesday, as it does every spring, to divide the quotas for perch, "
    "pike and whitefish among its forty boats, and to hear the warden's report on the ice.";

std::string article_page(const std::string& extra_body) {
    std::string paragraphs;
    for (int i = 0; i < 6; ++i) paragraphs += "<p>" + std::string(kParagraph) + " Part " + std::to_string(i) + ".</p>\n";
    return "<!DOCTYPE html><html><head><title>Quotas on the lake | Lakeside Weekly</title></head><body>"
           "<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/sport\">Sport</a></li>"
           "<li><a href=\"/weather\">Weather</a></li></ul></nav>"
           "<div class=\"share-tools\"><a href=\"#\">Share on social media</a></div>"
           "<div id=\"story\" class=\"article-body\">" + paragraphs + extra_body + "</div>"
           "<div class=\"related\"><h3>Read next</h3><ul><li><a href=\"/a\">Boat fair opens in the harbour town</a></li>"
           "<li><a href=\"/b\">Ice fishing season ends early this year</a></li></ul></div>"
           "<div id=\"comments\"><p>Great article, thanks for writing it!</p></div>"
           "<footer><p>Copyright Lakeside Weekly. All rights reserved.</p></footer></body></html>";
}

gloss::ReadDocument read_main(const std::string& page) {
    gloss::HtmlReadOptions o;
    o.title_block = false;
    gloss::ReadDocument d;
    std::string error;
    REQUIRE(gloss::read_html(page, o, &d, &error));
    return d;
}

} // namespace

TEST_CASE("The article's paragraphs are kept and the page furniture is dropped") {
    const gloss::ReadDocument d = read_main(article_page(""));
    CHECK(d.text.find("Part 0.") != std::string::npos);
    CHECK(d.text.find("Part 5.") != std::string::npos);
    for (const char* furniture : {"Sport", "Share on social media", "Read next", "Boat fair", "Great article", "Copyright"})
        CHECK(d.text.find(furniture) == std::string::npos);
}

TEST_CASE("A heading inside the article stays with it") {
    const gloss::ReadDocument d = read_main(article_page("<h2>What the warden saw</h2><p>" + std::string(kParagraph) + "</p>"));
    CHECK(d.text.find("What the warden saw") != std::string::npos);
}

TEST_CASE("Hidden elements inside the article are dropped") {
    const gloss::ReadDocument d =
        read_main(article_page("<p style=\"display: none\">Secret survey text.</p><div hidden>Also hidden.</div>"));
    CHECK(d.text.find("Secret survey") == std::string::npos);
    CHECK(d.text.find("Also hidden") == std::string::npos);
}

TEST_CASE("A heading that repeats the title is not repeated in the text") {
    std::string page = article_page("");
    page.insert(page.find("<div id=\"story\""), "<h1>Quotas on the lake</h1>");
    CHECK(read_main(page).text.find("Quotas on the lake") == std::string::npos);
    gloss::ReadDocument with_title;
    std::string error;
    REQUIRE(gloss::read_html(page, gloss::HtmlReadOptions{}, &with_title, &error));
    REQUIRE_FALSE(with_title.blocks.empty());
    CHECK(with_title.blocks[0].kind == gloss::TextBlockKind::Title);
    CHECK(with_title.text.find("Quotas on the lake") == 0);
    CHECK(with_title.text.find("Quotas on the lake", 1) == std::string::npos);
}

TEST_CASE("A short page without an article keeps its visible text") {
    const gloss::ReadDocument d = read_main("<html><body><div><p>Only one short note here.</p></div></body></html>");
    CHECK(d.text == "Only one short note here.");
}
