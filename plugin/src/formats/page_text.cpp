// Gloss formats — laying a page's content out as reading text.
//
// Index of this file:
// [SECTION] Addresses
// [SECTION] Writer
// [SECTION] Walk
#include "page_text.hpp"

#include <algorithm>

namespace gloss::formats {

//-----------------------------------------------------------------------------
// [SECTION] Addresses
//-----------------------------------------------------------------------------

std::string resolve_url(const std::string& base, std::string_view href) {
    std::string h(href);
    // trim
    while (!h.empty() && (h.back() == ' ' || h.back() == '\n' || h.back() == '\t' || h.back() == '\r')) h.pop_back();
    std::size_t lead = 0;
    while (lead < h.size() && (h[lead] == ' ' || h[lead] == '\n' || h[lead] == '\t' || h[lead] == '\r')) ++lead;
    h.erase(0, lead);
    if (base.empty() || h.empty()) return h;
    // already absolute: a scheme before any '/', '?' or '#'
    const std::size_t colon = h.find(':');
    if (colon != std::string::npos && h.find_first_of("/?#") > colon) return h;
    const std::size_t scheme_end = base.find("://");
    if (scheme_end == std::string::npos) return h;
    const std::size_t host_end = base.find_first_of("/?#", scheme_end + 3);
    const std::string origin = base.substr(0, host_end);
    if (h.compare(0, 2, "//") == 0) return base.substr(0, scheme_end + 1) + h;
    if (h[0] == '/') return origin + h;
    if (h[0] == '#' || h[0] == '?') {
        const std::size_t cut = base.find(h[0] == '#' ? "#" : "?", scheme_end);
        return base.substr(0, cut) + h;
    }
    std::string dir = host_end == std::string::npos ? base + "/" : base.substr(0, base.find_first_of("?#", host_end));
    dir = dir.substr(0, dir.rfind('/') + 1);
    if (dir.size() <= origin.size()) dir = origin + "/";
    while (h.compare(0, 2, "./") == 0) h.erase(0, 2);
    while (h.compare(0, 3, "../") == 0) {
        h.erase(0, 3);
        if (dir.size() > origin.size() + 1) {
            dir.pop_back();
            dir = dir.substr(0, dir.rfind('/') + 1);
        }
    }
    return dir + h;
}

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Writer
//-----------------------------------------------------------------------------

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

struct Context {
    TextBlockKind kind = TextBlockKind::Paragraph;
    std::uint8_t  level = 0;
};

class Writer {
public:
    explicit Writer(ReadDocument* doc) : doc_(doc), out_(doc->text) {}

    void text(std::string_view s) {
        for (char c : s) {
            if (pre_ > 0) {
                if (c == '\r') continue;
                if (c == '\n') { line_break(); continue; }
                put(c);
                continue;
            }
            if (is_html_space(c)) { space_ = true; continue; }
            put(c);
        }
    }

    void line_break() {
        if (!open_) return;
        trim_trailing_spaces();
        if (!out_.empty() && out_.back() != '\n' && out_.size() > block_begin_) out_ += '\n';
        space_ = false;
    }

    // Ends the paragraph being written (the next text starts a new one).
    void end_block() {
        if (!open_) return;
        trim_trailing_spaces();
        while (out_.size() > block_begin_ && out_.back() == '\n') out_.pop_back();
        trim_trailing_spaces();
        if (out_.size() > block_begin_)
            doc_->blocks.push_back({block_kind_, block_level_, {std::uint32_t(block_begin_), std::uint32_t(out_.size())}});
        else
            out_.resize(block_begin_ >= 2 ? block_begin_ - 2 : 0);
        // close spans at the paragraph's end
        for (auto& l : open_links_)
            if (l.begin_set && l.begin < out_.size()) l.end = out_.size();
        open_ = false;
        space_ = false;
    }

    std::vector<Context> contexts{Context{}};
    int pre_ = 0;
    std::uint8_t style = 0;

    struct OpenLink { std::size_t begin = 0, end = 0; bool begin_set = false; std::string target; };
    std::vector<OpenLink> open_links_;

    void open_link(std::string target) { open_links_.push_back({0, 0, false, std::move(target)}); }
    void close_link() {
        OpenLink l = std::move(open_links_.back());
        open_links_.pop_back();
        if (!l.begin_set) return;
        const std::size_t end = open_ ? out_.size() : l.end;
        if (end > l.begin) doc_->links.push_back({{std::uint32_t(l.begin), std::uint32_t(end)}, std::move(l.target)});
    }

private:
    void put(char c) {
        if (!open_) {
            if (!out_.empty()) out_ += "\n\n";
            block_begin_ = out_.size();
            block_kind_ = contexts.back().kind;
            block_level_ = contexts.back().level;
            open_ = true;
            space_ = false;
        } else if (space_) {
            if (out_.back() != '\n') out_ += ' ';
            space_ = false;
        }
        // spaces at the start of a line (after <br>) are dropped outside <pre>
        for (auto& l : open_links_)
            if (!l.begin_set) { l.begin = out_.size(); l.begin_set = true; }
        const std::size_t at = out_.size();
        out_ += c;
        if (style) {
            auto& styles = doc_->styles;
            if (!styles.empty() && styles.back().style == style && styles.back().range.end + 1 >= at &&
                styles.back().range.end >= block_begin_)
                styles.back().range.end = std::uint32_t(at + 1);
            else
                styles.push_back({{std::uint32_t(at), std::uint32_t(at + 1)}, style});
        }
    }

