// Reader documents: loading, bad input, metadata and block structure.
#include "document.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace gloss_reader;

namespace {

std::string temp_file(const std::string& name, const std::string& bytes) {
    const std::string path = std::string("gloss-host-doc-") + std::to_string(::getpid()) + "-" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

} // namespace

TEST_CASE("bad documents are refused with a one-line message naming the problem", "[host][document]") {
    using Row = std::tuple<std::string, std::string, std::string>;
    const auto row = GENERATE(table<std::string, std::string, std::string>({
        Row{"empty.txt", "", "is empty"},
        Row{"blank.txt", " \n\n\t \r\n", "is empty"},
        Row{"bad.txt", "ok\xC3(", "offset 2"},
        Row{"overlong.txt", "abc\xC0\xAF", "offset 3"},
        Row{"surrogate.txt", "\xED\xA0\x80", "offset 0"},
        Row{"truncated.txt", "text \xE2\x80", "offset 5"},
    }));
    const std::string path = temp_file(std::get<0>(row), std::get<1>(row));
    Document d;
    std::string error;
    CAPTURE(std::get<0>(row));
    REQUIRE_FALSE(load_document(path, {}, &d, &error));
    CHECK(error.find(std::get<2>(row)) != std::string::npos);
    CHECK(error.find('\n') == std::string::npos);
    CHECK(error.find(path) != std::string::npos);
    std::remove(path.c_str());
}

TEST_CASE("a missing file or a directory is refused, never read", "[host][document]") {
    Document d;
    std::string error;
    REQUIRE_FALSE(load_document("no-such-file-here.txt", {}, &d, &error));
    CHECK(error.find("No such file") != std::string::npos);
    REQUIRE_FALSE(load_document(".", {}, &d, &error));
    CHECK(error.find("directory") != std::string::npos);
}

TEST_CASE("invalid UTF-8 can be shown with visible replacement characters", "[host][document]") {
    Document d;
    std::string error;
    LoadOptions o;
    o.replace_invalid = true;
    REQUIRE(document_from_text("caf\xE9 and \xFF\xFE", "x.txt", o, &d, &error));
    CHECK(d.text == "caf\xEF\xBF\xBD and \xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(d.replaced == 3);
    REQUIRE(d.warnings.size() == 1);
    CHECK(d.warnings[0].find("offset 3") != std::string::npos);
}

TEST_CASE("a byte-order mark is dropped and CRLF text keeps its paragraphs", "[host][document]") {
    Document d;
    std::string error;
    REQUIRE(document_from_text("\xEF\xBB\xBFTitle here\r\n\r\nFirst line\r\nsame paragraph.\r\n\r\nSecond.\r\n", "x.txt",
                               {}, &d, &error));
    CHECK(d.text.compare(0, 5, "Title") == 0);
    REQUIRE(d.blocks.size() == 3);
    CHECK(d.blocks[0].kind == BlockKind::Title);
    CHECK(d.text.substr(d.blocks[1].begin, d.blocks[1].end - d.blocks[1].begin) == "First line\r\nsame paragraph.");
    CHECK(d.blocks[2].kind == BlockKind::Paragraph);
}

TEST_CASE("blocks are classified by shape, not by content", "[host][document]") {
    using Row = std::tuple<std::string, BlockKind>;
    const auto row = GENERATE(table<std::string, BlockKind>({
        Row{"Key Findings:", BlockKind::Heading},
        Row{"(Photo: Reuters)", BlockKind::Caption},
        Row{"\xE2\x80\xA2 an item", BlockKind::Bullet},
        Row{"  - a dash item", BlockKind::Bullet},
        Row{"* a star item", BlockKind::Bullet},
        Row{"A sentence that ends with a period.", BlockKind::Paragraph},
        Row{"-5 degrees is not a bullet.", BlockKind::Paragraph},
    }));
    const std::string text = "Some Title\n\nBy A. Writer\n\n" + std::get<0>(row) + "\n\nClosing paragraph.";
    const auto blocks = split_blocks(text);
    REQUIRE(blocks.size() == 4);
    CHECK(blocks[0].kind == BlockKind::Title);
    CHECK(blocks[1].kind == BlockKind::Byline);
    CAPTURE(std::get<0>(row));
    CHECK(blocks[2].kind == std::get<1>(row));
}

TEST_CASE("a bullet's words start after its marker", "[host][document]") {
    const std::string text = "Intro paragraph.\n\n  \xE2\x80\xA2  First item\n  \xE2\x80\xA2 Second item\n";
    const auto blocks = split_blocks(text);
    REQUIRE(blocks.size() == 3);
    CHECK(text.substr(blocks[1].begin, 3) == "\xE2\x80\xA2");
    CHECK(text.substr(blocks[1].content_begin, blocks[1].end - blocks[1].content_begin) == "First item");
    CHECK(text.substr(blocks[2].content_begin, blocks[2].end - blocks[2].content_begin) == "Second item");
}

TEST_CASE("metadata comes from the file beside the text, and a broken one is only a warning", "[host][document]") {
    const std::string path = temp_file("meta.txt", "A Title\n\nBody text.\n");
    const std::string meta = meta_path_for(path);
    CHECK(meta.size() > 10);
    CHECK(meta.compare(meta.size() - 10, 10, ".meta.json") == 0);
    Document d;
    std::string error;
    {
        std::ofstream(meta) << R"({"title": "Real title", "publication": "Weekly", "date": "2024-01-02"})";
        REQUIRE(load_document(path, {}, &d, &error));
        CHECK(d.meta.title == "Real title");
        CHECK(d.meta.date == "2024-01-02");
        CHECK(d.meta_json.find("\"publication_date\":\"2024-01-02\"") != std::string::npos);
    }
    {
        std::ofstream(meta) << "{ not json";
        REQUIRE(load_document(path, {}, &d, &error));
        CHECK(d.meta.title == "A Title");
        REQUIRE(d.warnings.size() == 1);
    }
    std::remove(meta.c_str());
    std::remove(path.c_str());
}
