// Gloss export — the handout. See gloss/classroom.hpp.
//
// Index of this file:
// [SECTION] Which annotations get a mark
// [SECTION] Endnotes by kind
// [SECTION] Teacher's notes and lesson path
// [SECTION] write_handout
//
// Marks are numbered per kind in reading order (●1 ●2 … ◆1 ◆2 …); mark
// "m-fig-3" links to endnote "n-fig-3", whose back-link returns to it.
#include "gloss/classroom.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "article_html.hpp"
#include "article_words.hpp"
#include "bar_chart_svg.hpp"
#include "gloss/document.hpp"
#include "html_text.hpp"
#include "page_style.hpp"

namespace gloss {

namespace {

using html::append_text;

//-----------------------------------------------------------------------------
// [SECTION] Which annotations get a mark
//-----------------------------------------------------------------------------

// A figure worth a note: a count of something named, an amount, a share or
// a change (not a date, an issue number or a bare number), or anything with
// a derived value or a conflict.
bool figure_is_noted(const Annotation& a) {
    const FigureBody& f = a.figure();
    if (!f.derived.empty() || f.conflict >= 0) return true;
    if (f.kind == "count" || f.kind == "quantity") return !f.counts.empty() || !f.unit.empty();
    for (const char* k : {"percent", "change", "money", "range", "rate"})
        if (f.kind == k) return true;
    return false;
}

struct Noted {
    int         item = -1;      // index into set.items, or -1 for a teacher's note
    int         note = -1;      // index into input.notes
    const char* kind = "fig";   // fig | src | term | conf | note
    int         number = 0;     // per kind, in reading order
    std::string id() const { return std::string(kind) + "-" + std::to_string(number); }
    std::string mark_id() const { return "m-" + id(); }
    std::string note_id() const { return "n-" + id(); }
};

const char* kind_word(std::string_view kind) {
    if (kind == "fig") return "figure";
    if (kind == "src") return "source check";
    if (kind == "term") return "term";
    if (kind == "conf") return "conflict";
    return "teacher's note";
}

// The back-link that opens every endnote: the kind's shape, its number, "↩".
void append_back_link(std::string& out, const Noted& n) {
    out += "<a class=\"back mark mk-";
    out += n.kind;
    out += "\" href=\"#" + n.mark_id() + "\" aria-label=\"Back to ";
    out += kind_word(n.kind);
    out += ' ' + std::to_string(n.number) + " in the text\"><span class=\"shape\" aria-hidden=\"true\"></span>";
    out += std::to_string(n.number);
    out += "\xC2\xA0\xE2\x86\xA9</a>";
}

void append_paragraph_link(std::string& out, int paragraph) {
    out += "<a href=\"#" + html::paragraph_id(paragraph) + "\">\xC2\xB6\xC2\xA0" + std::to_string(paragraph + 1) + "</a>";
}

void append_quote(std::string& out, std::string_view words) {
    out += "<span class=\"quote\">\xE2\x80\x9C";
    append_text(out, words);
    out += "\xE2\x80\x9D</span>";
}

struct Handout {
    const ClassroomInput& in;
    const HandoutOptions& options;
    const AnnotationSet&  set;
    Document              doc;
    std::vector<Noted>    noted;           // reading order
    std::map<int, std::size_t> by_item;    // set index -> noted index
    std::map<int, std::size_t> by_note;    // note index -> noted index
    std::vector<int>      orphans;         // notes with no place in the text (listed, not marked)

    Handout(const ClassroomInput& i, const HandoutOptions& o, const AnnotationSet& s)
        : in(i), options(o), set(s), doc(i.text) {}

    std::string_view words(ByteRange r) const {
        if (r.end > in.text.size() || r.begin >= r.end) return {};
        return in.text.substr(r.begin, r.end - r.begin);
    }

