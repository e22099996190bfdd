// Bad or strange input never crashes the analysis and loses nothing.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <thread>
#include <string>

#include "analysis_probe.hpp"
#include "gloss/analyze.hpp"
#include "gloss/utf8.hpp"

TEST_CASE("Invalid UTF-8 is refused with the byte offset", "[robustness]") {
    const auto r = gloss::analyze_text("ok \xE2\x80", {});
    CHECK_FALSE(r.ok);
    CHECK(r.error == "invalid UTF-8 at byte 3");
}

TEST_CASE("An empty text gives an empty set", "[robustness]") {
    const auto r = gloss::analyze_text("", {});
    CHECK(r.ok);
    CHECK(r.set.items.empty());
}

TEST_CASE("A text in another language than English is not analysed, with one warning", "[robustness]") {
    auto [language, analysed] = GENERATE(table<std::string, bool>({
        {"fr", false}, {"es-AR", false}, {"", true}, {"en", true}, {"en-GB", true}, {"EN_us", true}, {"und", true},
    }));
    CAPTURE(language);
    gloss::AnalyzeOptions o;
    o.language = language;
    const auto r = gloss::analyze_text("Exports rose 5 percent to 40,000 tonnes, the Harlow Grain Council said.", o);
    REQUIRE(r.ok);
    CHECK(r.set.items.empty() != analysed);
    bool warned = false;
    for (const auto& w : r.set.warnings) warned = warned || w.find("not English") != std::string::npos;
    CHECK(warned != analysed);
}

TEST_CASE("A bad publication date is refused", "[robustness]") {
    gloss::AnalyzeOptions o;
    o.publication_date = "2024-02-30";
    const auto r = gloss::analyze_text("Text.", o);
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("invalid publication date") != std::string::npos);
}

TEST_CASE("Random mixtures of tricky tokens never break the analysis", "[robustness]") {
    static const char* const parts[] = {
        "(", ")", "(, ", "; ", ",", ".", " ", "\n", "\r\n", "\n\n", "according to ", "see ", "EDM", "TEU", "(TEU)",
        "1,559", "20-foot", "-", "\xE2\x80\x93", "\xE2\x88\x92", "%", " percent", "$", "\xE2\x82\xAC", "4.2", "bn",
        "million", "June", " 3", ", 2024", "May", "first quarter of ", "2023", "Q1", "\xC2\xA0", "000", "\xE2\x80\x89",
        "\xF0\x9F\x98\x80", "\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA", "Dr.", "U.S.", "No.", "a dozen", "three times",
        "Others estimate", " said ", "the ", "Office of the UN High Commissioner (OHCHR)", "\xE2\x80\x99s", "\"", "\xE2\x80\x9C",
        "grew by ", "increase", "as many as ", "at least ", "people", "(Source: ", "accessed ", "\xE2\x80\xA2 ", "\xEF\xBF\xBD"};
    const std::size_t n = sizeof parts / sizeof parts[0];
    std::uint64_t state = 42;
    for (int doc = 0; doc < 300; ++doc) {
        std::string text;
        const int len = 1 + doc % 97;
        for (int k = 0; k < len; ++k) {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            text += parts[(state >> 33) % n];
        }
        if (doc % 7 == 0 && !text.empty()) text.resize(text.size() - 1);  // may cut a sequence in half
        const std::string clean = gloss::utf8_sanitize(text);
        gloss::AnalyzeOptions o;
        if (doc % 2) o.publication_date = "2024-06-04";
        const auto r = gloss::analyze_text(clean, o);
        CAPTURE(clean);
        REQUIRE(r.ok);
        for (std::size_t i = 0; i < r.set.items.size(); ++i) {
            const auto& a = r.set.items[i];
            REQUIRE(a.range.begin <= a.range.end);
            REQUIRE(a.range.end <= clean.size());
            if (i) REQUIRE(r.set.items[i - 1].range.begin <= a.range.begin);
            if (a.kind == gloss::AnnotationKind::Conflict)
                for (int m : a.conflict().members) REQUIRE((m >= 0 && static_cast<std::size_t>(m) < r.set.items.size()));
        }
    }
}

