// Presenter mode in headless ImGui frames over a hand-made annotation set:
// entering and leaving, stepping and its ends, the step's card, reveal,
// blanking, the idle cursor, pointer and ink, private notes kept off the
// projector (read back from the draw lists), and the presenter view drawn
// into a second ImGui context.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "overlay_harness.hpp"
#include "palette.hpp"

using namespace gloss;
using gloss_test::OverlayHarness;

namespace {

struct Lesson {
    std::string   text;
    AnnotationSet set;
    int figure = -1, check = -1, note = -1, secret = -1, conflict = -1, a = -1, b = -1;
};

ByteRange find_range(const std::string& text, const std::string& what) {
    const std::size_t at = text.find(what);
    REQUIRE(at != std::string::npos);
    return ByteRange{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + what.size())};
}

// Invented sentences: a figure with a derived base, a citation without a
// source, two figures that disagree, a note and a private note.
Lesson make_lesson() {
    Lesson s;
    s.text = "Orchard yields\n"
             "The valley picked 9,000 crates of pears, a 200-percent increase on the year before.\n"
             "Growers said the harvest was early (, March 3, 2021).\n";
    for (int i = 0; i < 30; ++i) s.text += "Filler paragraph " + std::to_string(i) + " keeps the page long enough to scroll.\n";
    s.text += "The cooperative counted 410 pickers while the union counted 520 pickers.\n"
              "A last line about the weather closes the story.\n";
    auto add = [&](Annotation a) {
        s.set.items.push_back(std::move(a));
        return static_cast<int>(s.set.items.size()) - 1;
    };
    Annotation fig;
    fig.id = "fig-1";
    fig.range = find_range(s.text, "9,000 crates");
    fig.paragraph = 1;
    fig.edit_figure().value = 9000;
    fig.edit_figure().value_text = "9,000";
    fig.edit_figure().kind = "count";
    fig.edit_figure().counts = "crates";
    fig.edit_figure().derived.push_back(DerivedValue{"earlier base", 3000, "about 3,000 crates", "9,000 / (1 + 2.00)"});
    s.figure = add(fig);
    Annotation n;
    n.id = "note-1";
    n.range = find_range(s.text, "harvest was early");
    n.paragraph = 2;
    n.edit_note().text = "Bluewhalesong";
    s.note = add(n);
    Annotation chk;
    chk.id = "cite-1";
    chk.range = find_range(s.text, "(, March 3, 2021)");
    chk.paragraph = 2;
    chk.edit_check().citation_type = "parenthetical";
    chk.edit_check().checks.push_back("missing_source");
    chk.edit_check().messages.push_back("The citation has a date but no source");
    s.check = add(chk);
    Annotation fa;
    fa.id = "fig-2";
    fa.range = find_range(s.text, "410 pickers");
    fa.paragraph = 33;
    fa.edit_figure().value = 410;
    fa.edit_figure().value_text = "410";
    fa.edit_figure().kind = "count";
    fa.edit_figure().source = "the cooperative";
    s.a = add(fa);
    Annotation conf;
    conf.id = "conflict-1";
    conf.range = s.set.items[static_cast<std::size_t>(s.a)].range;
    conf.paragraph = 33;
    conf.edit_conflict().quantity = "pickers";
    s.conflict = add(conf);
    Annotation fb;
    fb.id = "fig-3";
    fb.range = find_range(s.text, "520 pickers");
    fb.paragraph = 33;
    fb.edit_figure().value = 520;
    fb.edit_figure().value_text = "520";
    fb.edit_figure().kind = "count";
    fb.edit_figure().source = "the union";
    s.b = add(fb);
    s.set.items[static_cast<std::size_t>(s.conflict)].edit_conflict().members = {s.a, s.b};
    s.set.items[static_cast<std::size_t>(s.a)].edit_figure().conflict = s.conflict;
    s.set.items[static_cast<std::size_t>(s.b)].edit_figure().conflict = s.conflict;
    Annotation p;
    p.id = "note-2";
    p.range = find_range(s.text, "last line about the weather");
    p.paragraph = 34;
    p.edit_note().text = "Zanzibarquokka";
    p.edit_note().tags = {"private"};
    s.secret = add(p);
    return s;
}

void present_with_path(OverlayHarness& h, LessonPathKind kind) {
    REQUIRE(h.key(OverlayKey::F5));
    h.overlay.set_lesson_path(kind);
    h.frames(2);
}

} // namespace

