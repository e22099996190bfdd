// Sources given only as links: a citation that names no source takes the
// site of the link over it, named by the source registry when it knows it.
#include <catch2/catch.hpp>

#include "gloss/analyze.hpp"
#include "gloss/formats.hpp"
#include "gloss/knowledge.hpp"

#include <fstream>
#include <sstream>
#include <string>

namespace {

const char* const kText =
    "The harbour authority raised its fees twice last year, and the ferry lines passed the rise on to "
    "passengers (, March 3, 2021). Travellers complained to the council.";

// A link over the citation's bytes ", March 3, 2021".
gloss::DocumentLink link_over_citation(const std::string& target) {
    const std::string t = kText;
    const std::size_t b = t.find(", March 3, 2021");
    return {{std::uint32_t(b), std::uint32_t(b + std::string(", March 3, 2021").size())}, target};
}

const gloss::Annotation* citation(const gloss::AnnotationSet& set) {
    for (const auto& a : set.items)
        if (a.kind == gloss::AnnotationKind::SourceCheck && a.check().citation_type == "parenthetical") return &a;
    return nullptr;
}

bool has_check(const gloss::Annotation& a, const char* id) {
    for (const auto& c : a.check().checks)
        if (c == id) return true;
    return false;
}

} // namespace

TEST_CASE("A citation without a source name takes the registry's name for its link's site") {
    gloss::AnalyzeOptions o;
    o.publication_date = "2022-01-10";
    o.links = {link_over_citation("https://www.rferl.org/a/fees-rise.html")};
    const gloss::AnalyzeResult r = gloss::analyze_text(kText, o);
    REQUIRE(r.ok);
    const gloss::Annotation* c = citation(r.set);
    REQUIRE(c);
    REQUIRE(c->check().parts.size() == 1);
    REQUIRE(c->check().parts[0].source);
    CHECK(*c->check().parts[0].source == "RFE/RL");
    CHECK(c->check().parts[0].link == "https://www.rferl.org/a/fees-rise.html");
    CHECK(has_check(*c, "source_from_link"));
    CHECK_FALSE(has_check(*c, "missing_source"));
    CHECK_FALSE(c->check().registry_note.empty());
}

TEST_CASE("A link to a site the registry does not know gives the site as the source") {
    gloss::AnalyzeOptions o;
    o.publication_date = "2022-01-10";
    o.links = {link_over_citation("https://news.example.net/harbour/fees")};
    const gloss::AnalyzeResult r = gloss::analyze_text(kText, o);
    const gloss::Annotation* c = citation(r.set);
    REQUIRE(c);
    REQUIRE(c->check().parts[0].source);
    CHECK(*c->check().parts[0].source == "news.example.net");
}

TEST_CASE("Without a link the missing source stays a problem") {
    struct Row { const char* target; };
    const Row row = GENERATE(values<Row>({{""}, {"mailto:desk@example.org"}, {"#note-4"}}));
    gloss::AnalyzeOptions o;
    o.publication_date = "2022-01-10";
    if (*row.target) o.links = {link_over_citation(row.target)};
    const gloss::AnalyzeResult r = gloss::analyze_text(kText, o);
    const gloss::Annotation* c = citation(r.set);
    REQUIRE(c);
    CHECK_FALSE(c->check().parts[0].source);
    CHECK(has_check(*c, "missing_source"));
}

TEST_CASE("The source registry finds an outlet by its domain or a subdomain of it") {
    const auto kb = gloss::KnowledgeBase::bundled();
    REQUIRE(kb->find_source_by_site("rferl.org"));
    CHECK(kb->find_source_by_site("rferl.org")->name == "RFE/RL");
    REQUIRE(kb->find_source_by_site("news.rferl.org"));
    CHECK(kb->find_source_by_site("org") == nullptr);
    CHECK(kb->find_source_by_site("unknown.example") == nullptr);
}

TEST_CASE("The demo article as a web page has its lost source names filled from its links") {
    std::ifstream in(std::string(GLOSS_SOURCE_DIR) + "/assets/articles/edm-belarus-transit-2024.html", std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    gloss::ReadDocument page;
    std::string error;
    REQUIRE(gloss::read_html(ss.str(), {}, &page, &error));
    CHECK(page.metadata.published == "2024-06-04");
    gloss::AnalyzeOptions o;
    o.publication_date = page.metadata.published;
    o.links = page.links;
    const gloss::AnalyzeResult with_links = gloss::analyze_text(page.text, o);
    o.links.clear();
    const gloss::AnalyzeResult without = gloss::analyze_text(page.text, o);
    REQUIRE(with_links.ok);
    REQUIRE(without.ok);
    auto count = [](const gloss::AnnotationSet& set, const char* id) {
        int n = 0;
        for (const auto& a : set.items)
            if (a.kind == gloss::AnnotationKind::SourceCheck && has_check(a, id)) ++n;
        return n;
    };
    CHECK(count(with_links.set, "source_from_link") >= 6);
    CHECK(count(with_links.set, "missing_source") + 6 <= count(without.set, "missing_source"));
}
