// Gloss reader — typed coordinates: document space vs screen space.
//
// Document space: pixels of the current layout, origin at the top-left of the
// laid-out column, y down. Screen space: ImGui display pixels. The only way
// between them is a ViewTransform (screen = origin + doc).
#pragma once

namespace gloss_reader {

struct DocPoint   { float x = 0, y = 0; };                  // a point in document space
struct DocRect    { float x0 = 0, y0 = 0, x1 = 0, y1 = 0; }; // a rectangle in document space
struct ScreenPoint{ float x = 0, y = 0; };                  // a point in screen space
struct ScreenRect { float x0 = 0, y0 = 0, x1 = 0, y1 = 0; }; // a rectangle in screen space

// Where document point (0, 0) is on screen.
struct ViewTransform {
    float origin_x = 0, origin_y = 0;
    ScreenPoint to_screen(DocPoint p) const { return {p.x + origin_x, p.y + origin_y}; }
    ScreenRect  to_screen(DocRect r) const  { return {r.x0 + origin_x, r.y0 + origin_y, r.x1 + origin_x, r.y1 + origin_y}; }
    DocPoint    to_doc(ScreenPoint p) const { return {p.x - origin_x, p.y - origin_y}; }
};

} // namespace gloss_reader
