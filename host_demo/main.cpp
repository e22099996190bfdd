// gloss-reader — a reading surface for articles (plain text, web pages), and the host demo
// of the Gloss plugin. Command line in --help; the window in reader_app.cpp.
#include "reader_app.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

const char kUsage[] =
    "usage: gloss-reader [options] [FILE.txt | PAGE.html | BOOK.epub]\n"
    "\n"
    "Opens a UTF-8 text, a saved web page (.html, .htm, .xhtml: its main text, with headings,\n"
    "lists, quotes and captions) or an EPUB book (its chapters in order) in a reading window\n"
    "(default: the demo article).\n"
    "\n"
    "options:\n"
    "  --theme NAME          light (default), dark or high-contrast\n"
    "  --zoom FACTOR         text size, 0.5 to 3 (default 1)\n"
    "  --size WxH            window size in pixels\n"
    "  --no-plugin           read without the Gloss overlay\n"
    "  --plugin PATH         load the plugin module from PATH\n"
    "  --replace-invalid     show invalid UTF-8 as U+FFFD instead of refusing the file\n"
    "  --notes FILE          keep your notes in FILE (default: FILE.txt.gloss.jsonld beside the text)\n"
    "  --no-notes            do not load or save notes\n"
    "  --screenshot FILE.png render without a window, write the page to FILE.png, exit\n"
    "  --frames N            frames to render before the screenshot (default 3)\n"
    "  --script FILE         replay the actions in FILE (see docs/user-guide.md), then exit\n"
    "  -h, --help            this help\n"
    "\n"
    "keys: PageDown/PageUp, Space/Shift+Space, Up/Down, Home/End scroll;\n"
    "      Ctrl+= / Ctrl+- / Ctrl+0 zoom; t cycles the theme; drag selects, Ctrl+C copies;\n"
    "      Ctrl+Q quits.\n"
    "\n"
    "exit status: 0 ok, 1 no display/OpenGL/font, 2 bad input (file, option, script).\n";

int usage_error(const std::string& msg) {
    std::fprintf(stderr, "gloss-reader: %s (see --help)\n", msg.c_str());
    return 2;
}

bool parse_float(const char* s, float* out) {
    char* end = nullptr;
    *out = std::strtof(s, &end);
    return end != s && *end == '\0';
}

} // namespace

int main(int argc, char** argv) {
    gloss_reader::ReaderOptions o;
    o.file = GLOSS_ASSETS_DIR "/articles/edm-belarus-transit-2024.txt";
    bool have_file = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&](const char** out) {
            if (i + 1 >= argc) return false;
            *out = argv[++i];
            return true;
        };
        const char* v = nullptr;
        if (a == "-h" || a == "--help") {
            std::fputs(kUsage, stdout);
            return 0;
        } else if (a == "--no-plugin") {
            o.no_plugin = true;
        } else if (a == "--replace-invalid") {
            o.replace_invalid = true;
        } else if (a == "--no-notes") {
            o.no_notes = true;
        } else if (a == "--notes") {
            if (!value(&v) || !*v) return usage_error("--notes needs a file");
            o.notes = v;
        } else if (a == "--plugin") {
            if (!value(&v)) return usage_error("--plugin needs a path");
            o.plugin_path = v;
        } else if (a == "--theme") {
            if (!value(&v)) return usage_error("--theme needs a name");
            o.theme = v;
        } else if (a == "--zoom") {
            if (!value(&v) || !parse_float(v, &o.zoom) || !(o.zoom >= 0.5f && o.zoom <= 3.0f))
                return usage_error("--zoom needs a factor between 0.5 and 3");
        } else if (a == "--size") {
            if (!value(&v) || std::sscanf(v, "%dx%d", &o.width, &o.height) != 2 || o.width < 64 || o.height < 64 ||
                o.width > 16384 || o.height > 16384)
                return usage_error("--size needs WxH, e.g. 1000x1200");
        } else if (a == "--screenshot") {
            if (!value(&v) || !*v) return usage_error("--screenshot needs a file name");
            o.screenshot = v;
        } else if (a == "--frames") {
            float f = 0;
            if (!value(&v) || !parse_float(v, &f) || f < 1 || f > 100000) return usage_error("--frames needs a count >= 1");
            o.frames = static_cast<int>(f);
        } else if (a == "--script") {
            if (!value(&v)) return usage_error("--script needs a file");
            o.script = v;
        } else if (a.size() > 1 && a[0] == '-') {
            return usage_error("unknown option '" + a + "'");
        } else {
            if (have_file) return usage_error("only one file can be opened");
            o.file = a;
            have_file = true;
        }
    }
    return gloss_reader::run_reader(o, argv[0]);
}
