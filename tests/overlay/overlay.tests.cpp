// The overlay in a headless ImGui frame over a hand-made annotation set:
// hover cards, keyboard navigation, pinning, scrolling, gutter, panel, stacks.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>

#include "overlay_harness.hpp"
#include "palette.hpp"

using namespace gloss;
using gloss_test::OverlayHarness;

namespace {

struct Sample {
    std::string   text;
    AnnotationSet set;
    int figure = -1, percent = -1, check = -1, def = -1, late_def = -1;
};

ByteRange find_range(const std::string& text, const std::string& what, std::size_t from = 0) {
    const std::size_t at = text.find(what, from);
    REQUIRE(at != std::string::npos);
    return ByteRange{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + what.size())};
}

Sample make_sample() {
    Sample s;
    s.text = "Port traffic\n"
             "In 2023 the terminal handled 58,500 TEU, a 323-percent increase (, January 27, 2022). "
             "A TEU (twenty-foot equivalent unit) measures containers.\n";
    for (int i = 0; i < 60; ++i)
        s.text += "Paragraph " + std::to_string(i) + " says nothing in particular about anything at all, which is fine for a test.\n";
    s.text += "The EDM column ends here.\n";

    auto add = [&](Annotation a) {
        s.set.items.push_back(std::move(a));
        return static_cast<int>(s.set.items.size()) - 1;
    };
    Annotation fig;
    fig.id = "fig-1";
    fig.kind = AnnotationKind::Figure;
    fig.range = find_range(s.text, "58,500 TEU");
    fig.paragraph = 1;
    fig.rule = "percent change + end value -> base";
    fig.edit_figure().value = 58500;
    fig.edit_figure().value_text = "58,500";
    fig.edit_figure().unit = "TEU";
    fig.edit_figure().kind = "quantity";
    fig.edit_figure().counts = "TEU";
    fig.edit_figure().derived.push_back(DerivedValue{"2022 base", 13830, "about 13,830 TEU", "58,500 / (1 + 3.23)"});
    s.figure = add(fig);

    Annotation pct;
    pct.id = "fig-2";
    pct.kind = AnnotationKind::Figure;
    pct.range = find_range(s.text, "323-percent");
    pct.paragraph = 1;
    pct.edit_figure().value = 323;
    pct.edit_figure().value_text = "323";
    pct.edit_figure().unit = "percent";
    pct.edit_figure().kind = "change";
    s.percent = add(pct);

    Annotation chk;
    chk.id = "cite-1";
    chk.kind = AnnotationKind::SourceCheck;
    chk.range = find_range(s.text, "(, January 27, 2022)");
    chk.paragraph = 1;
    chk.rule = "a parenthetical citation with a date and an empty source";
    CitationPart part;
    part.date = "January 27, 2022";
    part.iso_date = "2022-01-27";
    part.range = chk.range;
    chk.edit_check().parts.push_back(part);
    chk.edit_check().checks.push_back("missing_source");
    chk.edit_check().messages.push_back("The citation has a date but no source name");
    s.check = add(chk);

    Annotation def;
    def.id = "def-teu-1";
    def.kind = AnnotationKind::Definition;
    def.range = find_range(s.text, "TEU", find_range(s.text, "A TEU").begin);
    def.paragraph = 1;
    def.edit_definition().term = "TEU";
    def.edit_definition().expansion = "twenty-foot equivalent unit";
    def.edit_definition().text = "A standard shipping container size.";
    def.edit_definition().defined_in_text = true;
    def.edit_definition().definition_site = find_range(s.text, "(twenty-foot equivalent unit)");
    def.edit_definition().definition_paragraph = 1;
    def.edit_definition().pack = "glossary";
    s.def = add(def);

    Annotation late;
    late.id = "def-edm-1";
    late.kind = AnnotationKind::Definition;
    late.range = find_range(s.text, "EDM");
    late.paragraph = 62;
    late.edit_definition().term = "EDM";
    late.edit_definition().expansion = "Eurasia Daily Monitor";
    s.late_def = add(late);
    return s;
}

bool card_says(const CardContent& c, const std::string& what) {
    return std::any_of(c.lines.begin(), c.lines.end(), [&](const CardLine& l) { return l.text.find(what) != std::string::npos; });
}

// Sizes of the ImGui stacks the overlay must leave as it found them.
std::vector<int> stack_sizes() {
    ImGuiContext& g = *GImGui;
    return {g.CurrentWindowStack.Size, g.ColorStack.Size, g.StyleVarStack.Size, g.FontStack.Size,
            g.CurrentWindow->IDStack.Size, g.GroupStack.Size, g.BeginPopupStack.Size,
            g.CurrentWindow->DC.TextWrapPosStack.Size, g.CurrentWindow->DC.ItemWidthStack.Size};
}

} // namespace

TEST_CASE("Hovering a defined term opens its definition card with the expansion after the delay", "[overlay][hover]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.hover(s.set.items[s.def].range);
    h.frames(3);
    CHECK(h.overlay.open_card() == -1); // 50 ms: too early, a passing mouse opens nothing
    h.frames(30);                       // past 400 ms
    REQUIRE(h.overlay.open_card() == s.def);
    h.frames(3);                        // an auto-sized window shows from its second frame
    CHECK(h.window_shown(h.card_name(s.def).c_str()));
    CHECK(card_says(h.overlay.card(s.def), "twenty-foot equivalent unit"));
    CHECK(card_says(h.overlay.card(s.def), "Defined in the text at \xC2\xB6" "2"));
}

