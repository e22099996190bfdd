// Gloss reader — fontconfig lookup and atlas baking.
#include "fonts.h"

#include "gloss/utf8.hpp"

#include <imgui.h>
#include <fontconfig/fontconfig.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>

static_assert(sizeof(ImWchar) == 2, "Debian's libimgui 1.86 uses 16-bit ImWchar");

namespace gloss_reader {

float font_role_ratio(FontRole role) {
    switch (role) {
    case FontUi: case FontUiBold: return 0.84f;
    case FontBody: return 1.0f;
    case FontHeading: return 1.12f;
    case FontTitle: return 1.72f;
    default: return 1.0f;
    }
}

namespace {

// One fontconfig match: the file of the best font for `pattern`, or "".
std::string match_font_file(FcConfig* config, const char* pattern) {
    std::string result;
    FcPattern* pat = FcNameParse(reinterpret_cast<const FcChar8*>(pattern));
    if (!pat) return result;
    FcConfigSubstitute(config, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult res = FcResultNoMatch;
    FcPattern* match = FcFontMatch(config, pat, &res);
    if (match) {
        FcChar8* file = nullptr;
        FcBool scalable = FcFalse;
        FcPatternGetBool(match, FC_SCALABLE, 0, &scalable);
        if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch && file && scalable) {
            result = reinterpret_cast<const char*>(file);
            const auto dot = result.rfind('.');
            const std::string ext = dot == std::string::npos ? "" : result.substr(dot);
            if (ext != ".ttf" && ext != ".TTF" && ext != ".otf" && ext != ".OTF") result.clear(); // stb_truetype: TTF/OTF only
        }
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pat);
    return result;
}

bool readable(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return static_cast<bool>(in);
}

bool read_file(const std::string& path, std::vector<char>* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !out->empty();
}

} // namespace

bool find_reading_fonts(FontFiles* out, std::string* error) {
    // A private configuration, destroyed after the lookup: nothing of fontconfig stays alive.
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (!config) {
        *error = "fontconfig could not be initialised; install fontconfig and fonts-dejavu-core";
        return false;
    }
    out->regular = match_font_file(config, "DejaVu Sans:style=Book");
    out->bold = match_font_file(config, "DejaVu Sans:style=Bold");
    FcConfigDestroy(config);
    if (out->regular.empty() || !readable(out->regular)) {
        *error = "no usable font found through fontconfig for \"DejaVu Sans\"; install fonts-dejavu-core";
        return false;
    }
    if (out->bold.empty() || !readable(out->bold)) out->bold = out->regular;
    return true;
}

void GlyphSet::add_text(std::string_view s) {
    std::size_t p = 0;
    while (p < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[p]);
        if (c < 0x80) { present[c] = true; ++p; continue; }
        const char32_t cp = gloss::utf8_next(s, &p);
        if (cp < 0x10000) present[cp] = true;
    }
}

bool build_font_atlas(ImFontAtlas* atlas, const FontFiles& files, const GlyphSet& glyphs, float body_px,
                      FontSet* out, std::string* error) {
    std::vector<char> regular, bold;
    if (!read_file(files.regular, &regular)) {
        *error = "cannot read font file " + files.regular;
        return false;
    }
    if (!read_file(files.bold, &bold)) bold = regular;

    FontSet set;
    set.body_px = body_px;
    {
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(atlas->GetGlyphRangesDefault());
        static const ImWchar extra[] = {0x2010, 0x2027, 0x2030, 0x205E, 0x2022, 0x2022, 0x25E6, 0x25E6,
                                        0x2190, 0x21FF, 0x2212, 0x2212, 0x2248, 0x2248, 0x2260, 0x2265,
                                        0x25A0, 0x25FF, 0x26A0, 0x26A0, 0xFFFD, 0xFFFD, 0};
        // Dashes, quotes, bullets, ellipsis; arrows, minus, ≈, ≠ ≤ ≥, geometric shapes and ⚠ for the
        // overlay's cards (derived values, legends); the replacement character.
        builder.AddRanges(extra);
        for (unsigned cp = 0x20; cp < 0x10000; ++cp)
            if (glyphs.present[cp]) builder.AddChar(static_cast<ImWchar>(cp));
        ImVector<ImWchar> ranges;
        builder.BuildRanges(&ranges);
        set.ranges.assign(ranges.begin(), ranges.end());
    }

    atlas->Clear();
    for (int r = 0; r < FontRoleCount; ++r) {
        const FontRole role = static_cast<FontRole>(r);
        const bool is_bold = role == FontHeading || role == FontTitle || role == FontUiBold;
        const std::vector<char>& data = is_bold ? bold : regular;
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = true;
        cfg.OversampleH = body_px > 40 ? 1 : 2; // the atlas is rebaked per size: little oversampling is needed
        cfg.OversampleV = 1;
        const float px = std::max(6.0f, static_cast<float>(static_cast<int>(body_px * font_role_ratio(role) + 0.5f)));
        std::snprintf(cfg.Name, sizeof cfg.Name, "DejaVu Sans%s %.0fpx", is_bold ? " Bold" : "", px);
        void* copy = IM_ALLOC(data.size());
        std::memcpy(copy, data.data(), data.size());
        ImFont* f = atlas->AddFontFromMemoryTTF(copy, static_cast<int>(data.size()), px, &cfg, set.ranges.data());
        if (!f) {
            atlas->Clear();
            *error = "cannot load font " + (is_bold ? files.bold : files.regular);
            return false;
        }
        set.font[r] = f;
        set.px[r] = px;
    }
    if (!atlas->Build()) {
        atlas->Clear();
        *error = "cannot build the font atlas at " + std::to_string(body_px) + " px";
        return false;
    }
    *out = std::move(set);
    return true;
}

} // namespace gloss_reader
