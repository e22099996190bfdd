// Gloss formats — reading an EPUB 2/3 book (libzip for the container,
// pugixml for the package, navigation and NCX documents, gumbo for chapters).
//
// Index of this file:
// [SECTION] Zip entries
// [SECTION] Paths
// [SECTION] Protection
// [SECTION] Package and table of contents
// [SECTION] Reading
#include "gloss/formats.hpp"

#include <pugixml.hpp>
#include <zip.h>

#include <map>
#include <memory>

namespace gloss {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Zip entries
//-----------------------------------------------------------------------------

struct Archive {
    zip_t* zip = nullptr;
    explicit Archive(std::string_view bytes) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
        if (src) {
            zip = zip_open_from_source(src, ZIP_RDONLY, &error);
            if (!zip) zip_source_free(src);
        }
        zip_error_fini(&error);
    }
    ~Archive() { if (zip) zip_discard(zip); }
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    bool has(const std::string& name) const { return zip_name_locate(zip, name.c_str(), 0) >= 0; }

    // The entry's bytes; false when absent or unreadable (or over 256 MiB).
    bool read(const std::string& name, std::string* out) const {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(zip, name.c_str(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > (256u << 20)) return false;
        zip_file_t* f = zip_fopen(zip, name.c_str(), 0);
        if (!f) return false;
        out->assign(static_cast<std::size_t>(st.size), '\0');
        const zip_int64_t n = out->empty() ? 0 : zip_fread(f, &(*out)[0], st.size);
        zip_fclose(f);
        return n == static_cast<zip_int64_t>(st.size);
    }
};

//-----------------------------------------------------------------------------
// [SECTION] Paths
//-----------------------------------------------------------------------------

std::string percent_decode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto hex = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1; };
        if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            out += char(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// `href` (relative to the folder of `base`, a path in the archive) as an archive path.
std::string archive_path(const std::string& base, std::string_view href) {
    std::string h = percent_decode(href.substr(0, href.find('#')));
    std::string dir = base.substr(0, base.rfind('/') + 1);
    if (!h.empty() && h[0] == '/') { dir.clear(); h.erase(0, 1); }
    std::string path = dir + h;
    // resolve "." and ".."
    std::vector<std::string> parts;
    std::size_t p = 0;
    while (p <= path.size()) {
        std::size_t q = path.find('/', p);
        if (q == std::string::npos) q = path.size();
        const std::string seg = path.substr(p, q - p);
        if (seg == "..") { if (!parts.empty()) parts.pop_back(); }
        else if (!seg.empty() && seg != ".") parts.push_back(seg);
        p = q + 1;
    }
    std::string out;
    for (const auto& s : parts) out += (out.empty() ? "" : "/") + s;
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Protection
//-----------------------------------------------------------------------------

// True when META-INF/encryption.xml encrypts anything but fonts (the IDPF and
// Adobe font obfuscations are not DRM: the text stays readable).
bool encrypted(const Archive& a) {
    std::string xml;
    if (!a.read("META-INF/encryption.xml", &xml)) return false;
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size())) return true;  // unreadable protection: treat as DRM
    bool drm = false;
    for (pugi::xpath_node n : doc.select_nodes("//*[local-name()='EncryptionMethod']")) {
        const std::string alg = n.node().attribute("Algorithm").value();
        if (alg != "http://www.idpf.org/2008/embedding" && alg != "http://ns.adobe.com/pdf/enc#RC") drm = true;
    }
    if (doc.select_nodes("//*[local-name()='EncryptedData']").empty()) return false;
    return drm;
}

//-----------------------------------------------------------------------------
// [SECTION] Package and table of contents
//-----------------------------------------------------------------------------

std::string child_text(const pugi::xml_node& parent, const char* local_name) {
    for (pugi::xml_node n : parent.children()) {
        std::string name = n.name();
        const std::size_t colon = name.find(':');
        if (colon != std::string::npos) name.erase(0, colon + 1);
        if (name == local_name) return n.text().get();
    }
    return "";
}

std::string collapse(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { space = true; continue; }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string all_text(const pugi::xml_node& n) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) return n.value();
    std::string out;
    for (pugi::xml_node c : n.children()) out += all_text(c);
    return out;
}

// Table-of-contents titles by archive path: EPUB 3 navigation document, else EPUB 2 NCX.
std::map<std::string, std::string> toc_titles(const Archive& a, const std::string& nav_path, const std::string& ncx_path) {
    std::map<std::string, std::string> titles;
    std::string xml;
    if (!nav_path.empty() && a.read(nav_path, &xml)) {
        pugi::xml_document doc;
        if (doc.load_buffer(xml.data(), xml.size())) {
            for (pugi::xpath_node nav : doc.select_nodes("//*[local-name()='nav']")) {
                const std::string type = nav.node().attribute("epub:type").value();
                if (!type.empty() && type.find("toc") == std::string::npos) continue;
                for (pugi::xpath_node link : nav.node().select_nodes(".//*[local-name()='a']")) {
                    const std::string path = archive_path(nav_path, link.node().attribute("href").value());
                    titles.emplace(path, collapse(all_text(link.node())));
                }
            }
        }
        if (!titles.empty()) return titles;
    }
    if (!ncx_path.empty() && a.read(ncx_path, &xml)) {
        pugi::xml_document doc;
        if (doc.load_buffer(xml.data(), xml.size()))
            for (pugi::xpath_node np : doc.select_nodes("//*[local-name()='navPoint']")) {
                const pugi::xml_node label = np.node().select_node("./*[local-name()='navLabel']/*[local-name()='text']").node();
                const pugi::xml_node content = np.node().select_node("./*[local-name()='content']").node();
                if (!content) continue;
                titles.emplace(archive_path(ncx_path, content.attribute("src").value()), collapse(label.text().get()));
            }
    }
    return titles;
}

