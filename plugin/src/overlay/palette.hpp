// Gloss — overlay colours for light and dark themes, and the shapes that tell
// kinds apart without colour (dashed underline, tint, jagged teeth, solid bar).
//
// Index of this file:
// [SECTION] Colours
// [SECTION] Gutter and legend shapes
// [SECTION] Marks over a pattern texture
// [SECTION] In-text marks
#pragma once
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "gloss/annotation.hpp"
#include "mark_patterns.hpp"

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] Colours
//-----------------------------------------------------------------------------

struct Palette {
    ImU32 figure_tint, figure_edge;   // figures: tinted box
    ImU32 definition;                 // definitions: dashed underline
    ImU32 check;                      // source-check problems: jagged underline (a row of teeth)
    ImU32 note_tint, note_edge;       // notes: highlight + solid underline
    ImU32 conflict;                   // conflict groups (panel, chart)
    ImU32 focus;                      // keyboard focus ring
    ImU32 card_bg, card_border, card_text, card_dim, card_link, card_warning;
    ImU32 bar, bar_self;              // chart bars
    ImU32 density_bg, density_view;   // density strip
};

inline Palette palette_for(bool dark) {
    Palette p{};
    if (!dark) {
        p.figure_tint = IM_COL32(40, 110, 220, 46);   p.figure_edge = IM_COL32(40, 110, 220, 150);
        p.definition = IM_COL32(0, 120, 110, 255);
        p.check = IM_COL32(205, 80, 0, 255);
        p.note_tint = IM_COL32(245, 190, 20, 70);      p.note_edge = IM_COL32(200, 150, 0, 255);
        p.conflict = IM_COL32(170, 40, 120, 255);
        p.focus = IM_COL32(100, 60, 210, 255);
        p.card_bg = IM_COL32(255, 254, 250, 255);      p.card_border = IM_COL32(0, 0, 0, 70);
        p.card_text = IM_COL32(32, 30, 28, 255);       p.card_dim = IM_COL32(105, 100, 95, 255);
        p.card_link = IM_COL32(20, 90, 200, 255);      p.card_warning = IM_COL32(185, 65, 0, 255);
        p.bar = IM_COL32(120, 140, 170, 255);          p.bar_self = IM_COL32(40, 110, 220, 255);
        p.density_bg = IM_COL32(0, 0, 0, 18);          p.density_view = IM_COL32(0, 0, 0, 60);
    } else {
        p.figure_tint = IM_COL32(90, 160, 255, 56);   p.figure_edge = IM_COL32(90, 160, 255, 170);
        p.definition = IM_COL32(70, 210, 190, 255);
        p.check = IM_COL32(255, 140, 50, 255);
        p.note_tint = IM_COL32(250, 210, 60, 60);      p.note_edge = IM_COL32(250, 210, 60, 255);
        p.conflict = IM_COL32(240, 110, 190, 255);
        p.focus = IM_COL32(180, 150, 255, 255);
        p.card_bg = IM_COL32(44, 45, 52, 255);         p.card_border = IM_COL32(255, 255, 255, 60);
        p.card_text = IM_COL32(232, 230, 226, 255);    p.card_dim = IM_COL32(160, 158, 152, 255);
        p.card_link = IM_COL32(120, 175, 255, 255);    p.card_warning = IM_COL32(255, 150, 70, 255);
        p.bar = IM_COL32(120, 130, 150, 255);          p.bar_self = IM_COL32(90, 160, 255, 255);
        p.density_bg = IM_COL32(255, 255, 255, 18);    p.density_view = IM_COL32(255, 255, 255, 60);
    }
    return p;
}

inline ImU32 kind_colour(const Palette& p, AnnotationKind k) {
    switch (k) {
    case AnnotationKind::Figure: return p.figure_edge;
    case AnnotationKind::SourceCheck: return p.check;
    case AnnotationKind::Definition: return p.definition;
    case AnnotationKind::Conflict: return p.conflict;
    case AnnotationKind::Note: return p.note_edge;
    }
    return p.card_text;
}

// What the legend and the panel call a kind.
inline const char* kind_label(AnnotationKind k) {
    switch (k) {
    case AnnotationKind::Figure: return "figure";
    case AnnotationKind::SourceCheck: return "source check";
    case AnnotationKind::Definition: return "definition";
    case AnnotationKind::Conflict: return "conflict";
    case AnnotationKind::Note: return "note";
    }
    return "";
}

//-----------------------------------------------------------------------------
// [SECTION] Gutter and legend shapes
//-----------------------------------------------------------------------------

