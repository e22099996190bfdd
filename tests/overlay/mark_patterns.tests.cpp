// The texels of the marks' pattern texture: what a renderer that repeats the
// texture draws under the text, at whole scales.
#include <catch2/catch.hpp>

#include "mark_patterns.hpp"

using namespace gloss;

TEST_CASE("The texture is as wide as a whole number of dash and tooth periods, so every band repeats seamlessly", "[patterns]") {
    const int k = GENERATE(1, 2, 3);
    CAPTURE(k);
    const MarkPatterns p = make_mark_patterns(k, 16);
    const MarkSizes m = mark_sizes(static_cast<float>(k));
    CHECK(p.scale == k);
    CHECK(p.width % m.dash_step == 0);
    CHECK(p.width % m.tooth_period == 0);
    CHECK(p.rgba.size() == static_cast<std::size_t>(p.width) * static_cast<std::size_t>(p.height) * 4);
}

TEST_CASE("The dash band is 4k texels on and 3k off, 2k rows deep, across the whole width", "[patterns]") {
    const int k = GENERATE(1, 2, 3);
    CAPTURE(k);
    const MarkPatterns p = make_mark_patterns(k, 0);
    REQUIRE(p.dashes.height == 2 * k);
    REQUIRE(p.dashes.period == 7 * k);
    REQUIRE(p.dashes.length == 4 * k);
    for (int y = p.dashes.y; y < p.dashes.y + p.dashes.height; ++y)
        for (int x = 0; x < p.width; ++x) {
            CAPTURE(x, y);
            CHECK(texel_alpha(p, x, y) == (x % (7 * k) < 4 * k ? 255 : 0));
        }
}

TEST_CASE("The teeth band is a row of teeth pointing down: solid on top, narrowing, symmetric", "[patterns]") {
    const int k = GENERATE(1, 2);
    CAPTURE(k);
    const MarkPatterns p = make_mark_patterns(k, 0);
    const int period = p.teeth.period;
    REQUIRE(period == 6 * k);
    int previous_cover = 1 << 30;
    for (int r = 0; r < p.teeth.height; ++r) {
        int cover = 0;
        for (int x = 0; x < period; ++x) {
            CAPTURE(r, x);
            const int a = texel_alpha(p, x, p.teeth.y + r);
            CHECK(a == texel_alpha(p, period - 1 - x, p.teeth.y + r));   // symmetric about the tooth's middle
            CHECK(a == texel_alpha(p, x + period, p.teeth.y + r));       // the next tooth is the same
            cover += a;
        }
        CHECK(cover < previous_cover);  // narrower the deeper
        previous_cover = cover;
    }
    for (int x = 1; x < period - 1; ++x) CHECK(texel_alpha(p, x, p.teeth.y) == 255);  // the top edge is solid
    CHECK(texel_alpha(p, period / 2, p.teeth.y + p.teeth.height - 1) > 0);               // the point reaches the last row
}

TEST_CASE("Bands are separated by transparent rows, so none bleeds into another", "[patterns]") {
    const MarkPatterns p = make_mark_patterns(1, 8);
    for (const PatternBand* b : {&p.solid, &p.dashes, &p.teeth}) {
        CAPTURE(b->y);
        for (int x = 0; x < p.width; ++x) CHECK(texel_alpha(p, x, b->y - 1) == 0);
    }
    CHECK(p.solid.y + p.solid.height < p.dashes.y);
    CHECK(p.dashes.y + p.dashes.height < p.teeth.y);
    CHECK(p.teeth.y + p.teeth.height < p.figure_box.y);
    CHECK(p.figure_box.y + p.figure_box.height < p.density.y);
    CHECK(p.note_box.y == p.figure_box.y);
    CHECK(p.note_box.x != p.figure_box.x);
    CHECK(p.density.y + p.density.height == p.height);
    for (int x = 0; x < p.width; ++x) CHECK(texel_alpha(p, x, p.solid.y) == 255);
}

TEST_CASE("Density rows take their bin's colour, and the strip's background where no kind is shown", "[patterns]") {
    MarkPatterns p = make_mark_patterns(1, 4);
    const std::uint32_t colours[2] = {0x80c06020u, 0xff102030u};  // packed as IM_COL32: red in the low byte
    paint_density(p, {-1, 0, 1, 7}, colours, 2, 0x12000000u);
    auto texel = [&](int x, int row, int channel) {
        return p.rgba[(static_cast<std::size_t>(p.density.y + row) * static_cast<std::size_t>(p.width) + static_cast<std::size_t>(x)) * 4 +
                      static_cast<std::size_t>(channel)];
    };
    for (int x : {0, p.width - 1}) {
        CHECK(texel(x, 0, 3) == 0x12);  // no kind: the background
        CHECK(texel(x, 0, 0) == 0);
        CHECK(texel(x, 1, 0) == 0x20);
        CHECK(texel(x, 1, 1) == 0x60);
        CHECK(texel(x, 1, 2) == 0xc0);
        CHECK(texel(x, 1, 3) == 0x80);
        CHECK(texel(x, 2, 0) == 0x30);
        CHECK(texel(x, 2, 3) == 0xff);
        CHECK(texel(x, 3, 3) == 0x12);  // a colour index out of range paints the background
    }
}

TEST_CASE("An edged column is its fill above and its edge over the fill in the last 1k (figure) or 2k (note) rows", "[patterns]") {
    const int k = GENERATE(1, 2);
    CAPTURE(k);
    MarkPatterns p = make_mark_patterns(k, 4);
    const std::uint32_t figure_fill = 0x2edc6e28u, figure_edge = 0x96dc6e28u, note_fill = 0x4614bef5u, note_edge = 0xff0096c8u;
    paint_edged_boxes(p, figure_fill, figure_edge, note_fill, note_edge);
    auto texel = [&](int x, int y) {
        const std::uint8_t* t = &p.rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(p.width) + static_cast<std::size_t>(x)) * 4];
        return static_cast<std::uint32_t>(t[0] | t[1] << 8 | t[2] << 16) | static_cast<std::uint32_t>(t[3]) << 24;
    };
    for (const EdgedColumn* c : {&p.figure_box, &p.note_box}) {
        const bool figure = c == &p.figure_box;
        CAPTURE(figure);
        CHECK(c->edge == (figure ? 1 : 2) * k);
        CHECK(c->height >= 48 * k);  // a line box of large type
        const int last = c->y + c->height - 1;
        for (int r = 0; r < c->edge; ++r) CHECK(texel(c->x, last - r) == composite_over(figure ? figure_edge : note_edge, figure ? figure_fill : note_fill));
        CHECK(texel(c->x, last - c->edge) == (figure ? figure_fill : note_fill));
        CHECK(texel(c->x, c->y) == (figure ? figure_fill : note_fill));
    }
}

TEST_CASE("An edge composited over its fill is what the blender makes of one drawn over the other", "[patterns]") {
    auto [over, under, expected] = GENERATE(table<std::uint32_t, std::uint32_t, std::uint32_t>({
        {0xff0096c8u, 0x4614bef5u, 0xff0096c8u},  // an opaque edge hides the fill
        {0x00123456u, 0x80c06020u, 0x80c06020u},  // a transparent one leaves it
        {0x96dc6e28u, 0x2edc6e28u, 0xa9dc6e28u},  // one colour: alpha 150 + 46 * (1 - 150/255) = 169
        {0x800000ffu, 0x80ff0000u, 0xc05500aau},  // half red over half blue: 2/3 red, 1/3 blue, alpha 3/4
    }));
    CAPTURE(over, under);
    CHECK(composite_over(over, under) == expected);
}
