// Screenshots of the real reader with the real plugin, driven by
// gloss-reader --script under X (Xvfb in CI): a card at each of the three
// places, the gutter, the side panel. PNGs stay in the build folder
// (tests/overlay/screenshots/); checks are structural (colours in regions),
// never byte-exact. Skipped when DISPLAY is unset.
#include <catch2/catch.hpp>

#include <stb/stb_image.h>

#include <cstdlib>
#include <fstream>
#include <string>

namespace {

struct Rgb { int r, g, b; };

// The overlay's light-theme colours (plugin/src/overlay/palette.hpp) and the reader's light page.
constexpr Rgb kCardBg{255, 254, 250};
constexpr Rgb kLink{20, 90, 200};
constexpr Rgb kBarSelf{40, 110, 220};
constexpr Rgb kWarning{185, 65, 0};
constexpr Rgb kDefinition{0, 120, 110};
constexpr Rgb kCheck{205, 80, 0};
constexpr Rgb kPage{248, 246, 241};

struct Image {
    int w = 0, h = 0;
    std::vector<unsigned char> px;
    Rgb at(int x, int y) const {
        const unsigned char* p = &px[(static_cast<std::size_t>(y) * w + x) * 3];
        return {p[0], p[1], p[2]};
    }
    // Pixels within `tol` of `c` in [x0, x1) x [y0, y1).
    int count(Rgb c, int tol, int x0, int y0, int x1, int y1) const {
        int n = 0;
        for (int y = std::max(0, y0); y < std::min(h, y1); ++y)
            for (int x = std::max(0, x0); x < std::min(w, x1); ++x) {
                const Rgb p = at(x, y);
                if (std::abs(p.r - c.r) <= tol && std::abs(p.g - c.g) <= tol && std::abs(p.b - c.b) <= tol) ++n;
            }
        return n;
    }
    int count(Rgb c, int tol) const { return count(c, tol, 0, 0, w, h); }
};

bool have_display() { return std::getenv("DISPLAY") && *std::getenv("DISPLAY"); }

// Run the reader on the demo article with `script` (a screenshot named `name` is its last step).
Image shoot(const std::string& name, const std::string& script, const std::string& extra = "") {
    const std::string dir = GLOSS_SHOT_DIR;
    std::system(("mkdir -p '" + dir + "'").c_str());
    const std::string png = dir + "/" + name + ".png", txt = dir + "/" + name + ".txt";
    // The window is created at its size (--size), so no resize races the first hover.
    std::ofstream(txt) << script << "screenshot " << png << "\n";
    std::remove(png.c_str());
    // Leak checking of the reader process is left out here: under ASan, --script runs report 112
    // bytes from the system's X/GL libraries even with --no-plugin. The plugin's own leaks are
    // checked by abi_tests, which load it in-process.
    const std::string cmd = std::string("ASAN_OPTIONS=\"${ASAN_OPTIONS:-}:detect_leaks=0\" '") + GLOSS_READER_PATH + "' --size 1400x900 --script '" + txt + "' " + extra + " '" +
                            GLOSS_SOURCE_DIR + "/assets/articles/edm-belarus-transit-2024.txt'";
    INFO(cmd);
    REQUIRE(std::system(cmd.c_str()) == 0);
    Image img;
    int n = 0;
    unsigned char* data = stbi_load(png.c_str(), &img.w, &img.h, &n, 3);
    REQUIRE(data != nullptr);
    img.px.assign(data, data + static_cast<std::size_t>(img.w) * img.h * 3);
    stbi_image_free(data);
    return img;
}

// Bounding box of the card background (the biggest block of that exact colour).
struct Box { int x0 = 1 << 30, y0 = 1 << 30, x1 = -1, y1 = -1; };
Box card_box(const Image& img) {
    Box b;
    for (int y = 0; y < img.h; ++y)
        for (int x = 0; x < img.w; ++x) {
            const Rgb p = img.at(x, y);
            if (std::abs(p.r - kCardBg.r) <= 1 && std::abs(p.g - kCardBg.g) <= 1 && std::abs(p.b - kCardBg.b) <= 1) {
                b.x0 = std::min(b.x0, x); b.y0 = std::min(b.y0, y);
                b.x1 = std::max(b.x1, x + 1); b.y1 = std::max(b.y1, y + 1);
            }
        }
    return b;
}

} // namespace

