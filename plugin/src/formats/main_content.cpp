// Gloss formats — main-content extraction.
//
// Index of this file:
// [SECTION] Hints (class and id words)
// [SECTION] Preparing the page
// [SECTION] Scoring
// [SECTION] Choosing the content
// [SECTION] Cleaning the content
// [SECTION] Attempts
//
// The method is the one the established extractors share (Arc90's
// readability and its descendants): paragraphs vote for their containers with
// their length and commas, containers are weighted by their class/id words and
// tag, discounted by the share of their text inside links; the best container
// is taken with the siblings that score close to it; then lists of links,
// forms and small widgets inside it are dropped.
#include "main_content.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace gloss::formats {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Hints
//-----------------------------------------------------------------------------

bool contains_any(std::string_view s, std::initializer_list<const char*> words) {
    for (const char* w : words)
        if (s.find(w) != std::string_view::npos) return true;
    return false;
}

// Containers of page furniture, unless also named as content.
bool unlikely_hint(std::string_view h) {
    return contains_any(h, {"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap",
                            "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
                            "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
                            "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote"});
}
bool maybe_content_hint(std::string_view h) {
    return contains_any(h, {"and", "article", "body", "column", "content", "main", "mathjax", "shadow"});
}
bool positive_hint(std::string_view h) {
    return contains_any(h, {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
                            "post", "text", "blog", "story"});
}
bool negative_hint(std::string_view h) {
    if (contains_any(h, {"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
                         "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
                         "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget"}))
        return true;
    // "hid" as a whole word
    std::size_t p = 0;
    while ((p = h.find("hid", p)) != std::string_view::npos) {
        const bool start = p == 0 || h[p - 1] == ' ';
        const bool end = p + 3 == h.size() || h[p + 3] == ' ';
        if (start && end) return true;
        p += 3;
    }
    return false;
}
bool byline_hint(std::string_view h) { return contains_any(h, {"byline", "author", "dateline", "writtenby", "p-author"}); }

// The class and id parts of a node's hints, each weighed on its own.
int class_weight(const HtmlNode& n, bool weigh) {
    if (!weigh) return 0;
    const std::string_view h = n.hints;
    const std::size_t split = h.rfind(' ');
    const std::string_view cls = h.substr(0, split), id = h.substr(split + 1);
    int w = 0;
    if (!cls.empty()) { if (negative_hint(cls)) w -= 25; if (positive_hint(cls)) w += 25; }
    if (!id.empty()) { if (negative_hint(id)) w -= 25; if (positive_hint(id)) w += 25; }
    return w;
}

bool is_heading(GumboTag t) {
    return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 ||
           t == GUMBO_TAG_H6;
}

// Inline (phrasing) elements: what a paragraph is made of.
bool is_phrasing_tag(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_ABBR: case GUMBO_TAG_AUDIO: case GUMBO_TAG_B: case GUMBO_TAG_BDO: case GUMBO_TAG_BR:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_CITE: case GUMBO_TAG_CODE: case GUMBO_TAG_DATA: case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_DFN: case GUMBO_TAG_EM: case GUMBO_TAG_EMBED: case GUMBO_TAG_I: case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_KBD: case GUMBO_TAG_LABEL: case GUMBO_TAG_MARK: case GUMBO_TAG_MATH:
    case GUMBO_TAG_METER: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_OBJECT: case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PROGRESS: case GUMBO_TAG_Q: case GUMBO_TAG_RUBY: case GUMBO_TAG_SAMP: case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TIME: case GUMBO_TAG_VAR: case GUMBO_TAG_WBR:
    case GUMBO_TAG_FONT: case GUMBO_TAG_U: case GUMBO_TAG_S: case GUMBO_TAG_TT:
        return true;
    default:
        return false;
    }
}

