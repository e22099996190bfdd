// gloss-reader — a reading surface for articles (plain text, web pages), and the host demo
// of the Gloss plugin. Command line in --help; the window in reader_app.cpp.
#include "plugin_host.h"
#include "reader_app.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
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
    "  --present             start in presenter mode (for teachers; F5 toggles it)\n"
    "  --path NAME           lesson path: everything (default), sources, figures, notes, own\n"
    "  --no-presenter-view   present in one window (no second window for the teacher)\n"
    "  --slides DIR          render one PNG per step of the lesson path into DIR, then exit\n"
    "  --slide-size          slides (and the window) at 1920x1080; F12 saves the view as a slide\n"
    "  -h, --help            this help\n"
    "\n"
    "keys: PageDown/PageUp, Space/Shift+Space, Up/Down, Home/End scroll;\n"
    "      Ctrl+= / Ctrl+- / Ctrl+0 zoom; t cycles the theme; drag selects, Ctrl+C copies;\n"
    "      F5 presents (Right/Left, PageDown/PageUp, Space step; b/w blank; Esc leaves);\n"
    "      F12 saves the view as a PNG slide; ? lists the overlay's keys; Ctrl+Q quits.\n"
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
    o.file = gloss_reader::default_article(argc > 0 ? argv[0] : nullptr);
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
        } else if (a == "--present") {
            o.present = true;
        } else if (a == "--no-presenter-view") {
            o.no_view = true;
        } else if (a == "--slide-size") {
            o.slide_size = true;
        } else if (a == "--path") {
            static const char* const paths[] = {"everything", "all", "sources", "figures", "notes", "own"};
            if (!value(&v) || std::none_of(std::begin(paths), std::end(paths), [&](const char* p) { return std::strcmp(p, v) == 0; }))
                return usage_error("--path needs a name: everything, sources, figures, notes or own");
            o.path = v;
        } else if (a == "--slides") {
            if (!value(&v) || !*v) return usage_error("--slides needs a folder");
            o.slides = v;
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
    if (o.slide_size && o.width == 0) {
        o.width = 1920;
        o.height = 1080;
    }
    if (!o.slides.empty()) o.no_view = true;  // slides are the projector's view only
    return gloss_reader::run_reader(o, argv[0]);
}
