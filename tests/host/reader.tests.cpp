// The gloss-reader program: bad input and script errors (exit 2, one line on
// stderr), and under a display (Xvfb in CI) screenshots and replayed scripts.
#include <catch2/catch.hpp>
#include <stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace {

const std::string kReader = GLOSS_READER_EXE;
const std::string kOut = GLOSS_HOST_TEST_OUT;
const std::string kArticle = std::string(GLOSS_SOURCE_DIR) + "/assets/articles/edm-belarus-transit-2024.txt";

struct Run {
    int code = -1;
    std::string err, out;
};

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Run the reader with `args` (already quoted), capturing stdout and stderr.
Run run_reader(const std::string& args, const std::string& tag) {
    const std::string base = kOut + "/run-" + tag + "-" + std::to_string(::getpid());
    const std::string cmd = quote(kReader) + " " + args + " >" + quote(base + ".out") + " 2>" + quote(base + ".err");
    const int st = std::system(cmd.c_str());
    Run r;
    r.code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
    r.err = slurp(base + ".err");
    r.out = slurp(base + ".out");
    std::remove((base + ".err").c_str());
    std::remove((base + ".out").c_str());
    return r;
}

std::string write_file(const std::string& name, const std::string& bytes) {
    const std::string path = kOut + "/" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

std::size_t count_lines(const std::string& s) {
    std::size_t n = 0;
    for (char c : s) n += c == '\n';
    return n;
}

bool have_display() { return std::getenv("DISPLAY") && *std::getenv("DISPLAY"); }

struct Image {
    int w = 0, h = 0;
    std::vector<unsigned char> rgb;
    int lum(int x, int y) const {
        const unsigned char* p = &rgb[(static_cast<std::size_t>(y) * w + x) * 3];
        return (p[0] * 299 + p[1] * 587 + p[2] * 114) / 1000;
    }
};

Image load_png(const std::string& path) {
    Image im;
    int n = 0;
    unsigned char* px = stbi_load(path.c_str(), &im.w, &im.h, &n, 3);
    REQUIRE(px != nullptr);
    im.rgb.assign(px, px + static_cast<std::size_t>(im.w) * im.h * 3);
    stbi_image_free(px);
    return im;
}

} // namespace

TEST_CASE("bad documents exit with status 2 and one line on stderr", "[host][cli]") {
    using Row = std::tuple<std::string, std::string, std::string>;
    const auto row = GENERATE(table<std::string, std::string, std::string>({
        Row{"cli-empty.txt", "", "is empty"},
        Row{"cli-invalid.txt", "Good text, then \xFF bad.", "offset 16"},
        Row{"cli-dir", "<dir>", "is a directory"},
        Row{"cli-missing.txt", "<none>", "No such file"},
    }));
    std::string path = kOut + "/" + std::get<0>(row);
    if (std::get<1>(row) == "<dir>") {
        const std::string mk = "mkdir -p " + quote(path);
        REQUIRE(std::system(mk.c_str()) == 0);
    } else if (std::get<1>(row) == "<none>") {
        std::remove(path.c_str());
    } else {
        path = write_file(std::get<0>(row), std::get<1>(row));
    }
    const Run r = run_reader("--no-plugin --screenshot " + quote(kOut + "/never.png") + " " + quote(path), "bad");
    CAPTURE(r.err);
    CHECK(r.code == 2);
    CHECK(count_lines(r.err) == 1);
    CHECK(r.err.find(std::get<2>(row)) != std::string::npos);
}

TEST_CASE("unknown options and script errors exit with status 2 naming the problem", "[host][cli]") {
    const Run opt = run_reader("--frobnicate", "opt");
    CHECK(opt.code == 2);
    CHECK(opt.err.find("--frobnicate") != std::string::npos);

    const std::string script = write_file("cli-bad-action.script", "wait 1\nscroll 10\nteleport 3\n");
    const Run bad = run_reader("--no-plugin --script " + quote(script) + " " + quote(kArticle), "script");
    CAPTURE(bad.err);
    CHECK(bad.code == 2);
    CHECK(bad.err.find("cli-bad-action.script:3: unknown action 'teleport'") != std::string::npos);
    CHECK(count_lines(bad.err) == 1);
}

TEST_CASE("--help lists the options and exits 0", "[host][cli]") {
    const Run r = run_reader("--help", "help");
    CHECK(r.code == 0);
    for (const char* opt : {"--screenshot", "--script", "--no-plugin", "--plugin", "--theme", "--size", "--present", "--path",
                            "--slides", "--slide-size", "--no-presenter-view"})
        CHECK(r.out.find(opt) != std::string::npos);
}

TEST_CASE("an unknown lesson path or a --slides without a folder exits 2 naming the option", "[host][cli]") {
    const Run path = run_reader("--path lectures", "path");
    CHECK(path.code == 2);
    CHECK(path.err.find("--path needs a name") != std::string::npos);
    const Run slides = run_reader("--slides", "slides");
    CHECK(slides.code == 2);
    CHECK(slides.err.find("--slides needs a folder") != std::string::npos);
}