TEST_CASE("CRLF and LF versions of an article give the same annotations", "[robustness]") {
    const std::string lf = "Title\n\nExports rose by 5 percent to 2,100 tonnes (Reuters, May 2).\n\nThe EU agreed (, May 3).\n";
    std::string crlf;
    for (char c : lf) { if (c == '\n') crlf += '\r'; crlf += c; }
    const auto a = gloss::analyze_text(lf, {}), b = gloss::analyze_text(crlf, {});
    REQUIRE(a.ok);
    REQUIRE(b.ok);
    REQUIRE(a.set.items.size() == b.set.items.size());
    for (std::size_t i = 0; i < a.set.items.size(); ++i) {
        CHECK(a.set.items[i].kind == b.set.items[i].kind);
        CHECK(a.set.items[i].paragraph == b.set.items[i].paragraph);
        CHECK(lf.substr(a.set.items[i].range.begin, a.set.items[i].range.end - a.set.items[i].range.begin) ==
              crlf.substr(b.set.items[i].range.begin, b.set.items[i].range.end - b.set.items[i].range.begin));
    }
}

TEST_CASE("Cyrillic names and emoji around citations and figures are handled", "[robustness]") {
    const std::string text = "\xF0\x9F\x93\x88 \xD0\x92\xD1\x96\xD1\x8F\xD1\x87\xD0\xB0\xD1\x81\xD0\xBB\xD0\xB0\xD1\x9E \xD0\x9F\xD1\x96\xD0\xBB\xD1\x8C"
                             " counted 1,200 protesters (\xD0\x9D\xD0\xB0\xD1\x88\xD0\xB0 \xD0\x9D\xD1\x96\xD0\xB2\xD0\xB0, May 3).";
    const auto r = gloss::analyze_text(text, {});
    REQUIRE(r.ok);
    bool figure = false, cite = false;
    for (const auto& a : r.set.items) {
        const std::string q = text.substr(a.range.begin, a.range.end - a.range.begin);
        if (a.kind == gloss::AnnotationKind::Figure && q == "1,200 protesters") figure = true;
        if (a.kind == gloss::AnnotationKind::SourceCheck && a.check().citation_type == "parenthetical") {
            REQUIRE(a.check().parts.size() == 1);
            CHECK(*a.check().parts[0].source == "\xD0\x9D\xD0\xB0\xD1\x88\xD0\xB0 \xD0\x9D\xD1\x96\xD0\xB2\xD0\xB0");
            cite = true;
        }
    }
    CHECK(figure);
    CHECK(cite);
}

TEST_CASE("An analysis after a larger one on the same thread gives what it gives alone", "[robustness]") {
    const std::string article = probe::read_file(std::string(GLOSS_SOURCE_DIR) + "/assets/articles/edm-belarus-transit-2024.txt");
    const gloss::AnalyzeResult alone = probe::analyze(article);
    std::string big;
    while (big.size() < 400000) big += article;
    REQUIRE(probe::analyze(big).ok);
    const gloss::AnalyzeResult after = probe::analyze(article);
    REQUIRE(after.ok);
    REQUIRE(after.set.items.size() == alone.set.items.size());
    for (std::size_t i = 0; i < alone.set.items.size(); ++i) {
        CHECK(after.set.items[i].id == alone.set.items[i].id);
        CHECK(after.set.items[i].range.begin == alone.set.items[i].range.begin);
        CHECK(after.set.items[i].range.end == alone.set.items[i].range.end);
    }
}

TEST_CASE("An analysis whose token is set before it starts returns at once as cancelled", "[robustness][cancel]") {
    std::atomic<bool> cancel{true};
    gloss::AnalyzeOptions o;
    o.cancel = &cancel;
    const auto r = gloss::analyze_text("Output was 5 tonnes in 2024, up 3%, Reuters said.", o);
    CHECK_FALSE(r.ok);
    CHECK(r.error == "analysis cancelled");
    CHECK(r.set.items.empty());
}

TEST_CASE("An analysis cancelled from another thread stops long before it would have ended", "[robustness][cancel]") {
    std::string text;
    for (int i = 0; i < 40000; ++i)
        text += "In 2023 the port handled 1,200 containers, up 4% (Reuters, June 3, 2024), officials said. ";
    gloss::AnalyzeOptions o;
    o.publication_date = "2024-06-04";
    const auto t0 = std::chrono::steady_clock::now();
    REQUIRE(gloss::analyze_text(text, o).ok);
    const auto full = std::chrono::steady_clock::now() - t0;
    std::atomic<bool> cancel{false};
    o.cancel = &cancel;
    gloss::AnalyzeResult r;
    std::thread worker([&] { r = gloss::analyze_text(text, o); });
    std::this_thread::sleep_for(full / 4);
    const auto t1 = std::chrono::steady_clock::now();
    cancel.store(true);
    worker.join();
    const auto stopped = std::chrono::steady_clock::now() - t1;
    CAPTURE(std::chrono::duration<double, std::milli>(full).count(), std::chrono::duration<double, std::milli>(stopped).count());
    CHECK(r.error == "analysis cancelled");
    CHECK(stopped * 10 < full);
}