    void choose() {
        struct Candidate { std::uint32_t at; int item; int note; const char* kind; };
        std::vector<Candidate> c;
        std::set<std::string> terms_seen;
        for (std::size_t i = 0; i < set.items.size(); ++i) {
            const Annotation& a = set.items[i];
            const int idx = static_cast<int>(i);
            switch (a.kind) {
            case AnnotationKind::Figure:
                if (figure_is_noted(a)) c.push_back({a.range.begin, idx, -1, "fig"});
                break;
            case AnnotationKind::SourceCheck: c.push_back({a.range.begin, idx, -1, "src"}); break;
            case AnnotationKind::Definition: {
                const DefinitionBody& d = a.definition();
                const std::string key = d.expansion.empty() ? d.term.str() : d.expansion.str();
                if (d.text.empty() && d.expansion.empty()) break;
                if (!terms_seen.insert(key).second) break;  // each term once
                c.push_back({a.range.begin, idx, -1, "term"});
                break;
            }
            case AnnotationKind::Conflict:
                if (a.conflict().members.size() >= 2) c.push_back({conflict_at(a).begin, idx, -1, "conf"});
                break;
            case AnnotationKind::Note: break;  // notes come from input.notes, filtered
            }
        }
        for (std::size_t k = 0; k < in.notes.size(); ++k) {
            const ClassroomNote& n = in.notes[k];
            if (classroom_note_is_private(n)) continue;
            if (n.orphan || n.range.empty() || n.range.end > in.text.size()) { orphans.push_back(static_cast<int>(k)); continue; }
            c.push_back({n.range.begin, -1, static_cast<int>(k), "note"});
        }
        std::stable_sort(c.begin(), c.end(), [](const Candidate& x, const Candidate& y) { return x.at < y.at; });
        std::map<std::string, int> counters;
        for (const Candidate& x : c) {
            Noted n;
            n.item = x.item;
            n.note = x.note;
            n.kind = x.kind;
            n.number = ++counters[x.kind];
            if (x.item >= 0) by_item[x.item] = noted.size();
            else by_note[x.note] = noted.size();
            noted.push_back(n);
        }
    }

    // Where a conflict is marked: its first member figure (the conflict's own range may span paragraphs).
    ByteRange conflict_at(const Annotation& a) const {
        for (const int m : a.conflict().members)
            if (m >= 0 && static_cast<std::size_t>(m) < set.items.size()) return set.items[static_cast<std::size_t>(m)].range;
        return a.range;
    }

    std::vector<html::ArticleMark> marks() const {
        std::vector<html::ArticleMark> out;
        for (const Noted& n : noted) {
            html::ArticleMark m;
            if (n.item >= 0) {
                const Annotation& a = set.items[static_cast<std::size_t>(n.item)];
                m.words = a.kind == AnnotationKind::Conflict ? ByteRange{} : a.range;
                m.at = a.kind == AnnotationKind::Conflict ? conflict_at(a).end : a.range.end;
            } else {
                m.words = in.notes[static_cast<std::size_t>(n.note)].range;
                m.at = m.words.end;
            }
            m.id = n.mark_id();
            m.href = "#" + n.note_id();
            m.label = std::to_string(n.number);
            m.kind = n.kind;
            m.name = std::string(kind_word(n.kind)) + (std::string_view(n.kind) == "note" ? " " : " note ") + std::to_string(n.number);
            out.push_back(std::move(m));
        }
        return out;
    }

    //-------------------------------------------------------------------------
    // [SECTION] Endnotes by kind
    //-------------------------------------------------------------------------

    std::vector<const Noted*> of_kind(std::string_view kind) const {
        std::vector<const Noted*> out;
        for (const Noted& n : noted)
            if (kind == n.kind) out.push_back(&n);
        return out;
    }