TEST_CASE("Screenshot: hovering TEU opens a definition card with its link to the defining paragraph", "[screenshot]") {
    if (!have_display()) { WARN("DISPLAY is not set: screenshot test skipped"); return; }
    const Image img = shoot("card-definition", "hover-text \"TEU\"\nwait 40\n");
    REQUIRE(img.count(kCardBg, 1) > 4000);
    const Box b = card_box(img);
    CHECK(img.count(kLink, 40, b.x0, b.y0, b.x1, b.y1) > 20);
    const Image bare = shoot("card-definition-no-plugin", "hover-text \"TEU\"\nwait 40\n", "--no-plugin");
    CHECK(bare.count(kCardBg, 1) < 100); // the reader alone draws no card
}

TEST_CASE("Screenshot: hovering 58,500 TEU opens a figure card with its bar chart", "[screenshot]") {
    if (!have_display()) { WARN("DISPLAY is not set: screenshot test skipped"); return; }
    const Image img = shoot("card-figure", "hover-text \"58,500 TEU\"\nwait 40\n");
    REQUIRE(img.count(kCardBg, 1) > 4000);
    const Box b = card_box(img);
    CHECK(img.count(kBarSelf, 10, b.x0, b.y0, b.x1, b.y1) > 100);
}

TEST_CASE("Screenshot: hovering (, January 27, 2022) opens a source-check card with a warning", "[screenshot]") {
    if (!have_display()) { WARN("DISPLAY is not set: screenshot test skipped"); return; }
    const Image img = shoot("card-source-check", "hover-text \"(, January 27, 2022)\"\nwait 40\n");
    REQUIRE(img.count(kCardBg, 1) > 4000);
    const Box b = card_box(img);
    CHECK(img.count(kWarning, 25, b.x0, b.y0, b.x1, b.y1) > 30);
}

TEST_CASE("Screenshot: the gutter carries shaped markers beside annotated lines", "[screenshot]") {
    if (!have_display()) { WARN("DISPLAY is not set: screenshot test skipped"); return; }
    const std::string script = "scroll-to-text \"58,500 TEU\"\nwait 5\n";
    const Image img = shoot("gutter", script);
    const int left = img.w * 32 / 100; // the margin left of the text column
    CHECK(img.count(kDefinition, 20, 0, 0, left, img.h) > 60);
    CHECK(img.count(kCheck, 20, 0, 0, left, img.h) > 60);
    const Image bare = shoot("gutter-no-plugin", script, "--no-plugin");
    CHECK(bare.count(kDefinition, 20, 0, 0, left, bare.h) == 0);
}

TEST_CASE("Screenshot: marks under the text and the density strip are drawn in their kinds' colours", "[screenshot]") {
    // The reader gives the plugin textures (ABI 1.2): dashes, teeth and the strip come from a repeating texture.
    if (!have_display()) { WARN("DISPLAY is not set: screenshot test skipped"); return; }
    const std::string script = "scroll-to-text \"58,500 TEU\"\nwait 5\n";
    const Image img = shoot("marks", script);
    const Image bare = shoot("marks-no-plugin", script, "--no-plugin");
    const int text_x0 = img.w * 32 / 100, text_x1 = img.w * 70 / 100, strip_x0 = img.w - 24;
    CHECK(img.count(kDefinition, 20, text_x0, 0, text_x1, img.h) > 80);  // dashed underlines
    CHECK(img.count(kCheck, 20, text_x0, 0, text_x1, img.h) > 40);       // teeth under problem citations
    CHECK(bare.count(kDefinition, 20, text_x0, 0, text_x1, bare.h) == 0);
    const int strip = img.count(kDefinition, 20, strip_x0, 0, img.w, img.h) + img.count(kCheck, 20, strip_x0, 0, img.w, img.h);
    CHECK(strip > 40);  // the density strip beside the scrollbar
    CHECK(bare.count(kCheck, 20, strip_x0, 0, bare.w, bare.h) == 0);
}