bool is_phrasing(const HtmlTree& t, int n) {
    const HtmlNode& node = t.at(n);
    if (node.is_text()) return true;
    if (is_phrasing_tag(node.tag)) return true;
    if (node.tag == GUMBO_TAG_A || node.tag == GUMBO_TAG_DEL || node.tag == GUMBO_TAG_INS) {
        for (int c : node.children)
            if (!is_phrasing(t, c)) return false;
        return true;
    }
    return false;
}

bool is_whitespace_text(const HtmlNode& n) {
    return n.is_text() && n.text.find_first_not_of(" \t\n\r\f") == std::string::npos;
}

bool has_block_child(const HtmlTree& t, int n) {
    for (int c : t.at(n).children) {
        const HtmlNode& k = t.at(c);
        if (k.is_text()) continue;
        switch (k.tag) {
        case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DL: case GUMBO_TAG_DIV: case GUMBO_TAG_IMG: case GUMBO_TAG_OL:
        case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL:
            return true;
        default:
            if (has_block_child(t, c)) return true;
        }
    }
    return false;
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Preparing the page
//-----------------------------------------------------------------------------

bool probably_visible(const HtmlTree& t, int n) {
    const std::string style = lower_ascii(t.attr(n, "style"));
    if (!style.empty()) {
        std::string compact;
        for (char c : style)
            if (c != ' ') compact += c;
        if (compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos)
            return false;
    }
    if (t.has_attr(n, "hidden")) return false;
    if (t.attr(n, "aria-hidden") == "true" && t.at(n).hints.find("fallback-image") == std::string::npos) return false;
    return true;
}

// Drop scripts, styles and the like; turn runs of two or more <br> into
// paragraph breaks (the text after them becomes a <p>).
void prepare(HtmlTree& t) {
    for (std::size_t i = 0; i < t.nodes.size(); ++i) {
        HtmlNode& n = t.nodes[i];
        if (n.removed || n.is_text()) continue;
        if (n.tag == GUMBO_TAG_SCRIPT || n.tag == GUMBO_TAG_STYLE || n.tag == GUMBO_TAG_NOSCRIPT ||
            n.tag == GUMBO_TAG_TEMPLATE || n.tag == GUMBO_TAG_LINK || n.tag == GUMBO_TAG_META)
            t.detach(int(i));
    }
    const std::size_t count = t.nodes.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (t.nodes[i].removed || t.nodes[i].tag != GUMBO_TAG_BR || t.nodes[i].parent < 0) continue;
        const int br = int(i);
        const int parent = t.at(br).parent;
        auto& sib = t.at(parent).children;
        auto it = std::find(sib.begin(), sib.end(), br);
        if (it == sib.end()) continue;
        // Another <br> after only whitespace?
        std::size_t k = std::size_t(it - sib.begin()) + 1;
        bool run = false;
        while (k < sib.size()) {
            const HtmlNode& s = t.at(sib[k]);
            if (is_whitespace_text(s)) { ++k; continue; }
            if (s.tag == GUMBO_TAG_BR) { run = true; }
            break;
        }
        if (!run) continue;
        // Remove the following brs (and whitespace between), then gather the
        // phrasing content after them into a new paragraph.
        const std::size_t pos = std::size_t(it - sib.begin());
        std::size_t j = pos + 1;
        while (j < sib.size()) {
            const HtmlNode& s = t.at(sib[j]);
            if (is_whitespace_text(s) || s.tag == GUMBO_TAG_BR) {
                if (s.tag == GUMBO_TAG_BR) t.nodes[std::size_t(sib[j])].removed = true;
                sib.erase(sib.begin() + long(j));
                continue;
            }
            break;
        }
        const int p = t.make_element(GUMBO_TAG_P);
        std::vector<int>& siblings = t.at(parent).children;  // make_element may have moved nodes
        while (pos + 1 < siblings.size()) {
            const int next = siblings[pos + 1];
            const HtmlNode& s = t.at(next);
            if (s.tag == GUMBO_TAG_BR) {
                // stop at the next <br><br>
                std::size_t q = pos + 2;
                while (q < siblings.size() && is_whitespace_text(t.at(siblings[q]))) ++q;
                if (q < siblings.size() && t.at(siblings[q]).tag == GUMBO_TAG_BR) break;
            }
            if (!is_phrasing(t, next)) break;
            t.at(p).children.push_back(next);
            t.at(next).parent = p;
            siblings.erase(siblings.begin() + long(pos + 1));
        }
        // trailing whitespace out of the paragraph
        auto& pk = t.at(p).children;
        while (!pk.empty() && is_whitespace_text(t.at(pk.back()))) pk.pop_back();
        t.at(p).parent = parent;
        t.at(parent).children[pos] = p;  // the first <br> becomes the paragraph
        t.nodes[std::size_t(br)].removed = true;
        if (t.at(parent).tag == GUMBO_TAG_P) t.at(parent).tag = GUMBO_TAG_DIV;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Scoring
//-----------------------------------------------------------------------------

enum Flags : unsigned { StripUnlikely = 1, WeighClasses = 2, CleanConditionally = 4 };

struct Pass {
    HtmlTree&   t;
    unsigned    flags;
    std::string title;
    bool        have_byline;
    std::string byline;
    std::vector<int> candidates;

    void initialize(int n) {
        HtmlNode& node = t.at(n);
        node.scored = true;
        double s = 0;
        switch (node.tag) {
        case GUMBO_TAG_DIV: s = 5; break;
        case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: s = 3; break;
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
        case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: s = -3; break;
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
        case GUMBO_TAG_H6: case GUMBO_TAG_TH: s = -5; break;
        default: break;
        }
        node.score = s + class_weight(node, flags & WeighClasses);
        candidates.push_back(n);
    }

    bool without_content(int n) const {
        const HtmlNode& node = t.at(n);
        for (int c : node.children) {
            const HtmlNode& k = t.at(c);
            if (k.is_text()) { if (!is_whitespace_text(k)) return false; continue; }
            if (k.tag != GUMBO_TAG_BR && k.tag != GUMBO_TAG_HR) return false;
        }
        return true;
    }

    // Word overlap of a heading with the title (1 = all of the heading's words).
    static double similarity(const std::string& a, const std::string& b) {
        auto words = [](const std::string& s) {
            std::vector<std::string> out;
            std::string cur;
            for (char c : lower_ascii(s)) {
                const unsigned char u = static_cast<unsigned char>(c);
                if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80) cur += c;
                else if (!cur.empty()) { out.push_back(cur); cur.clear(); }
            }
            if (!cur.empty()) out.push_back(cur);
            return out;
        };
        const auto wa = words(a), wb = words(b);
        if (wa.empty() || wb.empty()) return 0;
        std::size_t total = 0, unique = 0;
        for (const auto& w : wb) {
            total += w.size() + 1;
            if (std::find(wa.begin(), wa.end(), w) == wa.end()) unique += w.size() + 1;
        }
        return 1.0 - double(unique) / double(total);
    }

    // Walk the page: drop hidden nodes, bylines, the title's repeat and
    // unlikely containers; turn text-only divs into paragraphs; list what to score.
    std::vector<int> collect() {
        std::vector<int> to_score;
        bool title_repeat_removed = title.empty();
        int n = t.body;
        while (n >= 0) {
            HtmlNode& node = t.at(n);
            const std::string_view hints = node.hints;
            if (!probably_visible(t, n) || (t.attr(n, "role") == "dialog" && t.attr(n, "aria-modal") == "true")) {
                const int next = next_node(t, n, true);
                t.detach(n);
                n = next;
                continue;
            }
            if (byline.empty() && !have_byline &&
                (t.attr(n, "rel") == "author" || t.attr(n, "itemprop").find("author") != std::string_view::npos ||
                 byline_hint(hints))) {
                const std::string text = t.inner_text(n);
                if (!text.empty() && text.size() < 100) {
                    byline = text;
                    const int next = next_node(t, n, true);
                    t.detach(n);
                    n = next;
                    continue;
                }
            }
            if (!title_repeat_removed && (node.tag == GUMBO_TAG_H1 || node.tag == GUMBO_TAG_H2) &&
                similarity(title, t.inner_text(n)) > 0.75) {
                title_repeat_removed = true;
                const int next = next_node(t, n, true);
                t.detach(n);
                n = next;
                continue;
            }
            if (flags & StripUnlikely) {
                const std::string_view role = t.attr(n, "role");
                const bool unlikely = unlikely_hint(hints) && !maybe_content_hint(hints) &&
                                      !t.has_ancestor(n, GUMBO_TAG_TABLE) && !t.has_ancestor(n, GUMBO_TAG_CODE) &&
                                      node.tag != GUMBO_TAG_BODY && node.tag != GUMBO_TAG_A;
                const bool furniture_role = role == "menu" || role == "menubar" || role == "complementary" ||
                                            role == "navigation" || role == "alert" || role == "alertdialog" ||
                                            role == "dialog";
                if (unlikely || furniture_role) {
                    const int next = next_node(t, n, true);
                    t.detach(n);
                    n = next;
                    continue;
                }
            }
            if ((node.tag == GUMBO_TAG_DIV || node.tag == GUMBO_TAG_SECTION || node.tag == GUMBO_TAG_HEADER ||
                 is_heading(node.tag)) && without_content(n)) {
                const int next = next_node(t, n, true);
                t.detach(n);
                n = next;
                continue;
            }
            const GumboTag tag = node.tag;
            if (tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
                tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6 || tag == GUMBO_TAG_P || tag == GUMBO_TAG_TD ||
                tag == GUMBO_TAG_PRE)
                to_score.push_back(n);
            if (tag == GUMBO_TAG_DIV) {
                wrap_phrasing_runs(n);
                const std::vector<int> kids = t.element_children(n);
                bool loose_text = false;
                for (int c : t.at(n).children)
                    if (t.at(c).is_text() && !is_whitespace_text(t.at(c))) loose_text = true;
                if (kids.size() == 1 && t.at(kids[0]).tag == GUMBO_TAG_P && !loose_text && t.link_density(n) < 0.25) {
                    // the div is only a wrapper of its paragraph: the paragraph takes its place
                    const int p = kids[0];
                    const int parent = t.at(n).parent;
                    auto& sib = t.at(parent).children;
                    std::replace(sib.begin(), sib.end(), n, p);
                    t.at(p).parent = parent;
                    t.at(n).removed = true;
                    t.at(n).children.clear();
                    n = p;
                    to_score.push_back(n);
                } else if (!has_block_child(t, n)) {
                    t.at(n).tag = GUMBO_TAG_P;
                    to_score.push_back(n);
                }
            }
            n = next_node(t, n, false);
        }
        return to_score;
    }

    // Runs of inline content directly in a div become paragraphs of their own.
    void wrap_phrasing_runs(int div) {
        std::vector<int> out;
        int p = -1;
        const std::vector<int> kids = t.at(div).children;
        for (int c : kids) {
            if (is_phrasing(t, c)) {
                if (p < 0) {
                    if (is_whitespace_text(t.at(c))) { out.push_back(c); continue; }
                    p = t.make_element(GUMBO_TAG_P);
                    t.at(p).parent = div;
                    out.push_back(p);
                }
                t.at(p).children.push_back(c);
                t.at(c).parent = p;
            } else {
                if (p >= 0) {
                    auto& pk = t.at(p).children;
                    while (!pk.empty() && is_whitespace_text(t.at(pk.back()))) {
                        out.insert(out.end(), pk.back());
                        t.at(pk.back()).parent = div;
                        pk.pop_back();
                    }
                }
                p = -1;
                out.push_back(c);
            }
        }
        t.at(div).children = std::move(out);
    }

    void score(const std::vector<int>& to_score) {
        for (int e : to_score) {
            if (t.at(e).removed || t.at(e).parent < 0) continue;
            const std::string text = t.inner_text(e);
            std::size_t length = 0, commas = 0;
            for (std::size_t i = 0; i < text.size(); ++i) {
                const unsigned char c = static_cast<unsigned char>(text[i]);
                if ((c & 0xC0) != 0x80) ++length;
                if (c == ',') ++commas;
                // ，、،﹐︐︑⹁⸴⸲﹑ (fullwidth and other commas)
                if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBC &&
                    static_cast<unsigned char>(text[i + 2]) == 0x8C) ++commas;
                if (c == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                    static_cast<unsigned char>(text[i + 2]) == 0x81) ++commas;
                if (c == 0xD8 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x8C) ++commas;
            }
            if (length < 25) continue;
            const double content = 1.0 + double(commas + 1) + std::min(std::floor(double(length) / 100.0), 3.0);
            int level = 0;
            for (int a = t.at(e).parent; a >= 0 && level < 5; a = t.at(a).parent, ++level) {
                if (t.at(a).parent < 0) break;  // the root element does not take a score
                if (!t.at(a).scored) initialize(a);
                const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : double(level) * 3.0;
                t.at(a).score += content / divider;
            }
        }
        for (int c : candidates) t.at(c).score *= (1.0 - t.link_density(c));
    }

    //-------------------------------------------------------------------------
    // [SECTION] Choosing the content
    //-------------------------------------------------------------------------

    std::vector<int> ancestors(int n) const {
        std::vector<int> out;
        for (int a = t.at(n).parent; a >= 0; a = t.at(a).parent) out.push_back(a);
        return out;
    }

    int choose() {
        std::vector<int> top;
        for (int c : candidates) {
            if (t.at(c).removed || !attached(c)) continue;
            top.push_back(c);
        }
        std::stable_sort(top.begin(), top.end(), [&](int a, int b) { return t.at(a).score > t.at(b).score; });
        if (top.size() > 5) top.resize(5);
        if (top.empty() || t.at(top[0]).tag == GUMBO_TAG_BODY) return -1;
        int best = top[0];
        std::vector<std::vector<int>> alternatives;
        for (std::size_t i = 1; i < top.size(); ++i)
            if (t.at(top[i]).score / t.at(best).score >= 0.75) alternatives.push_back(ancestors(top[i]));
        if (alternatives.size() >= 3) {
            for (int p = t.at(best).parent; p >= 0 && t.at(p).tag != GUMBO_TAG_BODY; p = t.at(p).parent) {
                int lists = 0;
                for (const auto& a : alternatives) lists += std::find(a.begin(), a.end(), p) != a.end();
                if (lists >= 3) { best = p; break; }
            }
        }
        if (!t.at(best).scored) initialize(best);
        double last = t.at(best).score;
        const double threshold = last / 3;
        for (int p = t.at(best).parent; p >= 0 && t.at(p).tag != GUMBO_TAG_BODY; p = t.at(p).parent) {
            if (!t.at(p).scored) continue;
            const double s = t.at(p).score;
            if (s < threshold) break;
            if (s > last) { best = p; break; }
            last = s;
        }
        for (int p = t.at(best).parent; p >= 0 && t.at(p).tag != GUMBO_TAG_BODY && t.element_children(p).size() == 1;
             p = t.at(best).parent)
            best = p;
        if (!t.at(best).scored) initialize(best);
        return best;
    }

    bool attached(int n) const {
        for (int p = n; p >= 0; p = t.at(p).parent) {
            if (t.at(p).removed) return false;
            if (p == t.html) return true;
        }
        return false;
    }

    // The chosen node with its siblings that score close to it, in one new div.
    int gather(int best) {
        const int article = t.make_element(GUMBO_TAG_DIV);
        if (best < 0) {
            // no candidate: the whole body
            for (int c : t.at(t.body).children) { t.at(article).children.push_back(c); t.at(c).parent = article; }
            t.at(t.body).children.clear();
            t.at(article).parent = t.body;
            t.at(t.body).children.push_back(article);
            return article;
        }
        const double best_score = t.at(best).score;
        const double threshold = std::max(10.0, best_score * 0.2);
        const int parent = t.at(best).parent;
        const std::string best_class = class_of(best);
        const std::vector<int> siblings = t.element_children(parent);
        for (int s : siblings) {
            bool keep = s == best;
            if (!keep) {
                double bonus = 0;
                if (!best_class.empty() && class_of(s) == best_class) bonus += best_score * 0.2;
                if (t.at(s).scored && t.at(s).score + bonus >= threshold) {
                    keep = true;
                } else if (t.at(s).tag == GUMBO_TAG_P) {
                    const double density = t.link_density(s);
                    const std::string text = t.inner_text(s);
                    const std::size_t length = t.text_length(s);
                    if (length > 80 && density < 0.25) keep = true;
                    else if (length < 80 && length > 0 && density == 0 &&
                             (text.find(". ") != std::string::npos || (!text.empty() && text.back() == '.')))
                        keep = true;
                }
            }
            if (keep) {
                auto& sib = t.at(parent).children;
                sib.erase(std::remove(sib.begin(), sib.end(), s), sib.end());
                t.at(article).children.push_back(s);
                t.at(s).parent = article;
            }
        }
        t.at(article).parent = parent;
        return article;
    }

    std::string class_of(int n) const {
        const std::string_view h = t.at(n).hints;
        return std::string(h.substr(0, h.rfind(' ')));
    }

    //-------------------------------------------------------------------------
    // [SECTION] Cleaning the content
    //-------------------------------------------------------------------------

    void descendants(int n, std::vector<int>& out) const {
        for (int c : t.at(n).children) {
            if (t.at(c).is_text()) continue;
            out.push_back(c);
            descendants(c, out);
        }
    }

    bool data_table(int table) const {
        if (t.attr(table, "role") == "presentation") return false;
        if (t.attr(table, "datatable") == "0") return false;
        if (t.has_attr(table, "summary")) return true;
        static const GumboTag caption[] = {GUMBO_TAG_CAPTION, GUMBO_TAG_LAST};
        static const GumboTag structure[] = {GUMBO_TAG_COL, GUMBO_TAG_COLGROUP, GUMBO_TAG_TFOOT, GUMBO_TAG_THEAD,
                                             GUMBO_TAG_TH, GUMBO_TAG_LAST};
        static const GumboTag tables[] = {GUMBO_TAG_TABLE, GUMBO_TAG_LAST};
        static const GumboTag rows_tag[] = {GUMBO_TAG_TR, GUMBO_TAG_LAST};
        if (t.count_tags(table, caption) > 0) return true;
        if (t.count_tags(table, structure) > 0) return true;
        if (t.count_tags(table, tables) > 0) return false;
        const std::size_t rows = t.count_tags(table, rows_tag);
        std::size_t columns = 0;
        std::vector<int> all;
        descendants(table, all);
        for (int r : all) {
            if (t.at(r).tag != GUMBO_TAG_TR) continue;
            std::size_t cells = 0;
            for (int c : t.element_children(r))
                if (t.at(c).tag == GUMBO_TAG_TD) ++cells;
            columns = std::max(columns, cells);
        }
        if (rows >= 10 || columns > 4) return true;
        return rows * columns > 10;
    }

    bool in_data_table(int n) const {
        for (int p = t.at(n).parent; p >= 0; p = t.at(p).parent)
            if (t.at(p).tag == GUMBO_TAG_TABLE && data_table(p)) return true;
        return false;
    }

    double text_density(int n, const GumboTag* tags, std::size_t length) const {
        if (length == 0) return 0;
        std::vector<int> all;
        descendants(n, all);
        std::size_t inside = 0;
        for (int d : all) {
            bool match = false;
            for (const GumboTag* tg = tags; *tg != GUMBO_TAG_LAST; ++tg) match |= t.at(d).tag == *tg;
            if (match) inside += t.text_length(d);
        }
        return double(inside) / double(length);
    }

    bool should_remove(int n) {
        const HtmlNode& node = t.at(n);
        if (node.tag == GUMBO_TAG_TABLE && data_table(n)) return false;
        if (in_data_table(n)) return false;
        if (t.has_ancestor(n, GUMBO_TAG_CODE)) return false;
        const std::string text = t.inner_text(n);
        std::size_t length = 0;
        for (char c : text)
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++length;
        bool is_list = node.tag == GUMBO_TAG_UL || node.tag == GUMBO_TAG_OL;
        if (!is_list && length > 0) {
            std::vector<int> all;
            descendants(n, all);
            std::size_t list_length = 0;
            for (int d : all)
                if (t.at(d).tag == GUMBO_TAG_UL || t.at(d).tag == GUMBO_TAG_OL) list_length += t.text_length(d);
            is_list = double(list_length) / double(length) > 0.9;
        }
        const int weight = class_weight(node, flags & WeighClasses);
        if (weight < 0) return true;
        if (std::count(text.begin(), text.end(), ',') >= 10) return false;
        static const GumboTag p_tag[] = {GUMBO_TAG_P, GUMBO_TAG_LAST};
        static const GumboTag img_tag[] = {GUMBO_TAG_IMG, GUMBO_TAG_LAST};
        static const GumboTag li_tag[] = {GUMBO_TAG_LI, GUMBO_TAG_LAST};
        static const GumboTag input_tag[] = {GUMBO_TAG_INPUT, GUMBO_TAG_LAST};
        static const GumboTag embed_tags[] = {GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_IFRAME, GUMBO_TAG_LAST};
        static const GumboTag heading_tags[] = {GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4,
                                                GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_LAST};
        static const GumboTag textish[] = {GUMBO_TAG_SPAN, GUMBO_TAG_LI, GUMBO_TAG_TD, GUMBO_TAG_BLOCKQUOTE,
                                           GUMBO_TAG_DL, GUMBO_TAG_DIV, GUMBO_TAG_IMG, GUMBO_TAG_OL, GUMBO_TAG_P,
                                           GUMBO_TAG_PRE, GUMBO_TAG_TABLE, GUMBO_TAG_UL, GUMBO_TAG_LAST};
        const double p = double(t.count_tags(n, p_tag));
        const double img = double(t.count_tags(n, img_tag));
        const double li = double(t.count_tags(n, li_tag)) - 100;
        const double input = double(t.count_tags(n, input_tag));
        const double embeds = double(t.count_tags(n, embed_tags));
        const double heading_density = text_density(n, heading_tags, length);
        const std::string lower = lower_ascii(text);
        if (lower == "ad" || lower == "advertising" || lower == "advertisement" || lower == "loading" ||
            lower == "loading..." || lower == "loading\xE2\x80\xA6")
            return true;
        const double density = t.link_density(n);
        const double textish_density = text_density(n, textish, length);
        const bool in_figure = t.has_ancestor(n, GUMBO_TAG_FIGURE);
        bool remove = false;
        if (!in_figure && img > 1 && p / img < 0.5) remove = true;
        if (!is_list && li > p) remove = true;
        if (input > std::floor(p / 3)) remove = true;
        if (!is_list && !in_figure && heading_density < 0.9 && length < 25 && (img == 0 || img > 2) && density > 0)
            remove = true;
        if (!is_list && weight < 25 && density > 0.2) remove = true;
        if (weight >= 25 && density > 0.5) remove = true;
        if ((embeds == 1 && length < 75) || embeds > 1) remove = true;
        if (img == 0 && textish_density == 0) remove = true;
        if (is_list && remove) {
            for (int c : t.element_children(n))
                if (t.element_children(c).size() > 1) return true;
            if (img == double(t.count_tags(n, li_tag))) return false;
        }
        return remove;
    }

    void clean_conditionally(int root, GumboTag tag) {
        if (!(flags & CleanConditionally)) return;
        std::vector<int> all;
        descendants(root, all);
        // deepest first would differ from the document order the reference
        // takes; document order, skipping what an earlier removal took out
        for (int n : all) {
            if (t.at(n).tag != tag || !inside(n, root)) continue;
            if (should_remove(n)) t.detach(n);
        }
    }

    bool inside(int n, int root) const {
        for (int p = n; p >= 0; p = t.at(p).parent) {
            if (t.at(p).removed) return false;
            if (p == root) return true;
        }
        return false;
    }

    void remove_tags(int root, std::initializer_list<GumboTag> tags) {
        std::vector<int> all;
        descendants(root, all);
        for (int n : all)
            for (GumboTag tg : tags)
                if (t.at(n).tag == tg && inside(n, root)) { t.detach(n); break; }
    }

    void clean(int root) {
        clean_conditionally(root, GUMBO_TAG_FORM);
        clean_conditionally(root, GUMBO_TAG_FIELDSET);
        remove_tags(root, {GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_FOOTER, GUMBO_TAG_LINK, GUMBO_TAG_ASIDE,
                           GUMBO_TAG_IFRAME, GUMBO_TAG_INPUT, GUMBO_TAG_TEXTAREA, GUMBO_TAG_SELECT,
                           GUMBO_TAG_BUTTON});
        // share widgets
        std::vector<int> all;
        descendants(root, all);
        for (int n : all) {
            if (!inside(n, root)) continue;
            if (t.at(n).hints.find("share") != std::string::npos && t.text_length(n) < 500) t.detach(n);
        }
        clean_conditionally(root, GUMBO_TAG_TABLE);
        clean_conditionally(root, GUMBO_TAG_UL);
        clean_conditionally(root, GUMBO_TAG_DIV);
        // headings named as furniture
        all.clear();
        descendants(root, all);
        for (int n : all) {
            if (!inside(n, root)) continue;
            if ((t.at(n).tag == GUMBO_TAG_H1 || t.at(n).tag == GUMBO_TAG_H2) && class_weight(t.at(n), flags & WeighClasses) < 0)
                t.detach(n);
        }
    }
};

