// Gloss — texels of the patterned marks and of the density strip.
#include "mark_patterns.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gloss {

MarkSizes mark_sizes(float s) {
    MarkSizes m{};
    m.pixel = std::max(1, static_cast<int>(std::lround(s)));
    m.dash_length = static_cast<int>(std::lround(4.0f * s));
    m.dash_step = std::max(1, static_cast<int>(std::lround(7.0f * s)));
    m.dash_thickness = 2 * m.pixel;
    m.tooth_period = std::max(4, static_cast<int>(std::lround(6.0f * s)));
    m.tooth_depth = std::max(3, static_cast<int>(std::lround(3.5f * s)));
    m.figure_edge = m.pixel;
    m.note_edge = 2 * m.pixel;
    return m;
}

int dash_count(const MarkSizes& m, float x0, float x1) {
    const float len = static_cast<float>(m.dash_length), step = static_cast<float>(m.dash_step);
    if (x1 + 0.5f < x0 + len) return 0;
    return std::min(static_cast<int>((x1 + 0.5f - x0 - len) / step) + 1, 1024);
}

int tooth_count(float width, float period) { return std::clamp(static_cast<int>(width / period + 0.5f), 1, 1024); }

int dot_sides(float r) { return std::clamp(static_cast<int>(r * 1.5f + 2.0f), 8, 16); }

int dot_corners(float r, float* x, float* y, int max) {
    const int n = dot_sides(r);
    if (max < n) return 0;
    // Corners on the circle through the middles of the sides, half a step off the axes.
    const float half_step = 3.14159265f / static_cast<float>(n);
    const float radius = r / std::cos(half_step);
    for (int i = 0; i < n; ++i) {
        const float a = half_step * static_cast<float>(2 * i + 1);
        x[i] = std::cos(a) * radius;
        y[i] = std::sin(a) * radius;
    }
    return n;
}

namespace {

constexpr int kEdgedBoxHeight = 72;  // pixels at scale 1: a line box of about 48 px type

void set_texel(MarkPatterns& p, int x, int y, std::uint8_t alpha) {
    std::uint8_t* t = &p.rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(p.width) + static_cast<std::size_t>(x)) * 4];
    t[0] = t[1] = t[2] = 255;
    t[3] = alpha;
}

// Coverage of texel (x, y) by a tooth pointing down: the triangle with its top
// edge from (0, 0) to (period, 0) and its apex at (period / 2, depth), measured
// with 4 x 4 samples, as a rasteriser with 16x multisampling would.
std::uint8_t tooth_coverage(int x, int y, int period, int depth) {
    int inside = 0;
    for (int sy = 0; sy < 4; ++sy)
        for (int sx = 0; sx < 4; ++sx) {
            const double px = x + (sx + 0.5) / 4.0, py = y + (sy + 0.5) / 4.0;
            const double half = 0.5 * period * (1.0 - py / depth);  // half-width of the tooth at depth py
            if (half > 0 && std::fabs(px - 0.5 * period) <= half) ++inside;
        }
    return static_cast<std::uint8_t>((inside * 255 + 8) / 16);
}

// The dot of `radius` into sprite `sp`: opaque white where a texel's centre is
// inside the polygon (all its edges on the same side), transparent elsewhere.
void draw_dot_sprite(MarkPatterns& p, const ShapeSprite& sp) {
    float x[16], y[16];
    const int n = dot_corners(sp.radius, x, y, 16);
    const float half = static_cast<float>(sp.size) * 0.5f;
    for (int ty = 0; ty < sp.size; ++ty)
        for (int tx = 0; tx < sp.size; ++tx) {
            const float px = static_cast<float>(tx) + 0.5f - half, py = static_cast<float>(ty) + 0.5f - half;
            bool inside = n > 0;
            for (int i = 0; i < n && inside; ++i) {
                const int j = (i + 1) % n;
                inside = (x[j] - x[i]) * (py - y[i]) - (y[j] - y[i]) * (px - x[i]) > 0.0f;
            }
            set_texel(p, sp.x + tx, sp.y + ty, inside ? 255 : 0);
        }
}

// A sprite with room for the dot of radius r (its farthest corner) and a transparent texel around it.
ShapeSprite dot_sprite(int x, int y, float r) {
    float cx[16], cy[16], outer = 0.0f;
    const int n = dot_corners(r, cx, cy, 16);
    for (int i = 0; i < n; ++i) outer = std::max({outer, std::fabs(cx[i]), std::fabs(cy[i])});
    return ShapeSprite{x, y, 2 * static_cast<int>(std::ceil(outer)) + 2, r};
}

} // namespace

