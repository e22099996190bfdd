// Gloss formats — a web page's metadata (see page_metadata.hpp).
//
// Index of this file:
// [SECTION] Helpers
// [SECTION] JSON-LD
// [SECTION] Collecting
#include "page_metadata.hpp"

#include "gloss/dates.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <map>

namespace gloss::formats {

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

std::string iso_day_prefix(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t')) s.remove_prefix(1);
    if (s.size() < 10) return "";
    std::string day(s.substr(0, 10));
    if (day[4] == '/' && day[7] == '/') { day[4] = '-'; day[7] = '-'; }
    CalendarDate d;
    return parse_iso_day(day, &d) ? day : "";
}

namespace {

std::string collapse(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') { space = true; continue; }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

std::string attr(const GumboNode* n, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? std::string(a->value) : std::string();
}

std::string text_of(const GumboNode* n) {
    std::string out;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) return n->v.text.text;
    if (n->type != GUMBO_NODE_ELEMENT) return out;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) out += text_of(static_cast<const GumboNode*>(kids.data[i]));
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] JSON-LD
//-----------------------------------------------------------------------------

bool is_article_type(const nlohmann::json& type) {
    auto one = [](const std::string& t) {
        return t.find("Article") != std::string::npos || t == "BlogPosting" || t == "Report" || t == "WebPage" ||
               t == "LiveBlogPosting" || t == "SocialMediaPosting" || t == "Review";
    };
    if (type.is_string()) return one(type.get<std::string>());
    if (type.is_array())
        for (const auto& t : type)
            if (t.is_string() && one(t.get<std::string>())) return true;
    return false;
}

std::string names_of(const nlohmann::json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_object()) {
        const auto it = v.find("name");
        return it != v.end() && it->is_string() ? it->get<std::string>() : std::string();
    }
    if (v.is_array()) {
        std::string out;
        for (const auto& e : v) {
            const std::string n = names_of(e);
            if (n.empty()) continue;
            if (!out.empty()) out += ", ";
            out += n;
        }
        return out;
    }
    return "";
}

void read_json_ld(const nlohmann::json& j, PageMetadata* m, bool* found) {
    if (j.is_array()) {
        for (const auto& e : j) read_json_ld(e, m, found);
        return;
    }
    if (!j.is_object()) return;
    if (const auto g = j.find("@graph"); g != j.end()) read_json_ld(*g, m, found);
    const auto type = j.find("@type");
    if (type == j.end() || !is_article_type(*type)) return;
    const bool strong = !(type->is_string() && type->get<std::string>() == "WebPage");
    if (*found && !strong) return;
    auto str = [&](const char* key) {
        const auto it = j.find(key);
        return it != j.end() && it->is_string() ? collapse(it->get<std::string>()) : std::string();
    };
    if (const std::string h = str("headline"); !h.empty()) m->title = h;
    else if (const std::string n = str("name"); !n.empty() && m->title.empty()) m->title = n;
    if (const auto a = j.find("author"); a != j.end()) {
        const std::string names = names_of(*a);
        if (!names.empty()) m->byline = collapse(names);
    }
    if (const std::string d = iso_day_prefix(str("datePublished")); !d.empty()) m->published = d;
    if (const auto p = j.find("publisher"); p != j.end()) {
        const std::string name = names_of(*p);
        if (!name.empty()) m->site_name = collapse(name);
    }
    if (const std::string d = str("description"); !d.empty()) m->excerpt = d;
    if (strong) *found = true;
}

//-----------------------------------------------------------------------------
// [SECTION] Collecting
//-----------------------------------------------------------------------------

struct Collected {
    std::map<std::string, std::string> meta;  // lower-cased name/property -> first content
    std::string title_tag, lang, canonical, base, time_pubdate;
    std::vector<std::string> json_ld;
};

