// The overlay's classroom exports: Shift+H and Shift+W, and the side panel's
// buttons, write through the ClassroomSink and show the outcome.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "overlay_harness.hpp"

using namespace gloss;
using gloss_test::OverlayHarness;

namespace {

class RecordingSink : public ClassroomSink {
public:
    bool write_classroom(ClassroomExport what, std::string* message) override {
        asked.push_back(what);
        *message = what == ClassroomExport::Handout ? "Handout written to lesson.handout.html"
                                                    : "Worksheet not written: disk full";
        return what == ClassroomExport::Handout;
    }
    std::vector<ClassroomExport> asked;
};

struct Page {
    std::string   text = "The ferry carried 6,300 passengers a day, a 26 percent increase.\n";
    AnnotationSet set;
    Page() {
        Annotation a;
        a.id = "fig-1";
        a.range = {18, 34};
        a.edit_figure().value = 6300;
        set.items.push_back(a);
    }
};

} // namespace

TEST_CASE("Shift+H and Shift+W write the handout and the worksheet through the classroom sink", "[overlay][classroom]") {
    Page p;
    OverlayHarness h(p.text, p.set);
    RecordingSink sink;
    h.overlay.set_classroom_sink(&sink);
    h.frames(1);
    CHECK(h.key(U'H'));
    CHECK(h.overlay.classroom_status() == "Handout written to lesson.handout.html");
    CHECK(h.key(U'W'));
    CHECK(h.overlay.classroom_status() == "Worksheet not written: disk full");
    REQUIRE(sink.asked.size() == 2);
    CHECK(sink.asked[0] == ClassroomExport::Handout);
    CHECK(sink.asked[1] == ClassroomExport::Worksheet);
    CHECK(h.overlay.panel_open());  // the outcome shows in the panel
    REQUIRE(h.host.logs.size() == 2);
    CHECK(h.host.logs[1].find("disk full") != std::string::npos);
    h.frames(2);
    CHECK(h.window_shown(h.named("Gloss: annotations (Tab)###gloss.panel").c_str()));
}

TEST_CASE("Without a classroom sink the export keys are not consumed", "[overlay][classroom]") {
    Page p;
    OverlayHarness h(p.text, p.set);
    h.frames(1);
    CHECK_FALSE(h.key(U'H'));
    CHECK_FALSE(h.key(U'W'));
    CHECK(h.overlay.classroom_status().empty());
}

TEST_CASE("The side panel's first export button writes the handout", "[overlay][classroom]") {
    Page p;
    OverlayHarness h(p.text, p.set);
    RecordingSink sink;
    h.overlay.set_classroom_sink(&sink);
    h.overlay.set_panel_open(true);
    h.frames(2);
    const ImRect panel = h.window_rect(h.named("Gloss: annotations (Tab)###gloss.panel").c_str());
    REQUIRE(panel.GetWidth() > 0);
    // Walk down the panel's left edge, clicking, until a button answers: the
    // leftmost button under the filters and the search box is "Handout (H)".
    // ("Present (F5)" above them starts presenting: leave it and walk on.)
    for (float y = panel.Min.y + 4; y < panel.Min.y + 600 && sink.asked.empty(); y += 3) {
        h.click_at(panel.Min.x + 14, y);
        if (h.overlay.presenting()) {
            h.key(gloss::OverlayKey::Escape);
            h.frames(2);
        }
    }
    REQUIRE(sink.asked.size() == 1);
    CHECK(sink.asked[0] == ClassroomExport::Handout);
}
