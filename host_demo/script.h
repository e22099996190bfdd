// Gloss reader — the replay language of --script: one action a line.
//
//   size W H                 resize the window (logical pixels)
//   scroll-to-text "T" [N]   bring the N-th occurrence (1-based) of T into view
//   scroll PIXELS            scroll by PIXELS (negative: up)
//   hover-text "T" [N]       scroll T into view and put the mouse on its first rectangle
//   move X Y                 put the mouse at window point (X, Y)
//   click                    press and release the left button where the mouse is
//   key NAME                 a key press, e.g. key t, key PageDown, key Ctrl+=, key Escape
//   wait FRAMES              render FRAMES frames
//   zoom FACTOR              set the zoom (1 = default size)
//   theme NAME               light | dark | high-contrast
//   screenshot FILE          write the current frame as PNG
//   expect-visible "T"       fail unless an occurrence of T is inside the view
//   present on|off           enter or leave presenter mode (as F5 and Esc do)
//   path NAME                the lesson path: everything | sources | figures | notes | own
//   step next|previous|N     one press forward or back, or go to step N (1-based)
//   reveal-all               press forward until the current step is fully revealed
//   expect-step N [M]        fail unless presenter mode is on step N (of M steps)
//   expect-presenting yes|no fail unless presenter mode is on (or off)
//   remember-view            note the scroll position, zoom and theme
//   expect-view-restored     fail unless scroll, zoom and theme are what remember-view noted
//   expect-zoom FACTOR       fail unless the zoom is FACTOR (within 1%)
//   expect-theme NAME        fail unless the theme is NAME
//   right-button down|up     press or release the right mouse button (the laser pointer)
//   left-button down|up      press or release the left mouse button (drag with move between)
//   screenshot-view FILE     write the presenter view's window as PNG (fails without one)
//   # comment, blank lines ignored
//
// Errors name the line: "script.txt:3: unknown action 'jump'".
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace gloss_reader {

enum class ActionKind {
    Size, ScrollToText, Scroll, HoverText, Move, Click, Key, Wait, Zoom, Theme, Screenshot, ExpectVisible,
    Present, Path, Step, ExpectStep, ExpectPresenting, RememberView, ExpectViewRestored, ExpectZoom, ExpectTheme,
    RightButton, LeftButton, ScreenshotView, RevealAll
};

struct ScriptAction {
    ActionKind  kind = ActionKind::Wait;
    int         line = 0;     // 1-based line in the script file
    std::string text;         // quoted text, theme name, file name, key name
    int         n = 1;        // occurrence (1-based), frame count, step (1-based; 0 next, -1 previous), on/off (1/0)
    float       a = 0, b = 0; // numbers: size W H, move X Y, scroll px, zoom factor
    int         key = 0;      // GLFW key code (key)
    int         mods = 0;     // GLFW modifier bits (key)
};

// Parse a whole script. False with "NAME:LINE: message" in *error.
bool parse_script(std::string_view source, const std::string& name, std::vector<ScriptAction>* out,
                  std::string* error);

// "PageDown", "Ctrl+=", "t", "Shift+Space" -> GLFW key and mods. False if unknown.
bool parse_key_name(const std::string& name, int* key, int* mods);

// Byte offset of the n-th (1-based) occurrence of `needle` in `text`, or npos.
std::size_t find_occurrence(std::string_view text, std::string_view needle, int n);

} // namespace gloss_reader