bool fail(std::string* error, const std::string& message) {
    *error = message;
    return false;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Reading
//-----------------------------------------------------------------------------

bool is_epub_path(std::string_view path) {
    if (path.size() < 5) return false;
    std::string ext(path.substr(path.size() - 5));
    for (char& c : ext)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return ext == ".epub";
}

bool read_epub(std::string_view bytes, ReadDocument* out, std::string* error) {
    try {
        const Archive a(bytes);
        if (!a.zip) return fail(error, "not an EPUB: the file is not a zip archive");
        if (encrypted(a))
            return fail(error, "the book is protected by DRM (its content is encrypted, see META-INF/encryption.xml): "
                               "Gloss cannot read it; open a DRM-free copy");
        std::string xml;
        if (!a.read("META-INF/container.xml", &xml)) return fail(error, "not an EPUB: META-INF/container.xml is missing");
        pugi::xml_document container;
        if (!container.load_buffer(xml.data(), xml.size())) return fail(error, "META-INF/container.xml is not well-formed XML");
        const std::string opf_path = container.select_node("//*[local-name()='rootfile']").node().attribute("full-path").value();
        if (opf_path.empty() || !a.read(opf_path, &xml)) return fail(error, "the book's package document (OPF) is missing");
        pugi::xml_document opf;
        if (!opf.load_buffer(xml.data(), xml.size())) return fail(error, opf_path + " is not well-formed XML");
        const pugi::xml_node package = opf.document_element();

        ReadDocument doc;
        doc.format = "epub";
        const pugi::xml_node meta = package.select_node("./*[local-name()='metadata']").node();
        doc.metadata.title = collapse(child_text(meta, "title"));
        doc.metadata.byline = collapse(child_text(meta, "creator"));
        doc.metadata.site_name = collapse(child_text(meta, "publisher"));
        doc.metadata.language = collapse(child_text(meta, "language"));
        const std::string date = collapse(child_text(meta, "date"));
        if (date.size() >= 10 && date[4] == '-' && date[7] == '-') doc.metadata.published = date.substr(0, 10);

        // manifest: id -> (path, media type, properties)
        struct Item { std::string path, type, properties; };
        std::map<std::string, Item> manifest;
        std::string nav_path, ncx_path;
        for (pugi::xpath_node n : package.select_nodes("./*[local-name()='manifest']/*[local-name()='item']")) {
            Item it{archive_path(opf_path, n.node().attribute("href").value()), n.node().attribute("media-type").value(),
                    n.node().attribute("properties").value()};
            if (it.properties.find("nav") != std::string::npos) nav_path = it.path;
            if (it.type == "application/x-dtbncx+xml") ncx_path = it.path;
            manifest[n.node().attribute("id").value()] = it;
        }
        const pugi::xml_node spine = package.select_node("./*[local-name()='spine']").node();
        if (ncx_path.empty() && spine.attribute("toc")) {
            const auto it = manifest.find(spine.attribute("toc").value());
            if (it != manifest.end()) ncx_path = it->second.path;
        }
        const std::map<std::string, std::string> titles = toc_titles(a, nav_path, ncx_path);

        for (pugi::xpath_node ref : spine.select_nodes("./*[local-name()='itemref']")) {
            const auto it = manifest.find(ref.node().attribute("idref").value());
            if (it == manifest.end()) continue;
            const Item& item = it->second;
            if (item.type != "application/xhtml+xml" && item.type != "text/html") continue;
            std::string page;
            if (!a.read(item.path, &page)) continue;
            ReadDocument chapter;
            HtmlReadOptions options;
            options.main_content = false;
            options.title_block = false;
            std::string why;
            if (!read_html(page, options, &chapter, &why)) continue;  // a cover image page, an empty page
            const auto title = titles.find(item.path);
            const std::string toc_title = title != titles.end() ? title->second : std::string();
            const std::uint32_t base = std::uint32_t(doc.text.empty() ? 0 : doc.text.size() + 2);
            if (!doc.text.empty()) doc.text += "\n\n";
            std::uint32_t shift = base;
            const bool has_heading = !chapter.blocks.empty() && chapter.blocks[0].kind == TextBlockKind::Heading;
            if (!has_heading && !toc_title.empty()) {
                doc.text += toc_title + "\n\n";
                doc.blocks.push_back({TextBlockKind::Heading, 1, {base, std::uint32_t(base + toc_title.size())}});
                shift += std::uint32_t(toc_title.size() + 2);
            }
            std::string chapter_title = toc_title;
            if (chapter_title.empty() && has_heading)
                chapter_title = chapter.text.substr(chapter.blocks[0].range.begin,
                                                    chapter.blocks[0].range.end - chapter.blocks[0].range.begin);
            doc.chapters.push_back({chapter_title, base});
            doc.text += chapter.text;
            for (TextBlock b : chapter.blocks) { b.range.begin += shift; b.range.end += shift; doc.blocks.push_back(b); }
            for (StyledSpan s : chapter.styles) { s.range.begin += shift; s.range.end += shift; doc.styles.push_back(s); }
            for (TextLink& l : chapter.links) {
                l.range.begin += shift;
                l.range.end += shift;
                doc.links.push_back(std::move(l));
            }
            if (doc.text.size() >= 0xFFFFFFF0u) return fail(error, "the book is too large (4 GiB of text or more)");
        }
        if (doc.text.empty()) return fail(error, "the book has no readable text in its spine");
        *out = std::move(doc);
        return true;
    } catch (const std::exception& e) {
        return fail(error, std::string("cannot read the book: ") + e.what());
    }
}

} // namespace gloss
