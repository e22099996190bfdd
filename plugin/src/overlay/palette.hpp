// Gloss — overlay colours for light and dark themes, and the shapes that tell
// kinds apart without colour (dotted underline, tint, zigzag, solid bar).
#pragma once
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "gloss/annotation.hpp"

namespace gloss {

struct Palette {
    ImU32 figure_tint, figure_edge;   // figures: tinted box
    ImU32 definition;                 // definitions: dotted underline
    ImU32 check;                      // source-check problems: zigzag underline
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

// Gutter/legend shape of a kind, centred at c with radius r:
// figure ● circle, source check ◆ diamond, definition ▲ triangle, note ■ square, conflict ✕.
inline void draw_kind_shape(ImDrawList* dl, AnnotationKind k, ImVec2 c, float r, ImU32 col) {
    switch (k) {
    case AnnotationKind::Figure: dl->AddCircleFilled(c, r, col, 8); break;  // 8 segments are round at gutter size
    case AnnotationKind::SourceCheck: dl->AddQuadFilled({c.x, c.y - r * 1.2f}, {c.x + r * 1.2f, c.y}, {c.x, c.y + r * 1.2f}, {c.x - r * 1.2f, c.y}, col); break;
    case AnnotationKind::Definition: dl->AddTriangleFilled({c.x, c.y - r}, {c.x + r, c.y + r * 0.8f}, {c.x - r, c.y + r * 0.8f}, col); break;
    case AnnotationKind::Note: dl->AddRectFilled({c.x - r * 0.85f, c.y - r * 0.85f}, {c.x + r * 0.85f, c.y + r * 0.85f}, col); break;
    case AnnotationKind::Conflict:
        dl->AddLine({c.x - r, c.y - r}, {c.x + r, c.y + r}, col, 2.0f);
        dl->AddLine({c.x - r, c.y + r}, {c.x + r, c.y - r}, col, 2.0f);
        break;
    }
}

// The in-text mark of a kind over screen rectangle [x0,x1]x[y0,y1] with baseline y `base`,
// at scale s: figure = tinted box, definition = dotted underline, source check =
// zigzag underline, note = highlight with a solid underline.
inline void draw_text_mark(ImDrawList* dl, const Palette& pal, AnnotationKind k, float x0, float y0, float x1, float y1,
                           float base, float s) {
    switch (k) {
    case AnnotationKind::Figure:
        dl->AddRectFilled({x0 - 1, y0 + 1}, {x1 + 1, y1 - 1}, pal.figure_tint);  // square corners: 4 vertices, not a rounded path
        dl->AddLine({x0, base + 2 * s}, {x1, base + 2 * s}, pal.figure_edge, 1.0f);
        break;
    case AnnotationKind::Definition: {
        const float y = base + 2.5f * s, step = 4.0f * s, dot = 2.0f * s;  // square dots, as many as the eye needs
        const int n = x1 + 0.5f >= x0 + dot ? static_cast<int>((x1 + 0.5f - x0 - dot) / step) + 1 : 0;
        if (n <= 0) break;
        dl->PrimReserve(6 * n, 4 * n);  // all dots in one reservation
        for (int i = 0; i < n; ++i) {
            const float x = x0 + static_cast<float>(i) * step;
            dl->PrimRect({x, y}, {x + dot, y + dot}, pal.definition);
        }
        break;
    }
    case AnnotationKind::SourceCheck: {
        ImVec2 pts[128];
        const float y = base + 2.0f * s, step = 2.5f * s, amp = 2.5f * s;
        int m = 0;
        for (float x = x0; x <= x1 && m < 128; x += step, ++m) pts[m] = {x, (m & 1) ? y + amp : y};
        // A whole-pixel width lets ImGui draw the anti-aliased line from its baked
        // line texture: two vertices per point instead of four and a third of the indices.
        if (m >= 2) dl->AddPolyline(pts, m, pal.check, ImDrawFlags_None, std::max(1.0f, std::round(1.5f * s)));
        break;
    }
    case AnnotationKind::Note:
        dl->AddRectFilled({x0, y0 + 1}, {x1, y1 - 1}, pal.note_tint);
        dl->AddRectFilled({x0, base + 2 * s}, {x1, base + 4 * s}, pal.note_edge);
        break;
    case AnnotationKind::Conflict: break;
    }
}

// A citation whose checks found no problem: a thin, quiet underline in the
// source-check colour, so only problems carry the zigzag.
inline void draw_quiet_citation_mark(ImDrawList* dl, const Palette& pal, float x0, float x1, float base, float s) {
    dl->AddLine({x0, base + 2.0f * s}, {x1, base + 2.0f * s}, (pal.check & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 90), 1.0f * s);
}

} // namespace gloss
