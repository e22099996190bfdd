// Gloss export — the article as HTML with marks. See article_html.hpp.
#include "article_html.hpp"

#include <algorithm>

#include "gloss/blocks.hpp"
#include "gloss/document.hpp"
#include "html_text.hpp"

namespace gloss::html {

namespace {

std::uint32_t back_to_boundary(std::string_view text, std::uint32_t at) {
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
}

// Something written at a byte offset of a block: a highlight opening or closing, or a mark.
struct Event {
    std::uint32_t at = 0;
    int           order = 0;   // at one offset: closings (0), then marks (1), then openings (2)
    int           mark = -1;   // index into the marks
};

void append_mark(std::string& out, const ArticleMark& m) {
    out += "\xE2\x81\xA0";  // U+2060 WORD JOINER: a mark never starts a line away from its words
    out += "<a class=\"mark mk-";
    out += m.kind;
    out += "\" id=\"";
    append_text(out, m.id);
    out += "\" href=\"";
    append_text(out, m.href);
    out += "\" aria-label=\"";
    append_text(out, m.name);
    out += "\"><span class=\"shape\" aria-hidden=\"true\"></span>";
    append_text(out, m.label);
    out += "</a>";
}

} // namespace

std::string paragraph_id(int index) { return "p" + std::to_string(index + 1); }

void append_article(std::string& out, const Document& doc, std::vector<ArticleMark> marks, const ArticleOptions& options) {
    const std::string_view text = doc.text();
    const std::vector<Block> blocks = split_blocks(text);
    const int paragraphs = static_cast<int>(doc.paragraphs().size());

    // Each mark to exactly one block: the last block starting at or before it, clamped into its words.
    std::vector<std::vector<int>> per_block(blocks.size());
    for (std::size_t k = 0; k < marks.size(); ++k) {
        if (blocks.empty()) break;
        auto it = std::upper_bound(blocks.begin(), blocks.end(), marks[k].at,
                                   [](std::uint32_t v, const Block& b) { return v < b.begin; });
        const std::size_t b = it == blocks.begin() ? 0 : static_cast<std::size_t>(it - blocks.begin()) - 1;
        marks[k].at = back_to_boundary(text, std::clamp(marks[k].at, blocks[b].content_begin, blocks[b].end));
        per_block[b].push_back(static_cast<int>(k));
    }

    const int level = std::clamp(options.title_level, 1, 5);
    const std::string title_tag = "<h" + std::to_string(level), heading_tag = "h" + std::to_string(level + 1);
    if (blocks.empty() || blocks[0].kind != BlockKind::Title) {
        out += title_tag + " class=\"title\">";
        append_text(out, options.fallback_title.empty() ? std::string_view("Article") : std::string_view(options.fallback_title));
        out += "</" + title_tag.substr(1) + ">\n";
    }

    int next_paragraph = 0;  // paragraphs below this have their anchor
    bool in_list = false;
    std::vector<Event> events;
    for (std::size_t bi = 0; bi < blocks.size(); ++bi) {
        const Block& b = blocks[bi];
        const bool bullet = b.kind == BlockKind::Bullet;
        if (bullet && !in_list) { out += "<ul>\n"; in_list = true; }
        if (!bullet && in_list) { out += "</ul>\n"; in_list = false; }
        std::string tag = "p";
        const char* cls = nullptr;
        switch (b.kind) {
        case BlockKind::Title: tag = title_tag.substr(1); cls = "title"; break;
        case BlockKind::Byline: cls = "byline"; break;
        case BlockKind::Caption: cls = "caption"; break;
        case BlockKind::Heading: tag = heading_tag; break;
        case BlockKind::Paragraph: break;
        case BlockKind::Bullet: tag = "li"; break;
        }
        // Paragraph anchors: the first on the element, any others (several
        // paragraphs in one block) as empty spans inside it.
        const int last_paragraph = b.end > b.begin ? doc.paragraph_of(b.end - 1) : doc.paragraph_of(b.begin);
        const int first_paragraph = doc.paragraph_of(b.begin);
        std::vector<int> anchors;
        for (int p = next_paragraph; p <= std::min(last_paragraph, paragraphs - 1); ++p) anchors.push_back(p);
        if (!anchors.empty()) next_paragraph = anchors.back() + 1;

        out += '<';
        out += tag;
        if (!anchors.empty()) { out += " id=\""; out += paragraph_id(anchors[0]); out += '"'; }
        if (cls) { out += " class=\""; out += cls; out += '"'; }
        out += '>';
        for (std::size_t k = 1; k < anchors.size(); ++k) out += "<span id=\"" + paragraph_id(anchors[k]) + "\"></span>";
        if (options.paragraph_numbers && b.kind != BlockKind::Title) {
            out += "<span class=\"pn\">\xC2\xB6\xC2\xA0";
            out += std::to_string(first_paragraph + 1);
            out += "</span> ";
        }

        // Highlights that do not overlap one another, and the marks, as events.
        events.clear();
        std::uint32_t highlighted_to = b.content_begin;
        std::vector<int>& ms = per_block[bi];
        std::stable_sort(ms.begin(), ms.end(), [&](int x, int y) { return marks[x].at < marks[y].at; });
        std::vector<int> by_begin = ms;
        std::stable_sort(by_begin.begin(), by_begin.end(),
                         [&](int x, int y) { return marks[x].words.begin < marks[y].words.begin; });
        for (const int k : by_begin) {
            const std::uint32_t w0 = back_to_boundary(text, std::max(marks[k].words.begin, b.content_begin));
            const std::uint32_t w1 = back_to_boundary(text, std::min(marks[k].words.end, b.end));
            if (w0 >= w1 || w0 < highlighted_to || w1 > marks[k].at) continue;
            events.push_back({w0, 2, k});
            events.push_back({w1, 0, k});
            highlighted_to = w1;
        }
        for (const int k : ms) events.push_back({marks[k].at, 1, k});
        std::stable_sort(events.begin(), events.end(),
                         [](const Event& x, const Event& y) { return x.at != y.at ? x.at < y.at : x.order < y.order; });

        std::uint32_t pos = b.content_begin;
        for (const Event& e : events) {
            append_text(out, text.substr(pos, e.at - pos));
            pos = e.at;
            const ArticleMark& m = marks[static_cast<std::size_t>(e.mark)];
            if (e.order == 2) { out += "<span class=\"hl hl-"; out += m.kind; out += "\">"; }
            else if (e.order == 0) out += "</span>";
            else append_mark(out, m);
        }
        append_text(out, text.substr(pos, b.end - pos));
        out += "</";
        out += tag;
        out += ">\n";
    }
    if (in_list) out += "</ul>\n";
    // Paragraphs after the last block (none in practice): anchors still exist.
    for (int p = next_paragraph; p < paragraphs; ++p) out += "<span id=\"" + paragraph_id(p) + "\"></span>\n";
}

} // namespace gloss::html