//-----------------------------------------------------------------------------
// [SECTION] Attempts
//-----------------------------------------------------------------------------

} // namespace

MainContent extract_main_content(const GumboOutput* page, const std::string& title, bool have_byline) {
    unsigned flags = StripUnlikely | WeighClasses | CleanConditionally;
    MainContent longest;
    std::size_t longest_length = 0;
    for (int attempt = 0; attempt < 4; ++attempt) {
        MainContent out;
        out.tree = std::make_unique<HtmlTree>(page);
        HtmlTree& t = *out.tree;
        prepare(t);
        Pass pass{t, flags, title, have_byline, {}, {}};
        const std::vector<int> to_score = pass.collect();
        pass.score(to_score);
        const int best = pass.choose();
        const int article = pass.gather(best);
        pass.clean(article);
        out.root = article;
        out.byline = pass.byline;
        const std::size_t length = t.text_length(article);
        if (length >= 500) return out;
        if (length > longest_length || !longest.tree) {
            longest_length = length;
            longest = std::move(out);
        }
        if (flags & StripUnlikely) flags &= ~unsigned(StripUnlikely);
        else if (flags & WeighClasses) flags &= ~unsigned(WeighClasses);
        else if (flags & CleanConditionally) flags &= ~unsigned(CleanConditionally);
        else break;
    }
    return longest;
}

MainContent whole_body(const GumboOutput* page) {
    MainContent out;
    out.tree = std::make_unique<HtmlTree>(page);
    prepare(*out.tree);
    out.root = out.tree->body;
    return out;
}

} // namespace gloss::formats
