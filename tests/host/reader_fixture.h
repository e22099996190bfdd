// Headless reader fixture: an ImGui context with the DejaVu atlas built (no
// renderer, no window), the demo article loaded, and layouts on demand.
#pragma once
#include "document.h"
#include "fonts.h"
#include "layout.h"

#include <imgui.h>
#include <catch2/catch.hpp>

#include <string>

namespace gloss_reader_test {

inline std::string demo_article_path() {
    return std::string(GLOSS_SOURCE_DIR) + "/assets/articles/edm-belarus-transit-2024.txt";
}

class HeadlessReader {
public:
    explicit HeadlessReader(gloss_reader::Document doc) : doc_(std::move(doc)) {
        ctx_ = ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;
        std::string error;
        REQUIRE(gloss_reader::find_reading_fonts(&files_, &error));
        glyphs_.add_text(doc_.text);
    }
    ~HeadlessReader() { ImGui::DestroyContext(ctx_); }
    HeadlessReader(const HeadlessReader&) = delete;
    HeadlessReader& operator=(const HeadlessReader&) = delete;

    // Bake the fonts at `body_px` (what a zoom does).
    void bake(float body_px) {
        std::string error;
        REQUIRE(gloss_reader::build_font_atlas(ImGui::GetIO().Fonts, files_, glyphs_, body_px, &fonts_, &error));
    }
    // Lay out for a window that leaves `max_width` for the column.
    const gloss_reader::Layout& layout(float max_width) {
        gloss_reader::LayoutParams p;
        p.max_width = max_width;
        layout_ = gloss_reader::layout_document(doc_, fonts_, p);
        return layout_;
    }
    const gloss_reader::Document& doc() const { return doc_; }
    const gloss_reader::FontSet& fonts() const { return fonts_; }
    const gloss_reader::Layout& current() const { return layout_; }

    static gloss_reader::Document load_demo() {
        gloss_reader::Document d;
        std::string error;
        REQUIRE(gloss_reader::load_document(demo_article_path(), {}, &d, &error));
        return d;
    }

private:
    ImGuiContext* ctx_ = nullptr;
    gloss_reader::Document doc_;
    gloss_reader::FontFiles files_;
    gloss_reader::GlyphSet glyphs_;
    gloss_reader::FontSet fonts_;
    gloss_reader::Layout layout_;
};

// A word: a maximal run of bytes that are not ASCII blanks.
struct Word { std::uint32_t begin, end; };

inline std::vector<Word> words_of(const std::string& t) {
    std::vector<Word> out;
    std::size_t i = 0;
    auto blank = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
    while (i < t.size()) {
        while (i < t.size() && blank(t[i])) ++i;
        const std::size_t b = i;
        while (i < t.size() && !blank(t[i])) ++i;
        if (i > b) out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(i)});
    }
    return out;
}

} // namespace gloss_reader_test
