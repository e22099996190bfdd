// The overlay with a host that gives textures (ABI 1.2): its marks, gutter,
// density strip and legend marks go over one pattern texture it makes, remakes
// and frees; without textures, or when the host cannot make one, it draws
// triangles.
#include <catch2/catch.hpp>

#include "overlay_harness.hpp"
#include "palette.hpp"

using namespace gloss;
using gloss_test::OverlayHarness;
using gloss_test::RecordingTextures;

namespace {

struct Page {
    std::string   text;
    AnnotationSet set;
};

ByteRange range_of(const std::string& text, const std::string& what, std::size_t from = 0) {
    const std::size_t at = text.find(what, from);
    REQUIRE(at != std::string::npos);
    return ByteRange{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + what.size())};
}

// A page with one mark of each drawn kind, then plain lines.
Page marked_page() {
    Page p;
    p.text = "Harbour report\nThe harbour moved 41,200 TEU last spring (, March 3, 2021), as the TEU count shows.\n";
    for (int i = 0; i < 40; ++i) p.text += "Line " + std::to_string(i) + " is plain text without any figure worth a mark.\n";
    Annotation figure;
    figure.id = "f";
    figure.kind = AnnotationKind::Figure;
    figure.range = range_of(p.text, "41,200 TEU");
    figure.edit_figure().value = 41200;
    p.set.items.push_back(figure);
    Annotation check;
    check.id = "c";
    check.kind = AnnotationKind::SourceCheck;
    check.range = range_of(p.text, "(, March 3, 2021)");
    check.edit_check().checks.push_back("missing_source");
    check.edit_check().messages.push_back("No source name");
    p.set.items.push_back(check);
    Annotation term;
    term.id = "d";
    term.kind = AnnotationKind::Definition;
    term.range = range_of(p.text, "TEU count");
    term.edit_definition().term = "TEU";
    p.set.items.push_back(term);
    return p;
}

int page_vertices(const OverlayHarness& h) { return h.page_draw_list()->VtxBuffer.Size; }

// The marked page in an overlay whose host gives (recorded) textures.
struct TexturedPage {
    Page              page = marked_page();
    RecordingTextures textures;
    OverlayHarness    h{page.text, page.set};
    TexturedPage() { h.overlay.set_renderer_textures(&textures); }
};

// The marked page drawn twice, by a host that gives textures and by one that does not.
struct TexturedAndPlain {
    Page              page = marked_page();
    RecordingTextures textures;
    OverlayHarness    with{page.text, page.set}, without{page.text, page.set};
    TexturedAndPlain() {
        with.overlay.set_renderer_textures(&textures);
        with.frames(2);
        without.frames(2);
    }
};

} // namespace

TEST_CASE("Given textures, the page's marks are drawn over one pattern texture the overlay makes once", "[overlay][textures]") {
    TexturedPage t;
    OverlayHarness& h = t.h;
    const RecordingTextures& textures = t.textures;
    h.frames(3);
    REQUIRE(textures.made.size() == 1);
    CHECK(textures.alive() == 1);
    CHECK(h.overlay.textures_held() == 1);
    CHECK(h.page_indices_with(RecordingTextures::id_of(0)) > 0);
    CHECK(textures.made[0].width > 0);
    CHECK(textures.made[0].height > 0);
}

TEST_CASE("Marks over the pattern texture take fewer vertices than the same marks as triangles", "[overlay][textures]") {
    const TexturedAndPlain page;
    CHECK(page_vertices(page.with) < page_vertices(page.without));
    CHECK(page.without.page_indices_with(RecordingTextures::id_of(0)) == 0);
}

TEST_CASE("Hiding a kind remakes the texture without it in the density strip and frees the old one", "[overlay][textures]") {
    TexturedPage t;
    OverlayHarness& h = t.h;
    const RecordingTextures& textures = t.textures;
    h.frames(1);
    REQUIRE(textures.made.size() == 1);
    const ImU32 check_colour = kind_colour(palette_for(false), AnnotationKind::SourceCheck);
    auto shows = [&](const RecordingTextures::Made& m, ImU32 colour) {
        for (std::size_t i = 0; i + 3 < m.rgba.size(); i += 4)
            if (m.rgba[i] == (colour & 0xff) && m.rgba[i + 1] == ((colour >> 8) & 0xff) && m.rgba[i + 2] == ((colour >> 16) & 0xff) &&
                m.rgba[i + 3] == (colour >> 24))
                return true;
        return false;
    };
    CHECK(shows(textures.made[0], check_colour));
    h.overlay.set_kind_shown(AnnotationKind::SourceCheck, false);
    h.frames(1);
    REQUIRE(textures.made.size() == 2);
    CHECK_FALSE(textures.made[0].alive);
    CHECK(textures.made[1].alive);
    CHECK_FALSE(shows(textures.made[1], check_colour));
    h.frames(3);
    CHECK(textures.made.size() == 2);  // nothing changed since: no more textures
    CHECK(textures.bad_destroys == 0);
}

TEST_CASE("The overlay frees its texture when the host takes textures away and when it is destroyed", "[overlay][textures]") {
    const Page p = marked_page();
    RecordingTextures textures;
    {
        OverlayHarness h(p.text, p.set);
        h.overlay.set_renderer_textures(&textures);
        h.frames(1);
        REQUIRE(textures.alive() == 1);
        h.overlay.set_renderer_textures(nullptr);
        CHECK(textures.alive() == 0);
        CHECK(h.overlay.textures_held() == 0);
        h.frames(1);
        CHECK(textures.made.size() == 1);  // no texture without a host that makes them
        h.overlay.set_renderer_textures(&textures);
        h.frames(1);
        REQUIRE(textures.alive() == 1);
    }
    CHECK(textures.alive() == 0);
    CHECK(textures.bad_destroys == 0);
}

TEST_CASE("A host that cannot make a texture gets one warning and marks drawn as triangles", "[overlay][textures]") {
    const Page p = marked_page();
    RecordingTextures textures;
    textures.refuse = true;
    OverlayHarness h(p.text, p.set), plain(p.text, p.set);
    h.overlay.set_renderer_textures(&textures);
    h.frames(5);
    plain.frames(5);
    CHECK(textures.calls == 1);  // not asked again every frame
    REQUIRE(h.host.logs.size() == 1);
    CHECK(h.host.logs[0].find("texture") != std::string::npos);
    CHECK(page_vertices(h) == page_vertices(plain));
}

TEST_CASE("Given textures, a figure's gutter dot is one quad over its sprite, and without them an 8-cornered polygon", "[overlay][textures][gutter]") {
    const TexturedAndPlain page;
    const ImU32 dot_colour = kind_colour(palette_for(false), AnnotationKind::Figure);
    auto gutter_dot_vertices = [&](const OverlayHarness& h) {
        int n = 0;
        for (const ImDrawVert& v : h.page_draw_list()->VtxBuffer)
            if (v.col == dot_colour && v.pos.x < OverlayHarness::kOriginX) ++n;
        return n;
    };
    CHECK(gutter_dot_vertices(page.with) == 4);
    CHECK(gutter_dot_vertices(page.without) == 8);
}
