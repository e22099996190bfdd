// Gloss reader — document loading, metadata and block structure.
//
// Index of this file:
// [SECTION] Metadata
// [SECTION] Loading
#include "document.h"

#include "gloss/formats.hpp"
#include "gloss/utf8.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace gloss_reader {

//-----------------------------------------------------------------------------
// [SECTION] Metadata
//-----------------------------------------------------------------------------

std::string meta_to_json(const DocumentMeta& meta, const std::string& source_path,
                         const std::vector<DocumentChapter>& chapters) {
    nlohmann::json j;
    j["title"] = meta.title;
    j["publication"] = meta.publication;
    j["publication_date"] = meta.date;
    j["source_path"] = source_path;
    if (!meta.language.empty()) j["language"] = meta.language;
    if (!chapters.empty()) {
        nlohmann::json list = nlohmann::json::array();
        for (const DocumentChapter& c : chapters) list.push_back({{"title", c.title}, {"begin", c.begin}});
        j["chapters"] = std::move(list);
    }
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string meta_path_for(const std::string& text_path) {
    const auto slash = text_path.rfind('/');
    const auto dot = text_path.rfind('.');
    const bool has_ext = dot != std::string::npos && (slash == std::string::npos || dot > slash);
    return (has_ext ? text_path.substr(0, dot) : text_path) + ".meta.json";
}

namespace {

std::string file_stem(const std::string& path) {
    std::string name = path;
    const auto slash = name.rfind('/');
    if (slash != std::string::npos) name = name.substr(slash + 1);
    const auto dot = name.rfind('.');
    if (dot != std::string::npos && dot > 0) name = name.substr(0, dot);
    return name;
}

// Read the optional metadata file beside the text. Bad files are a warning, never fatal.
void read_meta_file(const std::string& path, DocumentMeta* meta, std::vector<std::string>* warnings) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return; // no metadata file: fine
    std::stringstream ss;
    ss << in.rdbuf();
    const nlohmann::json j = nlohmann::json::parse(ss.str(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
        warnings->push_back("ignoring " + path + ": not a JSON object");
        return;
    }
    auto field = [&](const char* key, std::string* out) {
        const auto it = j.find(key);
        if (it != j.end() && it->is_string()) *out = it->get<std::string>();
    };
    field("title", &meta->title);
    field("publication", &meta->publication);
    field("publication_date", &meta->date);
    field("date", &meta->date);
    field("language", &meta->language);
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Loading
//-----------------------------------------------------------------------------

bool document_from_text(std::string bytes, const std::string& path, const LoadOptions& options,
                        Document* out, std::string* error) {
    std::size_t bom = 0;
    if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        bytes.erase(0, 3);
        bom = 3;
    }
    if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
        *error = "'" + path + "' is empty: there is no text to read";
        return false;
    }
    if (bytes.size() >= 0xFFFFFFF0u) {
        *error = "'" + path + "' is too large (4 GiB or more)";
        return false;
    }
    Document doc;
    doc.path = path;
    const gloss::Utf8Check check = gloss::utf8_validate(bytes);
    if (!check.ok) {
        if (!options.replace_invalid) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "0x%02X", unsigned(static_cast<unsigned char>(bytes[check.error_offset])));
            *error = "'" + path + "' is not valid UTF-8: invalid byte " + buf + " at byte offset " +
                     std::to_string(check.error_offset + bom) + " (--replace-invalid shows it as U+FFFD)";
            return false;
        }
        std::string fixed = gloss::utf8_sanitize(bytes);
        // Count replacements: each U+FFFD that was not in the original.
        std::size_t before = 0, after = 0;
        for (std::size_t p = bytes.find("\xEF\xBF\xBD"); p != std::string::npos; p = bytes.find("\xEF\xBF\xBD", p + 3)) ++before;
        for (std::size_t p = fixed.find("\xEF\xBF\xBD"); p != std::string::npos; p = fixed.find("\xEF\xBF\xBD", p + 3)) ++after;
        doc.replaced = after - before;
        doc.warnings.push_back("'" + path + "': replaced " + std::to_string(doc.replaced) +
                               " invalid UTF-8 sequence(s) with U+FFFD, the first at byte offset " +
                               std::to_string(check.error_offset + bom));
        bytes = std::move(fixed);
        if (bytes.size() >= 0xFFFFFFF0u) {
            *error = "'" + path + "' is too large (4 GiB or more)";
            return false;
        }
    }
    doc.text = std::move(bytes);
    doc.blocks = split_blocks(doc.text);
    read_meta_file(meta_path_for(path), &doc.meta, &doc.warnings);
    if (doc.meta.title.empty()) {
        if (!doc.blocks.empty() && doc.blocks[0].kind == BlockKind::Title)
            doc.meta.title = doc.text.substr(doc.blocks[0].begin, doc.blocks[0].end - doc.blocks[0].begin);
        else
            doc.meta.title = file_stem(path);
    }
    doc.meta_json = meta_to_json(doc.meta, path);
    *out = std::move(doc);
    return true;
}

