// A web page's metadata: schema.org JSON-LD over Open Graph over <meta> and <title>.
#include <catch2/catch.hpp>

#include "gloss/formats.hpp"

#include <string>

namespace {

gloss::PageMetadata metadata_of(const std::string& head) {
    gloss::ReadDocument d;
    std::string error;
    REQUIRE(gloss::read_html("<html lang=\"en\"><head>" + head + "</head><body><p>Some words of text.</p></body></html>", {}, &d, &error));
    return d.metadata;
}

} // namespace

TEST_CASE("Open Graph gives the title, site name and publication date") {
    const gloss::PageMetadata m = metadata_of(
        "<title>Ignored | Site</title><meta property=\"og:title\" content=\"Orchards in bloom\">"
        "<meta property=\"og:site_name\" content=\"Valley Gazette\">"
        "<meta property=\"article:published_time\" content=\"2023-04-09T08:00:00Z\">"
        "<meta name=\"author\" content=\"Ada Fenwick\">");
    CHECK(m.title == "Orchards in bloom");
    CHECK(m.site_name == "Valley Gazette");
    CHECK(m.published == "2023-04-09");
    CHECK(m.byline == "Ada Fenwick");
    CHECK(m.language == "en");
}

TEST_CASE("Schema.org JSON-LD wins over Open Graph") {
    const gloss::PageMetadata m = metadata_of(
        "<meta property=\"og:title\" content=\"Short title\">"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        "\"headline\":\"The long headline of the story\",\"datePublished\":\"2021-11-30\","
        "\"author\":[{\"@type\":\"Person\",\"name\":\"B. Quill\"},{\"@type\":\"Person\",\"name\":\"C. Ink\"}],"
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Morning Ledger\"}}</script>");
    CHECK(m.title == "The long headline of the story");
    CHECK(m.published == "2021-11-30");
    CHECK(m.byline == "B. Quill, C. Ink");
    CHECK(m.site_name == "Morning Ledger");
}

TEST_CASE("Broken JSON-LD is ignored") {
    const gloss::PageMetadata m =
        metadata_of("<title>Plain title of the page</title><script type=\"application/ld+json\">{not json</script>");
    CHECK(m.title == "Plain title of the page");
}

TEST_CASE("The site's name is cut from a title tag") {
    struct Row { const char* title; const char* expected; };
    const Row row = GENERATE(values<Row>({
        {"Rain returns to the plains | Weather Desk", "Rain returns to the plains"},
        {"Rain returns to the plains - Weather Desk", "Rain returns to the plains"},
        {"Short - A longer story title here", "A longer story title here"},
        {"No separator in this title", "No separator in this title"},
    }));
    CHECK(metadata_of(std::string("<title>") + row.title + "</title>").title == row.expected);
}

TEST_CASE("A date that is not a real day is not a publication date") {
    CHECK(metadata_of("<meta name=\"date\" content=\"2023-02-30\">").published.empty());
    CHECK(metadata_of("<meta name=\"date\" content=\"2023/02/03\">").published == "2023-02-03");
}

TEST_CASE("A title's suffix that repeats the byline or the site's name is cut") {
    struct Row { const char* head; const char* expected; };
    const Row row = GENERATE(values<Row>({
        {"<meta property=\"og:title\" content=\"Whales return to the bay | Ada Fenwick\"><meta name=\"author\" content=\"Ada Fenwick\">",
         "Whales return to the bay"},
        {"<meta property=\"og:title\" content=\"Whales return - valley gazette\"><meta property=\"og:site_name\" content=\"Valley Gazette\">",
         "Whales return"},
        // A suffix that is neither stays.
        {"<meta property=\"og:title\" content=\"Whales return | Part two\"><meta name=\"author\" content=\"Ada Fenwick\">",
         "Whales return | Part two"},
    }));
    CHECK(metadata_of(row.head).title == row.expected);
}
