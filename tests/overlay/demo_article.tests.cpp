// The overlay on the demo article, with the real analysis: the three hover
// cards a reader meets first, and reading-order navigation over everything.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "gloss/analyze.hpp"
#include "overlay_harness.hpp"

using namespace gloss;
using gloss_test::OverlayHarness;

namespace {

std::string demo_text() {
    std::ifstream in(std::string(GLOSS_SOURCE_DIR) + "/assets/articles/edm-belarus-transit-2024.txt", std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Demo {
    Demo() : text(demo_text()) {
        AnalyzeResult r = analyze_text(text, AnalyzeOptions{});
        REQUIRE(r.ok);
        set = std::move(r.set);
    }
    // The annotation of `kind` whose range starts where `what` (n-th occurrence) starts.
    int find(AnnotationKind kind, const std::string& what, int nth = 1) const {
        std::size_t at = std::string::npos, from = 0;
        for (int i = 0; i < nth; ++i) {
            at = text.find(what, from);
            if (at == std::string::npos) return -1;
            from = at + 1;
        }
        for (int i = 0; i < static_cast<int>(set.items.size()); ++i)
            if (set.items[i].kind == kind && set.items[i].range.begin <= at && at < set.items[i].range.end) return i;
        return -1;
    }
    std::string   text;
    AnnotationSet set;
};

bool card_says(const CardContent& c, const std::string& what) {
    return std::any_of(c.lines.begin(), c.lines.end(), [&](const CardLine& l) { return l.text.find(what) != std::string::npos; });
}

// Scroll the harness so byte `offset` is in the upper part of the view.
void scroll_to(OverlayHarness& h, std::uint32_t offset) {
    const int line = h.overlay.geometry().line_at_or_after(offset);
    h.scroll = std::max(0.0f, h.layout.lines[line].box.y0 - 200.0f);
}

} // namespace

TEST_CASE("On the demo article, hovering TEU shows its expansion", "[overlay][demo]") {
    Demo d;
    const int def = d.find(AnnotationKind::Definition, "TEU) (see");
    REQUIRE(def >= 0);
    OverlayHarness h(d.text, d.set);
    const ByteRange r = d.set.items[def].range;
    scroll_to(h, r.begin);
    h.frames(1);
    h.hover(r);
    h.frames(40);
    REQUIRE(h.overlay.open_card() == def);
    CHECK(h.window_shown(h.card_name(def).c_str()));
    CHECK(card_says(h.overlay.card(def), "equivalent unit"));
}

TEST_CASE("On the demo article, hovering 58,500 TEU shows the derived 2022 base", "[overlay][demo]") {
    Demo d;
    const int fig = d.find(AnnotationKind::Figure, "58,500");
    REQUIRE(fig >= 0);
    OverlayHarness h(d.text, d.set);
    const ByteRange r = d.set.items[fig].range;
    scroll_to(h, r.begin);
    h.frames(1);
    h.hover(ByteRange{r.begin, r.begin + 2});
    h.frames(40);
    REQUIRE(h.overlay.open_card() == fig);
    CHECK(h.window_shown(h.card_name(fig).c_str()));
    CHECK(card_says(h.overlay.card(fig), "13,830"));
    CHECK_FALSE(h.overlay.card(fig).chart.empty());
}

TEST_CASE("On the demo article, hovering (, January 27, 2022) shows the missing-source message", "[overlay][demo]") {
    Demo d;
    const int cite = d.find(AnnotationKind::SourceCheck, "(, January 27, 2022)");
    REQUIRE(cite >= 0);
    const auto& checks = d.set.items[cite].check().checks;
    REQUIRE(std::find(checks.begin(), checks.end(), "missing_source") != checks.end());
    OverlayHarness h(d.text, d.set);
    const ByteRange r = d.set.items[cite].range;
    scroll_to(h, r.begin);
    h.frames(1);
    h.hover(ByteRange{r.begin + 3, r.begin + 6});
    h.frames(40);
    REQUIRE(h.overlay.open_card() == cite);
    CHECK(h.window_shown(h.card_name(cite).c_str()));
    const CardContent& c = h.overlay.card(cite);
    CHECK(std::any_of(c.lines.begin(), c.lines.end(), [](const CardLine& l) { return l.style == CardStyle::Warning; }));
    CHECK(card_says(c, "source"));
}

TEST_CASE("On the demo article, next visits every annotation once, in reading order", "[overlay][demo]") {
    Demo d;
    OverlayHarness h(d.text, d.set);
    h.frames(1);
    std::vector<std::uint32_t> begins;
    int last = -1;
    for (int i = 0; i < 400; ++i) {
        h.key(']');
        if (h.overlay.focused() == last) break; // the end
        last = h.overlay.focused();
        begins.push_back(d.set.items[last].range.begin);
    }
    // Years, dates and identifiers are a quiet kind of their own, off by default.
    const auto navigable = std::count_if(d.set.items.begin(), d.set.items.end(), [](const Annotation& a) {
        return a.kind != AnnotationKind::Conflict && !a.range.empty() && !Overlay::is_date_like(a);
    });
    CHECK(static_cast<long>(begins.size()) == navigable);
    CHECK(std::is_sorted(begins.begin(), begins.end()));
}

TEST_CASE("On the demo article, dates and identifiers are navigable only once shown", "[overlay][demo]") {
    Demo d;
    const auto dates = std::count_if(d.set.items.begin(), d.set.items.end(), [](const Annotation& a) {
        return !a.range.empty() && Overlay::is_date_like(a);
    });
    REQUIRE(dates > 0);
    auto visits = [&](bool shown) {
        OverlayHarness h(d.text, d.set);
        h.overlay.set_dates_shown(shown);
        h.frames(1);
        int last = -1, n = 0, date_visits = 0;
        for (int i = 0; i < 400; ++i) {
            h.key(']');
            if (h.overlay.focused() == last) break;
            last = h.overlay.focused();
            ++n;
            date_visits += Overlay::is_date_like(d.set.items[static_cast<std::size_t>(last)]);
        }
        return std::pair<int, int>(n, date_visits);
    };
    const auto hidden = visits(false);
    const auto shown = visits(true);
    CHECK(hidden.second == 0);
    CHECK(shown.second == dates);
    CHECK(shown.first == hidden.first + dates);
}

TEST_CASE("A person's card says who the text introduces them as, and where", "[overlay][hover]") {
    const std::string text = "Ana Ruiz, an economist at Harlow Bank, spoke on Monday.\n\nFees will rise, Ruiz said.";
    AnalyzeResult r = analyze_text(text, AnalyzeOptions{});
    REQUIRE(r.ok);
    int later = -1;  // the family name alone, in the second paragraph
    for (int i = 0; i < static_cast<int>(r.set.items.size()); ++i)
        if (r.set.items[i].kind == AnnotationKind::Definition && r.set.items[i].range.begin == text.rfind("Ruiz")) later = i;
    REQUIRE(later >= 0);
    OverlayHarness h(text, r.set);
    const CardContent& card = h.overlay.card(later);
    CHECK(card_says(card, "Ana Ruiz"));
    CHECK(card_says(card, "Introduced in the text as an economist at Harlow Bank."));
    CHECK(card_says(card, "Introduced in the text at \xC2\xB6" "1"));
}