MarkPatterns make_mark_patterns(int k, int density_bins) {
    k = std::max(k, 1);
    const MarkSizes m = mark_sizes(static_cast<float>(k));
    MarkPatterns p;
    p.scale = k;
    p.width = std::lcm(m.dash_step, m.tooth_period);
    // One transparent row above each band keeps the bands apart.
    int y = 1;
    p.solid = PatternBand{y, 1, 1, 1};
    y += p.solid.height + 1;
    p.dashes = PatternBand{y, m.dash_thickness, m.dash_step, m.dash_length};
    y += p.dashes.height + 1;
    p.teeth = PatternBand{y, m.tooth_depth, m.tooth_period, 0};
    y += p.teeth.height + 1;
    // The edged boxes side by side in one band, as tall as a line of large type.
    p.figure_box = EdgedColumn{0, y, kEdgedBoxHeight * k, m.figure_edge};
    p.note_box = EdgedColumn{1, y, kEdgedBoxHeight * k, m.note_edge};
    y += kEdgedBoxHeight * k + 1;
    // The gutter's figure dots, plain and pinned (a quarter larger), side by side.
    p.dot = dot_sprite(0, y, 4.0f * static_cast<float>(k));
    p.pinned_dot = dot_sprite(p.dot.size + 1, y, 5.0f * static_cast<float>(k));
    y += std::max(p.dot.size, p.pinned_dot.size) + 1;
    p.density = PatternBand{y, std::max(density_bins, 0), 1, 0};
    y += p.density.height;
    p.height = y;
    p.rgba.assign(static_cast<std::size_t>(p.width) * static_cast<std::size_t>(p.height) * 4, 0);
    for (int x = 0; x < p.width; ++x) {
        set_texel(p, x, p.solid.y, 255);
        for (int r = 0; r < p.dashes.height; ++r) set_texel(p, x, p.dashes.y + r, x % m.dash_step < m.dash_length ? 255 : 0);
        for (int r = 0; r < p.teeth.height; ++r) set_texel(p, x, p.teeth.y + r, tooth_coverage(x % m.tooth_period, r, m.tooth_period, m.tooth_depth));
    }
    draw_dot_sprite(p, p.dot);
    draw_dot_sprite(p, p.pinned_dot);
    return p;
}

std::uint32_t composite_over(std::uint32_t over, std::uint32_t under) {
    auto channel = [](std::uint32_t c, int i) { return static_cast<double>((c >> (8 * i)) & 0xff) / 255.0; };
    const double ao = channel(over, 3), au = channel(under, 3), a = ao + au * (1.0 - ao);
    if (a <= 0.0) return 0;
    std::uint32_t out = static_cast<std::uint32_t>(std::lround(a * 255.0)) << 24;
    for (int i = 0; i < 3; ++i) {
        const double c = (channel(over, i) * ao + channel(under, i) * au * (1.0 - ao)) / a;
        out |= static_cast<std::uint32_t>(std::lround(c * 255.0)) << (8 * i);
    }
    return out;
}

void paint_edged_boxes(MarkPatterns& p, std::uint32_t figure_fill, std::uint32_t figure_edge, std::uint32_t note_fill,
                       std::uint32_t note_edge) {
    auto paint = [&p](const EdgedColumn& c, std::uint32_t fill, std::uint32_t edge) {
        const std::uint32_t edged = composite_over(edge, fill);
        for (int r = 0; r < c.height; ++r) {
            const std::uint32_t col = r >= c.height - c.edge ? edged : fill;
            std::uint8_t* t = &p.rgba[(static_cast<std::size_t>(c.y + r) * static_cast<std::size_t>(p.width) +
                                       static_cast<std::size_t>(c.x)) * 4];
            for (int i = 0; i < 4; ++i) t[i] = static_cast<std::uint8_t>(col >> (8 * i));
        }
    };
    if (p.figure_box.height > 0) paint(p.figure_box, figure_fill, figure_edge);
    if (p.note_box.height > 0) paint(p.note_box, note_fill, note_edge);
}

void paint_density(MarkPatterns& p, const std::vector<int>& bins, const std::uint32_t colours[], int colour_count,
                   std::uint32_t background) {
    const int rows = std::min(static_cast<int>(bins.size()), p.density.height);
    for (int b = 0; b < rows; ++b) {
        const bool painted = bins[static_cast<std::size_t>(b)] >= 0 && bins[static_cast<std::size_t>(b)] < colour_count;
        const std::uint32_t c = painted ? colours[bins[static_cast<std::size_t>(b)]] : background;
        std::uint8_t* row = &p.rgba[static_cast<std::size_t>(p.density.y + b) * static_cast<std::size_t>(p.width) * 4];
        for (int x = 0; x < p.width; ++x)
            for (int i = 0; i < 4; ++i) row[x * 4 + i] = static_cast<std::uint8_t>(c >> (8 * i));
    }
}

} // namespace gloss