TEST_CASE("Hovering a figure with a derived value shows the derived base, its arithmetic and a chart", "[overlay][hover]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.hover(ByteRange{s.set.items[s.figure].range.begin, s.set.items[s.figure].range.begin + 3});
    h.frames(40);
    REQUIRE(h.overlay.open_card() == s.figure);
    CHECK(h.window_shown(h.card_name(s.figure).c_str()));
    const CardContent& c = h.overlay.card(s.figure);
    CHECK(card_says(c, "2022 base: about 13,830 TEU"));
    CHECK(card_says(c, "58,500 / (1 + 3.23)"));
    CHECK(c.chart.size() == 2);
}

TEST_CASE("Hovering a citation without a source shows the missing-source message and its rule", "[overlay][hover]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.hover(s.set.items[s.check].range);
    h.frames(40);
    REQUIRE(h.overlay.open_card() == s.check);
    CHECK(h.window_shown(h.card_name(s.check).c_str()));
    CHECK(card_says(h.overlay.card(s.check), "no source name"));
    CHECK(card_says(h.overlay.card(s.check), "Rule: a parenthetical citation"));
    CHECK(card_says(h.overlay.card(s.check), "missing"));
}

TEST_CASE("The hover delay is a setting", "[overlay][hover]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.overlay.set_hover_delay(0.1);
    h.hover(s.set.items[s.def].range);
    h.frames(10); // 166 ms
    CHECK(h.overlay.open_card() == s.def);
}

TEST_CASE("A hover card stays open while the mouse moves into it and closes when the mouse leaves", "[overlay][hover]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.hover(s.set.items[s.def].range);
    h.frames(40);
    REQUIRE(h.overlay.open_card() == s.def);
    const ImRect r = h.window_rect(h.card_name(s.def).c_str());
    REQUIRE(r.GetWidth() > 0);
    h.imgui.mouse(r.GetCenter().x, r.GetCenter().y); // onto the card, off the word
    h.frames(5);
    CHECK(h.overlay.open_card() == s.def);
    h.imgui.mouse(5, h.imgui.height() - 5); // far away
    h.frames(2);
    CHECK(h.overlay.open_card() == -1);
}

TEST_CASE("A card never takes the mouse wheel: the reader's window stays hovered under it", "[overlay][hover]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.hover(s.set.items[s.def].range);
    h.frames(40);
    const ImRect r = h.window_rect(h.card_name(s.def).c_str());
    h.imgui.mouse(r.GetCenter().x, r.GetCenter().y);
    h.frames(2);
    ImGui::SetCurrentContext(h.imgui.context());
    REQUIRE(GImGui->HoveredWindow != nullptr);
    CHECK(std::string(GImGui->HoveredWindow->Name) == "article");
    CHECK(h.overlay.wants_mouse()); // but the reader must not start a selection there
}

TEST_CASE("Scrolling closes an unpinned hover card", "[overlay][scroll]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.hover(s.set.items[s.def].range);
    h.frames(40);
    REQUIRE(h.overlay.open_card() == s.def);
    h.scroll += 20;
    h.frames(1);
    CHECK(h.overlay.open_card() == -1);
}

TEST_CASE("A pinned card survives scrolling", "[overlay][scroll]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    REQUIRE(h.key(']'));        // focus the first annotation
    REQUIRE(h.key(OverlayKey::Enter)); // open its card
    REQUIRE(h.key(OverlayKey::Enter)); // pin it
    const int pinned = h.overlay.focused();
    REQUIRE(h.overlay.pinned() == std::vector<int>{pinned});
    h.frames(3);
    CHECK(h.window_shown(h.pin_name(pinned).c_str()));
    const float y_before = h.window_rect(h.pin_name(pinned).c_str()).Min.y;
    h.scroll += 15;
    h.frames(3);
    CHECK(h.overlay.pinned() == std::vector<int>{pinned});
    CHECK(h.window_shown(h.pin_name(pinned).c_str()));
    CHECK(h.window_rect(h.pin_name(pinned).c_str()).Min.y < y_before); // it moved with its paragraph
}

TEST_CASE("Next and previous visit the annotations in reading order", "[overlay][keys]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    std::vector<int> expected{s.figure, s.percent, s.check, s.def, s.late_def};
    std::sort(expected.begin(), expected.end(),
              [&](int a, int b) { return s.set.items[a].range.begin < s.set.items[b].range.begin; });
    std::vector<int> forward;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        REQUIRE(h.key(i % 2 ? U'n' : U']'));
        forward.push_back(h.overlay.focused());
        h.frames(1);
    }
    CHECK(forward == expected);
    std::vector<int> back;
    for (std::size_t i = 1; i < expected.size(); ++i) {
        REQUIRE(h.key(i % 2 ? U'p' : U'['));
        back.push_back(h.overlay.focused());
    }
    CHECK(back == std::vector<int>(expected.rbegin() + 1, expected.rend()));
}

TEST_CASE("Moving to an annotation below the view asks the reader to scroll there", "[overlay][keys]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    for (int i = 0; i < 5; ++i) h.key(']');
    REQUIRE(h.overlay.focused() == s.late_def);
    REQUIRE_FALSE(h.host.scrolls.empty());
    CHECK(h.host.scrolls.back() == s.set.items[s.late_def].range.begin);
}

TEST_CASE("Enter opens the focused card and Esc closes it", "[overlay][keys]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    h.key(']');
    CHECK(h.key(OverlayKey::Enter));
    CHECK(h.overlay.open_card() == h.overlay.focused());
    h.frames(3);
    CHECK(h.window_shown(h.card_name(h.overlay.focused()).c_str()));
    CHECK(h.key(OverlayKey::Escape));
    CHECK(h.overlay.open_card() == -1);
}