    void glossary(std::string& out) const {
        const auto list = of_kind("term");
        if (list.empty()) return;
        out += "<section aria-labelledby=\"h-terms\">\n<h3 id=\"h-terms\">Glossary</h3>\n<dl class=\"glossary\">\n";
        for (const Noted* n : list) {
            const Annotation& a = set.items[static_cast<std::size_t>(n->item)];
            const DefinitionBody& d = a.definition();
            out += "<dt id=\"" + n->note_id() + "\">";
            append_back_link(out, *n);
            out += ' ';
            append_text(out, d.term);
            if (!d.expansion.empty() && d.expansion != d.term) {
                out += " <span class=\"from\">(";
                append_text(out, d.expansion);
                out += ")</span>";
            }
            out += "</dt>\n<dd>";
            // Where the definition came from: the article itself, Gloss's glossary, or a user's pack.
            const bool own_words = d.pack.empty() || d.pack == "text";
            const bool glossary = d.pack == "glossary";
            if (!d.text.empty() && !(own_words && d.defined_in_text && d.text.find("Defined in the text") == 0)) {
                append_text(out, d.text);
                out += ' ';
            }
            out += "<span class=\"from\">";
            if (d.defined_in_text) {
                out += "Defined in the article";
                if (d.definition_paragraph >= 0) { out += ", "; append_paragraph_link(out, d.definition_paragraph); }
                if (!d.in_text_form.empty()) { out += ": "; append_quote(out, d.in_text_form); }
                else if (!d.expansion.empty() && d.expansion != d.term) { out += ": "; append_quote(out, d.expansion); }
                out += '.';
            }
            if (glossary) {
                out += d.defined_in_text ? " The definition is from Gloss\xE2\x80\x99s glossary."
                                         : "From Gloss\xE2\x80\x99s glossary (the article does not define it).";
            } else if (!own_words) {
                out += d.defined_in_text ? " The definition is from the glossary \xE2\x80\x9C" : "From the glossary \xE2\x80\x9C";
                append_text(out, d.pack);
                out += "\xE2\x80\x9D.";
            } else if (!d.defined_in_text) {
                out += "From the article\xE2\x80\x99s own words.";
            }
            out += "</span></dd>\n";
        }
        out += "</dl>\n</section>\n";
    }

    void figures(std::string& out) const {
        const auto list = of_kind("fig");
        if (list.empty()) return;
        out += "<section aria-labelledby=\"h-figs\">\n<h3 id=\"h-figs\">Figures</h3>\n<ol>\n";
        for (const Noted* n : list) {
            const Annotation& a = set.items[static_cast<std::size_t>(n->item)];
            const FigureBody& f = a.figure();
            out += "<li class=\"endnote\" id=\"" + n->note_id() + "\"><span class=\"num\">";
            append_back_link(out, *n);
            out += "</span><div>";
            append_quote(out, html::excerpt(words(a.range), 80));
            out += " \xE2\x80\x94 ";
            append_text(out, f.kind);
            if (!f.counts.empty()) { out += " of "; append_text(out, f.counts); }
            if (!f.qualifier.empty()) { out += ", "; append_text(out, f.qualifier); }
            out += f.source.empty() ? std::string(", no named source") : std::string(", according to ");
            if (!f.source.empty()) append_text(out, f.source);
            out += " (";
            append_paragraph_link(out, a.paragraph);
            out += ").";
            if (!f.derived.empty()) {
                out += "\n<ul>\n";
                for (const DerivedValue& v : f.derived) {
                    out += "<li>";
                    append_text(out, v.label);
                    out += ": <strong>";
                    append_text(out, v.text);
                    out += "</strong>";
                    if (!v.arithmetic.empty()) {
                        out += " <span class=\"arith\">";
                        append_text(out, v.arithmetic);
                        out += "</span>";
                    }
                    out += "</li>\n";
                }
                out += "</ul>";
            }
            if (f.conflict >= 0) {
                const auto it = by_item.find(f.conflict);
                if (it != by_item.end()) {
                    const Noted& c = noted[it->second];
                    out += " <span class=\"from\">Other figures for the same quantity disagree: see <a href=\"#" + c.note_id() +
                           "\">conflict " + std::to_string(c.number) + "</a>.</span>";
                }
            }
            if (!a.rule.empty()) {
                out += "<p class=\"rule\">Rule: ";
                append_text(out, a.rule);
                out += "</p>";
            }
            out += "</div></li>\n";
        }
        out += "</ol>\n</section>\n";
    }

