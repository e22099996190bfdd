// Web pages laid out as reading text: blocks, whitespace, line breaks, styles
// and links (main-content selection off, so every visible element counts).
#include <catch2/catch.hpp>

#include "gloss/formats.hpp"

#include <string>

namespace {

gloss::ReadDocument read_all(const std::string& body, const std::string& base = "") {
    gloss::HtmlReadOptions o;
    o.main_content = false;
    o.title_block = false;
    o.base_url = base;
    gloss::ReadDocument d;
    std::string error;
    const std::string page = "<!DOCTYPE html><html><head><title>T</title></head><body>" + body + "</body></html>";
    REQUIRE(gloss::read_html(page, o, &d, &error));
    return d;
}

std::string block_text(const gloss::ReadDocument& d, std::size_t i) {
    return d.text.substr(d.blocks[i].range.begin, d.blocks[i].range.end - d.blocks[i].range.begin);
}

} // namespace

TEST_CASE("Each block element of a page becomes one block of the matching kind") {
    struct Row { const char* html; gloss::TextBlockKind kind; int level; const char* text; };
    const Row row = GENERATE(values<Row>({
        {"<h2>Harbour records</h2>", gloss::TextBlockKind::Heading, 2, "Harbour records"},
        {"<p>The ferry left at noon.</p>", gloss::TextBlockKind::Paragraph, 0, "The ferry left at noon."},
        {"<ul><li>Three crates of pears</li></ul>", gloss::TextBlockKind::ListItem, 1, "Three crates of pears"},
        {"<blockquote><p>We sail at dawn.</p></blockquote>", gloss::TextBlockKind::Quote, 0, "We sail at dawn."},
        {"<figure><img src=a.png><figcaption>The old pier in fog</figcaption></figure>", gloss::TextBlockKind::Caption, 0,
         "The old pier in fog"},
        {"<table><tr><td>Oats</td><td>12 tonnes</td></tr></table>", gloss::TextBlockKind::TableRow, 0, "Oats | 12 tonnes"},
        {"<pre>line one\n  line two</pre>", gloss::TextBlockKind::Preformatted, 0, "line one\n  line two"},
    }));
    const gloss::ReadDocument d = read_all(row.html);
    REQUIRE(d.blocks.size() == 1);
    CHECK(d.blocks[0].kind == row.kind);
    CHECK(int(d.blocks[0].level) == row.level);
    CHECK(block_text(d, 0) == row.text);
}

TEST_CASE("Blocks are separated by one blank line and whitespace runs become one space") {
    const gloss::ReadDocument d = read_all("<p>  The   mill\n   turned. </p>\n\n<div>Flour <em>was</em> sold.</div>");
    CHECK(d.text == "The mill turned.\n\nFlour was sold.");
    REQUIRE(d.blocks.size() == 2);
}

TEST_CASE("A line break inside a paragraph stays a single newline") {
    const gloss::ReadDocument d = read_all("<p>First verse<br>  second verse</p>");
    CHECK(d.text == "First verse\nsecond verse");
}

TEST_CASE("Two line breaks in a row start a new paragraph") {
    const gloss::ReadDocument d = read_all("<div>First verse<br><br>  second verse</div>");
    CHECK(d.text == "First verse\n\nsecond verse");
    CHECK(d.blocks.size() == 2);
}

TEST_CASE("Nested lists give their items a deeper level") {
    const gloss::ReadDocument d = read_all("<ul><li>Fruit<ul><li>Apples</li></ul></li></ul>");
    REQUIRE(d.blocks.size() == 2);
    CHECK(int(d.blocks[0].level) == 1);
    CHECK(int(d.blocks[1].level) == 2);
}

TEST_CASE("Italic and bold runs are kept as styled spans") {
    const gloss::ReadDocument d = read_all("<p>A <em>slow</em> and <strong>heavy</strong> cart.</p>");
    REQUIRE(d.styles.size() == 2);
    CHECK(d.text.substr(d.styles[0].range.begin, d.styles[0].range.end - d.styles[0].range.begin) == "slow");
    CHECK(d.styles[0].style == gloss::TextItalic);
    CHECK(d.text.substr(d.styles[1].range.begin, d.styles[1].range.end - d.styles[1].range.begin) == "heavy");
    CHECK(d.styles[1].style == gloss::TextBold);
}

TEST_CASE("A link keeps the byte range of its text and its address resolved against the page") {
    const gloss::ReadDocument d =
        read_all("<p>See the <a href=\"../notes/tides.html\">tide tables</a> and <a href=\"https://example.org/x\">this</a>.</p>",
                 "https://example.com/harbour/2024/page.html");
    REQUIRE(d.links.size() == 2);
    CHECK(d.text.substr(d.links[0].range.begin, d.links[0].range.end - d.links[0].range.begin) == "tide tables");
    CHECK(d.links[0].target == "https://example.com/harbour/notes/tides.html");
    CHECK(d.links[1].target == "https://example.org/x");
}

TEST_CASE("Scripts, styles and templates leave no text") {
    const gloss::ReadDocument d =
        read_all("<script>var a = 1;</script><style>p{}</style><template><p>later</p></template><p>Visible words.</p>");
    CHECK(d.text == "Visible words.");
}

TEST_CASE("A page without readable text is refused") {
    gloss::ReadDocument d;
    std::string error;
    CHECK_FALSE(gloss::read_html("<html><body><script>x()</script></body></html>", {}, &d, &error));
    CHECK(error.find("no readable text") != std::string::npos);
}

TEST_CASE("The site of a link is its host without www") {
    struct Row { const char* url; const char* site; };
    const Row row = GENERATE(values<Row>({
        {"https://www.Example.org/a?b", "example.org"},
        {"http://news.example.net:8080/x", "news.example.net"},
        {"mailto:someone@example.org", ""},
        {"/relative/path", ""},
    }));
    CHECK(gloss::link_site(row.url) == row.site);
}

TEST_CASE("Web page file names are recognised by their extension") {
    CHECK(gloss::is_html_path("a/b/page.HTML"));
    CHECK(gloss::is_html_path("page.htm"));
    CHECK(gloss::is_html_path("chapter.xhtml"));
    CHECK_FALSE(gloss::is_html_path("notes.txt"));
    CHECK_FALSE(gloss::is_html_path("html"));
}
