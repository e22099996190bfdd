// EPUB books, built by the test itself with libzip: the spine's documents in
// order as one text with chapter headings; metadata from the package; DRM refused.
#include <catch2/catch.hpp>

#include "gloss/formats.hpp"

#include <zip.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace fs = std::filesystem;

namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;

// A zip archive holding `entries`, as bytes.
std::string make_zip(const Entries& entries) {
    const fs::path path = fs::temp_directory_path() / ("gloss-epub-test-" + std::to_string(getpid()) + ".epub");
    int err = 0;
    zip_t* z = zip_open(path.string().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    REQUIRE(z);
    for (const auto& [name, data] : entries) {
        zip_source_t* s = zip_source_buffer(z, data.data(), data.size(), 0);
        REQUIRE(s);
        REQUIRE(zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8) >= 0);
    }
    REQUIRE(zip_close(z) == 0);
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    fs::remove(path);
    return ss.str();
}

const char* const kContainer =
    "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
    "<rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>";

std::string chapter(const std::string& body) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>c</title></head><body>" +
           body + "</body></html>";
}

// An EPUB 3 book: the manifest lists the chapters out of order; the spine gives the order.
Entries epub3() {
    return {
        {"mimetype", "application/epub+zip"},
        {"META-INF/container.xml", kContainer},
        {"OEBPS/content.opf",
         "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
         "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>The Salt Road</dc:title>"
         "<dc:creator>Mira Oakes</dc:creator><dc:date>2019-05-02</dc:date><dc:language>en</dc:language></metadata>"
         "<manifest><item id=\"c2\" href=\"text/two.xhtml\" media-type=\"application/xhtml+xml\"/>"
         "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>"
         "<item id=\"c1\" href=\"text/one.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
         "<spine><itemref idref=\"c1\"/><itemref idref=\"c2\"/></spine></package>"},
        {"OEBPS/nav.xhtml",
         "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\"><body>"
         "<nav epub:type=\"toc\"><ol><li><a href=\"text/one.xhtml\">The Caravan</a></li>"
         "<li><a href=\"text/two.xhtml#start\">Two <em>Wells</em></a></li></ol></nav></body></html>"},
        {"OEBPS/text/one.xhtml", chapter("<h1>The Caravan</h1><p>Forty camels left the oasis at dawn.</p>")},
        {"OEBPS/text/two.xhtml", chapter("<p>The second well was dry, and the guide turned <em>north</em>.</p>")},
    };
}

gloss::ReadDocument read_book(const Entries& entries) {
    gloss::ReadDocument d;
    std::string error;
    INFO(error);
    REQUIRE(gloss::read_epub(make_zip(entries), &d, &error));
    return d;
}

} // namespace

TEST_CASE("An EPUB 3 book reads as one text with its chapters in spine order") {
    const gloss::ReadDocument d = read_book(epub3());
    CHECK(d.format == "epub");
    CHECK(d.text == "The Caravan\n\nForty camels left the oasis at dawn.\n\nTwo Wells\n\n"
                    "The second well was dry, and the guide turned north.");
    REQUIRE(d.chapters.size() == 2);
    CHECK(d.chapters[0].title == "The Caravan");
    CHECK(d.chapters[1].title == "Two Wells");
    CHECK(d.text.compare(d.chapters[1].begin, 9, "Two Wells") == 0);
}

TEST_CASE("A chapter without a heading gets its table-of-contents title as one") {
    const gloss::ReadDocument d = read_book(epub3());
    int headings = 0;
    for (const auto& b : d.blocks) headings += b.kind == gloss::TextBlockKind::Heading;
    CHECK(headings == 2);
    REQUIRE_FALSE(d.styles.empty());
    CHECK(d.text.substr(d.styles.back().range.begin, d.styles.back().range.end - d.styles.back().range.begin) == "north");
}

TEST_CASE("The package document gives the book's metadata") {
    const gloss::ReadDocument d = read_book(epub3());
    CHECK(d.metadata.title == "The Salt Road");
    CHECK(d.metadata.byline == "Mira Oakes");
    CHECK(d.metadata.published == "2019-05-02");
    CHECK(d.metadata.language == "en");
}

TEST_CASE("An EPUB 2 book takes its chapter titles from the NCX") {
    Entries e = epub3();
    e[2].second =
        "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"2.0\">"
        "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Old Format</dc:title></metadata>"
        "<manifest><item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>"
        "<item id=\"c1\" href=\"text/one.xhtml\" media-type=\"application/xhtml+xml\"/>"
        "<item id=\"c2\" href=\"text/two.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
        "<spine toc=\"ncx\"><itemref idref=\"c1\"/><itemref idref=\"c2\"/></spine></package>";
    e[3] = {"OEBPS/toc.ncx",
            "<?xml version=\"1.0\"?><ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\"><navMap>"
            "<navPoint id=\"p1\"><navLabel><text>Caravan</text></navLabel><content src=\"text/one.xhtml\"/></navPoint>"
            "<navPoint id=\"p2\"><navLabel><text>The Dry Well</text></navLabel><content src=\"text/two.xhtml\"/></navPoint>"
            "</navMap></ncx>"};
    const gloss::ReadDocument d = read_book(e);
    REQUIRE(d.chapters.size() == 2);
    CHECK(d.chapters[1].title == "The Dry Well");
    CHECK(d.text.find("The Dry Well\n\nThe second well") != std::string::npos);
}

TEST_CASE("A book with encrypted content is refused as protected by DRM") {
    Entries e = epub3();
    e.push_back({"META-INF/encryption.xml",
                 "<?xml version=\"1.0\"?><encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" "
                 "xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\"><enc:EncryptedData>"
                 "<enc:EncryptionMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#aes128-cbc\"/>"
                 "<enc:CipherData><enc:CipherReference URI=\"OEBPS/text/one.xhtml\"/></enc:CipherData>"
                 "</enc:EncryptedData></encryption>"});
    gloss::ReadDocument d;
    std::string error;
    CHECK_FALSE(gloss::read_epub(make_zip(e), &d, &error));
    CHECK(error.find("DRM") != std::string::npos);
}

TEST_CASE("Obfuscated fonts alone do not make a book unreadable") {
    Entries e = epub3();
    e.push_back({"META-INF/encryption.xml",
                 "<?xml version=\"1.0\"?><encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" "
                 "xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\"><enc:EncryptedData>"
                 "<enc:EncryptionMethod Algorithm=\"http://www.idpf.org/2008/embedding\"/>"
                 "<enc:CipherData><enc:CipherReference URI=\"OEBPS/fonts/serif.otf\"/></enc:CipherData>"
                 "</enc:EncryptedData></encryption>"});
    CHECK(read_book(e).chapters.size() == 2);
}

TEST_CASE("Files that are not EPUB books are refused with a reason") {
    struct Row { std::string bytes; const char* reason; };
    Entries no_container = epub3();
    no_container.erase(no_container.begin() + 1);
    const std::vector<Row> rows = {
        {"plain text, not a zip", "not a zip"},
        {make_zip(no_container), "container.xml"},
    };
    for (const Row& row : rows) {
        gloss::ReadDocument d;
        std::string error;
        CHECK_FALSE(gloss::read_epub(row.bytes, &d, &error));
        CHECK(error.find(row.reason) != std::string::npos);
    }
}