    void source_checks(std::string& out) const {
        const auto list = of_kind("src");
        if (list.empty()) return;
        std::set<std::string> described_sources;
        out += "<section aria-labelledby=\"h-srcs\">\n<h3 id=\"h-srcs\">Source checks</h3>\n";
        out += "<table class=\"checks\">\n<caption>Each citation or attribution, what it gives and what the checks found</caption>\n"
               "<colgroup><col class=\"c-mark\"><col class=\"c-cite\"><col class=\"c-src\"><col class=\"c-date\"><col></colgroup>\n";
        out += "<thead><tr><th scope=\"col\">Mark</th><th scope=\"col\">Citation</th><th scope=\"col\">Source</th>"
               "<th scope=\"col\">Date</th><th scope=\"col\">Check</th></tr></thead>\n<tbody>\n";
        for (const Noted* n : list) {
            const Annotation& a = set.items[static_cast<std::size_t>(n->item)];
            const SourceCheckBody& c = a.check();
            out += "<tr id=\"" + n->note_id() + "\"><th scope=\"row\">";
            append_back_link(out, *n);
            out += "</th><td>";
            append_quote(out, html::excerpt(words(a.range), 90));
            out += " (";
            append_paragraph_link(out, a.paragraph);
            out += ")</td><td>";
            bool first = true;
            for (const CitationPart& p : c.parts) {
                if (!first) out += "<br>";
                first = false;
                if (p.source) append_text(out, *p.source);
                else out += "<span class=\"problem\">none given</span>";
            }
            // What the source is, from the registry: once per source, at its first citation.
            std::string first_source;  // the registry describes the first part that names a source
            for (const CitationPart& p : c.parts)
                if (p.source) { first_source = p.source->str(); break; }
            if (!c.registry_note.empty() && described_sources.insert(first_source).second) {
                out += "<br><span class=\"from\">";
                append_text(out, c.registry_note);
                out += "</span>";
            }
            out += "</td><td>";
            first = true;
            for (const CitationPart& p : c.parts) {
                if (!first) out += "<br>";
                first = false;
                if (p.date) append_text(out, *p.date);
                else out += "\xE2\x80\x94";
            }
            out += "</td><td>";
            if (c.checks.empty()) out += "<span class=\"ok\">No problem found.</span>";
            for (std::size_t k = 0; k < c.checks.size(); ++k) {
                if (k) out += "<br>";
                out += "<strong>";
                append_text(out, c.checks[k]);
                out += "</strong>: ";
                if (k < c.messages.size()) append_text(out, c.messages[k]);
            }
            if (!a.rule.empty()) {
                out += "<br><span class=\"rule\">Rule: ";
                append_text(out, a.rule);
                out += "</span>";
            }
            out += "</td></tr>\n";
        }
        out += "</tbody>\n</table>\n</section>\n";
    }

    void conflicts(std::string& out) const {
        const auto list = of_kind("conf");
        if (list.empty()) return;
        out += "<section aria-labelledby=\"h-confs\">\n<h3 id=\"h-confs\">Conflicts</h3>\n<ol>\n";
        for (const Noted* n : list) {
            const Annotation& a = set.items[static_cast<std::size_t>(n->item)];
            const ConflictBody& c = a.conflict();
            std::vector<html::Bar> bars;
            std::vector<int> members;
            std::string description;
            for (const int m : c.members) {
                if (m < 0 || static_cast<std::size_t>(m) >= set.items.size()) continue;
                const Annotation& f = set.items[static_cast<std::size_t>(m)];
                members.push_back(m);
                html::Bar b;
                b.value = f.figure().value;
                b.value_text = html::figure_value_words(f, in.text);
                b.label = html::figure_source_words(f);
                if (!description.empty()) description += "; ";
                description += b.value_text + " (" + b.label + ", paragraph " + std::to_string(f.paragraph + 1) + ")";
                bars.push_back(std::move(b));
            }
            out += "<li class=\"endnote\" id=\"" + n->note_id() + "\"><span class=\"num\">";
            append_back_link(out, *n);
            out += "</span><div>The article gives " + std::to_string(members.size()) + " figures for <strong>";
            append_text(out, c.quantity);
            out += "</strong> that do not agree.";
            const std::string cid = "chart-" + n->id();
            out += "\n<figure class=\"chart\">\n";
            html::append_bar_chart(out, cid, "Figures for " + c.quantity.str() + " in the article",
                                   "Bar chart. " + description + ".", bars);
            out += "<figcaption>Figures for ";
            append_text(out, c.quantity);
            out += " as the article gives them, with who gives each. The same values as a table:</figcaption>\n</figure>\n";
            out += "<table>\n<thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">Given by</th><th scope=\"col\">Where</th></tr></thead>\n<tbody>\n";
            for (std::size_t k = 0; k < members.size(); ++k) {
                const Annotation& f = set.items[static_cast<std::size_t>(members[k])];
                out += "<tr><th scope=\"row\">";
                append_text(out, bars[k].value_text);
                out += "</th><td>";
                append_text(out, bars[k].label);
                out += "</td><td>";
                append_paragraph_link(out, f.paragraph);
                out += "</td></tr>\n";
            }
            out += "</tbody>\n</table>\n";
            if (!a.rule.empty()) {
                out += "<p class=\"rule\">Rule: ";
                append_text(out, a.rule);
                out += "</p>";
            }
            out += "</div></li>\n";
        }
        out += "</ol>\n</section>\n";
    }

