// A second, article-like fixture on another topic (a municipal budget and
// shelter counts), with its own expected results: the rules are general.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "analysis_probe.hpp"

using gloss::AnnotationKind;

namespace {

const std::string& article() {
    static const std::string text = probe::read_file(std::string(GLOSS_TEST_DATA_DIR) + "/core/fixtures/riverton-budget-2025.txt");
    return text;
}

const gloss::AnalyzeResult& result() {
    static const gloss::AnalyzeResult r = gloss::analyze_text(article(), {});  // no date: inferred
    return r;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

} // namespace

TEST_CASE("The budget article's publication date is inferred from its dateline", "[article]") {
    REQUIRE(result().ok);
    CHECK(result().set.publication_date == "2025-03-12");
    CHECK(result().set.publication_date_inferred);
}

TEST_CASE("The budget article's figures are found", "[article]") {
    const auto figs = probe::quotes(result(), article(), AnnotationKind::Figure);
    for (const char* q : {"$412.6 million", "2025\xE2\x80\x93" "26", "$48.2 million", "12 percent", "38 percent", "\xE2\x82\xAC" "2.5m",
                          "1,240 homeless residents", "2,100 homeless residents", "3,000", "25 percent", "850 beds", "2024",
                          "a dozen outreach workers", "9 days"}) {
        CAPTURE(q);
        CHECK(has(figs, q));
    }
}

TEST_CASE("The budget article's shelter counts conflict, with their sources", "[article]") {
    const gloss::Annotation* conflict = nullptr;
    for (const auto& a : result().set.items)
        if (a.kind == AnnotationKind::Conflict) { CHECK(conflict == nullptr); conflict = &a; }
    REQUIRE(conflict != nullptr);
    CHECK(conflict->conflict().quantity == "homeless residents");
    REQUIRE(conflict->conflict().members.size() == 3);
    const auto& items = result().set.items;
    CHECK(items[static_cast<std::size_t>(conflict->conflict().members[0])].figure().source == "Harbor County Continuum of Care");
    CHECK(items[static_cast<std::size_t>(conflict->conflict().members[1])].figure().source == "Open Doors");
}

TEST_CASE("The budget article's derived bases are computed", "[article]") {
    const gloss::Annotation* beds = probe::find(result(), article(), AnnotationKind::Figure, "850 beds");
    REQUIRE(beds != nullptr);
    REQUIRE_FALSE(beds->figure().derived.empty());
    CHECK(beds->figure().derived[0].value == Approx(680));
    const gloss::Annotation* cip = probe::find(result(), article(), AnnotationKind::Figure, "$48.2 million");
    REQUIRE(cip != nullptr);
    REQUIRE_FALSE(cip->figure().derived.empty());
    CHECK(cip->figure().derived[0].value == Approx(48.2e6 / 1.12));
}

TEST_CASE("The budget article's source checks are right", "[article]") {
    const auto& r = result();
    const auto& text = article();
    const gloss::Annotation* lost = probe::find(r, text, AnnotationKind::SourceCheck, "(, February 27, 2025)");
    REQUIRE(lost != nullptr);
    CHECK(probe::has_check(*lost, "missing_source"));
    const gloss::Annotation* future = probe::find(r, text, AnnotationKind::SourceCheck, "(City Housing Office, November 30, 2025)");
    REQUIRE(future != nullptr);
    CHECK(probe::has_check(*future, "date_after_publication"));
    const gloss::Annotation* two = probe::find(r, text, AnnotationKind::SourceCheck, "(Riverton Ledger; Tribune, January 8, 2025)");
    REQUIRE(two != nullptr);
    CHECK(probe::has_check(*two, "multiple_parts"));
    CHECK(probe::has_check(*two, "no_date"));
    bool according_missing = false;
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::SourceCheck && a.check().citation_type == "attribution")
            according_missing |= probe::has_check(a, "missing_source");
    CHECK(according_missing);
}

TEST_CASE("The budget article's parentheticals that are no citations stay unreported", "[article]") {
    for (const char* q : {"(CIP)", "(EIB)", "(see Table 2)", "(Ana Ruiz, Tom Baker, and others)", "(see below)"}) {
        CAPTURE(q);
        CHECK(probe::find(result(), article(), AnnotationKind::SourceCheck, q) == nullptr);
    }
}

TEST_CASE("The budget article's acronyms are defined from the text", "[article]") {
    for (const char* term : {"CIP", "EIB"}) {
        const gloss::Annotation* d = probe::find(result(), article(), AnnotationKind::Definition, term);
        CAPTURE(term);
        REQUIRE(d != nullptr);
        CHECK(d->definition().defined_in_text);
    }
}