TEST_CASE("Keys the overlay does not use are left to the reader", "[overlay][keys]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.frames(1);
    CHECK_FALSE(h.key(U'x'));
    CHECK_FALSE(h.key(OverlayKey::Escape)); // nothing open
    CHECK_FALSE(h.key(OverlayKey::Enter));  // nothing focused
}

TEST_CASE("Cards stay fully on screen near the edges", "[overlay][hover]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set, 150); // wide lines: the EDM paragraph near the right edge
    h.scroll = std::max(0.0f, h.layout.height - h.imgui.height() + 40);
    h.hover(s.set.items[s.late_def].range);
    h.frames(40);
    REQUIRE(h.overlay.open_card() == s.late_def);
    const ImRect r = h.window_rect(h.card_name(s.late_def).c_str());
    CHECK(r.Min.x >= 0);
    CHECK(r.Min.y >= 0);
    CHECK(r.Max.x <= h.imgui.width());
    CHECK(r.Max.y <= h.imgui.height());
}

TEST_CASE("Clicking a gutter marker pins the card beside its paragraph", "[overlay][gutter]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    // Line of the source check: its marker sits in the gutter at that line's height.
    const ImVec2 c = h.centre_of(s.set.items[s.check].range);
    const float gx1 = OverlayHarness::kOriginX - 10;
    const float marker_x = gx1 - 4.0f - 3.0f; // first marker: the source check (drawn first)
    h.click_at(marker_x, c.y);
    CHECK(std::find(h.overlay.pinned().begin(), h.overlay.pinned().end(), s.check) != h.overlay.pinned().end());
    h.frames(3);
    const ImRect r = h.window_rect(h.pin_name(s.check).c_str());
    CHECK(h.window_shown(h.pin_name(s.check).c_str()));
    CHECK(r.Min.x > OverlayHarness::kOriginX + h.layout.width); // beside the text column
}

TEST_CASE("Hiding a kind removes its cards and its place in navigation", "[overlay][legend]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.overlay.set_kind_shown(AnnotationKind::Definition, false);
    h.hover(s.set.items[s.def].range);
    h.frames(40);
    CHECK(h.overlay.open_card() == -1);
    for (int i = 0; i < 6; ++i) {
        h.key(']');
        CHECK(s.set.items[h.overlay.focused()].kind != AnnotationKind::Definition);
    }
}

TEST_CASE("Tab opens the side panel, which lists the annotations", "[overlay][panel]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.frames(1);
    CHECK(h.key(OverlayKey::Tab));
    h.frames(2);
    CHECK(h.overlay.panel_open());
    CHECK(h.window_shown(h.named("Gloss: annotations (Tab)###gloss.panel").c_str()));
    CHECK(h.key(OverlayKey::F2));
    h.frames(1);
    CHECK_FALSE(h.overlay.panel_open());
}

TEST_CASE("A long document's side panel builds only the cards of the rows in view", "[overlay][panel]") {
    std::string text;
    gloss::AnnotationSet set;
    for (int i = 0; i < 3000; ++i) {
        const std::string line = "Row " + std::to_string(i) + " counts 1,559 prisoners.\n";
        Annotation a;
        a.id = "fig-" + std::to_string(i + 1);
        a.kind = AnnotationKind::Figure;
        const auto at = static_cast<std::uint32_t>(text.size() + line.find("1,559"));
        a.range = {at, at + 5};
        a.paragraph = i;
        a.edit_figure().kind = "count";
        a.edit_figure().counts = "prisoners";
        set.items.push_back(a);
        text += line;
    }
    OverlayHarness h(text, set);
    h.frames(1);
    CHECK(h.overlay.cards_built() == 0);  // opening a document builds no card
    CHECK(h.key(OverlayKey::Tab));
    h.frames(3);
    REQUIRE(h.overlay.panel_open());
    CHECK(h.overlay.cards_built() > 0);
    CHECK(h.overlay.cards_built() < 200);  // of 3000 rows, only those in view
}

TEST_CASE("Clicking the density strip asks the reader to scroll to that part of the text", "[overlay][density]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    const gloss::ScreenRect clip = h.view().clip;
    h.click_at(clip.x1 - 4, clip.y0 + clip.height() * 0.9f);
    REQUIRE_FALSE(h.host.scrolls.empty());
    CHECK(h.host.scrolls.back() > s.text.size() / 2);
}

TEST_CASE("The density strip marks the visible part with a hollow frame, or with one bar where that part is a few pixels", "[overlay][density]") {
    auto [paragraphs, frame_vertices] = GENERATE(table<int, int>({{0, 16}, {20000, 4}}));
    CAPTURE(paragraphs);
    Sample s = make_sample();
    for (int i = 0; i < paragraphs; ++i) s.text += "More text that only makes the document long enough to shrink the view.\n";
    OverlayHarness h(s.text, s.set);
    h.frames(1);
    const ImU32 view_colour = palette_for(false).density_view;
    const gloss::ScreenRect clip = h.view().clip;
    int vertices = 0;
    float y0 = 1e9f, y1 = -1e9f;
    for (const ImDrawVert& v : h.page_draw_list()->VtxBuffer)
        if (v.col == view_colour && v.pos.x > clip.x1 - 12.0f) {
            ++vertices;
            y0 = std::min(y0, v.pos.y);
            y1 = std::max(y1, v.pos.y);
        }
    CHECK(vertices == frame_vertices);
    CHECK(y1 - y0 >= 2.0f);  // never thinner than 2 px: it stays visible
}

TEST_CASE("? shows the shortcuts and Esc hides them", "[overlay][keys]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    CHECK(h.key(U'?'));
    h.frames(3);
    CHECK(h.window_shown(h.named("##gloss.help").c_str()));
    CHECK(h.key(OverlayKey::Escape));
    CHECK_FALSE(h.overlay.help_open());
}

