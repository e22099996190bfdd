// Gloss reader — colour themes of the reading surface.
#pragma once
#include <string>

namespace gloss_reader {

struct Theme {
    const char* name;       // "light", "dark", "high-contrast", "present-light", "present-dark"
    unsigned    background; // ImU32 colours (IM_COL32 layout: 0xAABBGGRR)
    unsigned    text;       // running text
    unsigned    title;      // title and headings
    unsigned    muted;      // byline, captions
    unsigned    rule;       // the rule under the header
    unsigned    selection;  // selected text background
    unsigned    scrollbar;  // scrollbar thumb
    unsigned    scrollbar_active;
    bool        dark;       // ImGui dark style for the plugin's windows
};

int theme_count();
// The first reading_theme_count() themes are for reading ('t' cycles them); the
// rest are presentation themes ("present-light", "present-dark").
int reading_theme_count();
const Theme& theme_at(int index);
// Index of the theme called `name`, or -1.
int find_theme(const std::string& name);

} // namespace gloss_reader
