// Gloss — the legend: each kind's gutter shape, its name underlined with its
// mark, and "? keys"; clicking a kind shows or hides it.
//
// Index of this file:
// [SECTION] Layout
// [SECTION] Drawing
//
// The legend is drawn into the reader's window draw list with the marks, not
// as a window of its own, which would be another draw list for the renderer
// every frame. Beside the text, its box, shapes and labels join the reader's
// text command and its marks the marks' command; over the text (a narrow
// window), box, shapes and marks come after the page's marks and the labels
// after them. The overlay answers its clicks through ClickRegions, as for the
// gutter.
#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "overlay.hpp"
#include "palette.hpp"

namespace gloss {

namespace {
const AnnotationKind kLegendKinds[] = {AnnotationKind::Definition, AnnotationKind::Figure, AnnotationKind::SourceCheck,
                                       AnnotationKind::Note};
const char* const kKeysLabel = "? keys";
const char* const kDatesLabel = "Dates & ids";
} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Layout
//-----------------------------------------------------------------------------

// Right of the text column, at the top: in one row when there is room, else
// one kind per row; in a window too narrow for either, the clip's bottom-right
// corner, in one row.
void Overlay::layout_legend() {
    LegendLayout& L = legend_;
    L = LegendLayout{};
    if (panel_open_ || set_.items.empty()) return;  // the panel has the toggles and counts
    ImFont* font = font_body_ ? font_body_ : ImGui::GetFont();
    if (!font) return;
    const float s = view_.dpi_scale;
    L.font = font;
    L.font_size = font->FontSize * font->Scale * ImGui::GetIO().FontGlobalScale * 0.9f;
    const float fs = L.font_size;
    const float pad_x = 10.0f * s, pad_y = 8.0f * s, shape_w = fs * 0.7f, gap = 4.0f * s, between = 12.0f * s,
                row_gap = 3.0f * s;
    auto text_w = [&](const char* t) { return font->CalcTextSizeA(fs, FLT_MAX, 0.0f, t).x; };

    // Widths of the entries, then of the box in one row and stacked.
    float widths[5];
    bool any_dates = false;
    for (const Annotation& a : set_.items) any_dates = any_dates || is_date_like(a);
    for (AnnotationKind k : kLegendKinds) {
        if (k == AnnotationKind::Note && per_kind_[static_cast<int>(k)].empty()) continue;
        LegendEntry& e = L.entries[L.count];
        e.kind = k;
        e.on = kind_shown(k);
        widths[L.count++] = shape_w + gap + text_w(kind_label(k));
    }
    if (any_dates) {  // the quiet kind: years, dates and identifiers, off by default
        LegendEntry& e = L.entries[L.count];
        e.kind = AnnotationKind::Figure;
        e.dates = true;
        e.on = show_dates_ && kind_shown(AnnotationKind::Figure);
        widths[L.count++] = shape_w + gap + text_w(kDatesLabel);
    }
    const float keys_w = text_w(kKeysLabel);
    float row_w = keys_w, column_w = keys_w;
    for (int i = 0; i < L.count; ++i) {
        row_w += widths[i] + between;
        column_w = std::max(column_w, widths[i]);
    }
    row_w += 2 * pad_x;
    column_w += 2 * pad_x;
    const float row_h = fs + 2 * pad_y, column_h = (L.count + 1) * fs + L.count * row_gap + 2 * pad_y;

    const float column_right = view_.transform.to_screen(DocPoint{geometry_.content_width(), 0}).x + 24.0f * s;
    const float room = std::min(ImGui::GetIO().DisplaySize.x, view_.clip.x1) - 8.0f * s - column_right;
    const float top = view_.clip.y0 + 8.0f * s;
    if (row_w < room) {
        L.box = ScreenRect{column_right, top, column_right + row_w, top + row_h};
    } else if (column_w < room) {
        L.box = ScreenRect{column_right, top, column_right + column_w, top + column_h};
        L.stacked = true;
    } else {
        const float x1 = view_.clip.x1 - 12.0f * s, y1 = view_.clip.y1 - 8.0f * s;
        L.box = ScreenRect{x1 - row_w, y1 - row_h, x1, y1};
        L.over_text = true;
    }
    L.box = ScreenRect{std::round(L.box.x0), std::round(L.box.y0), std::round(L.box.x1), std::round(L.box.y1)};

    float x = L.box.x0 + pad_x, y = L.box.y0 + pad_y;
    for (int i = 0; i < L.count; ++i) {
        LegendEntry& e = L.entries[i];
        e.shape = ScreenRect{x, y, x + shape_w, y + fs};
        e.label = ScreenRect{x + shape_w + gap, y, x + widths[i], y + fs};
        if (L.stacked) y += fs + row_gap;
        else x += widths[i] + between;
    }
    L.keys = ScreenRect{x, y, x + keys_w, y + fs};
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing
//-----------------------------------------------------------------------------

// The box and the shapes (with `tex` pushed when it has an id); records the
// legend's click regions.
void Overlay::draw_legend_box(ImDrawList* dl, const MarkTexture& tex) {
    const LegendLayout& L = legend_;
    if (L.count == 0) return;
    const Palette pal = palette_for(view_.dark);
    const float fs = L.font_size;
    const int first_vertex = dl->VtxBuffer.Size;
    // A 1 px border: the border colour, then the background 1 px inside it.
    // Square corners, as ImPlot's legend: 4 triangles. Rounded, ImGui's
    // anti-aliased fill makes ~90, long thin ones that a software rasteriser
    // bins tile by tile -- a fifth of what the overlay cost a frame.
    const ScreenRect& b = L.box;
    dl->AddRectFilled({b.x0, b.y0}, {b.x1, b.y1}, pal.card_border);
    dl->AddRectFilled({b.x0 + 1, b.y0 + 1}, {b.x1 - 1, b.y1 - 1}, pal.card_bg);
    for (int i = 0; i < L.count; ++i) {
        const LegendEntry& e = L.entries[i];
        draw_kind_shape(dl, e.kind, {(e.shape.x0 + e.shape.x1) * 0.5f, (e.shape.y0 + e.shape.y1) * 0.5f},
                        e.dates ? fs * 0.18f : fs * 0.28f, e.on && !e.dates ? kind_colour(pal, e.kind) : pal.card_dim);
        next_regions_.push_back({ScreenRect{e.shape.x0, e.label.y0, e.label.x1, e.label.y1 + 4.0f},
                                 e.dates ? Action::ToggleDates : Action::ToggleKind, static_cast<int>(e.kind), 0});
    }
    if (tex.id) use_solid_texel(dl, *tex.patterns, first_vertex);
    next_blocking_.push_back(L.box);
}

// Each shown kind's label underlined with its mark (with `tex` pushed when it has an id).
void Overlay::draw_legend_marks(ImDrawList* dl, const MarkTexture& tex) {
    const LegendLayout& L = legend_;
    const Palette pal = palette_for(view_.dark);
    for (int i = 0; i < L.count; ++i) {
        const LegendEntry& e = L.entries[i];
        if (e.on && e.dates)
            draw_quiet_citation_mark(dl, pal, e.label.x0, e.label.x1, e.label.y1 - L.font_size * 0.25f, view_.dpi_scale, tex);
        else if (e.on)
            draw_text_mark(dl, pal, e.kind, e.label.x0, e.label.y0, e.label.x1, e.label.y1 - L.font_size * 0.25f,
                           view_.dpi_scale, tex);
    }
}

// The labels and "? keys", with the font's texture current.
void Overlay::draw_legend_labels(ImDrawList* dl) {
    const LegendLayout& L = legend_;
    if (L.count == 0) return;
    const Palette pal = palette_for(view_.dark);
    for (int i = 0; i < L.count; ++i) {
        const LegendEntry& e = L.entries[i];
        dl->AddText(L.font, L.font_size, {e.label.x0, e.label.y0}, e.on ? pal.card_text : pal.card_dim,
                    e.dates ? kDatesLabel : kind_label(e.kind));
    }
    dl->AddText(L.font, L.font_size, {L.keys.x0, L.keys.y0}, pal.card_dim, kKeysLabel);
}

} // namespace gloss
