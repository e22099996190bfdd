// Gloss formats — reading a web page: bytes to UTF-8, parse, main content,
// text with structure, links and metadata.
//
// Index of this file:
// [SECTION] Character sets
// [SECTION] Reading
// [SECTION] File names
#include "gloss/formats.hpp"

#include "gloss/utf8.hpp"
#include "main_content.hpp"
#include "page_metadata.hpp"
#include "page_text.hpp"

#include <gumbo.h>
#include <iconv.h>

#include <cerrno>
#include <memory>

namespace gloss {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Character sets
//-----------------------------------------------------------------------------

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

struct GumboPage {
    GumboOutput* output = nullptr;
    GumboPage(const char* data, std::size_t size) { output = gumbo_parse_with_options(&kGumboDefaultOptions, data, size); }
    ~GumboPage() { if (output) gumbo_destroy_output(&kGumboDefaultOptions, output); }
    GumboPage(const GumboPage&) = delete;
    GumboPage& operator=(const GumboPage&) = delete;
};

// The charset named by <meta charset> or <meta http-equiv=Content-Type content="…; charset=…">.
std::string declared_charset(const GumboNode* n) {
    if (n->type != GUMBO_NODE_ELEMENT) return "";
    const GumboElement& e = n->v.element;
    if (e.tag == GUMBO_TAG_META) {
        if (const GumboAttribute* a = gumbo_get_attribute(&e.attributes, "charset")) return lower(a->value);
        const GumboAttribute* eq = gumbo_get_attribute(&e.attributes, "http-equiv");
        const GumboAttribute* content = gumbo_get_attribute(&e.attributes, "content");
        if (eq && content && lower(eq->value) == "content-type") {
            const std::string c = lower(content->value);
            const std::size_t p = c.find("charset=");
            if (p != std::string::npos) {
                std::string name = c.substr(p + 8);
                const std::size_t end = name.find_first_of(" ;\"'");
                return name.substr(0, end);
            }
        }
        return "";
    }
    for (unsigned i = 0; i < e.children.length; ++i) {
        const std::string c = declared_charset(static_cast<const GumboNode*>(e.children.data[i]));
        if (!c.empty()) return c;
    }
    return "";
}

bool convert(std::string_view bytes, const std::string& from, std::string* out, std::string* error) {
    // WHATWG: Latin-1 and ASCII labels mean windows-1252.
    std::string charset = from;
    if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii" || charset == "ascii" ||
        charset == "l1" || charset == "iso8859-1")
        charset = "windows-1252";
    iconv_t cd = iconv_open("UTF-8", charset.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        *error = "the page declares the character set \"" + from + "\", which this system cannot convert";
        return false;
    }
    out->assign(bytes.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    std::size_t done = 0;
    while (in_left > 0) {
        char* o = &(*out)[done];
        std::size_t o_left = out->size() - done;
        const std::size_t r = iconv(cd, &in, &in_left, &o, &o_left);
        done = out->size() - o_left;
        if (r != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) { out->resize(out->size() * 2); continue; }
        const std::size_t offset = bytes.size() - in_left;
        iconv_close(cd);
        *error = "cannot decode the page as " + from + ": invalid byte sequence at byte offset " + std::to_string(offset);
        return false;
    }
    iconv_close(cd);
    out->resize(done);
    return true;
}

} // namespace

bool decode_html_bytes(std::string_view bytes, std::string* utf8, std::string* error) {
    if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.remove_prefix(3);
    else if (bytes.size() >= 2 && (bytes.compare(0, 2, "\xFF\xFE") == 0 || bytes.compare(0, 2, "\xFE\xFF") == 0))
        return convert(bytes, "utf-16", utf8, error);
    const Utf8Check check = utf8_validate(bytes);
    if (check.ok) { *utf8 = std::string(bytes); return true; }
    // Not UTF-8: what does the page declare? (gumbo reads a non-UTF-8 page's
    // markup well enough to find its <meta>: markup is ASCII in every charset
    // a page may declare.)
    std::string charset;
    {
        GumboPage probe(bytes.data(), bytes.size());
        if (probe.output) charset = declared_charset(probe.output->root);
    }
    if (charset.empty() || charset == "utf-8" || charset == "utf8") {
        *error = "the page is not valid UTF-8 (invalid byte at byte offset " + std::to_string(check.error_offset) +
                 ") and declares no other character set";
        return false;
    }
    return convert(bytes, charset, utf8, error);
}

//-----------------------------------------------------------------------------
// [SECTION] Reading
//-----------------------------------------------------------------------------

bool read_html(std::string_view bytes, const HtmlReadOptions& options, ReadDocument* out, std::string* error) {
    try {
        std::string utf8;
        if (!decode_html_bytes(bytes, &utf8, error)) return false;
        if (utf8.size() >= 0xFFFFFFF0u) { *error = "the page is too large (4 GiB or more)"; return false; }
        GumboPage page(utf8.data(), utf8.size());
        if (!page.output) { *error = "the page could not be parsed"; return false; }
        ReadDocument doc;
        doc.format = "html";
        doc.metadata = formats::read_page_metadata(page.output);
        std::string base = formats::page_base(page.output);
        base = base.empty() ? options.base_url : formats::resolve_url(options.base_url, base);
        formats::MainContent content = options.main_content
                                           ? formats::extract_main_content(page.output, doc.metadata.title,
                                                                           !doc.metadata.byline.empty())
                                           : formats::whole_body(page.output);
        if (doc.metadata.byline.empty() && !content.byline.empty()) doc.metadata.byline = content.byline;
        if (options.title_block && !doc.metadata.title.empty()) {
            doc.text = doc.metadata.title;
            doc.blocks.push_back({TextBlockKind::Title, 0, {0, std::uint32_t(doc.text.size())}});
        }
        formats::lay_out_text(*content.tree, content.root, base, &doc);
        // The title block is dropped when the text starts with the same words.
        if (doc.blocks.size() >= 2 && doc.blocks[0].kind == TextBlockKind::Title &&
            doc.blocks[1].kind == TextBlockKind::Heading &&
            doc.text.compare(doc.blocks[1].range.begin, doc.blocks[1].range.end - doc.blocks[1].range.begin,
                             doc.metadata.title) == 0) {
            const std::uint32_t cut = doc.blocks[1].range.begin;
            doc.text.erase(0, cut);
            doc.blocks.erase(doc.blocks.begin());
            for (auto& b : doc.blocks) { b.range.begin -= cut; b.range.end -= cut; }
            for (auto& s : doc.styles) { s.range.begin -= cut; s.range.end -= cut; }
            for (auto& l : doc.links) { l.range.begin -= cut; l.range.end -= cut; }
        }
        const bool only_title = doc.blocks.size() == 1 && doc.blocks[0].kind == TextBlockKind::Title;
        if (doc.text.find_first_not_of(" \n\t") == std::string::npos || only_title) {
            *error = "the page has no readable text";
            return false;
        }
        *out = std::move(doc);
        return true;
    } catch (const std::exception& e) {
        *error = std::string("cannot read the page: ") + e.what();
        return false;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] File names
//-----------------------------------------------------------------------------

bool is_html_path(std::string_view path) {
    const std::size_t dot = path.rfind('.');
    if (dot == std::string_view::npos) return false;
    const std::string ext = lower(path.substr(dot + 1));
    return ext == "html" || ext == "htm" || ext == "xhtml";
}

} // namespace gloss