TEST_CASE("draw leaves every ImGui stack as it found it, whatever is open", "[overlay][stacks]") {
    const int state = GENERATE(0, 1, 2, 3);
    CAPTURE(state);
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    if (state >= 1) { h.key(']'); h.key(OverlayKey::Enter); }
    if (state >= 2) { h.key(OverlayKey::Enter); h.key(']'); h.key(OverlayKey::Enter); }
    if (state >= 3) { h.key(OverlayKey::Tab); h.key(U'?'); }
    for (int f = 0; f < 4; ++f) {
        std::vector<int> before, after;
        h.imgui.frame([&] {
            before = stack_sizes();
            h.overlay.draw(h.view());
            after = stack_sizes();
        });
        CHECK(before == after);
    }
}

TEST_CASE("Pressing a with a text selection opens the note editor", "[overlay][notes]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    CHECK_FALSE(h.key(U'a')); // nothing selected
    h.overlay.set_selection(ByteRange{20, 30});
    CHECK(h.key(U'a'));
    CHECK(h.overlay.note_editor_open());
    h.frames(3);
    CHECK(h.window_shown(h.named("Add a note###gloss.note").c_str()));
}

TEST_CASE("A pinned card stays when another card opens on hover", "[overlay][hover]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.hover(s.set.items[s.check].range);
    h.frames(40);
    REQUIRE(h.overlay.open_card() == s.check);
    REQUIRE(h.key(OverlayKey::Enter)); // pins the hover card
    REQUIRE(h.overlay.pinned() == std::vector<int>{s.check});
    h.imgui.mouse(5, h.imgui.height() - 5);
    h.frames(5);
    h.hover(s.set.items[s.def].range);
    h.frames(40);
    CHECK(h.overlay.open_card() == s.def);
    CHECK(h.window_shown(h.card_name(s.def).c_str()));
    CHECK(h.overlay.pinned() == std::vector<int>{s.check});
    CHECK(h.window_shown(h.pin_name(s.check).c_str()));
}

TEST_CASE("A selection shows an add-note chip that opens the note editor when clicked", "[overlay][notes]") {
    struct Sink : NoteSink {
        bool add_note(ByteRange, std::string_view, std::string*) override { return true; }
    } sink;
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.overlay.set_note_sink(&sink);
    h.overlay.set_selection(ByteRange{20, 30});
    h.frames(3);
    REQUIRE(h.window_shown(h.named("##gloss.note.chip").c_str()));
    const ImRect r = h.window_rect(h.named("##gloss.note.chip").c_str());
    h.click_at(r.GetCenter().x, r.GetCenter().y);
    CHECK(h.overlay.note_editor_open());
}

TEST_CASE("The legend stands beside the text column, stacked when a row does not fit, never over the text", "[overlay][legend]") {
    Sample s = make_sample();
    auto [columns, stacked] = GENERATE(table<int, bool>({{90, false}, {118, true}}));
    CAPTURE(columns);
    OverlayHarness h(s.text, s.set, columns);
    h.clip_right = h.imgui.width();
    h.frames(1);
    const ScreenRect legend = h.overlay.legend_rect();
    const float column_right = OverlayHarness::kOriginX + h.layout.width;
    REQUIRE(legend.width() > 0);
    CHECK(legend.x0 >= column_right);            // not over the text
    CHECK(legend.y0 < 40.0f);                     // at the top
    CHECK(legend.x1 <= h.imgui.width());
    CHECK(h.overlay.legend_stacked() == stacked);
    CHECK((legend.height() > 0.5f * legend.width()) == stacked);  // one kind per row: tall for its width
}

TEST_CASE("The legend's box is two rectangles: its border and its background, 8 vertices", "[overlay][legend]") {
    // A rounded box is ~90 triangles of ImGui's anti-aliased fill (64 vertices),
    // long thin ones a software rasteriser bins tile by tile.
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set, 90);
    h.clip_right = h.imgui.width();
    h.frames(1);
    const ScreenRect legend = h.overlay.legend_rect();
    REQUIRE(legend.width() > 0);
    const Palette pal = palette_for(false);
    const ImDrawList* dl = h.page_draw_list();
    REQUIRE(dl != nullptr);
    int border = 0, background = 0;
    for (const ImDrawVert& v : dl->VtxBuffer) {
        if (!legend.expanded(1.0f).contains(ScreenPoint{v.pos.x, v.pos.y})) continue;
        const ImU32 rgb = v.col & ~IM_COL32_A_MASK;
        if (rgb == (pal.card_border & ~IM_COL32_A_MASK)) ++border;
        if (rgb == (pal.card_bg & ~IM_COL32_A_MASK)) ++background;
    }
    CHECK(border == 4);
    CHECK(background == 4);
}

namespace {

// What one drawing call adds to the article window's draw list.
struct AddedGeometry {
    int    vertices = 0, indices = 0;
    ImVec2 min{1e9f, 1e9f}, max{-1e9f, -1e9f};  // bounds of the added vertices
};

AddedGeometry added_by(const std::function<void(ImDrawList*)>& draw) {
    static gloss_test::HeadlessImGui imgui;
    AddedGeometry g;
    imgui.frame([&] {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const int v0 = dl->VtxBuffer.Size, i0 = dl->IdxBuffer.Size;
        draw(dl);
        g.vertices = dl->VtxBuffer.Size - v0;
        g.indices = dl->IdxBuffer.Size - i0;
        for (int i = v0; i < dl->VtxBuffer.Size; ++i) {
            const ImVec2 p = dl->VtxBuffer[i].pos;
            g.min = ImVec2(std::min(g.min.x, p.x), std::min(g.min.y, p.y));
            g.max = ImVec2(std::max(g.max.x, p.x), std::max(g.max.y, p.y));
        }
    });
    return g;
}

enum class Mark { Figure, Definition, Problem, QuietCitation, Note };

} // namespace