    void trim_trailing_spaces() {
        while (out_.size() > block_begin_ && (out_.back() == ' ' || out_.back() == '\t')) out_.pop_back();
    }

    ReadDocument* doc_;
    std::string&  out_;
    std::size_t   block_begin_ = 0;
    TextBlockKind block_kind_ = TextBlockKind::Paragraph;
    std::uint8_t  block_level_ = 0;
    bool          open_ = false;
    bool          space_ = false;
};

//-----------------------------------------------------------------------------
// [SECTION] Walk
//-----------------------------------------------------------------------------

bool is_block(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND: case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_CENTER:
        return true;
    default:
        return false;
    }
}

bool has_block_descendant(const HtmlTree& t, int n) {
    for (int c : t.at(n).children) {
        if (t.at(c).is_text()) continue;
        if (is_block(t.at(c).tag) || has_block_descendant(t, c)) return true;
    }
    return false;
}

// A row of cells holding only inline content: laid out as one line.
bool plain_row(const HtmlTree& t, int tr) {
    int cells = 0;
    for (int c : t.at(tr).children) {
        const HtmlNode& k = t.at(c);
        if (k.is_text()) continue;
        if (k.tag != GUMBO_TAG_TD && k.tag != GUMBO_TAG_TH) return false;
        if (has_block_descendant(t, c)) return false;
        ++cells;
    }
    return cells > 0;
}

struct Walk {
    const HtmlTree& t;
    Writer&         w;
    std::string     base;
    int             list_depth = 0;

    void node(int n) {
        const HtmlNode& e = t.at(n);
        if (e.removed) return;
        if (e.is_text()) { w.text(e.text); return; }
        switch (e.tag) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
            return;
        case GUMBO_TAG_BR:
            w.line_break();
            return;
        default:
            break;
        }
        if (e.tag == GUMBO_TAG_TR && plain_row(t, n)) { row(n); return; }
        const bool block = is_block(e.tag);
        const std::uint8_t saved_style = w.style;
        std::size_t contexts = w.contexts.size();
        if (block) {
            w.end_block();
            Context c = w.contexts.back();
            switch (e.tag) {
            case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
            case GUMBO_TAG_H6:
                c = {TextBlockKind::Heading, std::uint8_t(1 + int(e.tag) - int(GUMBO_TAG_H1))};
                break;
            case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
                c = {TextBlockKind::ListItem, std::uint8_t(std::max(1, list_depth))};
                break;
            case GUMBO_TAG_BLOCKQUOTE: c = {TextBlockKind::Quote, 0}; break;
            case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION: c = {TextBlockKind::Caption, 0}; break;
            case GUMBO_TAG_PRE: c = {TextBlockKind::Preformatted, 0}; break;
            case GUMBO_TAG_P:
                if (c.kind != TextBlockKind::Quote && c.kind != TextBlockKind::ListItem && c.kind != TextBlockKind::Caption)
                    c = {TextBlockKind::Paragraph, 0};
                break;
            default: break;
            }
            w.contexts.push_back(c);
        }
        if (e.tag == GUMBO_TAG_UL || e.tag == GUMBO_TAG_OL || e.tag == GUMBO_TAG_DL) ++list_depth;
        if (e.tag == GUMBO_TAG_PRE) ++w.pre_;
        if (e.tag == GUMBO_TAG_EM || e.tag == GUMBO_TAG_I || e.tag == GUMBO_TAG_CITE) w.style |= TextItalic;
        if (e.tag == GUMBO_TAG_STRONG || e.tag == GUMBO_TAG_B) w.style |= TextBold;
        if (e.tag == GUMBO_TAG_CODE || e.tag == GUMBO_TAG_KBD || e.tag == GUMBO_TAG_SAMP) w.style |= TextCode;
        const bool link = e.tag == GUMBO_TAG_A && t.has_attr(n, "href");
        if (link) w.open_link(resolve_url(base, t.attr(n, "href")));
        for (int c : e.children) node(c);
        if (link) w.close_link();
        w.style = saved_style;
        if (e.tag == GUMBO_TAG_PRE) --w.pre_;
        if (e.tag == GUMBO_TAG_UL || e.tag == GUMBO_TAG_OL || e.tag == GUMBO_TAG_DL) --list_depth;
        if (block) {
            w.end_block();
            w.contexts.resize(contexts);
        }
    }

    void row(int tr) {
        w.end_block();
        w.contexts.push_back({TextBlockKind::TableRow, 0});
        bool first = true;
        for (int c : t.at(tr).children) {
            if (t.at(c).is_text() || t.at(c).removed) continue;
            if (t.inner_text(c).empty()) continue;
            if (!first) w.text(" | ");
            first = false;
            w.text(" ");
            for (int k : t.at(c).children) node(k);
            w.text(" ");
        }
        w.end_block();
        w.contexts.pop_back();
    }
};

} // namespace

void lay_out_text(const HtmlTree& tree, int root, const std::string& base, ReadDocument* out) {
    Writer w(out);
    Walk walk{tree, w, base, 0};
    walk.node(root);
    w.end_block();
}

} // namespace gloss::formats
