// Gloss reader — the reading fonts: found through fontconfig, baked per zoom.
//
// The atlas is rebuilt (not scaled) whenever the pixel size changes, so text
// stays crisp at every zoom and content scale. Glyph ranges come from the
// text actually loaded, plus Latin defaults, so every character of the
// document has its glyph. No GL here: the caller uploads the texture.
#pragma once
#include <string>
#include <string_view>
#include <vector>

struct ImFont;
struct ImFontAtlas;

namespace gloss_reader {

// The typographic roles of the reading column, each one ImFont.
enum FontRole : int {
    FontUi = 0,      // small text: byline, captions; also ImGui's default font (cards, panels)
    FontBody,        // running text and bullets
    FontHeading,     // bold headings ("Executive Summary:")
    FontTitle,       // bold title, the largest size
    FontUiBold,      // bold at the small size: emphasis in the plugin's cards
    FontRoleCount
};

// Size of each role relative to the body size.
float font_role_ratio(FontRole role);

struct FontFiles {
    std::string regular; // DejaVu Sans (or the fontconfig match for it)
    std::string bold;    // DejaVu Sans Bold (falls back to `regular`)
};

// Find the reading fonts with fontconfig (FcFontMatch). False with a one-line
// *error when no scalable font file can be found or read.
bool find_reading_fonts(FontFiles* out, std::string* error);

// The code points a text needs (BMP only: ImWchar is 16-bit in Debian's 1.86).
struct GlyphSet {
    std::vector<bool> present = std::vector<bool>(0x10000, false);
    void add_text(std::string_view utf8); // O(n)
};

struct FontSet {
    ImFont* font[FontRoleCount] = {};
    float   px[FontRoleCount] = {};       // pixel size of each role
    float   body_px = 0;
    std::vector<unsigned short> ranges;   // glyph ranges the atlas was built with (kept alive)
};

// Clear `atlas` and bake every role at `body_px` with the glyphs of `glyphs`.
// Fonts[0] becomes the UI font. False with a one-line *error.
bool build_font_atlas(ImFontAtlas* atlas, const FontFiles& files, const GlyphSet& glyphs, float body_px,
                      FontSet* out, std::string* error);

} // namespace gloss_reader