    //-------------------------------------------------------------------------
    // [SECTION] Teacher's notes and lesson path
    //-------------------------------------------------------------------------

    void append_note_body(std::string& out, const ClassroomNote& note) const {
        append_text(out, note.text.empty() ? std::string_view("(a highlight without words)") : std::string_view(note.text));
        std::string tags;
        for (const std::string& t : note.tags) {
            if (!tags.empty()) tags += ", ";
            tags += t;
        }
        if (!tags.empty()) {
            out += " <span class=\"tags\">Tags: ";
            append_text(out, tags);
            out += "</span>";
        }
        if (options.with_authors && !note.author.empty()) {
            out += " <span class=\"tags\">\xE2\x80\x94 ";
            append_text(out, note.author);
            out += "</span>";
        }
    }

    void teacher_notes(std::string& out) const {
        const auto list = of_kind("note");
        if (list.empty() && orphans.empty()) return;
        out += "<section aria-labelledby=\"h-notes\">\n<h3 id=\"h-notes\">Teacher\xE2\x80\x99s notes</h3>\n";
        if (!list.empty()) {
            out += "<ol>\n";
            for (const Noted* n : list) {
                const ClassroomNote& note = in.notes[static_cast<std::size_t>(n->note)];
                out += "<li class=\"endnote\" id=\"" + n->note_id() + "\"><span class=\"num\">";
                append_back_link(out, *n);
                out += "</span><div>On ";
                append_quote(out, html::excerpt(words(note.range), 80));
                out += " (";
                append_paragraph_link(out, doc.paragraph_of(note.range.begin));
                out += "): ";
                append_note_body(out, note);
                out += "</div></li>\n";
            }
            out += "</ol>\n";
        }
        if (!orphans.empty()) {
            out += "<p class=\"from\">Notes whose passage is no longer in the text:</p>\n<ul>\n";
            for (const int k : orphans) {
                out += "<li>";
                append_note_body(out, in.notes[static_cast<std::size_t>(k)]);
                out += "</li>\n";
            }
            out += "</ul>\n";
        }
        out += "</section>\n";
    }

