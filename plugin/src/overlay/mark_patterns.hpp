// Gloss — the texels of the overlay's patterned marks and of the density
// strip, for a renderer that repeats a texture (no ImGui).
//
// A dashed or jagged underline drawn as triangles costs vertices in proportion
// to its length; drawn as one quad over a texture that repeats across its
// width, it costs four. The overlay asks the host for such textures when the
// host can make them (gloss_imgui_binding.create_texture) and draws its marks
// as triangles otherwise: both ways give the same pixels at whole scales.
//
// Texels are RGBA bytes, rows top to bottom, straight alpha. Pattern texels
// are white with the mark's coverage in alpha: the vertex colour tints them.
#pragma once
#include <cstdint>
#include <vector>

namespace gloss {

// Rows [y, y + height) of a pattern texture hold one pattern that repeats
// every `period` texels across the texture's whole width.
struct PatternBand {
    int y = 0, height = 0, period = 0;
    int length = 0;  // dashes: opaque texels at the start of each period
};

// The sizes of the patterned marks at scale s, in whole pixels: what the
// triangle marks draw at any scale and the texture holds at a whole scale k.
struct MarkSizes {
    int pixel;                                   // one device pixel: max(1, round(s))
    int dash_length, dash_step, dash_thickness;  // definitions: round(4s) on, every round(7s), 2 pixels thick
    int tooth_period, tooth_depth;               // source-check problems: round(6s) wide (at least 4), round(3.5s) deep (at least 3)
    int figure_edge, note_edge;                  // bottom edges of figure and note boxes: 1 and 2 pixels thick
};
MarkSizes mark_sizes(float s);

// Whole dashes of `sizes` from x0 (whole) that end by x1 (+ half a pixel); 0 when none fits.
int dash_count(const MarkSizes& sizes, float x0, float x1);
// Teeth of `period` stretched over `width` pixels: at least one, at most 1024.
int tooth_count(float width, float period);

// A box with a solid bottom edge (figures, notes) as one quad: texels
// [x, x + 1) x [y, y + height) hold the box's fill, and its last `edge` rows
// the edge over the fill. A quad whose bottom is the edge's bottom, mapped one
// texel to one pixel up from the column's bottom, is exact for any box up to
// `height` pixels tall.
struct EdgedColumn {
    int x = 0, y = 0, height = 0, edge = 0;
};

// The figure's gutter dot of radius r: a polygon of dot_sides(r) corners
// around the circle of radius r, with flat sides facing up, down, left and
// right; at 4 px its rows are 4, 6, 8, 8, 8, 8, 6, 4 pixels wide.
int dot_sides(float r);
// Writes the corners of the dot centred on (0, 0), clockwise on screen, into
// x[0..n) and y[0..n) and returns n = dot_sides(r), or 0 when max < n.
int dot_corners(float r, float* x, float* y, int max);

// A shape drawn into texels [x, x + size) x [y, y + size): the dot of
// `radius` centred on the corner (x + size / 2, y + size / 2), white where a
// pixel centre falls inside it, as a rasteriser fills the polygon.
struct ShapeSprite {
    int   x = 0, y = 0, size = 0;
    float radius = 0;
};

// One texture with everything the marks draw at scale k, so that a page of
// marks is one draw command: a solid band (tints, plain underlines, the
// density strip's frame), the dashes, the teeth, the edged boxes of figures
// and notes, the figure's gutter dots, and the density strip, one row per bin. Its width is a common
// multiple of the periods, so each band repeats seamlessly when the texture
// does.
struct MarkPatterns {
    int                       scale = 0;        // k; 0 = not built
    int                       width = 0, height = 0;
    std::vector<std::uint8_t> rgba;             // width * height * 4
    PatternBand               solid, dashes, teeth;
    EdgedColumn               figure_box, note_box;  // transparent until paint_edged_boxes
    ShapeSprite               dot, pinned_dot;  // the figure's gutter dot at 4k and 5k px radius
    PatternBand               density;          // `density_bins` rows, transparent until paint_density
};
MarkPatterns make_mark_patterns(int k, int density_bins);

// Paints the figure's and the note's edged columns: fill above, the edge
// composited over the fill (straight alpha, "over") in the last rows. Colours
// are packed as ImGui's IM_COL32 (red in the low byte).
void paint_edged_boxes(MarkPatterns& p, std::uint32_t figure_fill, std::uint32_t figure_edge, std::uint32_t note_fill,
                       std::uint32_t note_edge);

// `over` drawn on `under` (straight alpha, Porter-Duff "over"), as the blender
// draws an edge over a fill; packed as IM_COL32.
std::uint32_t composite_over(std::uint32_t over, std::uint32_t under);

// Paints the density rows: row b has colour colours[bins[b]] when bins[b] is
// in [0, colour_count), else `background` (the strip is then one quad, its
// background included). Colours are packed as ImGui's IM_COL32 (red in the
// low byte). Rows past bins.size() are left as they are.
void paint_density(MarkPatterns& p, const std::vector<int>& bins, const std::uint32_t colours[], int colour_count,
                   std::uint32_t background);

// Alpha of texel (x, y) of `p` (tests).
inline std::uint8_t texel_alpha(const MarkPatterns& p, int x, int y) {
    return p.rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(p.width) + static_cast<std::size_t>(x)) * 4 + 3];
}

} // namespace gloss