void collect(const GumboNode* n, Collected* c) {
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return;
    const GumboElement& e = n->v.element;
    switch (e.tag) {
    case GUMBO_TAG_TITLE:
        if (c->title_tag.empty()) c->title_tag = collapse(text_of(n));
        return;
    case GUMBO_TAG_HTML:
        c->lang = attr(n, "lang");
        break;
    case GUMBO_TAG_BASE:
        if (c->base.empty()) c->base = attr(n, "href");
        return;
    case GUMBO_TAG_LINK:
        if (lower(attr(n, "rel")) == "canonical" && c->canonical.empty()) c->canonical = attr(n, "href");
        return;
    case GUMBO_TAG_META: {
        const std::string content = attr(n, "content");
        if (content.empty()) return;
        for (const char* key : {"property", "name", "itemprop"}) {
            std::string k = lower(attr(n, key));
            if (k.empty()) continue;
            // a property may list several names
            std::size_t p = 0;
            while (p < k.size()) {
                std::size_t q = k.find(' ', p);
                if (q == std::string::npos) q = k.size();
                if (q > p) c->meta.emplace(k.substr(p, q - p), collapse(content));
                p = q + 1;
            }
        }
        return;
    }
    case GUMBO_TAG_SCRIPT:
        if (lower(attr(n, "type")) == "application/ld+json") c->json_ld.push_back(text_of(n));
        return;
    case GUMBO_TAG_TIME:
        if (c->time_pubdate.empty() && (gumbo_get_attribute(&e.attributes, "pubdate") ||
                                        lower(attr(n, "itemprop")) == "datepublished"))
            c->time_pubdate = attr(n, "datetime");
        break;
    default:
        break;
    }
    for (unsigned i = 0; i < e.children.length; ++i) collect(static_cast<const GumboNode*>(e.children.data[i]), c);
}

std::size_t word_count(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        const bool space = c == ' ';
        if (!space && !in) ++n;
        in = !space;
    }
    return n;
}

// "Story title | Site" -> "Story title" (the part before the last separator,
// when it keeps three words or more; else the part after the first).
std::string clean_title(const std::string& t) {
    static const char* const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xBB ", " / ", " :: ", " \\ "};
    std::size_t last = std::string::npos, last_len = 0, first = std::string::npos, first_len = 0;
    for (const char* s : seps) {
        const std::string sep(s);
        const std::size_t l = t.rfind(sep), f = t.find(sep);
        if (l != std::string::npos && (last == std::string::npos || l > last)) { last = l; last_len = sep.size(); }
        if (f != std::string::npos && (first == std::string::npos || f < first)) { first = f; first_len = sep.size(); }
    }
    if (last == std::string::npos) return t;
    std::string before = t.substr(0, last);
    if (word_count(before) >= 3) return before;
    std::string after = t.substr(first + first_len);
    (void)last_len;
    return word_count(after) >= 3 ? after : t;
}

// "Whales return | Ada Fenwick" → "Whales return": a suffix after a separator that only repeats the
// byline or the site's name (either case) is a credit, not part of the title.
std::string without_credit_suffix(const std::string& title, std::initializer_list<std::string> credits) {
    static const char* const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xBB "};
    const auto same = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size() || a.empty()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
        return true;
    };
    for (const char* s : seps) {
        const std::string sep(s);
        const std::size_t at = title.rfind(sep);
        if (at == std::string::npos || at == 0) continue;
        const std::string_view suffix = std::string_view(title).substr(at + sep.size());
        for (const std::string& credit : credits)
            if (same(suffix, credit)) return title.substr(0, at);
    }
    return title;
}

} // namespace

PageMetadata read_page_metadata(const GumboOutput* page) {
    Collected c;
    collect(page->root, &c);
    PageMetadata m;
    auto meta = [&](std::initializer_list<const char*> keys) {
        for (const char* k : keys) {
            const auto it = c.meta.find(k);
            if (it != c.meta.end() && !it->second.empty()) return it->second;
        }
        return std::string();
    };
    m.title = meta({"dc.title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title",
                    "twitter:title"});
    if (m.title.empty()) m.title = clean_title(c.title_tag);
    m.byline = meta({"dc.creator", "dcterm:creator", "author", "parsely-author", "article:author"});
    if (m.byline.find("://") != std::string::npos) m.byline.clear();  // an address, not a name
    m.site_name = meta({"og:site_name", "application-name"});
    m.excerpt = meta({"dc.description", "dcterm:description", "og:description", "weibo:article:description",
                      "description", "twitter:description"});
    for (const char* k : {"article:published_time", "og:article:published_time", "datepublished", "date",
                          "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "pubdate", "publishdate",
                          "publish-date", "parsely-pub-date", "sailthru.date", "citation_publication_date",
                          "citation_date"}) {
        const std::string d = iso_day_prefix(meta({k}));
        if (!d.empty()) { m.published = d; break; }
    }
    if (m.published.empty()) m.published = iso_day_prefix(c.time_pubdate);
    bool found = false;
    for (const std::string& s : c.json_ld) {
        const nlohmann::json j = nlohmann::json::parse(s, nullptr, false);
        if (!j.is_discarded()) read_json_ld(j, &m, &found);
    }
    m.language = c.lang;
    m.url = c.canonical.empty() ? meta({"og:url"}) : c.canonical;
    m.title = without_credit_suffix(m.title, {m.byline, m.site_name});
    return m;
}

std::string page_base(const GumboOutput* page) {
    Collected c;
    collect(page->root, &c);
    return c.base;
}

} // namespace gloss::formats
