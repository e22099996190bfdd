// Reader layout on the demo article, without a window: geometry queries,
// measure, reading position across zoom and resize, long words, huge texts.
#include "reader_fixture.h"

#include "gloss/utf8.hpp"

#include <algorithm>
#include <cmath>

using namespace gloss_reader;
using gloss_reader_test::HeadlessReader;
using gloss_reader_test::words_of;

namespace {

constexpr float kEps = 0.01f;

// The column widths a reader window can leave: narrow phone-like to wide desktop.
const float kWidths[] = {260.0f, 420.0f, 640.0f, 900.0f, 2000.0f};

std::size_t code_points(const std::string& t, std::uint32_t b, std::uint32_t e) {
    std::size_t n = 0;
    for (std::size_t p = b; p < e; ++n) gloss::utf8_next(t, &p);
    return n;
}

} // namespace

TEST_CASE("every word of the demo article maps to rectangles inside the column", "[host][layout]") {
    HeadlessReader r(HeadlessReader::load_demo());
    r.bake(18.0f);
    const float width = GENERATE(from_range(std::begin(kWidths), std::end(kWidths)));
    const Layout& L = r.layout(width);
    CAPTURE(width, L.measure);
    for (const auto& w : words_of(r.doc().text)) {
        const auto rects = rects_of_range(L, r.doc().text, w.begin, w.end);
        CAPTURE(r.doc().text.substr(w.begin, w.end - w.begin));
        REQUIRE(!rects.empty());
        for (const DocRect& rc : rects) {
            REQUIRE(rc.x0 >= -kEps);
            REQUIRE(rc.x1 <= L.measure + kEps);
            REQUIRE(rc.x1 > rc.x0);
            REQUIRE(rc.y0 >= 0);
            REQUIRE(rc.y1 <= L.host.content_height + kEps);
        }
    }
}

TEST_CASE("offset_at the centre of a word's rectangle lands inside that word", "[host][layout]") {
    HeadlessReader r(HeadlessReader::load_demo());
    r.bake(18.0f);
    const float width = GENERATE(from_range(std::begin(kWidths), std::end(kWidths)));
    const Layout& L = r.layout(width);
    for (const auto& w : words_of(r.doc().text)) {
        const auto rects = rects_of_range(L, r.doc().text, w.begin, w.end);
        REQUIRE(!rects.empty());
        for (const DocRect& rc : rects) {
            const std::uint32_t at = offset_at(L, r.doc().text, {(rc.x0 + rc.x1) * 0.5f, (rc.y0 + rc.y1) * 0.5f});
            CAPTURE(width, r.doc().text.substr(w.begin, w.end - w.begin), at);
            REQUIRE(at >= w.begin);
            REQUIRE(at < w.end);
        }
    }
}

TEST_CASE("no line is wider than the measure", "[host][layout]") {
    HeadlessReader r(HeadlessReader::load_demo());
    const float px = GENERATE(14.0f, 18.0f, 27.0f);
    r.bake(px);
    const float width = GENERATE(from_range(std::begin(kWidths), std::end(kWidths)));
    const Layout& L = r.layout(width);
    CAPTURE(px, width, L.measure);
    REQUIRE(L.measure <= std::max(width, 4 * px) + kEps);
    for (const HostLine& l : L.host.lines) {
        REQUIRE(l.x0 >= -kEps);
        REQUIRE(l.x1 <= L.measure + kEps);
    }
}

TEST_CASE("a wide window gets a comfortable measure of 60 to 75 characters", "[host][layout]") {
    HeadlessReader r(HeadlessReader::load_demo());
    r.bake(18.0f);
    const Layout& L = r.layout(2000.0f);
    // Full body lines (not the last line of a paragraph) of running text.
    std::size_t chars = 0, lines = 0;
    for (std::size_t i = 0; i + 1 < L.host.lines.size(); ++i) {
        if (L.style[i].kind != static_cast<std::uint8_t>(BlockKind::Paragraph)) continue;
        if (L.style[i + 1].block != L.style[i].block) continue;
        chars += code_points(r.doc().text, L.host.lines[i].begin, L.host.lines[i].end);
        ++lines;
    }
    REQUIRE(lines > 20);
    const double avg = double(chars) / double(lines);
    CAPTURE(avg);
    REQUIRE(avg >= 58.0);
    REQUIRE(avg <= 75.0);
}