TEST_CASE("An in-text mark under a word stays within its vertex and index budget at 1x and 2x", "[overlay][marks]") {
    // Budgets for a mark 200 px wide at 1x (400 px at 2x): a software renderer's
    // cost follows the triangles. The anti-aliased zigzag polyline this replaced
    // took 162 vertices / 480 indices, the 2 px dots every 4 px 200 / 300.
    auto [mark, scale, max_vertices, max_indices] = GENERATE(table<Mark, float, int, int>({
        {Mark::Problem, 1.0f, 90, 130},       {Mark::Problem, 2.0f, 90, 130},
        {Mark::Definition, 1.0f, 120, 180},   {Mark::Definition, 2.0f, 120, 180},
        {Mark::Figure, 1.0f, 8, 12},          {Mark::Figure, 2.0f, 8, 12},
        {Mark::QuietCitation, 1.0f, 4, 6},    {Mark::QuietCitation, 2.0f, 4, 6},
        {Mark::Note, 1.0f, 8, 12},            {Mark::Note, 2.0f, 8, 12},
    }));
    CAPTURE(static_cast<int>(mark), scale);
    const Palette pal = palette_for(false);
    const float x0 = 40.5f, x1 = x0 + 200.0f * scale, y0 = 100.0f, y1 = y0 + 22.0f * scale, base = y0 + 17.0f * scale;
    const AddedGeometry g = added_by([&](ImDrawList* dl) {
        switch (mark) {
        case Mark::Figure: draw_text_mark(dl, pal, AnnotationKind::Figure, x0, y0, x1, base, scale); break;
        case Mark::Definition: draw_text_mark(dl, pal, AnnotationKind::Definition, x0, y0, x1, base, scale); break;
        case Mark::Problem: draw_text_mark(dl, pal, AnnotationKind::SourceCheck, x0, y0, x1, base, scale); break;
        case Mark::QuietCitation: draw_quiet_citation_mark(dl, pal, x0, x1, base, scale); break;
        case Mark::Note: draw_text_mark(dl, pal, AnnotationKind::Note, x0, y0, x1, base, scale); break;
        }
    });
    CHECK(g.vertices > 0);
    CHECK(g.vertices <= max_vertices);
    CHECK(g.indices <= max_indices);
    CHECK(g.indices % 3 == 0);
    // The mark spans the word (to the pixel) and stays inside the line box.
    CHECK(g.min.x <= x0 + 1.0f);
    CHECK(g.max.x >= x1 - 1.0f - 3.0f * scale);  // dots may stop short of the end by less than a gap
    CHECK(g.max.x <= x1 + 1.5f);
    CHECK(g.max.y <= y1 + 6.0f * scale);
    if (mark != Mark::Figure && mark != Mark::Note) CHECK(g.min.y >= base);  // underlines are below the baseline
}

TEST_CASE("Over a pattern texture made at its scale, a mark is one quad whatever its length", "[overlay][marks][textures]") {
    auto [mark, scale, width] = GENERATE(table<Mark, float, float>({
        {Mark::Problem, 1.0f, 200.0f},    {Mark::Problem, 2.0f, 2000.0f},
        {Mark::Definition, 1.0f, 200.0f}, {Mark::Definition, 2.0f, 2000.0f},
        {Mark::Figure, 1.0f, 200.0f},     {Mark::QuietCitation, 1.0f, 2000.0f},
        {Mark::Note, 2.0f, 200.0f},
    }));
    CAPTURE(static_cast<int>(mark), scale, width);
    const Palette pal = palette_for(false);
    const MarkPatterns patterns = make_mark_patterns(static_cast<int>(scale), 8);
    MarkTexture tex;
    tex.id = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(0x40));
    tex.patterns = &patterns;
    const float x0 = 40.0f, x1 = x0 + width, y0 = 100.0f, base = y0 + 17.0f * scale;
    const AddedGeometry g = added_by([&](ImDrawList* dl) {
        switch (mark) {
        case Mark::Figure: draw_text_mark(dl, pal, AnnotationKind::Figure, x0, y0, x1, base, scale, tex); break;
        case Mark::Definition: draw_text_mark(dl, pal, AnnotationKind::Definition, x0, y0, x1, base, scale, tex); break;
        case Mark::Problem: draw_text_mark(dl, pal, AnnotationKind::SourceCheck, x0, y0, x1, base, scale, tex); break;
        case Mark::QuietCitation: draw_quiet_citation_mark(dl, pal, x0, x1, base, scale, tex); break;
        case Mark::Note: draw_text_mark(dl, pal, AnnotationKind::Note, x0, y0, x1, base, scale, tex); break;
        }
    });
    CHECK(g.vertices == 4);
    CHECK(g.indices == 6);
    CHECK(g.min.x <= x0 + 1.0f);
    CHECK(g.max.x >= x1 - 7.0f * scale);  // whole dashes: may stop short by less than a period
    CHECK(g.max.x <= x1 + 1.5f);
}