bool load_document(const std::string& path, const LoadOptions& options, Document* out, std::string* error) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        *error = "cannot open '" + path + "': " + std::strerror(errno);
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        *error = "'" + path + "' is a directory, not a text file";
        return false;
    }
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        *error = "cannot read '" + path + "': " + std::strerror(errno);
        return false;
    }
    std::string bytes;
    if (S_ISREG(st.st_mode) && st.st_size > 0) bytes.reserve(std::size_t(st.st_size));
    char buf[1 << 16];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
        bytes.append(buf, n);
        if (bytes.size() >= 0xFFFFFFF0u) break;
    }
    const bool failed = std::ferror(f) != 0;
    const int err = errno;
    std::fclose(f);
    if (failed) {
        *error = "cannot read '" + path + "': " + std::strerror(err);
        return false;
    }
    if (gloss::is_html_path(path) || gloss::is_epub_path(path)) return document_from_web_page(bytes, path, out, error);
    return document_from_text(std::move(bytes), path, options, out, error);
}

bool document_from_web_page(const std::string& bytes, const std::string& path, Document* out, std::string* error) {
    gloss::ReadDocument page;
    std::string why;
    const bool book = gloss::is_epub_path(path);
    if (book ? !gloss::read_epub(bytes, &page, &why) : !gloss::read_html(bytes, gloss::HtmlReadOptions{}, &page, &why)) {
        *error = "cannot read '" + path + (book ? "' as an EPUB book: " : "' as a web page: ") + why;
        return false;
    }
    Document doc;
    doc.path = path;
    doc.format = page.format;
    doc.text = std::move(page.text);
    for (const gloss::TextBlock& b : page.blocks) {
        Block out_block;
        out_block.begin = out_block.content_begin = b.range.begin;
        out_block.end = b.range.end;
        switch (b.kind) {
        case gloss::TextBlockKind::Title: out_block.kind = BlockKind::Title; break;
        case gloss::TextBlockKind::Heading: out_block.kind = BlockKind::Heading; break;
        case gloss::TextBlockKind::Caption: out_block.kind = BlockKind::Caption; break;
        // list items and quotes are indented (a bullet block without a marker)
        case gloss::TextBlockKind::ListItem: case gloss::TextBlockKind::Quote: out_block.kind = BlockKind::Bullet; break;
        default: out_block.kind = BlockKind::Paragraph; break;
        }
        doc.blocks.push_back(out_block);
    }
    for (gloss::TextLink& l : page.links) doc.links.push_back({l.range.begin, l.range.end, std::move(l.target)});
    for (gloss::Chapter& c : page.chapters) doc.chapters.push_back({std::move(c.title), c.begin});
    read_meta_file(meta_path_for(path), &doc.meta, &doc.warnings);
    if (doc.meta.title.empty()) doc.meta.title = page.metadata.title.empty() ? file_stem(path) : page.metadata.title;
    if (doc.meta.publication.empty()) doc.meta.publication = page.metadata.site_name;
    if (doc.meta.date.empty()) doc.meta.date = page.metadata.published;
    if (doc.meta.language.empty()) doc.meta.language = page.metadata.language;
    doc.meta_json = meta_to_json(doc.meta, path, doc.chapters);
    *out = std::move(doc);
    return true;
}

} // namespace gloss_reader