TEST_CASE("the host layout has one caret per code-point boundary, in order", "[host][layout]") {
    HeadlessReader r(HeadlessReader::load_demo());
    r.bake(18.0f);
    const Layout& L = r.layout(640.0f);
    REQUIRE(L.host.content_width == L.measure);
    std::uint32_t prev_end = 0;
    float prev_y1 = 0;
    std::size_t carets = 0;
    for (const HostLine& l : L.host.lines) {
        REQUIRE(l.begin >= prev_end);
        REQUIRE(l.end > l.begin);
        REQUIRE(l.y0 >= prev_y1);
        REQUIRE(l.baseline > l.y0);
        REQUIRE(l.baseline < l.y1);
        REQUIRE(l.first_caret == carets);
        REQUIRE(l.caret_count == code_points(r.doc().text, l.begin, l.end) + 1);
        for (std::uint32_t k = 1; k < l.caret_count; ++k)
            REQUIRE(L.host.caret_x[l.first_caret + k] >= L.host.caret_x[l.first_caret + k - 1]);
        carets += l.caret_count;
        prev_end = l.end;
        prev_y1 = l.y1;
    }
    REQUIRE(L.host.caret_x.size() == carets);
}

TEST_CASE("a range that wraps gives one rectangle per line", "[host][layout]") {
    HeadlessReader r(HeadlessReader::load_demo());
    r.bake(18.0f);
    const Layout& L = r.layout(420.0f);
    // The third and fourth lines of the first long paragraph, in full.
    std::size_t i = 0;
    while (L.style[i].kind != static_cast<std::uint8_t>(BlockKind::Paragraph)) ++i;
    const HostLine& a = L.host.lines[i + 2];
    const HostLine& b = L.host.lines[i + 3];
    const auto rects = rects_of_range(L, r.doc().text, a.begin + 2, b.end - 2);
    REQUIRE(rects.size() == 2);
    REQUIRE(rects[0].y0 == a.y0);
    REQUIRE(rects[1].y0 == b.y0);
    REQUIRE(rects[0].x1 == Approx(a.x1));
    REQUIRE(rects[1].x0 == Approx(b.x0));
}

TEST_CASE("offset_at in the gap between paragraphs picks the nearer line", "[host][layout]") {
    HeadlessReader r(HeadlessReader::load_demo());
    r.bake(18.0f);
    const Layout& L = r.layout(640.0f);
    for (std::size_t i = 0; i + 1 < L.host.lines.size(); ++i) {
        const HostLine& a = L.host.lines[i];
        const HostLine& b = L.host.lines[i + 1];
        if (b.y0 - a.y1 < 4) continue;
        const std::uint32_t above = offset_at(L, r.doc().text, {a.x0 + 1, a.y1 + 1});
        const std::uint32_t below = offset_at(L, r.doc().text, {b.x0 + 1, b.y0 - 1});
        REQUIRE(above >= a.begin);
        REQUIRE(above < a.end);
        REQUIRE(below >= b.begin);
        REQUIRE(below < b.end);
    }
}

TEST_CASE("the demo article is structured as title, byline, heading, bullets and paragraphs", "[host][layout]") {
    const Document d = HeadlessReader::load_demo();
    REQUIRE(d.blocks.size() >= 10);
    CHECK(d.blocks[0].kind == BlockKind::Title);
    CHECK(d.blocks[1].kind == BlockKind::Byline);
    CHECK(d.blocks[2].kind == BlockKind::Caption);
    CHECK(d.blocks[3].kind == BlockKind::Heading);
    for (int i = 4; i < 7; ++i) {
        CHECK(d.blocks[i].kind == BlockKind::Bullet);
        CHECK(d.text.compare(d.blocks[i].begin, 3, "\xE2\x80\xA2") == 0);
    }
    for (std::size_t i = 7; i < d.blocks.size(); ++i) CHECK(d.blocks[i].kind == BlockKind::Paragraph);
    CHECK(d.meta.publication == "Eurasia Daily Monitor, Volume 21, Issue 84");
    CHECK(d.meta.date == "2024-06-04");
}