TEST_CASE("A figure's box over the texture ends in its edge rows and is tint above, at any line height", "[overlay][marks][textures]") {
    auto [kind, k, line_height] = GENERATE(table<AnnotationKind, int, float>({
        {AnnotationKind::Figure, 1, 22.0f}, {AnnotationKind::Figure, 1, 60.0f}, {AnnotationKind::Figure, 2, 44.0f},
        {AnnotationKind::Note, 1, 22.0f},   {AnnotationKind::Note, 2, 90.0f},
    }));
    CAPTURE(static_cast<int>(kind), k, line_height);
    const Palette pal = palette_for(false);
    MarkPatterns patterns = make_mark_patterns(k, 8);
    paint_edged_boxes(patterns, pal.figure_tint, pal.figure_edge, pal.note_tint, pal.note_edge);
    MarkTexture tex;
    tex.id = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(0x40));
    tex.patterns = &patterns;
    const float y0 = 50.0f, base = y0 + line_height * 0.75f;
    ImDrawVert quad[4];
    added_by([&](ImDrawList* dl) {
        const int v0 = dl->VtxBuffer.Size;
        draw_text_mark(dl, pal, kind, 20.0f, y0, 220.0f, base, static_cast<float>(k), tex);
        REQUIRE(dl->VtxBuffer.Size - v0 == 4);
        for (int i = 0; i < 4; ++i) quad[i] = dl->VtxBuffer[v0 + i];
    });
    // The texel a pixel row samples (nearest filtering): quad corners are top-left .. bottom-left.
    const float top = quad[0].pos.y, bottom = quad[2].pos.y;
    auto texel_row = [&](float pixel_centre_y) {
        const float t = (pixel_centre_y - top) / (bottom - top);
        const float v = quad[0].uv.y + t * (quad[2].uv.y - quad[0].uv.y);
        return static_cast<int>(std::floor(v * static_cast<float>(patterns.height)));
    };
    const int column = static_cast<int>(std::floor(quad[0].uv.x * static_cast<float>(patterns.width)));
    auto colour_at = [&](int row) {
        const std::uint8_t* t = &patterns.rgba[(static_cast<std::size_t>(row) * static_cast<std::size_t>(patterns.width) +
                                                static_cast<std::size_t>(column)) * 4];
        return static_cast<ImU32>(t[0] | t[1] << 8 | t[2] << 16 | static_cast<ImU32>(t[3]) << 24);
    };
    const bool figure = kind == AnnotationKind::Figure;
    const ImU32 tint = figure ? pal.figure_tint : pal.note_tint;
    const ImU32 edged = composite_over(figure ? pal.figure_edge : pal.note_edge, tint);
    const int edge_px = (figure ? 1 : 2) * k;
    CHECK(quad[0].uv.x == quad[2].uv.x);  // one column: the box is uniform across
    CHECK(bottom == std::round(base + 2.0f * static_cast<float>(k)) + static_cast<float>(edge_px));
    CHECK(top == y0 + 1.0f);
    for (int r = 1; r <= edge_px; ++r) CHECK(colour_at(texel_row(bottom - static_cast<float>(r) + 0.5f)) == edged);
    CHECK(colour_at(texel_row(bottom - static_cast<float>(edge_px) - 0.5f)) == tint);
    CHECK(colour_at(texel_row(top + 0.5f)) == tint);
}

TEST_CASE("A box taller than the texture's column is drawn as its tint and its edge", "[overlay][marks][textures]") {
    const Palette pal = palette_for(false);
    MarkPatterns patterns = make_mark_patterns(1, 8);
    paint_edged_boxes(patterns, pal.figure_tint, pal.figure_edge, pal.note_tint, pal.note_edge);
    MarkTexture tex;
    tex.id = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(0x40));
    tex.patterns = &patterns;
    const float tall = static_cast<float>(patterns.figure_box.height) + 20.0f;
    const AddedGeometry g = added_by([&](ImDrawList* dl) {
        draw_text_mark(dl, pal, AnnotationKind::Figure, 20.0f, 0.0f, 220.0f, tall - 6.0f, 1.0f, tex);
    });
    CHECK(g.vertices == 8);
    CHECK(g.min.y == 1.0f);
    CHECK(g.max.y == tall - 6.0f + 2.0f + 1.0f);
}

TEST_CASE("A figure's dot sprite holds exactly the pixels a rasteriser fills for the dot's polygon, in place", "[overlay][gutter][textures]") {
    auto [k, pinned] = GENERATE(table<int, bool>({{1, false}, {1, true}, {2, false}, {2, true}, {3, false}}));
    CAPTURE(k, pinned);
    const MarkPatterns patterns = make_mark_patterns(k, 8);
    const ShapeSprite& sprite = pinned ? patterns.pinned_dot : patterns.dot;
    CHECK(sprite.radius == (pinned ? 5.0f : 4.0f) * static_cast<float>(k));
    const ImVec2 centre(40.3f, 60.7f);
    std::vector<ImVec2> polygon;
    ImDrawVert quad[4];
    added_by([&](ImDrawList* dl) {
        const int v0 = dl->VtxBuffer.Size;
        draw_kind_shape(dl, AnnotationKind::Figure, centre, sprite.radius, IM_COL32_WHITE);
        for (int i = v0; i < dl->VtxBuffer.Size; ++i) polygon.push_back(dl->VtxBuffer[i].pos);
        const int q0 = dl->VtxBuffer.Size;
        draw_dot_over(dl, patterns, sprite, centre, IM_COL32_WHITE);
        REQUIRE(dl->VtxBuffer.Size - q0 == 4);
        for (int i = 0; i < 4; ++i) quad[i] = dl->VtxBuffer[q0 + i];
    });
    REQUIRE(polygon.size() >= 8);
    // A pixel is filled when its centre is inside every edge of the convex polygon.
    auto filled = [&](float x, float y) {
        for (std::size_t i = 0; i < polygon.size(); ++i) {
            const ImVec2 a = polygon[i], b = polygon[(i + 1) % polygon.size()];
            if ((b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x) <= 0.0f) return false;
        }
        return true;
    };
    const int x0 = static_cast<int>(quad[0].pos.x), y0 = static_cast<int>(quad[0].pos.y);
    CHECK(quad[0].pos.x == static_cast<float>(x0));  // on the pixel grid: texels map one to one
    CHECK(quad[2].pos.x - quad[0].pos.x == static_cast<float>(sprite.size));
    CHECK(quad[0].uv.x * static_cast<float>(patterns.width) == Approx(sprite.x));
    int inside = 0, mismatched = 0;
    for (int py = y0 - 4; py < y0 + sprite.size + 4; ++py)
        for (int px = x0 - 4; px < x0 + sprite.size + 4; ++px) {
            const bool in_quad = px >= x0 && px < x0 + sprite.size && py >= y0 && py < y0 + sprite.size;
            const bool opaque = in_quad && texel_alpha(patterns, sprite.x + px - x0, sprite.y + py - y0) == 255;
            const bool in_polygon = filled(static_cast<float>(px) + 0.5f, static_cast<float>(py) + 0.5f);
            inside += in_polygon;
            if (opaque != in_polygon) ++mismatched;
        }
    CHECK(inside > 40 * k * k);
    CHECK(mismatched == 0);
}

