// gloss-annotate: reading the document a command works on (see document_input.h).
#include "document_input.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <utility>

#include "gloss/formats.hpp"
#include "gloss/utf8.hpp"

namespace fs = std::filesystem;

namespace gloss_cli {

namespace {

std::string too_large(const std::string& name) {
    return name + ": too large (more than " + std::to_string(gloss::kMaxDocumentBytes >> 20) +
           " MiB; split it into several documents)";
}

// The file's bytes, read into a string of the right size (no doubling on the way).
bool read_bytes(const std::string& path, std::string* bytes, std::string* error) {
    std::error_code ec;
    if (!fs::exists(path, ec)) { *error = path + ": no such file"; return false; }
    if (fs::is_directory(path, ec)) { *error = path + ": is a directory (use --out DIR to annotate a folder)"; return false; }
    std::FILE* in = std::fopen(path.c_str(), "rb");
    if (!in) { *error = path + ": cannot open (" + std::strerror(errno) + ")"; return false; }
    bytes->clear();
    std::error_code size_ec;
    const auto size = fs::file_size(path, size_ec);
    if (!size_ec && size <= gloss::kMaxDocumentBytes) bytes->reserve(static_cast<std::size_t>(size) + 1);
    char buf[1 << 16];
    for (;;) {
        const std::size_t n = std::fread(buf, 1, sizeof buf, in);
        bytes->append(buf, n);
        if (bytes->size() > gloss::kMaxDocumentBytes) {
            std::fclose(in);
            *error = too_large(path);
            return false;
        }
        if (n < sizeof buf) break;
    }
    const bool failed = std::ferror(in) != 0;
    const int why = errno;
    std::fclose(in);
    if (failed) { *error = path + ": cannot read (" + std::strerror(why) + ")"; return false; }
    if (bytes->empty()) { *error = path + ": empty file"; return false; }
    return true;
}

} // namespace

bool read_input_document(const std::string& path, bool title_block, InputDocument* out, std::string* error) {
    *out = InputDocument{};
    const std::string name = path == "-" ? "standard input" : path;
    if (path == "-") {  // standard input: plain text
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        out->text = ss.str();
        if (out->text.empty()) { *error = name + ": empty"; return false; }
        if (out->text.size() > gloss::kMaxDocumentBytes) { *error = too_large(name); return false; }
    } else if (!read_bytes(path, &out->text, error)) {
        return false;
    }
    if (path != "-" && (gloss::is_html_path(path) || gloss::is_epub_path(path))) {
        gloss::ReadDocument doc;
        gloss::HtmlReadOptions options;
        options.title_block = title_block;
        const bool ok = gloss::is_epub_path(path) ? gloss::read_epub(out->text, &doc, error)
                                                  : gloss::read_html(out->text, options, &doc, error);
        if (!ok) { *error = path + ": " + *error; return false; }
        out->text = std::move(doc.text);
        out->published = std::move(doc.metadata.published);
        out->title = std::move(doc.metadata.title);
        out->site_name = std::move(doc.metadata.site_name);
        out->language = std::move(doc.metadata.language);
        out->url = std::move(doc.metadata.url);
        out->links = std::move(doc.links);
        return true;
    }
    const gloss::Utf8Check check = gloss::utf8_validate(out->text);
    if (!check.ok) { *error = name + ": invalid UTF-8 at byte " + std::to_string(check.error_offset); return false; }
    return true;
}

} // namespace gloss_cli
