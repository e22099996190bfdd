// Gloss — coordinate spaces of the overlay (no ImGui).
//
// Two spaces, one type each, and one way between them (sioyek's coordinates.h
// habit): document space is the host's layout (pixels at the layout's zoom,
// origin at the top-left of the text column, y down); screen space is ImGui's.
// Only ViewTransform converts: screen = origin + doc * scale.
#pragma once

namespace gloss {

struct DocPoint { float x = 0, y = 0; };
struct ScreenPoint { float x = 0, y = 0; };

struct DocRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool contains(DocPoint p) const { return p.x >= x0 && p.x < x1 && p.y >= y0 && p.y < y1; }
};

struct ScreenRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float width() const { return x1 - x0; }
    float height() const { return y1 - y0; }
    bool contains(ScreenPoint p) const { return p.x >= x0 && p.x < x1 && p.y >= y0 && p.y < y1; }
    bool overlaps(const ScreenRect& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    ScreenRect expanded(float by) const { return {x0 - by, y0 - by, x1 + by, y1 + by}; }
};

// The per-frame document -> screen transform.
struct ViewTransform {
    float origin_x = 0, origin_y = 0; // screen position of document (0, 0)
    float scale = 1;                  // screen pixels per document pixel (> 0)

    ScreenPoint to_screen(DocPoint p) const { return {origin_x + p.x * scale, origin_y + p.y * scale}; }
    ScreenRect to_screen(const DocRect& r) const {
        return {origin_x + r.x0 * scale, origin_y + r.y0 * scale, origin_x + r.x1 * scale, origin_y + r.y1 * scale};
    }
    DocPoint to_doc(ScreenPoint p) const { return {(p.x - origin_x) / scale, (p.y - origin_y) / scale}; }
};

} // namespace gloss