TEST_CASE("A dashed underline over the texture maps one texel to one pixel and repeats across its length", "[overlay][marks][textures]") {
    const int k = GENERATE(1, 2);
    const float width = GENERATE(30.0f, 333.0f);
    CAPTURE(k, width);
    const MarkPatterns patterns = make_mark_patterns(k, 8);
    MarkTexture tex;
    tex.id = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(0x40));
    tex.patterns = &patterns;
    ImDrawVert quad[4];
    added_by([&](ImDrawList* dl) {
        const int v0 = dl->VtxBuffer.Size;
        draw_text_mark(dl, palette_for(false), AnnotationKind::Definition, 20.0f, 50.0f, 20.0f + width, 66.0f,
                       static_cast<float>(k), tex);
        REQUIRE(dl->VtxBuffer.Size - v0 == 4);
        for (int i = 0; i < 4; ++i) quad[i] = dl->VtxBuffer[v0 + i];
    });
    // PrimRectUV writes the corners top-left, top-right, bottom-right, bottom-left.
    const float texels_across = (quad[2].uv.x - quad[0].uv.x) * static_cast<float>(patterns.width);
    const float pixels_across = quad[2].pos.x - quad[0].pos.x;
    CHECK(texels_across == Approx(pixels_across));
    CHECK(texels_across > static_cast<float>(patterns.width) * (width > 100 ? 1.0f : 0.0f));  // long marks wrap around the texture
    CHECK(static_cast<int>(pixels_across + 0.5f) % patterns.dashes.period == patterns.dashes.length);  // ends on a whole dash
    CHECK(quad[0].uv.y * static_cast<float>(patterns.height) == Approx(static_cast<float>(patterns.dashes.y)));
    CHECK(quad[2].uv.y * static_cast<float>(patterns.height) == Approx(static_cast<float>(patterns.dashes.y + patterns.dashes.height)));
    CHECK(quad[2].pos.y - quad[0].pos.y == Approx(static_cast<float>(patterns.dashes.height)));
}

TEST_CASE("At a scale its patterns were not made for, a mark is drawn as triangles", "[overlay][marks][textures]") {
    const MarkPatterns patterns = make_mark_patterns(1, 8);
    MarkTexture tex;
    tex.id = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(0x40));
    tex.patterns = &patterns;
    CHECK(tex.usable_at(1.2f));
    CHECK_FALSE(tex.usable_at(2.0f));
    const AddedGeometry g = added_by([&](ImDrawList* dl) {
        draw_text_mark(dl, palette_for(false), AnnotationKind::Definition, 40, 100, 440, 134, 2.0f, tex);
    });
    CHECK(g.vertices > 8);  // one quad per dash
}

TEST_CASE("A jagged underline is one triangle per tooth, with teeth as wide and as deep as asked", "[overlay][marks]") {
    const float scale = GENERATE(1.0f, 1.5f, 2.0f);
    const float width = GENERATE(3.0f, 47.0f, 300.0f);
    CAPTURE(scale, width);
    const AddedGeometry g = added_by([&](ImDrawList* dl) { draw_teeth(dl, 10.0f, 10.0f + width * scale, 50.0f, 5.0f * scale, 3.0f * scale, IM_COL32_WHITE); });
    const int teeth = g.indices / 3;
    CHECK(teeth >= 1);
    CHECK(teeth <= static_cast<int>(width / 5.0f + 0.5f) + 1);
    CHECK(teeth >= static_cast<int>(width / 5.0f) - 1);
    CHECK(g.vertices == 2 * teeth + 1);  // neighbouring teeth share a corner
    CHECK(g.max.y - g.min.y == Approx(3.0f * scale).margin(0.5f));  // as deep as asked, whatever the width
}

TEST_CASE("A gutter shape is a few triangles at any size and kind", "[overlay][gutter]") {
    const AnnotationKind kind = GENERATE(AnnotationKind::Figure, AnnotationKind::SourceCheck, AnnotationKind::Definition,
                                         AnnotationKind::Note);
    const float radius = GENERATE(4.0f, 6.0f, 8.0f, 14.0f);
    CAPTURE(static_cast<int>(kind), radius);
    const AddedGeometry g = added_by([&](ImDrawList* dl) { draw_kind_shape(dl, kind, ImVec2(100.3f, 80.6f), radius, IM_COL32_WHITE); });
    // With ImGui's anti-aliasing fringe an 8-sided circle took 66 indices, a diamond 30, a triangle 21.
    CHECK(g.indices >= 3);
    CHECK(g.indices <= 3 * 14);
    CHECK(g.vertices <= 16);
    // As big as asked: the shape reaches about `radius` from its centre on both sides.
    CHECK(g.max.x - g.min.x >= 1.5f * radius);
    CHECK(g.max.x - g.min.x <= 2.6f * radius + 2.0f);
}