TEST_CASE("every character of the demo article has a glyph in its font", "[host][layout]") {
    HeadlessReader r(HeadlessReader::load_demo());
    r.bake(18.0f);
    const std::string& t = r.doc().text;
    for (int role = 0; role < FontRoleCount; ++role) {
        const ImFont* f = r.fonts().font[role];
        for (std::size_t p = 0; p < t.size();) {
            const char32_t cp = gloss::utf8_next(t, &p);
            if (cp < 0x20) continue;
            CAPTURE(role, std::uint32_t(cp));
            REQUIRE(f->FindGlyphNoFallback(static_cast<ImWchar>(cp)) != nullptr);
        }
    }
}

TEST_CASE("glyphs of Cyrillic and typographic punctuation are baked when the text uses them", "[host][layout]") {
    Document d;
    std::string error;
    REQUIRE(document_from_text("Лукашенко \xE2\x80\x94 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\xA6 \xE2\x84\x96 5", "x.txt", {}, &d, &error));
    HeadlessReader r(std::move(d));
    r.bake(18.0f);
    for (ImWchar c : {ImWchar(0x041B), ImWchar(0x0448), ImWchar(0x2014), ImWchar(0x201C), ImWchar(0x2026), ImWchar(0x2116)})
        REQUIRE(r.fonts().font[FontBody]->FindGlyphNoFallback(c) != nullptr);
}

TEST_CASE("the symbols the overlay's cards use are baked even when the text has none", "[host][layout]") {
    HeadlessReader r(HeadlessReader::load_demo());
    r.bake(18.0f);
    // → − ≈ ≤ ≥ ▲ ◆ ● ⚠ ÷ × ¶ ·
    for (ImWchar c : {ImWchar(0x2192), ImWchar(0x2212), ImWchar(0x2248), ImWchar(0x2264), ImWchar(0x2265),
                      ImWchar(0x25B2), ImWchar(0x25C6), ImWchar(0x25CF), ImWchar(0x26A0), ImWchar(0x00F7),
                      ImWchar(0x00D7), ImWchar(0x00B6), ImWchar(0x00B7)}) {
        CAPTURE(int(c));
        REQUIRE(r.fonts().font[FontUi]->FindGlyphNoFallback(c) != nullptr);
    }
}

TEST_CASE("zoom keeps the first visible paragraph", "[host][layout]") {
    HeadlessReader r(HeadlessReader::load_demo());
    r.bake(18.0f);
    const Layout& before = r.layout(640.0f);
    const std::size_t line = GENERATE(0u, 9u, 31u, 57u, 80u);
    REQUIRE(line < before.host.lines.size());
    const float scroll = before.host.lines[line].y0 + 7.0f;
    const std::uint32_t block = before.style[before.first_line_below(scroll)].block;
    const ReadingAnchor anchor = anchor_at(before, scroll);
    const float px = GENERATE(13.0f, 24.0f, 40.0f);
    r.bake(px);
    const Layout& after = r.layout(640.0f);
    const float restored = scroll_for_anchor(after, anchor);
    CAPTURE(line, px);
    REQUIRE(after.style[after.first_line_below(restored)].block == block);
}

TEST_CASE("resizing keeps the first visible paragraph", "[host][layout]") {
    HeadlessReader r(HeadlessReader::load_demo());
    r.bake(18.0f);
    const float from = GENERATE(900.0f, 300.0f);
    const Layout before = r.layout(from);
    const std::size_t line = GENERATE(5u, 40u, 70u);
    REQUIRE(line < before.host.lines.size());
    const float scroll = before.host.lines[line].y0 + 3.0f;
    const std::uint32_t block = before.style[before.first_line_below(scroll)].block;
    const ReadingAnchor anchor = anchor_at(before, scroll);
    const float to = GENERATE(260.0f, 500.0f, 2000.0f);
    const Layout& after = r.layout(to);
    CAPTURE(from, to, line);
    REQUIRE(after.style[after.first_line_below(scroll_for_anchor(after, anchor))].block == block);
    // And the very byte at the top of the view is on the restored line.
    const HostLine& l = after.host.lines[after.first_line_below(scroll_for_anchor(after, anchor))];
    REQUIRE(anchor.offset >= l.begin);
    REQUIRE(anchor.offset <= l.end);
}

