// Replay scripts: parsing and errors that name the line.
#include "script.h"

#include <GLFW/glfw3.h>
#include <catch2/catch.hpp>

using namespace gloss_reader;

TEST_CASE("a replay script parses into actions with their line numbers", "[host][script]") {
    const char* src =
        "# demo\n"
        "size 800 600\n"
        "scroll-to-text \"58,500 TEU\"\n"
        "hover-text \"TEU\" 2\n"
        "\n"
        "scroll -120\n"
        "move 10 20\n"
        "click\n"
        "key Ctrl+=\n"
        "wait 3\n"
        "zoom 1.5\n"
        "theme dark\n"
        "screenshot out.png\n"
        "expect-visible \"say \\\"hi\\\"\"\n";
    std::vector<ScriptAction> a;
    std::string error;
    REQUIRE(parse_script(src, "s.txt", &a, &error));
    REQUIRE(a.size() == 12);
    CHECK(a[0].kind == ActionKind::Size);
    CHECK(a[0].line == 2);
    CHECK(a[1].text == "58,500 TEU");
    CHECK(a[2].kind == ActionKind::HoverText);
    CHECK(a[2].n == 2);
    CHECK(a[3].a == -120.0f);
    CHECK(a[3].line == 6);
    CHECK(a[6].key == GLFW_KEY_EQUAL);
    CHECK(a[6].mods == GLFW_MOD_CONTROL);
    CHECK(a[8].a == 1.5f);
    CHECK(a[11].text == "say \"hi\"");
}

TEST_CASE("script errors name the file and the line", "[host][script]") {
    using Row = std::tuple<std::string, std::string>;
    const auto row = GENERATE(table<std::string, std::string>({
        Row{"wait 1\njump 3\n", "s.txt:2: unknown action 'jump'"},
        Row{"\n\nscroll-to-text \"open\n", "s.txt:3: unterminated quoted text"},
        Row{"size 10\n", "s.txt:1: usage: size W H"},
        Row{"key Hyper+x\n", "s.txt:1: unknown key 'Hyper+x'"},
        Row{"theme sepia\n", "s.txt:1: unknown theme 'sepia'"},
        Row{"hover-text \"x\" 0\n", "s.txt:1: occurrence must be a number >= 1"},
        Row{"zoom 9\n", "s.txt:1: zoom needs a factor between 0.5 and 3"},
    }));
    std::vector<ScriptAction> a;
    std::string error;
    REQUIRE_FALSE(parse_script(std::get<0>(row), "s.txt", &a, &error));
    CHECK(error.rfind(std::get<1>(row), 0) == 0);
}

TEST_CASE("key names map to GLFW keys and modifiers", "[host][script]") {
    using Row = std::tuple<std::string, int, int>;
    const auto row = GENERATE(table<std::string, int, int>({
        Row{"t", GLFW_KEY_T, 0},
        Row{"PageDown", GLFW_KEY_PAGE_DOWN, 0},
        Row{"Shift+Space", GLFW_KEY_SPACE, GLFW_MOD_SHIFT},
        Row{"Ctrl+-", GLFW_KEY_MINUS, GLFW_MOD_CONTROL},
        Row{"Ctrl+0", GLFW_KEY_0, GLFW_MOD_CONTROL},
        Row{"F1", GLFW_KEY_F1, 0},
        Row{"escape", GLFW_KEY_ESCAPE, 0},
    }));
    int key = 0, mods = 0;
    REQUIRE(parse_key_name(std::get<0>(row), &key, &mods));
    CHECK(key == std::get<1>(row));
    CHECK(mods == std::get<2>(row));
}

TEST_CASE("occurrences are counted from one", "[host][script]") {
    CHECK(find_occurrence("a TEU b TEU c", "TEU", 1) == 2);
    CHECK(find_occurrence("a TEU b TEU c", "TEU", 2) == 8);
    CHECK(find_occurrence("a TEU b TEU c", "TEU", 3) == std::string::npos);
    CHECK(find_occurrence("abc", "", 1) == std::string::npos);
}

TEST_CASE("the presenter actions parse with their arguments", "[host][script]") {
    const char* src =
        "present on\n"
        "path sources\n"
        "step next\n"
        "step previous\n"
        "step 7\n"
        "reveal-all\n"
        "expect-step 7 23\n"
        "expect-presenting no\n"
        "remember-view\n"
        "expect-view-restored\n"
        "expect-zoom 1.25\n"
        "expect-theme present-dark\n"
        "right-button down\n"
        "screenshot-view view.png\n";
    std::vector<ScriptAction> a;
    std::string error;
    REQUIRE(parse_script(src, "p.txt", &a, &error));
    REQUIRE(a.size() == 14);
    CHECK(a[0].kind == ActionKind::Present);
    CHECK(a[0].n == 1);
    CHECK(a[1].text == "sources");
    CHECK(a[2].n == 0);   // next
    CHECK(a[3].n == -1);  // previous
    CHECK(a[4].n == 7);
    CHECK(a[5].kind == ActionKind::RevealAll);
    CHECK(a[6].n == 7);
    CHECK(a[6].a == 23.0f);
    CHECK(a[7].n == 0);
    CHECK(a[8].kind == ActionKind::RememberView);
    CHECK(a[9].kind == ActionKind::ExpectViewRestored);
    CHECK(a[10].a == 1.25f);
    CHECK(a[11].text == "present-dark");
    CHECK(a[12].kind == ActionKind::RightButton);
    CHECK(a[12].n == 1);
    CHECK(a[13].kind == ActionKind::ScreenshotView);
}

TEST_CASE("presenter actions with bad arguments name the line and the usage", "[host][script]") {
    using Row = std::tuple<std::string, std::string>;
    const auto row = GENERATE(table<std::string, std::string>({
        Row{"present maybe\n", "p.txt:1: usage: present on|off"},
        Row{"path slides\n", "p.txt:1: unknown path 'slides'"},
        Row{"wait 1\nstep 0\n", "p.txt:2: step needs next, previous or a step number >= 1"},
        Row{"expect-step\n", "p.txt:1: usage: expect-step N [M]"},
        Row{"right-button left\n", "p.txt:1: usage: right-button down|up"},
    }));
    std::vector<ScriptAction> a;
    std::string error;
    REQUIRE_FALSE(parse_script(std::get<0>(row), "p.txt", &a, &error));
    CHECK(error.rfind(std::get<1>(row), 0) == 0);
}