TEST_CASE("Screenshot: Tab opens the side panel over the right of the window", "[screenshot]") {
    if (!have_display()) { WARN("DISPLAY is not set: screenshot test skipped"); return; }
    const Image closed = shoot("panel-closed", "scroll-to-text \"1,393\"\nwait 3\n");
    const Image open = shoot("panel", "scroll-to-text \"1,393\"\nwait 3\nkey Tab\nkey ]\nwait 5\n");
    const int x0 = open.w * 80 / 100, area = (open.w - x0) * open.h;
    const int page_closed = closed.count(kPage, 2, x0, 0, closed.w, closed.h);
    const int page_open = open.count(kPage, 2, x0, 0, open.w, open.h);
    CHECK(page_closed > area * 6 / 10);
    CHECK(page_open < area * 3 / 10);
}

//-----------------------------------------------------------------------------
// Presenter mode
//-----------------------------------------------------------------------------

namespace {

constexpr Rgb kWhite{255, 255, 255};     // the light presentation theme's page
constexpr Rgb kFocus{100, 60, 210};      // the spotlight's bar beside the step's paragraph
constexpr Rgb kDimmedText{170, 170, 170}; // black text under the dimming veil

Image load_png(const std::string& path) {
    Image img;
    int n = 0;
    unsigned char* data = stbi_load(path.c_str(), &img.w, &img.h, &n, 3);
    REQUIRE(data != nullptr);
    img.px.assign(data, data + static_cast<std::size_t>(img.w) * img.h * 3);
    stbi_image_free(data);
    return img;
}

} // namespace

TEST_CASE("Screenshot: presenter mode spotlights the step's paragraph, dims the rest and shows its card large", "[screenshot][presenter]") {
    if (!have_display()) { WARN("DISPLAY is not set: screenshot test skipped"); return; }
    const Image img = shoot("presenter-step", "present on\npath sources\nstep 3\nreveal-all\nwait 8\n");
    CHECK(img.count(kWhite, 0) > img.w * img.h / 4);           // the presentation theme's page
    CHECK(img.count(kFocus, 12) > 60);                          // the spotlight's bar
    CHECK(img.count(kDimmedText, 24) > 400);                    // the rest of the page, dimmed
    CHECK(img.count(Rgb{0, 0, 0}, 40) > 300);                   // the step's paragraph, in full black
    CHECK(img.count(kCardBg, 1, img.w / 2, 0, img.w, img.h) > 40000);  // the step's card, large, beside the text
    CHECK(img.count(kCardBg, 1, 0, 0, img.w / 2, img.h) < 12000);       // (there: only "Step 3 / 27")
}

TEST_CASE("Screenshot: Esc leaves presenter mode with scroll, zoom and theme as they were", "[screenshot][presenter]") {
    if (!have_display()) { WARN("DISPLAY is not set: screenshot test skipped"); return; }
    // expect-view-restored fails the script (and so shoot()) when anything differs.
    const Image img = shoot("presenter-left", "scroll-to-text \"58,500 TEU\"\nwait 3\nremember-view\npresent on\nwait 3\n"
                                              "expect-theme present-light\nstep next\nstep next\nwait 5\nkey Escape\nwait 5\n"
                                              "expect-presenting no\nexpect-view-restored\nexpect-visible \"58,500 TEU\"\n");
    CHECK(img.count(kPage, 2) > img.w * img.h / 3);  // the reading theme's page again
    CHECK(img.count(kWhite, 0) < img.w * img.h / 20);
}

