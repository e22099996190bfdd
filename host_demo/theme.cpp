// Gloss reader — colour themes. Light is near-black on warm off-white (never
// #000 on #fff); dark is light grey on charcoal; high contrast is white on black.
#include "theme.h"

namespace gloss_reader {

namespace {

constexpr unsigned rgb(unsigned r, unsigned g, unsigned b, unsigned a = 255) {
    return (a << 24) | (b << 16) | (g << 8) | r;
}

const Theme themes[] = {
    {"light", rgb(0xF8, 0xF6, 0xF1), rgb(0x26, 0x25, 0x23), rgb(0x14, 0x14, 0x14), rgb(0x6E, 0x6A, 0x64),
     rgb(0xD9, 0xD4, 0xCA), rgb(0xB5, 0xD3, 0xF5), rgb(0xCF, 0xCA, 0xC0), rgb(0xA8, 0xA2, 0x98), false},
    {"dark", rgb(0x1C, 0x1D, 0x20), rgb(0xD9, 0xD6, 0xCF), rgb(0xF0, 0xEE, 0xE8), rgb(0x98, 0x95, 0x8F),
     rgb(0x3A, 0x3B, 0x3F), rgb(0x2E, 0x4A, 0x6E), rgb(0x45, 0x46, 0x4B), rgb(0x6A, 0x6B, 0x70), true},
    {"high-contrast", rgb(0x00, 0x00, 0x00), rgb(0xFF, 0xFF, 0xFF), rgb(0xFF, 0xE0, 0x4D), rgb(0xE6, 0xE6, 0xE6),
     rgb(0xFF, 0xFF, 0xFF), rgb(0x00, 0x4C, 0xB3), rgb(0xB0, 0xB0, 0xB0), rgb(0xFF, 0xFF, 0xFF), true},
};

} // namespace

int theme_count() { return static_cast<int>(sizeof themes / sizeof themes[0]); }
const Theme& theme_at(int i) { return themes[(i % theme_count() + theme_count()) % theme_count()]; }
int find_theme(const std::string& name) {
    for (int i = 0; i < theme_count(); ++i)
        if (name == themes[i].name) return i;
    if (name == "contrast" || name == "hc") return 2;
    return -1;
}

} // namespace gloss_reader