// Shapes and marks are plain triangles: on a renderer that sets up every
// triangle on the CPU (a software OpenGL), their cost follows their triangle
// count, so each kind gets the fewest triangles that still draw its shape.

// While alive, `dl` fills shapes without ImGui's anti-aliasing fringe (the
// fringe is two triangles per edge: 22 triangles for an 8-sided circle
// instead of 6). The shapes below are small and snapped to the pixel grid,
// where the fringe changes little. The previous flags come back at the end.
struct HardEdgesScope {
    explicit HardEdgesScope(ImDrawList* dl) : dl_(dl), flags_(dl->Flags) { dl->Flags &= ~ImDrawListFlags_AntiAliasedFill; }
    ~HardEdgesScope() { dl_->Flags = flags_; }
    HardEdgesScope(const HardEdgesScope&) = delete;
    HardEdgesScope& operator=(const HardEdgesScope&) = delete;
private:
    ImDrawList*     dl_;
    ImDrawListFlags flags_;
};

// Gutter/legend shape of a kind, centred at c with radius r:
// figure ● circle, source check ◆ diamond, definition ▲ triangle, note ■ square, conflict ✕.
// Fills have hard edges, centred on a pixel corner, with no edge through a
// pixel centre (such pixels would be kept or dropped by the rasteriser's tie
// rule, and the shape would lose its symmetry): 1 to 14 triangles a shape.
inline void draw_kind_shape(ImDrawList* dl, AnnotationKind k, ImVec2 c, float r, ImU32 col) {
    HardEdgesScope hard(dl);
    c = {std::round(c.x), std::round(c.y)};
    switch (k) {
    case AnnotationKind::Figure: {  // the polygon of dot_corners (mark_patterns.hpp), as the dot sprites are drawn
        float x[16], y[16];
        const int n = dot_corners(r, x, y, 16);
        for (int i = 0; i < n; ++i) dl->PathLineTo({c.x + x[i], c.y + y[i]});
        dl->PathFillConvex(col);
        break;
    }
    case AnnotationKind::SourceCheck: {
        const float d = std::round(r * 1.2f) + 0.4f;
        dl->AddQuadFilled({c.x, c.y - d}, {c.x + d, c.y}, {c.x, c.y + d}, {c.x - d, c.y}, col);
        break;
    }
    case AnnotationKind::Definition: {
        // Sides rising two pixels per pixel: at 4 px its rows are 2, 2, 4, 4, 6, 6, 8 pixels wide.
        const float top = c.y - std::round(r) - 0.6f, bottom = c.y + std::round(r * 0.8f), w = (bottom - top) * 0.5f;
        dl->AddTriangleFilled({c.x, top}, {c.x + w, bottom}, {c.x - w, bottom}, col);
        break;
    }
    case AnnotationKind::Note: {
        const float h = std::round(r * 0.85f);
        dl->AddRectFilled({c.x - h, c.y - h}, {c.x + h, c.y + h}, col);
        break;
    }
    case AnnotationKind::Conflict:
        dl->AddLine({c.x - r, c.y - r}, {c.x + r, c.y + r}, col, 2.0f);
        dl->AddLine({c.x - r, c.y + r}, {c.x + r, c.y - r}, col, 2.0f);
        break;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Marks over a pattern texture
//-----------------------------------------------------------------------------

// The marks' patterns (mark_patterns.hpp) in a texture the host's renderer
// repeats. While the caller has pushed `id` on the draw list (PushTextureID),
// draw_text_mark and draw_quiet_citation_mark draw each mark as one or two
// quads over it, whatever its length. Empty: marks are triangles.
struct MarkTexture {
    ImTextureID         id = nullptr;
    const MarkPatterns* patterns = nullptr;
    // Usable for marks at scale s (its patterns were made at the same whole scale).
    bool usable_at(float s) const { return id && patterns && patterns->scale == std::max(1, static_cast<int>(std::lround(s))); }
};

// The texture coordinates of the solid band's texel.
inline ImVec2 solid_texel(const MarkPatterns& p) {
    return {0.5f / static_cast<float>(p.width), (static_cast<float>(p.solid.y) + 0.5f) / static_cast<float>(p.height)};
}

// Rectangle [a, b] in one colour: every corner samples the solid band's texel.
inline void draw_solid_over(ImDrawList* dl, const MarkPatterns& p, ImVec2 a, ImVec2 b, ImU32 col) {
    dl->PrimReserve(6, 4);
    dl->PrimRectUV(a, b, solid_texel(p), solid_texel(p), col);
}

// The figure's gutter dot of `sprite` centred on the pixel corner nearest c:
// one quad whose texels map one to one to pixels.
inline void draw_dot_over(ImDrawList* dl, const MarkPatterns& p, const ShapeSprite& sprite, ImVec2 c, ImU32 col) {
    const float half = static_cast<float>(sprite.size) * 0.5f, iw = 1.0f / static_cast<float>(p.width),
                ih = 1.0f / static_cast<float>(p.height);
    c = {std::round(c.x), std::round(c.y)};
    dl->PrimReserve(6, 4);
    dl->PrimRectUV({c.x - half, c.y - half}, {c.x + half, c.y + half},
                   {static_cast<float>(sprite.x) * iw, static_cast<float>(sprite.y) * ih},
                   {static_cast<float>(sprite.x + sprite.size) * iw, static_cast<float>(sprite.y + sprite.size) * ih}, col);
}

// Shapes drawn with ImGui's own helpers sample its white texel; this makes
// the vertices from `first_vertex` on sample the solid band instead, so that
// solid shapes join the marks' draw command over the pattern texture.
inline void use_solid_texel(ImDrawList* dl, const MarkPatterns& p, int first_vertex) {
    const ImVec2 uv = solid_texel(p);
    for (int i = first_vertex; i < dl->VtxBuffer.Size; ++i) dl->VtxBuffer[i].uv = uv;
}

// Quad from (x0, y) to (x1, y + band height) over `band`, whose first column
// is at x0 and which shows `texels` texels across (stretched to fit when they
// are not x1 - x0): the pattern repeats along the quad.
inline void draw_band_over(ImDrawList* dl, const MarkPatterns& p, const PatternBand& band, float x0, float x1, float y, float texels,
                           ImU32 col) {
    const float iw = 1.0f / static_cast<float>(p.width), ih = 1.0f / static_cast<float>(p.height);
    dl->PrimReserve(6, 4);
    dl->PrimRectUV({x0, y}, {x1, y + static_cast<float>(band.height)}, {0.0f, static_cast<float>(band.y) * ih},
                   {texels * iw, static_cast<float>(band.y + band.height) * ih}, col);
}

// A box with a solid bottom edge from (x0, top) to (x1, bottom) over
// `column`, one quad: texels map one to one up from the column's bottom, so
// the box's last rows are the edge whatever its height (at most the column's).
inline void draw_edged_box_over(ImDrawList* dl, const MarkPatterns& p, const EdgedColumn& column, float x0, float top, float x1,
                                float bottom) {
    const float ih = 1.0f / static_cast<float>(p.height), u = (static_cast<float>(column.x) + 0.5f) / static_cast<float>(p.width);
    const float end = static_cast<float>(column.y + column.height);
    dl->PrimReserve(6, 4);
    dl->PrimRectUV({x0, top}, {x1, bottom}, {u, (end - (bottom - top)) * ih}, {u, end * ih}, IM_COL32_WHITE);
}

//-----------------------------------------------------------------------------
// [SECTION] In-text marks
//-----------------------------------------------------------------------------

// A jagged underline over [x0, x1] whose top edge is at y: a row of teeth
// pointing down, each one triangle of about `period` x `depth` pixels; the
// teeth share their corners (2 vertices and 3 indices a tooth).
inline void draw_teeth(ImDrawList* dl, float x0, float x1, float y, float period, float depth, ImU32 col) {
    x0 = std::round(x0);
    x1 = std::round(x1);
    y = std::round(y);
    const float w = x1 - x0;
    if (w < 2.0f || period < 1.0f) return;
    const int n = tooth_count(w, period);
    dl->PrimReserve(3 * n, 2 * n + 1);
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    const unsigned first = dl->_VtxCurrentIdx;  // after the reservation: it may start a new vertex offset
    for (int i = 0; i < n; ++i) {
        const unsigned b = first + 2u * static_cast<unsigned>(i);
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(b));
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(b + 1));
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(b + 2));
    }
    for (int i = 0; i < n; ++i) {
        const float a = x0 + w * static_cast<float>(i) / static_cast<float>(n);
        const float b = x0 + w * static_cast<float>(i + 1) / static_cast<float>(n);
        dl->PrimWriteVtx({a, y}, uv, col);
        dl->PrimWriteVtx({(a + b) * 0.5f, y + depth}, uv, col);
    }
    dl->PrimWriteVtx({x1, y}, uv, col);
}