TEST_CASE("Screenshot: the presenter view shows the step, the next step and the step list in its own window", "[screenshot][presenter]") {
    if (!have_display()) { WARN("DISPLAY is not set: screenshot test skipped"); return; }
    const std::string view = std::string(GLOSS_SHOT_DIR) + "/presenter-view-window.png";
    std::remove(view.c_str());
    const Image projector = shoot("presenter-projector", "present on\npath sources\nstep 2\nwait 8\nscreenshot-view " + view + "\nwait 2\n");
    const Image v = load_png(view);
    CHECK(v.w == 900);
    const int list_x0 = v.w * 2 / 3;
    CHECK(v.count(Rgb{0, 0, 0}, 60, 0, 0, list_x0, v.h) > 300);                  // the step's card text
    CHECK(v.count(Rgb{0, 0, 0}, 60, list_x0, 0, v.w, v.h) > 300);                // the step list
    CHECK(v.count(Rgb{200, 220, 245}, 30, list_x0, 0, v.w, v.h) > 150);          // the current step, highlighted
    CHECK(projector.count(kWhite, 0) > projector.w * projector.h / 4);          // the projector stays the article
}

TEST_CASE("Screenshot: --slides writes one PNG per step of the path, each showing its step", "[screenshot][presenter][slides]") {
    if (!have_display()) { WARN("DISPLAY is not set: screenshot test skipped"); return; }
    const std::string dir = std::string(GLOSS_SHOT_DIR) + "/slides";
    std::system(("rm -rf '" + dir + "'").c_str());
    const std::string out = std::string(GLOSS_SHOT_DIR) + "/slides.out";
    const std::string cmd = std::string("ASAN_OPTIONS=\"${ASAN_OPTIONS:-}:detect_leaks=0\" '") + GLOSS_READER_PATH + "' --size 1200x800 --slides '" + dir +
                            "' --path sources '" + GLOSS_SOURCE_DIR + "/assets/articles/edm-belarus-transit-2024.txt' > '" + out + "'";
    INFO(cmd);
    REQUIRE(std::system(cmd.c_str()) == 0);
    std::ifstream said(out);
    std::string line;
    std::getline(said, line);
    const int count = std::atoi(line.substr(line.rfind(": ") + 2).c_str());
    REQUIRE(count > 2);
    std::vector<Image> slides;
    for (int i = 1; i <= count + 1; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "/slide-%03d.png", i);
        std::ifstream exists(dir + name);
        if (i == count + 1) { CHECK_FALSE(exists.good()); break; }  // exactly one a step
        REQUIRE(exists.good());
        slides.push_back(load_png(dir + name));
    }
    for (std::size_t i = 0; i < slides.size(); ++i) {
        CAPTURE(i);
        CHECK(slides[i].count(kFocus, 12) > 40);    // each slide spotlights its step's paragraph
        CHECK(slides[i].count(kCardBg, 1) > 3000);  // and shows its card
        if (i > 0) CHECK(slides[i].px != slides[i - 1].px);
    }
}

TEST_CASE("Screenshot: the highlighter's ink and the laser pointer show on the projector", "[screenshot][presenter]") {
    if (!have_display()) { WARN("DISPLAY is not set: screenshot test skipped"); return; }
    const std::string drag = "key h\nmove 150 200\nleft-button down\nwait 1\nmove 300 205\nwait 1\nmove 450 210\nwait 1\nleft-button up\nkey h\n";
    const std::string point = "move 500 500\nright-button down\nwait 1\nmove 540 510\nwait 1\nmove 580 520\nwait 1\n";
    const Image img = shoot("presenter-pointer-ink", "present on\npath sources\nstep 3\nwait 5\n" + drag + point);
    CHECK(img.count(Rgb{255, 237, 145}, 20) > 800);  // the highlighter's translucent yellow over the white page
    CHECK(img.count(Rgb{235, 30, 40}, 30) > 40);     // the laser dot
    const Image plain = shoot("presenter-no-pointer", "present on\npath sources\nstep 3\nwait 5\n");
    CHECK(plain.count(Rgb{255, 237, 145}, 20) < 50);
    CHECK(plain.count(Rgb{235, 30, 40}, 30) < 10);
}