    void lesson_path(std::string& out) const {
        std::vector<std::string> steps;
        for (const std::string& id : in.lesson_path) {
            const Noted* n = nullptr;
            std::string what;
            for (std::size_t k = 0; k < in.notes.size() && !n; ++k) {
                if (in.notes[k].id != id) continue;
                const auto it = by_note.find(static_cast<int>(k));
                if (it == by_note.end()) break;  // private or orphan: not a step
                n = &noted[it->second];
                what = html::excerpt(in.notes[k].text, 120);
            }
            for (std::size_t i = 0; i < set.items.size() && !n; ++i) {
                if (set.items[i].id != id) continue;
                const auto it = by_item.find(static_cast<int>(i));
                if (it == by_item.end()) break;
                n = &noted[it->second];
                const Annotation& a = set.items[i];
                what = a.kind == AnnotationKind::Conflict ? "figures for " + a.conflict().quantity.str() + " disagree"
                                                          : html::excerpt(words(a.range), 80);
            }
            if (!n) continue;
            std::string li = "<li><a href=\"#" + n->mark_id() + "\">";
            li += kind_word(n->kind);
            li += ' ' + std::to_string(n->number) + "</a>: ";
            append_text(li, what);
            li += "</li>\n";
            steps.push_back(std::move(li));
        }
        if (steps.empty()) return;
        out += "<section aria-labelledby=\"h-path\">\n<h3 id=\"h-path\">Lesson path</h3>\n<ol class=\"path\">\n";
        for (const std::string& s : steps) out += s;
        out += "</ol>\n</section>\n";
    }
};

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] write_handout
//-----------------------------------------------------------------------------

std::string write_handout(const ClassroomInput& input, const HandoutOptions& options) {
    static const AnnotationSet empty_set;
    const AnnotationSet& set = input.set ? *input.set : empty_set;
    Handout h(input, options, set);
    h.choose();

    std::string out;
    out.reserve(input.text.size() * 3 + 32768);
    const std::string title = input.title.empty() ? html::excerpt(input.text, 120) : input.title;
    html::append_page_start(out, input.lang, "Handout: " + title);
    // Where the article is from, and how to read the marks; then the article.
    out += "<header>\n<p class=\"kicker\">Handout</p>\n<p class=\"meta\">";
    bool any = false;
    if (!input.publication.empty()) { append_text(out, input.publication); any = true; }
    if (!set.publication_date.empty()) {
        out += any ? " \xC2\xB7 " : "";
        out += set.publication_date_inferred ? "dated " : "published ";
        append_text(out, html::date_in_words(set.publication_date));
        any = true;
    }
    if (html::is_safe_http_url(input.source_url)) {
        out += any ? " \xC2\xB7 " : "";
        out += "<a href=\"";
        append_text(out, input.source_url);
        out += "\">the article online</a>";
        any = true;
    }
    if (!any) out += "The article as given to Gloss.";
    out += "</p>\n";
    out += "<p class=\"meta legend\">Marks in the text: <span class=\"mark mk-fig\"><span class=\"shape\"></span></span>figure, "
           "<span class=\"mark mk-src\"><span class=\"shape\"></span></span>source check, "
           "<span class=\"mark mk-term\"><span class=\"shape\"></span></span>term, "
           "<span class=\"mark mk-conf\"><span class=\"shape\"></span></span>conflict, "
           "<span class=\"mark mk-note\"><span class=\"shape\"></span></span>teacher\xE2\x80\x99s note. "
           "Each number links to its note at the end; \xE2\x86\xA9 leads back.</p>\n</header>\n";
    out += "<main>\n<article aria-label=\"The article\">\n";
    html::ArticleOptions ao;
    ao.fallback_title = title;
    html::append_article(out, h.doc, h.marks(), ao);
    out += "</article>\n";

    out += "<section class=\"notes\" aria-labelledby=\"h-notes-all\">\n<h2 id=\"h-notes-all\">Notes</h2>\n";
    if (h.noted.empty()) out += "<p>Gloss found nothing to explain or check in this article.</p>\n";
    h.glossary(out);
    h.figures(out);
    h.source_checks(out);
    h.conflicts(out);
    out += "</section>\n";

    std::string teacher;
    h.teacher_notes(teacher);
    h.lesson_path(teacher);
    if (!teacher.empty()) {
        out += "<section class=\"teacher\" aria-labelledby=\"h-teacher\">\n<h2 id=\"h-teacher\">For the class</h2>\n";
        out += teacher;
        out += "</section>\n";
    }
    out += "</main>\n<footer>Made with Gloss from the article\xE2\x80\x99s own text. Each check is a rule, not a verdict: "
           "it says what it found and why.</footer>\n";
    html::append_page_end(out);
    return out;
}

} // namespace gloss
