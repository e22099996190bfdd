// Gloss reader — replay-script parser.
#include "script.h"

#include "theme.h"

#include <GLFW/glfw3.h>

#include <cctype>
#include <cstdlib>
#include <strings.h>

namespace gloss_reader {

namespace {

struct Tokens {
    std::vector<std::string> words;
    std::vector<bool> quoted;
};

// Split a line into words; "quoted strings" may hold blanks and \" \\ escapes.
bool tokenize(std::string_view s, Tokens* out, std::string* why) {
    std::size_t i = 0;
    while (i < s.size()) {
        if (std::isspace(static_cast<unsigned char>(s[i]))) { ++i; continue; }
        if (s[i] == '#') break;
        std::string w;
        if (s[i] == '"') {
            ++i;
            bool closed = false;
            while (i < s.size()) {
                if (s[i] == '\\' && i + 1 < s.size()) { w += s[i + 1]; i += 2; continue; }
                if (s[i] == '"') { closed = true; ++i; break; }
                w += s[i++];
            }
            if (!closed) { *why = "unterminated quoted text"; return false; }
            out->words.push_back(w);
            out->quoted.push_back(true);
        } else {
            while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) w += s[i++];
            out->words.push_back(w);
            out->quoted.push_back(false);
        }
    }
    return true;
}

bool to_float(const std::string& s, float* v) {
    if (s.empty()) return false;
    char* end = nullptr;
    *v = std::strtof(s.c_str(), &end);
    return end && *end == '\0';
}

bool to_int(const std::string& s, int* v) {
    if (s.empty()) return false;
    char* end = nullptr;
    const long x = std::strtol(s.c_str(), &end, 10);
    if (!end || *end != '\0' || x < -1000000000L || x > 1000000000L) return false;
    *v = static_cast<int>(x);
    return true;
}

struct KeyName { const char* name; int key; };
const KeyName key_names[] = {
    {"Space", GLFW_KEY_SPACE}, {"Enter", GLFW_KEY_ENTER}, {"Return", GLFW_KEY_ENTER}, {"Escape", GLFW_KEY_ESCAPE},
    {"Esc", GLFW_KEY_ESCAPE}, {"Tab", GLFW_KEY_TAB}, {"Backspace", GLFW_KEY_BACKSPACE}, {"Delete", GLFW_KEY_DELETE},
    {"PageUp", GLFW_KEY_PAGE_UP}, {"PageDown", GLFW_KEY_PAGE_DOWN}, {"Home", GLFW_KEY_HOME}, {"End", GLFW_KEY_END},
    {"Up", GLFW_KEY_UP}, {"Down", GLFW_KEY_DOWN}, {"Left", GLFW_KEY_LEFT}, {"Right", GLFW_KEY_RIGHT},
    {"=", GLFW_KEY_EQUAL}, {"+", GLFW_KEY_EQUAL}, {"Plus", GLFW_KEY_EQUAL}, {"-", GLFW_KEY_MINUS},
    {"Minus", GLFW_KEY_MINUS}, {",", GLFW_KEY_COMMA}, {".", GLFW_KEY_PERIOD}, {"/", GLFW_KEY_SLASH},
    {"[", GLFW_KEY_LEFT_BRACKET}, {"]", GLFW_KEY_RIGHT_BRACKET}, {";", GLFW_KEY_SEMICOLON},
};

} // namespace

bool parse_key_name(const std::string& name_in, int* key, int* mods) {
    std::string name = name_in;
    *mods = 0;
    for (;;) {
        const auto plus = name.find('+');
        if (plus == std::string::npos || plus == 0 || plus + 1 >= name.size()) break;
        const std::string m = name.substr(0, plus);
        if (!strcasecmp(m.c_str(), "ctrl") || !strcasecmp(m.c_str(), "control")) *mods |= GLFW_MOD_CONTROL;
        else if (!strcasecmp(m.c_str(), "shift")) *mods |= GLFW_MOD_SHIFT;
        else if (!strcasecmp(m.c_str(), "alt")) *mods |= GLFW_MOD_ALT;
        else if (!strcasecmp(m.c_str(), "super")) *mods |= GLFW_MOD_SUPER;
        else return false;
        name = name.substr(plus + 1);
    }
    if (name.size() == 1) {
        const char c = name[0];
        if (std::isalpha(static_cast<unsigned char>(c))) { *key = GLFW_KEY_A + (std::toupper(c) - 'A'); return true; }
        if (std::isdigit(static_cast<unsigned char>(c))) { *key = GLFW_KEY_0 + (c - '0'); return true; }
    }
    if ((name[0] == 'F' || name[0] == 'f') && name.size() <= 3) {
        int f = 0;
        if (to_int(name.substr(1), &f) && f >= 1 && f <= 25) { *key = GLFW_KEY_F1 + f - 1; return true; }
    }
    for (const KeyName& k : key_names)
        if (!strcasecmp(name.c_str(), k.name)) { *key = k.key; return true; }
    return false;
}

