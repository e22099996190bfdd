// Gloss formats — the editable page tree (see html_tree.hpp).
#include "html_tree.hpp"

#include <algorithm>
#include <cstring>

namespace gloss::formats {

namespace {

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

void append_lower(std::string& out, const char* s) {
    for (; *s; ++s) out += (*s >= 'A' && *s <= 'Z') ? char(*s - 'A' + 'a') : *s;
}

} // namespace

HtmlTree::HtmlTree(const GumboOutput* output) {
    nodes.reserve(1024);
    html = copy(output->root, -1);
    for (int c : at(html).children) {
        if (at(c).tag == GUMBO_TAG_HEAD) head = c;
        if (at(c).tag == GUMBO_TAG_BODY) body = c;
    }
    if (body < 0) {  // gumbo always makes one; keep the tree usable regardless
        body = make_element(GUMBO_TAG_BODY);
        at(body).parent = html;
        at(html).children.push_back(body);
    }
}

int HtmlTree::copy(const GumboNode* g, int parent) {
    const int index = static_cast<int>(nodes.size());
    nodes.emplace_back();
    HtmlNode& n = nodes.back();
    n.parent = parent;
    if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE || g->type == GUMBO_NODE_CDATA) {
        n.tag = GUMBO_TAG_LAST;
        n.text = g->v.text.text;
        return index;
    }
    n.tag = g->v.element.tag;
    n.source = g;
    if (const GumboAttribute* a = gumbo_get_attribute(&g->v.element.attributes, "class")) append_lower(n.hints, a->value);
    n.hints += ' ';
    if (const GumboAttribute* a = gumbo_get_attribute(&g->v.element.attributes, "id")) append_lower(n.hints, a->value);
    if (g->type == GUMBO_NODE_TEMPLATE) return index;
    const GumboVector& kids = g->v.element.children;
    std::vector<int> children;
    children.reserve(kids.length);
    for (unsigned i = 0; i < kids.length; ++i) {
        const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
        if (k->type == GUMBO_NODE_COMMENT) continue;
        children.push_back(copy(k, index));
    }
    nodes[static_cast<std::size_t>(index)].children = std::move(children);
    return index;
}

std::string_view HtmlTree::attr(int n, const char* name) const {
    const GumboNode* g = at(n).source;
    if (!g) return {};
    const GumboAttribute* a = gumbo_get_attribute(&g->v.element.attributes, name);
    return a ? std::string_view(a->value) : std::string_view();
}

bool HtmlTree::has_attr(int n, const char* name) const {
    const GumboNode* g = at(n).source;
    return g && gumbo_get_attribute(&g->v.element.attributes, name) != nullptr;
}

std::vector<int> HtmlTree::element_children(int n) const {
    std::vector<int> out;
    for (int c : at(n).children)
        if (!at(c).is_text()) out.push_back(c);
    return out;
}

void HtmlTree::detach(int n) {
    HtmlNode& node = at(n);
    node.removed = true;
    if (node.parent < 0) return;
    auto& siblings = at(node.parent).children;
    siblings.erase(std::remove(siblings.begin(), siblings.end(), n), siblings.end());
}

int HtmlTree::make_element(GumboTag tag) {
    nodes.emplace_back();
    nodes.back().tag = tag;
    nodes.back().hints = " ";
    return static_cast<int>(nodes.size()) - 1;
}

void HtmlTree::raw_text(int n, std::string& out) const {
    const HtmlNode& node = at(n);
    if (node.is_text()) { out += node.text; return; }
    if (node.tag == GUMBO_TAG_SCRIPT || node.tag == GUMBO_TAG_STYLE) return;
    for (int c : node.children) raw_text(c, out);
}

std::string HtmlTree::inner_text(int n) const {
    std::string raw;
    raw_text(n, raw);
    std::string out;
    out.reserve(raw.size());
    bool space = false;
    for (char c : raw) {
        if (is_html_space(c)) { space = true; continue; }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// Counts code points of the collapsed text (a whitespace run counts one,
// leading and trailing runs count too: close enough for ratios).
void HtmlTree::measure(int n, std::size_t* total, std::size_t* linked, bool in_link, double weight, double* weighted) const {
    const HtmlNode& node = at(n);
    if (node.is_text()) {
        std::size_t count = 0;
        bool space = false;
        for (char c : node.text) {
            if (is_html_space(c)) { if (!space) ++count; space = true; continue; }
            space = false;
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
        }
        *total += count;
        if (in_link) { *linked += count; *weighted += weight * double(count); }
        return;
    }
    if (node.tag == GUMBO_TAG_SCRIPT || node.tag == GUMBO_TAG_STYLE) return;
    if (node.tag == GUMBO_TAG_A && !in_link) {
        in_link = true;
        const std::string_view href = attr(n, "href");
        weight = (!href.empty() && href[0] == '#' && href.size() > 1) ? 0.3 : 1.0;
    }
    for (int c : node.children) measure(c, total, linked, in_link, weight, weighted);
}

std::size_t HtmlTree::text_length(int n) const {
    // Trimmed length: measure, then drop a leading/trailing space estimate.
    const std::string t = inner_text(n);
    std::size_t count = 0;
    for (char c : t)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

double HtmlTree::link_density(int n) const {
    std::size_t total = 0, linked = 0;
    double weighted = 0;
    measure(n, &total, &linked, false, 1.0, &weighted);
    if (total == 0) return 0;
    return weighted / double(total);
}

std::size_t HtmlTree::count_tags(int n, const GumboTag* tags) const {
    std::size_t count = 0;
    for (int c : at(n).children) {
        const HtmlNode& k = at(c);
        if (k.is_text()) continue;
        for (const GumboTag* t = tags; *t != GUMBO_TAG_LAST; ++t)
            if (k.tag == *t) { ++count; break; }
        count += count_tags(c, tags);
    }
    return count;
}

bool HtmlTree::has_ancestor(int n, GumboTag tag, int max_depth) const {
    int depth = 0;
    for (int p = at(n).parent; p >= 0; p = at(p).parent) {
        if (max_depth > 0 && ++depth > max_depth) return false;
        if (at(p).tag == tag) return true;
    }
    return false;
}

int next_node(const HtmlTree& t, int n, bool skip_children) {
    if (!skip_children) {
        for (int c : t.at(n).children)
            if (!t.at(c).is_text()) return c;
    }
    for (int cur = n; cur >= 0; cur = t.at(cur).parent) {
        const int p = t.at(cur).parent;
        if (p < 0) return -1;
        const auto& sib = t.at(p).children;
        auto it = std::find(sib.begin(), sib.end(), cur);
        if (it == sib.end()) continue;  // detached: climb
        for (++it; it != sib.end(); ++it)
            if (!t.at(*it).is_text()) return *it;
    }
    return -1;
}

} // namespace gloss::formats
