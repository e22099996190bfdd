// Gloss reader — the window: GLFW + OpenGL3 + ImGui frame loop around the layout.
#pragma once
#include <string>

namespace gloss_reader {

struct ReaderOptions {
    std::string file;               // the text to open
    std::string plugin_path;        // "" = default_plugin_path(argv[0])
    bool        no_plugin = false;
    std::string theme = "light";
    float       zoom = 1.0f;
    int         width = 0, height = 0;  // --size (0 = default)
    std::string screenshot;         // --screenshot FILE.png
    int         frames = 3;         // --frames N (screenshot mode)
    std::string script;             // --script FILE
    bool        replace_invalid = false;
    std::string notes;              // --notes FILE: the notes sidecar ("" = FILE.gloss.jsonld beside
                                    // the text in a window; none in --screenshot/--script runs)
    bool        no_notes = false;   // --no-notes
    bool        present = false;    // --present: start in presenter mode
    std::string path;               // --path NAME: the lesson path (everything, sources, figures, notes, own)
    bool        no_view = false;    // --no-presenter-view: present in one window
    std::string slides;             // --slides DIR: one PNG per step of the path, then exit
    bool        slide_size = false; // --slide-size: slides (and the window) at 1920x1080
};

// Run the reader. Returns the process exit code: 0 ok, 1 environment failure
// (no display, no OpenGL, no font, cannot write a file), 2 bad input (document, script).
int run_reader(const ReaderOptions& options, const char* argv0);

} // namespace gloss_reader