TEST_CASE("long words and URLs break instead of overflowing", "[host][layout]") {
    Document d;
    std::string error;
    const std::string url = "https://www.example.org/a/very/long/path/segment-with-words/and-more/index.html?query=value&other=thing";
    const std::string word(300, 'x');
    REQUIRE(document_from_text("See " + url + " and " + word + " here.", "x.txt", {}, &d, &error));
    HeadlessReader r(std::move(d));
    r.bake(18.0f);
    const Layout& L = r.layout(300.0f);
    REQUIRE(L.host.lines.size() >= 8);
    for (const HostLine& l : L.host.lines) REQUIRE(l.x1 <= L.measure + kEps);
    // The URL breaks after a slash or hyphen, not in the middle of a segment.
    const std::string& t = r.doc().text;
    const HostLine& first_url_line = L.host.lines[0];
    const char last = t[first_url_line.end - 1];
    CHECK((last == '/' || last == '-' || last == '?' || last == '&'));
    // Never right after the scheme's "//".
    for (const HostLine& l : L.host.lines) REQUIRE_FALSE((l.end - l.begin >= 2 && t.compare(l.end - 2, 2, "//") == 0));
    // All of the text is on some line, nothing lost.
    std::size_t covered = 0;
    for (const HostLine& l : L.host.lines) covered += l.end - l.begin;
    REQUIRE(covered >= t.size() - 10);
}

TEST_CASE("a line breaks at a blank rather than inside a word when it stays well filled", "[host][layout]") {
    Document d;
    std::string error;
    REQUIRE(document_from_text("Several ordinary words come first and then a long-winded east-west compound and "
                               "https://example.org/some/path/here follows.", "x.txt", {}, &d, &error));
    HeadlessReader r(std::move(d));
    r.bake(18.0f);
    const float width = GENERATE(220.0f, 260.0f, 300.0f, 340.0f, 380.0f, 420.0f);
    const Layout& L = r.layout(width);
    const std::string& t = r.doc().text;
    for (std::size_t i = 0; i + 1 < L.host.lines.size(); ++i) {
        const HostLine& l = L.host.lines[i];
        const char last = t[l.end - 1];
        if (last == '-' || last == '/') {
            // A break inside a word: the blank before it would have left the line less than 70% full.
            const std::size_t blank = t.rfind(' ', l.end - 1);
            if (blank == std::string::npos || blank < l.begin) continue; // no blank on the line at all
            CAPTURE(width, t.substr(l.begin, l.end - l.begin));
            REQUIRE(caret_x_at(L, t, i, static_cast<std::uint32_t>(blank)) < 0.7f * L.measure + kEps);
        }
    }
}

TEST_CASE("a 20 MB single paragraph opens, wraps and scrolls", "[host][layout][huge]") {
    std::string text;
    text.reserve(20u << 20);
    static const char* const words[] = {"reading ", "surface ", "transit ", "Belarus\xE2\x80\x99s ", "1,559 ",
                                        "prisoners ", "\xE2\x80\x94 ", "the ", "of ", "https://example.org/x/y/z "};
    for (std::size_t i = 0; text.size() < (20u << 20); ++i) text += words[(i * 7 + i / 3) % 10];
    Document d;
    std::string error;
    REQUIRE(document_from_text(std::move(text), "huge.txt", {}, &d, &error));
    REQUIRE(d.blocks.size() == 1);
    HeadlessReader r(std::move(d));
    r.bake(18.0f);
    const Layout& L = r.layout(640.0f);
    const std::string& t = r.doc().text;
    REQUIRE(L.host.lines.size() > 200000);
    REQUIRE(L.host.lines.back().end >= t.size() - 30);
    // Scroll to the end and hit-test there.
    const HostLine& last = L.host.lines.back();
    const std::size_t at_end = L.first_line_below(L.host.content_height - 1);
    REQUIRE(at_end == L.host.lines.size() - 1);
    const std::uint32_t off = offset_at(L, t, {last.x0 + 2, (last.y0 + last.y1) * 0.5f});
    REQUIRE(off >= last.begin);
    REQUIRE(off < last.end);
    const std::size_t mid = L.host.lines.size() / 2;
    const auto rects = rects_of_range(L, t, L.host.lines[mid].begin, L.host.lines[mid + 1].end);
    REQUIRE(rects.size() == 2);
    for (const HostLine& l : L.host.lines) REQUIRE(l.x1 <= L.measure + kEps);
}