TEST_CASE("F5 enters presenter mode and asks the host for projector zoom and the presentation theme", "[presenter]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    h.overlay.set_presenter_dark(true);
    CHECK(h.key(OverlayKey::F5));
    CHECK(h.overlay.presenting());
    REQUIRE(h.host.presents.size() == 1);
    CHECK(h.host.presents[0].presenting);
    CHECK(h.host.presents[0].chars_per_line >= 45);
    CHECK(h.host.presents[0].chars_per_line <= 55);
    CHECK(h.host.presents[0].dark);
    CHECK(h.overlay.presenter().player.step() == 0);
}

TEST_CASE("Esc leaves presenter mode, asks the host to restore its view and reopens the panel", "[presenter]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    h.overlay.set_panel_open(true);
    h.key(OverlayKey::F5);
    CHECK_FALSE(h.overlay.panel_open());
    h.frames(2);
    CHECK(h.key(OverlayKey::Escape));
    CHECK_FALSE(h.overlay.presenting());
    REQUIRE(h.host.presents.size() == 2);
    CHECK_FALSE(h.host.presents[1].presenting);
    CHECK(h.overlay.panel_open());
}

TEST_CASE("Clicker keys step through the path in order and each step asks for a smooth scroll to it", "[presenter][stepping]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    present_with_path(h, LessonPathKind::Sources);
    const auto& steps = h.overlay.presenter().steps;
    REQUIRE(steps.size() == 2);  // the citation, then the conflict
    CHECK(steps[0].annotation == s.check);
    CHECK(steps[1].annotation == s.conflict);
    h.host.step_scrolls.clear();
    CHECK(h.key_with(OverlayKey::PageDown));
    CHECK(h.overlay.presenter().player.step() == 1);
    REQUIRE(h.host.step_scrolls.size() == 1);
    CHECK(h.host.step_scrolls[0] == s.set.items[static_cast<std::size_t>(s.a)].range.begin);
    CHECK(h.key_with(OverlayKey::Left));
    CHECK(h.overlay.presenter().player.step() == 0);
    CHECK(h.key(U' '));
    CHECK(h.overlay.presenter().player.step() == 1);
    CHECK(h.key_with(OverlayKey::Right));  // the conflict's first bar
    CHECK(h.overlay.presenter().player.stage() == 1);
}

TEST_CASE("At the end of the path stepping stops and the projector says so", "[presenter][stepping]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    present_with_path(h, LessonPathKind::Sources);
    for (int i = 0; i < 10; ++i) h.key_with(OverlayKey::Right);
    CHECK(h.overlay.presenter().player.step() == 1);
    CHECK(h.overlay.presenter().message.find("End of the path") != std::string::npos);
    h.frames(1);
    CHECK(gloss_test::drawn_text(h.imgui.context()).find("Endofthepath") != std::string::npos);
    for (int i = 0; i < 10; ++i) h.key_with(OverlayKey::PageUp);
    CHECK(h.overlay.presenter().player.step() == 0);
    CHECK(h.overlay.presenter().message.find("Start of the path") != std::string::npos);
}

TEST_CASE("The current step shows its card large and pinned, and hovering opens no card", "[presenter][card]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    present_with_path(h, LessonPathKind::Sources);
    h.frames(1);
    CHECK(h.window_shown(h.named("##gloss.step").c_str()));  // drawn live until two frames agree on it ...
    const ImRect big = h.window_rect(h.named("##gloss.step").c_str());
    h.frames(3);                            // ... then the same vertices, replayed where the card goes
    CHECK(gloss_test::drawn_text(h.imgui.context()).find("Thecitationhasadatebutnosource") != std::string::npos);
    h.hover(s.set.items[static_cast<std::size_t>(s.figure)].range);
    h.frames(40);
    CHECK(h.overlay.open_card() == -1);
    CHECK_FALSE(h.window_shown(h.card_name(s.figure).c_str()));
    // The same card pinned outside presenter mode is smaller.
    h.key(OverlayKey::Escape);
    h.imgui.mouse(-1000, -1000);
    h.frames(2);
    const ImVec2 c = h.centre_of(s.set.items[static_cast<std::size_t>(s.check)].range);
    h.imgui.mouse(c.x, c.y);
    h.frames(40);
    h.key(OverlayKey::Enter);
    h.frames(3);
    const ImRect small = h.window_rect(h.pin_name(s.check).c_str());
    REQUIRE(small.GetWidth() > 0);
    CHECK(big.GetWidth() > small.GetWidth());
}

