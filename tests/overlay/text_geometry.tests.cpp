// The geometry core: range -> rectangles, point -> offset, layout validation.
#include <catch2/catch.hpp>

#include "text_geometry.hpp"

using gloss::ByteRange;
using gloss::DocPoint;
using gloss::DocRect;
using gloss::TextGeometry;
using gloss::TextLine;

namespace {

// "héllo world\nsecond line": line 0 = "héllo " (bytes 0..7), line 1 = "world" (7..12),
// line 2 = "second line" (13..24). Each code point is 10 px; lines 20 px apart.
const std::string kText = "h\xC3\xA9llo world\nsecond line";

TextGeometry make_geometry() {
    std::vector<TextLine> lines;
    std::vector<float> carets;
    auto line = [&](std::uint32_t b, std::uint32_t e, int cps, float y) {
        TextLine l;
        l.begin = b;
        l.end = e;
        l.first_caret = static_cast<std::uint32_t>(carets.size());
        for (int k = 0; k <= cps; ++k) carets.push_back(10.0f * k);
        l.caret_count = static_cast<std::uint32_t>(cps + 1);
        l.box = DocRect{0, y, 10.0f * cps, y + 20};
        l.baseline = y + 15;
        lines.push_back(l);
    };
    line(0, 7, 6, 0);    // "héllo "
    line(7, 12, 5, 20);  // "world"
    line(13, 24, 11, 40); // "second line"
    TextGeometry g;
    std::string error;
    REQUIRE(g.assign(kText, lines, carets, 110, 60, &error));
    return g;
}

} // namespace

TEST_CASE("A range inside one line gives one rectangle between its carets", "[geometry]") {
    const TextGeometry g = make_geometry();
    DocRect r[4];
    REQUIRE(g.range_to_rects(ByteRange{3, 5}, r, 4) == 1); // "ll" after the two-byte é
    CHECK(r[0].x0 == Approx(20));
    CHECK(r[0].x1 == Approx(40));
    CHECK(r[0].y0 == Approx(0));
    CHECK(r[0].y1 == Approx(20));
}

TEST_CASE("A range across lines gives one rectangle per line fragment", "[geometry]") {
    const TextGeometry g = make_geometry();
    DocRect r[4];
    float base[4];
    REQUIRE(g.range_to_rects(ByteRange{4, 20}, r, 4, base) == 3);
    CHECK(r[0].x0 == Approx(30));
    CHECK(r[0].x1 == Approx(60));
    CHECK(r[1].x0 == Approx(0));
    CHECK(r[1].x1 == Approx(50));
    CHECK(r[2].x1 == Approx(70)); // "second " = 7 code points
    CHECK(base[2] == Approx(55));
}

TEST_CASE("range_to_rects reports the full count even when the output array is small", "[geometry]") {
    const TextGeometry g = make_geometry();
    DocRect r[1];
    CHECK(g.range_to_rects(ByteRange{0, 24}, r, 1) == 3);
    CHECK(g.range_to_rects(ByteRange{0, 24}, nullptr, 0) == 3);
    CHECK(g.range_to_rects(ByteRange{5, 5}, r, 1) == 0);
}

TEST_CASE("A point maps to the byte offset of the code point under it", "[geometry]") {
    auto [x, y, expected] = GENERATE(table<float, float, long>({
        {0.5f, 5, 0},    // 'h'
        {15, 5, 1},      // 'é' starts at byte 1
        {25, 5, 3},      // first 'l' after the two-byte é
        {49.9f, 19.9f, 5},
        {5, 25, 7},      // 'w' of "world"
        {105, 45, 23},   // last 'e'
        {115, 45, -1},   // right of the text
        {5, 65, -1},     // below the last line
        {-1, 5, -1},     // left of the text
    }));
    CAPTURE(x, y);
    const TextGeometry g = make_geometry();
    const auto off = g.offset_at(DocPoint{x, y});
    if (expected < 0) CHECK_FALSE(off.has_value());
    else {
        REQUIRE(off.has_value());
        CHECK(*off == static_cast<std::uint32_t>(expected));
    }
}

TEST_CASE("Lines are found by offset and by y, with gaps between lines reported", "[geometry]") {
    const TextGeometry g = make_geometry();
    CHECK(g.line_of_offset(0) == 0);
    CHECK(g.line_of_offset(8) == 1);
    CHECK(g.line_of_offset(12) == -1); // the newline is on no line
    CHECK(g.line_of_offset(13) == 2);
    CHECK(g.line_at_or_after(12) == 2);
    CHECK(g.line_at_y(25) == 1);
    CHECK(g.line_at_y(70) == -1);
    int first = 0, last = 0;
    g.lines_in_y(25, 45, &first, &last);
    CHECK(first == 1);
    CHECK(last == 3);
}

TEST_CASE("An inconsistent layout is refused with a reason and the previous layout is kept", "[geometry]") {
    auto [what, begin, end, carets, reason] = GENERATE(table<std::string, std::uint32_t, std::uint32_t, std::uint32_t, std::string>({
        {"past the end", 0, 99, 1, "outside the text"},
        {"inside é", 2, 4, 3, "splits a UTF-8"},
        {"wrong caret count", 0, 7, 5, "caret count"},
        {"caret span too long", 0, 7, 99, "caret span"},
    }));
    CAPTURE(what);
    TextGeometry g = make_geometry();
    std::vector<TextLine> lines(1);
    lines[0].begin = begin;
    lines[0].end = end;
    lines[0].caret_count = carets;
    lines[0].box = DocRect{0, 0, 10, 20};
    std::string error;
    CHECK_FALSE(g.assign(kText, lines, std::vector<float>(10, 0.0f), 10, 20, &error));
    CHECK_THAT(error, Catch::Contains(reason));
    CHECK(g.lines().size() == 3);
}