TEST_CASE("the light-theme screenshot has dark text inside the column and none outside", "[host][screenshot]") {
    if (!have_display()) { WARN("no DISPLAY: screenshot test skipped (scripts/test.sh runs it under Xvfb)"); return; }
    const std::string png = kOut + "/reader-light.png";
    std::remove(png.c_str());
    const Run r = run_reader("--no-plugin --theme light --size 1000x1200 --screenshot " + quote(png) + " " + quote(kArticle), "shot");
    CAPTURE(r.err);
    REQUIRE(r.code == 0);
    const Image im = load_png(png);
    REQUIRE(im.w == 1000);
    REQUIRE(im.h == 1200);
    // Background: off-white, not pure white.
    CHECK(im.lum(5, 600) > 230);
    CHECK(im.lum(5, 600) < 255);
    std::size_t dark_inside = 0, dark_outside = 0;
    int min_x = im.w, max_x = 0;
    for (int y = 0; y < im.h; ++y)
        for (int x = 0; x < im.w; ++x) {
            if (im.lum(x, y) >= 110) continue;
            min_x = std::min(min_x, x);
            max_x = std::max(max_x, x);
            if (x >= im.w * 0.2 && x < im.w * 0.8) ++dark_inside;
            else ++dark_outside;
        }
    CAPTURE(min_x, max_x, dark_inside);
    CHECK(dark_inside > std::size_t(im.w) * im.h / 100); // a page of text
    CHECK(dark_outside == 0);                              // margins stay clear
    CHECK(max_x - min_x < 700);                            // a reading column, not a full-width wall
    CHECK(std::abs((min_x + max_x) / 2 - im.w / 2) < 60);  // centred
}

TEST_CASE("a replayed script scrolls, zooms, changes theme and writes screenshots", "[host][screenshot]") {
    if (!have_display()) { WARN("no DISPLAY: script test skipped (scripts/test.sh runs it under Xvfb)"); return; }
    const std::string dark = kOut + "/reader-dark.png";
    std::remove(dark.c_str());
    const std::string script = write_file("cli-tour.script",
        "size 900 700\n"
        "scroll-to-text \"Lukashenka regime\"\n"
        "expect-visible \"Lukashenka regime\"\n"
        "key Home\n"
        "expect-visible \"Executive Summary:\"\n"
        "key End\n"
        "expect-visible \"would likely produce results.\"\n"
        "key Ctrl+=\n"
        "wait 2\n"
        "expect-visible \"would likely produce results.\"\n"
        "hover-text \"Viasna\" 2\n"
        "click\n"
        "theme dark\n"
        "screenshot " + dark + "\n");
    const Run r = run_reader("--no-plugin --script " + quote(script) + " " + quote(kArticle), "tour");
    CAPTURE(r.err);
    REQUIRE(r.code == 0);
    const Image im = load_png(dark);
    CHECK(im.w == 900);
    CHECK(im.h == 700);
    CHECK(im.lum(5, 350) < 50); // dark background
}

TEST_CASE("a script naming text that is not in the document fails on that line", "[host][screenshot]") {
    if (!have_display()) { WARN("no DISPLAY: script test skipped"); return; }
    const std::string script = write_file("cli-missing-text.script", "wait 1\n\nscroll-to-text \"no such words anywhere\"\n");
    const Run r = run_reader("--no-plugin --script " + quote(script) + " " + quote(kArticle), "missing");
    CAPTURE(r.err);
    CHECK(r.code == 2);
    CHECK(r.err.find("cli-missing-text.script:3: text not found") != std::string::npos);
}

TEST_CASE("a plugin that cannot be loaded is reported in one line and the reader goes on", "[host][screenshot]") {
    if (!have_display()) { WARN("no DISPLAY: plugin fallback test skipped"); return; }
    const std::string png = kOut + "/reader-noplugin.png";
    const Run r = run_reader("--plugin " + quote(kOut + "/no-such-plugin.so") + " --size 640x480 --screenshot " + quote(png) +
                                 " " + quote(kArticle), "plugin");
    CAPTURE(r.err);
    CHECK(r.code == 0);
    CHECK(count_lines(r.err) == 1);
    CHECK(r.err.find("plugin") != std::string::npos);
}

TEST_CASE("a corrupt notes file is reported, the reader goes on, and the file is left as it was", "[host][screenshot]") {
    if (!have_display()) { WARN("no DISPLAY: notes test skipped"); return; }
    const std::string damaged = "{\"gloss:formatVersion\": 1, \"first\": {\"items\": [ {\"id\": \"a\"";
    const std::string sidecar = write_file("damaged.gloss.jsonld", damaged);
    const std::string png = kOut + "/reader-damaged-notes.png";
    const Run r = run_reader("--notes " + quote(sidecar) + " --size 640x480 --screenshot " + quote(png) + " " +
                                 quote(kArticle), "notes");
    CAPTURE(r.err);
    CHECK(r.code == 0);
    CHECK(r.err.find("notes not loaded") != std::string::npos);
    CHECK(slurp(sidecar) == damaged);
}