TEST_CASE("The step's card, once kept, follows its paragraph as the page scrolls", "[presenter][card]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    present_with_path(h, LessonPathKind::Sources);
    h.frames(4);
    if (!h.host.scrolls.empty()) {  // do as a host does: scroll to where the step asked, its line near the top
        const int line = h.overlay.geometry().line_at_or_after(h.host.scrolls.back());
        REQUIRE(line < static_cast<int>(h.overlay.geometry().lines().size()));
        h.scroll = std::max(0.0f, h.overlay.geometry().lines()[static_cast<std::size_t>(line)].box.y0 - 120.0f);
        h.frames(4);
    }
    auto card_top = [&] {  // the top of the card's background in the page's draw list
        const ImDrawList* dl = h.page_draw_list();
        const ImU32 bg = palette_for(false).card_bg;
        float top = 1e9f;
        for (int i = 0; i < dl->VtxBuffer.Size; ++i)
            if (dl->VtxBuffer[i].col == bg) top = std::min(top, dl->VtxBuffer[i].pos.y);
        return top;
    };
    const float before = card_top();
    REQUIRE(before < 1e8f);
    h.scroll += 40;
    h.frames(1);
    CHECK(card_top() == Approx(before - 40).margin(1.0));
}

TEST_CASE("A derived value's step shows the stated figure first and the arithmetic on the next press", "[presenter][reveal]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    present_with_path(h, LessonPathKind::Figures);
    REQUIRE(h.overlay.presenter().steps[0].annotation == s.figure);
    h.frames(2);
    std::string text = gloss_test::drawn_text(h.imgui.context());
    CHECK(text.find("9,000") != std::string::npos);
    CHECK(text.find("3,000crates") == std::string::npos);
    CHECK(h.overlay.presenter().player.stages() == 2);
    h.key_with(OverlayKey::Right);
    h.frames(2);
    CHECK(h.overlay.presenter().player.step() == 0);
    text = gloss_test::drawn_text(h.imgui.context());
    CHECK(text.find("3,000crates") != std::string::npos);
    CHECK(text.find("=9,000/(1+2.00)") != std::string::npos);
}

TEST_CASE("A conflict's chart is drawn one bar a press and its figures stay covered until then", "[presenter][reveal]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    present_with_path(h, LessonPathKind::Sources);
    const auto& covered = h.overlay.presenter().covered;
    CHECK(covered[static_cast<std::size_t>(s.a)]);  // a later step: "?" until then
    CHECK(covered[static_cast<std::size_t>(s.b)]);
    h.key_with(OverlayKey::Right);  // the conflict, no bar yet
    CHECK(h.overlay.presenter().player.stages() == 3);
    CHECK(h.overlay.presenter().covered[static_cast<std::size_t>(s.a)]);
    h.key_with(OverlayKey::Right);  // the first bar
    CHECK_FALSE(h.overlay.presenter().covered[static_cast<std::size_t>(s.a)]);
    CHECK(h.overlay.presenter().covered[static_cast<std::size_t>(s.b)]);
    h.key_with(OverlayKey::Right);  // the second
    CHECK_FALSE(h.overlay.presenter().covered[static_cast<std::size_t>(s.b)]);
    CHECK(h.overlay.presenter().player.fully_revealed());
}

TEST_CASE("A covered figure opens when clicked and guessing first can be turned off", "[presenter][reveal]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    present_with_path(h, LessonPathKind::Figures);
    // Scroll to the two disagreeing figures, which come later in the path.
    h.scroll = h.layout.lines[static_cast<std::size_t>(h.overlay.geometry().line_at_or_after(s.set.items[static_cast<std::size_t>(s.a)].range.begin))].box.y0 - 200.0f;
    h.frames(2);
    REQUIRE(h.overlay.presenter().covered[static_cast<std::size_t>(s.a)]);
    CHECK(gloss_test::drawn_text(h.imgui.context()).find('?') != std::string::npos);
    const ImVec2 c = h.centre_of(s.set.items[static_cast<std::size_t>(s.a)].range);
    h.click_at(c.x, c.y);
    CHECK_FALSE(h.overlay.presenter().covered[static_cast<std::size_t>(s.a)]);
    CHECK(h.overlay.presenter().covered[static_cast<std::size_t>(s.b)]);
    h.key(U'r');
    CHECK_FALSE(h.overlay.presenter().covered[static_cast<std::size_t>(s.b)]);
}

TEST_CASE("b blanks the projector to black, w to white, and any key brings it back", "[presenter][blank]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    present_with_path(h, LessonPathKind::Everything);
    CHECK(h.key(U'b'));
    CHECK(h.overlay.presenter().blank == Blank::Black);
    h.frames(1);
    CHECK(ImGui::GetForegroundDrawList()->VtxBuffer.Size > 0);
    const int step = h.overlay.presenter().player.step();
    CHECK(h.key_with(OverlayKey::Right));  // brings the page back, does not step
    CHECK(h.overlay.presenter().blank == Blank::None);
    CHECK(h.overlay.presenter().player.step() == step);
    CHECK(h.key(U'w'));
    CHECK(h.overlay.presenter().blank == Blank::White);
    CHECK(h.key(U'x'));
    CHECK(h.overlay.presenter().blank == Blank::None);
}