std::size_t find_occurrence(std::string_view text, std::string_view needle, int n) {
    if (needle.empty() || n < 1) return std::string_view::npos;
    std::size_t p = text.find(needle);
    for (int k = 1; k < n && p != std::string_view::npos; ++k) p = text.find(needle, p + 1);
    return p;
}

bool parse_script(std::string_view src, const std::string& name, std::vector<ScriptAction>* out, std::string* error) {
    out->clear();
    int line_no = 0;
    std::size_t ls = 0;
    while (ls < src.size()) {
        std::size_t le = src.find('\n', ls);
        if (le == std::string_view::npos) le = src.size();
        ++line_no;
        const std::string_view line = src.substr(ls, le - ls);
        ls = le + 1;
        auto fail = [&](const std::string& msg) {
            *error = name + ":" + std::to_string(line_no) + ": " + msg;
            return false;
        };
        Tokens tk;
        std::string why;
        if (!tokenize(line, &tk, &why)) return fail(why);
        if (tk.words.empty()) continue;
        const std::string& verb = tk.words[0];
        const std::size_t argc = tk.words.size() - 1;
        auto arg = [&](std::size_t i) -> const std::string& { return tk.words[i + 1]; };
        ScriptAction a;
        a.line = line_no;
        auto need = [&](std::size_t lo, std::size_t hi, const char* usage) {
            if (argc < lo || argc > hi) return fail("usage: " + std::string(usage));
            return true;
        };
        if (verb == "size") {
            if (!need(2, 2, "size W H")) return false;
            a.kind = ActionKind::Size;
            if (!to_float(arg(0), &a.a) || !to_float(arg(1), &a.b) || a.a < 64 || a.b < 64 || a.a > 16384 || a.b > 16384)
                return fail("size needs two numbers between 64 and 16384");
        } else if (verb == "scroll-to-text" || verb == "hover-text" || verb == "expect-visible") {
            if (!need(1, verb == "expect-visible" ? 1 : 2, verb == "expect-visible" ? "expect-visible \"text\""
                                                                                     : "ACTION \"text\" [N]"))
                return false;
            a.kind = verb == "scroll-to-text" ? ActionKind::ScrollToText
                   : verb == "hover-text"     ? ActionKind::HoverText
                                              : ActionKind::ExpectVisible;
            a.text = arg(0);
            if (a.text.empty()) return fail(verb + " needs a non-empty text");
            if (argc == 2 && (!to_int(arg(1), &a.n) || a.n < 1)) return fail("occurrence must be a number >= 1");
        } else if (verb == "scroll") {
            if (!need(1, 1, "scroll PIXELS")) return false;
            a.kind = ActionKind::Scroll;
            if (!to_float(arg(0), &a.a)) return fail("scroll needs a number of pixels");
        } else if (verb == "move") {
            if (!need(2, 2, "move X Y")) return false;
            a.kind = ActionKind::Move;
            if (!to_float(arg(0), &a.a) || !to_float(arg(1), &a.b)) return fail("move needs two numbers");
        } else if (verb == "click") {
            if (!need(0, 0, "click")) return false;
            a.kind = ActionKind::Click;
        } else if (verb == "key") {
            if (!need(1, 1, "key NAME")) return false;
            a.kind = ActionKind::Key;
            a.text = arg(0);
            if (!parse_key_name(a.text, &a.key, &a.mods)) return fail("unknown key '" + a.text + "'");
        } else if (verb == "wait") {
            if (!need(1, 1, "wait FRAMES")) return false;
            a.kind = ActionKind::Wait;
            if (!to_int(arg(0), &a.n) || a.n < 0 || a.n > 100000) return fail("wait needs a frame count");
        } else if (verb == "zoom") {
            if (!need(1, 1, "zoom FACTOR")) return false;
            a.kind = ActionKind::Zoom;
            if (!to_float(arg(0), &a.a) || !(a.a >= 0.5f && a.a <= 3.0f)) return fail("zoom needs a factor between 0.5 and 3");
        } else if (verb == "theme") {
            if (!need(1, 1, "theme NAME")) return false;
            a.kind = ActionKind::Theme;
            a.text = arg(0);
            if (find_theme(a.text) < 0) return fail("unknown theme '" + a.text + "' (light, dark, high-contrast)");
        } else if (verb == "screenshot" || verb == "screenshot-view") {
            if (!need(1, 1, verb == "screenshot" ? "screenshot FILE" : "screenshot-view FILE")) return false;
            a.kind = verb == "screenshot" ? ActionKind::Screenshot : ActionKind::ScreenshotView;
            a.text = arg(0);
        } else if (verb == "present" || verb == "expect-presenting" || verb == "right-button" || verb == "left-button") {
            const char* usage = verb == "present"        ? "present on|off"
                              : verb == "right-button"   ? "right-button down|up"
                              : verb == "left-button"    ? "left-button down|up"
                                                         : "expect-presenting yes|no";
            if (!need(1, 1, usage)) return false;
            a.kind = verb == "present"      ? ActionKind::Present
                   : verb == "right-button" ? ActionKind::RightButton
                   : verb == "left-button"  ? ActionKind::LeftButton
                                            : ActionKind::ExpectPresenting;
            const std::string& v = arg(0);
            if (v == "on" || v == "yes" || v == "down") a.n = 1;
            else if (v == "off" || v == "no" || v == "up") a.n = 0;
            else return fail(std::string("usage: ") + usage);
        } else if (verb == "path") {
            if (!need(1, 1, "path NAME")) return false;
            a.kind = ActionKind::Path;
            a.text = arg(0);
            static const char* const paths[] = {"everything", "all", "sources", "figures", "notes", "own"};
            bool known = false;
            for (const char* pth : paths) known = known || a.text == pth;
            if (!known) return fail("unknown path '" + a.text + "' (everything, sources, figures, notes, own)");
        } else if (verb == "step") {
            if (!need(1, 1, "step next|previous|N")) return false;
            a.kind = ActionKind::Step;
            if (arg(0) == "next") a.n = 0;
            else if (arg(0) == "previous" || arg(0) == "prev") a.n = -1;
            else if (!to_int(arg(0), &a.n) || a.n < 1) return fail("step needs next, previous or a step number >= 1");
        } else if (verb == "expect-step") {
            if (!need(1, 2, "expect-step N [M]")) return false;
            a.kind = ActionKind::ExpectStep;
            int m = 0;
            if (!to_int(arg(0), &a.n) || a.n < 1) return fail("expect-step needs a step number >= 1");
            if (argc == 2 && (!to_int(arg(1), &m) || m < 1)) return fail("expect-step needs a step count >= 1");
            a.a = static_cast<float>(m);
        } else if (verb == "reveal-all") {
            if (!need(0, 0, "reveal-all")) return false;
            a.kind = ActionKind::RevealAll;
        } else if (verb == "remember-view" || verb == "expect-view-restored") {
            if (!need(0, 0, verb == "remember-view" ? "remember-view" : "expect-view-restored")) return false;
            a.kind = verb == "remember-view" ? ActionKind::RememberView : ActionKind::ExpectViewRestored;
        } else if (verb == "expect-zoom") {
            if (!need(1, 1, "expect-zoom FACTOR")) return false;
            a.kind = ActionKind::ExpectZoom;
            if (!to_float(arg(0), &a.a) || !(a.a > 0)) return fail("expect-zoom needs a factor");
        } else if (verb == "expect-theme") {
            if (!need(1, 1, "expect-theme NAME")) return false;
            a.kind = ActionKind::ExpectTheme;
            a.text = arg(0);
            if (find_theme(a.text) < 0) return fail("unknown theme '" + a.text + "'");
        } else {
            return fail("unknown action '" + verb + "'");
        }
        out->push_back(std::move(a));
    }
    return true;
}

} // namespace gloss_reader