// `n` square dashes of `m` from x0 at y, in one reservation (4 vertices and 6 indices a dash).
inline void draw_dashes(ImDrawList* dl, const MarkSizes& m, float x0, float y, int n, ImU32 col) {
    const float len = static_cast<float>(m.dash_length), thick = static_cast<float>(m.dash_thickness);
    dl->PrimReserve(6 * n, 4 * n);
    for (int i = 0; i < n; ++i) {
        const float x = x0 + static_cast<float>(i * m.dash_step);
        dl->PrimRect({x, y}, {x + len, y + thick}, col);
    }
}

// The in-text mark of a kind under the text from x0 to x1 whose line box starts at y0, with baseline y `base`,
// at scale s: figure = tinted box ending in a thin underline, definition =
// dashed underline, source-check problem = jagged underline (teeth), note =
// highlight ending in a solid underline. Quads and triangles without a
// fringe; over `tex` when it was made for this scale, where each mark is one
// quad and the two ways give the same places and sizes.
inline void draw_text_mark(ImDrawList* dl, const Palette& pal, AnnotationKind k, float x0, float y0, float x1, float base,
                           float s, const MarkTexture& tex = MarkTexture{}) {
    const bool textured = tex.usable_at(s);
    const MarkSizes m = mark_sizes(s);
    auto rect = [&](ImVec2 a, ImVec2 b, ImU32 col) {  // square corners: 4 vertices, not a rounded path
        if (textured) return draw_solid_over(dl, *tex.patterns, a, b, col);
        dl->PrimReserve(6, 4);
        dl->PrimRect(a, b, col);
    };
    // A tinted box from `top` down to the bottom of its edge, `edge` pixels thick, drawn over the tint.
    auto edged_box = [&](EdgedColumn MarkPatterns::*column, float bx0, float top, float bx1, float edge, ImU32 fill, ImU32 edge_col) {
        const float y = std::round(base + 2 * s), bottom = y + edge;
        if (textured && bottom - top <= static_cast<float>((tex.patterns->*column).height))
            return draw_edged_box_over(dl, *tex.patterns, tex.patterns->*column, bx0, top, bx1, bottom);
        if (top < y) rect({bx0, top}, {bx1, bottom}, fill);
        rect({bx0, y}, {bx1, bottom}, edge_col);
    };
    switch (k) {
    case AnnotationKind::Figure:
        edged_box(&MarkPatterns::figure_box, x0 - 1, y0 + 1, x1 + 1, static_cast<float>(m.figure_edge), pal.figure_tint,
                  pal.figure_edge);
        break;
    case AnnotationKind::Definition: {
        // Whole dashes only: the mark ends where its last dash does.
        x0 = std::round(x0);
        const float y = std::round(base + 2.5f * s);
        const int n = dash_count(m, x0, x1);
        if (n <= 0) return;
        const float w = static_cast<float>((n - 1) * m.dash_step + m.dash_length);
        if (textured) draw_band_over(dl, *tex.patterns, tex.patterns->dashes, x0, x0 + w, y, w, pal.definition);
        else draw_dashes(dl, m, x0, y, n, pal.definition);
        break;
    }
    case AnnotationKind::SourceCheck: {
        const float y = base + 2.0f * s, period = static_cast<float>(m.tooth_period);
        if (!textured) return draw_teeth(dl, x0, x1, y, period, static_cast<float>(m.tooth_depth), pal.check);
        // Whole teeth, stretched to the word as draw_teeth does.
        x0 = std::round(x0);
        x1 = std::round(x1);
        if (x1 - x0 < 2.0f) return;
        const float texels = static_cast<float>(tooth_count(x1 - x0, period)) * period;
        draw_band_over(dl, *tex.patterns, tex.patterns->teeth, x0, x1, std::round(y), texels, pal.check);
        break;
    }
    case AnnotationKind::Note:
        edged_box(&MarkPatterns::note_box, x0, y0 + 1, x1, static_cast<float>(m.note_edge), pal.note_tint, pal.note_edge);
        break;
    case AnnotationKind::Conflict: break;
    }
}

// A citation whose checks found no problem: a thin, quiet underline in the
// source-check colour, so only problems carry the teeth. One quad.
inline void draw_quiet_citation_mark(ImDrawList* dl, const Palette& pal, float x0, float x1, float base, float s,
                                     const MarkTexture& tex = MarkTexture{}) {
    const float y = std::round(base + 2.0f * s), px = static_cast<float>(mark_sizes(s).pixel);
    const ImU32 col = (pal.check & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 90);
    if (tex.usable_at(s)) return draw_solid_over(dl, *tex.patterns, {x0, y}, {x1, y + px}, col);
    dl->AddRectFilled({x0, y}, {x1, y + px}, col);
}

} // namespace gloss