TEST_CASE("The mouse cursor hides after two seconds without movement and comes back when it moves", "[presenter][cursor]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    h.imgui.mouse(300, 300);
    present_with_path(h, LessonPathKind::Everything);
    h.frames(60);  // one second
    CHECK(ImGui::GetMouseCursor() != ImGuiMouseCursor_None);
    h.frames(75);  // two and a quarter
    CHECK(ImGui::GetMouseCursor() == ImGuiMouseCursor_None);
    h.imgui.mouse(320, 310);
    h.frames(1);
    CHECK(ImGui::GetMouseCursor() != ImGuiMouseCursor_None);
}

TEST_CASE("The laser pointer draws a dot with a fading trail while the right button is held", "[presenter][pointer]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    present_with_path(h, LessonPathKind::Everything);
    ImGui::GetIO().MouseDown[1] = true;
    for (int i = 0; i < 6; ++i) {
        h.imgui.mouse(200.0f + 10.0f * static_cast<float>(i), 300.0f);
        h.frames(1);
    }
    CHECK(h.overlay.presenter().trail.size() >= 4);
    CHECK(ImGui::GetForegroundDrawList()->VtxBuffer.Size > 0);
    ImGui::GetIO().MouseDown[1] = false;
    h.frames(40);
    CHECK(h.overlay.presenter().trail.size() <= 1);
}

TEST_CASE("The highlighter draws in document space and its ink is cleared at the next step", "[presenter][ink]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    present_with_path(h, LessonPathKind::Everything);
    CHECK(h.key(U'h'));
    h.imgui.mouse(150, 200);
    h.imgui.mouse_down(true);
    h.frames(1);
    for (int i = 1; i < 8; ++i) {
        h.imgui.mouse(150.0f + 20.0f * static_cast<float>(i), 200.0f);
        h.frames(1);
    }
    h.imgui.mouse_down(false);
    h.frames(1);
    REQUIRE(h.overlay.presenter().ink.size() == 1);
    const std::vector<DocPoint>& stroke = h.overlay.presenter().ink[0];
    REQUIRE(stroke.size() >= 4);
    CHECK(stroke.front().y == Approx(200.0f - OverlayHarness::kOriginY).margin(0.5));  // document y, not screen y
    CHECK(h.overlay.wants_mouse());  // the host does not select text under the pen
    REQUIRE(h.overlay.presenter().player.stages() == 2);  // the first step is a derived value
    h.key_with(OverlayKey::Right);                         // its arithmetic: the same step, the ink stays
    CHECK(h.overlay.presenter().ink.size() == 1);
    h.key_with(OverlayKey::Right);                         // the next step
    CHECK(h.overlay.presenter().player.step() == 1);
    CHECK(h.overlay.presenter().ink.empty());
}

TEST_CASE("A private note is never drawn on the projector, while a shared note is", "[presenter][privacy]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    present_with_path(h, LessonPathKind::Notes);
    REQUIRE(h.overlay.presenter().steps.size() == 2);
    h.overlay.set_panel_open(true);  // the panel is on the projector too
    bool shared_seen = false;
    for (int step = 0; step < 2; ++step) {
        REQUIRE(h.overlay.present_go_to(step));
        h.scroll = std::max(0.0f, h.layout.lines[static_cast<std::size_t>(h.overlay.geometry().line_at_or_after(h.overlay.presenter().steps[static_cast<std::size_t>(step)].range.begin))].box.y0 - 200.0f);
        h.frames(3);
        const std::string text = gloss_test::drawn_text(h.imgui.context());
        CHECK(text.find("Zanzibarquokka") == std::string::npos);
        shared_seen = shared_seen || text.find("Bluewhalesong") != std::string::npos;
    }
    CHECK(shared_seen);  // the reading back works: what may be shown is found
    // Outside presenter mode the reader's own screen shows the private note.
    h.key(OverlayKey::Escape);
    h.overlay.set_panel_open(false);
    const ImVec2 c = h.centre_of(s.set.items[static_cast<std::size_t>(s.secret)].range);
    h.imgui.mouse(c.x, c.y);
    h.frames(40);
    CHECK(gloss_test::drawn_text(h.imgui.context()).find("Zanzibarquokka") != std::string::npos);
}