TEST_CASE("Marks and gutter shapes leave the draw list's anti-aliasing flags as they found them", "[overlay][marks]") {
    const Palette pal = palette_for(true);
    const bool aa = GENERATE(true, false);
    CAPTURE(aa);
    ImDrawListFlags before = 0, after = 0;
    const AddedGeometry g = added_by([&](ImDrawList* dl) {
        if (!aa) dl->Flags &= ~(ImDrawListFlags_AntiAliasedFill | ImDrawListFlags_AntiAliasedLines);
        before = dl->Flags;
        for (AnnotationKind k : {AnnotationKind::Figure, AnnotationKind::SourceCheck, AnnotationKind::Definition,
                                 AnnotationKind::Note, AnnotationKind::Conflict}) {
            draw_kind_shape(dl, k, ImVec2(20, 20), 4.0f, kind_colour(pal, k));
            draw_text_mark(dl, pal, k, 40, 10, 120, 26, 1.0f);
        }
        draw_quiet_citation_mark(dl, pal, 40, 120, 26, 1.0f);
        after = dl->Flags;
    });
    CHECK(g.vertices > 0);
    CHECK(before == after);
    CHECK(((before & ImDrawListFlags_AntiAliasedFill) != 0) == aa);
}

TEST_CASE("Ctrl+click on a citation whose source came from a link asks the host to open it", "[overlay][links]") {
    Sample s = make_sample();
    s.set.items[s.check].edit_check().parts[0].source = s.set.keep("example.org");
    s.set.items[s.check].edit_check().parts[0].link = s.set.keep("https://www.example.org/report");
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    const ImVec2 c = h.centre_of(s.set.items[s.check].range);
    h.click_at(c.x, c.y);
    CHECK(h.host.opened.empty());  // a plain click never opens anything
    ImGui::SetCurrentContext(h.imgui.context());
    ImGui::GetIO().KeyCtrl = true;
    h.click_at(c.x, c.y);
    ImGui::GetIO().KeyCtrl = false;
    REQUIRE(h.host.opened.size() == 1);
    CHECK(h.host.opened[0] == "https://www.example.org/report");
}

TEST_CASE("Ctrl+click on a citation without a link opens nothing", "[overlay][links]") {
    Sample s = make_sample();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    const ImVec2 c = h.centre_of(s.set.items[s.check].range);
    ImGui::SetCurrentContext(h.imgui.context());
    ImGui::GetIO().KeyCtrl = true;
    h.click_at(c.x, c.y);
    ImGui::GetIO().KeyCtrl = false;
    CHECK(h.host.opened.empty());
}

TEST_CASE("A conflict card folds one source's repeated value into one line and one bar", "[overlay][card]") {
    const std::string text = "Officials counted 1,450 boats.\nThe Harbour Guild counted 1,300 boats.\nAgain, 1,450 boats.\n";
    AnnotationSet set;
    auto figure = [&](const std::string& what, std::size_t from, int paragraph, Text source) {
        Annotation a;
        a.kind = AnnotationKind::Figure;
        a.id = "fig-" + std::to_string(set.items.size() + 1);
        a.range = find_range(text, what, from);
        a.paragraph = paragraph;
        a.edit_figure().value_text = "1,450";
        a.edit_figure().value = 1450;
        if (what == "1,300") { a.edit_figure().value_text = "1,300"; a.edit_figure().value = 1300; }
        a.edit_figure().source = source;
        set.items.push_back(a);
        return static_cast<int>(set.items.size()) - 1;
    };
    const int first = figure("1,450", 0, 0, Text());
    const int guild = figure("1,300", 0, 1, "Harbour Guild");
    const int again = figure("1,450", text.find("Again"), 2, Text());
    Annotation g;
    g.kind = AnnotationKind::Conflict;
    g.id = "conflict-1";
    g.edit_conflict().quantity = "boats";
    g.edit_conflict().members = {first, guild, again};
    set.items.push_back(g);
    set.items[first].edit_figure().conflict = 3;

    const CardContent conflict = build_card(set, 3, text);
    CHECK(conflict.chart.size() == 2);
    bool folded = false;
    for (const CardLine& l : conflict.lines) folded = folded || l.text == "1,450 — no source given (¶1, ¶3)";
    CHECK(folded);
    const CardContent member = build_card(set, first, text);
    REQUIRE(member.chart.size() == 2);
    CHECK(member.chart[0].self);
    CHECK(member.chart[0].label == "¶1, ¶3, no source");
    CHECK_FALSE(member.chart[1].self);
}

TEST_CASE("A range of years is drawn quietly like a year, a range of amounts like a figure", "[overlay]") {
    auto [kind, unit, quiet] = GENERATE(table<const char*, const char*, bool>({
        {"range", "year", true},
        {"date", "year", true},
        {"time", "", true},     // "3pm"
        {"ordinal", "", true},  // "87th"
        {"range", "percent", false},
        {"rate", "per euro", false},
    }));
    CAPTURE(kind, unit);
    Annotation a;
    a.kind = AnnotationKind::Figure;
    a.edit_figure().kind = Text::from_static(kind);
    a.edit_figure().unit = Text::from_static(unit);
    CHECK(Overlay::is_date_like(a) == quiet);
}