TEST_CASE("The presenter view draws the step, the teacher's path list and the clock into its own context", "[presenter][view]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    h.frames(2);
    present_with_path(h, LessonPathKind::Notes);
    h.frames(120);  // two seconds of presenting
    gloss_test::HeadlessImGui second(900, 700);
    second.frame([&] { h.overlay.draw_presenter_view(second.body(), second.bold()); });
    const std::string text = gloss_test::drawn_text(second.context());
    CHECK(text.find("Step1/2") != std::string::npos);
    CHECK(text.find("00:02") != std::string::npos);
    CHECK(text.find("Bluewhalesong") != std::string::npos);
    CHECK(text.find("Next:") != std::string::npos);
    CHECK(text.find("2.") != std::string::npos);  // the step list
    // The projector's context was left alone.
    CHECK(ImGui::GetCurrentContext() == second.context());
    h.frames(1);
    CHECK(h.overlay.presenting());
}

namespace {

// A teacher's own path kept in memory, as the plugin keeps it in the sidecar.
struct MemoryPath final : LessonPathSink {
    std::vector<LessonStep> steps;
    int next_id = 1;
    std::vector<LessonStep> own_path() override { return steps; }
    bool add_step(ByteRange range, int annotation, const std::string& note, const std::string& question, std::string*) override {
        LessonStep s;
        s.id = "step-" + std::to_string(next_id++);
        s.range = range;
        s.annotation = annotation;
        s.teacher_note = note;
        s.question = question;
        steps.push_back(s);
        return true;
    }
    bool remove_step(const std::string& id) override {
        const auto it = std::find_if(steps.begin(), steps.end(), [&](const LessonStep& s) { return s.id == id; });
        if (it == steps.end()) return false;
        steps.erase(it);
        return true;
    }
    bool move_step(const std::string& id, int delta) override {
        for (std::size_t i = 0; i < steps.size(); ++i)
            if (steps[i].id == id) {
                const std::size_t to = static_cast<std::size_t>(std::clamp(static_cast<int>(i) + delta, 0, static_cast<int>(steps.size()) - 1));
                LessonStep s = steps[i];
                steps.erase(steps.begin() + static_cast<std::ptrdiff_t>(i));
                steps.insert(steps.begin() + static_cast<std::ptrdiff_t>(to), s);
                return true;
            }
        return false;
    }
    bool edit_step(const std::string& id, const std::string& note, const std::string& question) override {
        for (LessonStep& s : steps)
            if (s.id == id) { s.teacher_note = note; s.question = question; return true; }
        return false;
    }
};

} // namespace

TEST_CASE("s adds the focused annotation to the teacher's own path and shows that path", "[presenter][own]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    MemoryPath path;
    h.overlay.set_lesson_sink(&path);
    h.frames(2);
    CHECK_FALSE(h.key(U's'));  // nothing focused, nothing selected: nothing to add
    h.key(U']');               // focus the first annotation
    REQUIRE(h.overlay.focused() >= 0);
    CHECK(h.key(U's'));
    REQUIRE(path.steps.size() == 1);
    CHECK(path.steps[0].annotation == h.overlay.focused());
    CHECK(h.overlay.presenter().path == LessonPathKind::Own);
    CHECK(h.overlay.presenter().steps.size() == 1);
    h.overlay.set_panel_open(true);
    h.frames(2);  // the panel lists the path with its buttons (balanced stacks, no assert)
    CHECK(h.window_shown(h.named("Gloss: annotations (Tab)###gloss.panel").c_str()));
}

TEST_CASE("A step's question is shown under its card on the projector and its teacher's note is not", "[presenter][own][privacy]") {
    const Lesson s = make_lesson();
    OverlayHarness h(s.text, s.set);
    MemoryPath path;
    std::string error;
    REQUIRE(path.add_step(s.set.items[static_cast<std::size_t>(s.check)].range, s.check, "Tangerinepeacock", "Whopublishedthis", &error));
    h.overlay.set_lesson_sink(&path);
    h.frames(2);
    h.key(OverlayKey::F5);
    h.overlay.set_lesson_path(LessonPathKind::Own);
    h.frames(3);
    const std::string text = gloss_test::drawn_text(h.imgui.context());
    CHECK(text.find("Whopublishedthis") != std::string::npos);
    CHECK(text.find("Tangerinepeacock") == std::string::npos);
    gloss_test::HeadlessImGui second(900, 700);
    second.frame([&] { h.overlay.draw_presenter_view(second.body(), second.bold()); });
    CHECK(gloss_test::drawn_text(second.context()).find("Tangerinepeacock") != std::string::npos);  // the teacher's screen
}
