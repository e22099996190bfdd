// Gloss — card content per kind: definition, figure, source check, conflict, note.
#include "card_content.hpp"

#include <algorithm>

namespace gloss {

namespace {

std::string slice(std::string_view text, ByteRange r, std::size_t max_bytes) {
    if (r.end > text.size() || r.begin >= r.end) return {};
    std::string_view s = text.substr(r.begin, r.end - r.begin);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t')) s.remove_suffix(1);
    if (s.size() <= max_bytes) return std::string(s);
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0u) == 0x80u) --cut; // keep UTF-8 whole
    return std::string(s.substr(0, cut)) + "…";
}

// A conflict's members with one value from one source stated more than once
// folded into one: the same figure repeated is not a second voice.
struct FoldedMember {
    int              first = -1;  // the first member's annotation index
    std::vector<int> paragraphs;  // every place it is stated (0-based), in order
};

std::vector<FoldedMember> fold_members(const AnnotationSet& set, const std::vector<int>& members) {
    std::vector<FoldedMember> out;
    for (int m : members) {
        if (m < 0 || m >= static_cast<int>(set.items.size())) continue;
        const FigureBody& mf = set.items[m].figure();
        FoldedMember* same = nullptr;
        for (FoldedMember& f : out) {
            const FigureBody& ff = set.items[f.first].figure();
            if (ff.value == mf.value && ff.value_text == mf.value_text && ff.source == mf.source) same = &f;
        }
        if (!same) {
            out.push_back(FoldedMember{m, {}});
            same = &out.back();
        }
        if (std::find(same->paragraphs.begin(), same->paragraphs.end(), set.items[m].paragraph) == same->paragraphs.end())
            same->paragraphs.push_back(set.items[m].paragraph);
    }
    return out;
}

// "¶5, ¶8"
std::string paragraph_list(const std::vector<int>& paragraphs) {
    std::string out;
    for (int p : paragraphs) out += (out.empty() ? "¶" : ", ¶") + std::to_string(p + 1);
    return out;
}

// Chart label of a conflict member: its source, else where it stands.
std::string member_label(const FigureBody& f, const std::vector<int>& paragraphs) {
    return f.source.empty() ? paragraph_list(paragraphs) + ", no source" : f.source;
}

void add(CardContent& c, CardStyle style, std::string text, std::uint32_t link = 0, int reveal = 0) {
    if (text.empty()) return;
    c.lines.push_back(CardLine{style, std::move(text), link, reveal});
}

void definition_card(CardContent& c, const Annotation& a, std::string_view text) {
    const DefinitionBody& d = a.definition();
    add(c, CardStyle::Kind, "Definition");
    std::string term = d.term.empty() ? slice(text, a.range, 80) : d.term;
    c.title = d.expansion.empty() ? term : term + " — " + d.expansion;
    add(c, CardStyle::Title, term);
    add(c, CardStyle::Body, d.expansion);
    add(c, CardStyle::Body, d.text);
    if (d.defined_in_text) {
        const int para = d.definition_paragraph >= 0 ? d.definition_paragraph + 1 : 0;
        // A person is introduced, not defined ("Ana Ruiz, an economist at Harlow Bank").
        const std::string where = d.person ? "Introduced in the text" : "Defined in the text";
        add(c, CardStyle::Link, para > 0 ? where + " at ¶" + std::to_string(para) : where, d.definition_site.begin);
        add(c, CardStyle::Quote, "“" + slice(text, d.definition_site, 160) + "”");
    }
    if (!d.pack.empty()) add(c, CardStyle::Rule, "From: " + (d.pack == "text" ? std::string("the text itself") : d.pack));
}

void figure_card(CardContent& c, const AnnotationSet& set, const Annotation& a, std::string_view text) {
    const FigureBody& f = a.figure();
    add(c, CardStyle::Kind, f.kind.empty() ? std::string("Figure") : "Figure · " + f.kind);
    std::string value = f.value_text.empty() ? slice(text, a.range, 60) : f.value_text;
    if (!f.unit.empty() && value.find(f.unit) == std::string::npos) value += " " + f.unit;
    if (!f.qualifier.empty()) value = f.qualifier + " " + value;
    // The list title: the figure as written, and what it counts (or its kind) when that is not in the words.
    c.title = slice(text, a.range, 60);
    if (!f.counts.empty() && c.title.find(f.counts) == std::string::npos) c.title += " — " + f.counts;
    else if (f.counts.empty() && !f.kind.empty()) c.title += " (" + f.kind + ")";
    add(c, CardStyle::Title, value);
    if (!f.counts.empty()) add(c, CardStyle::Body, "Counts: " + f.counts);
    if (f.year_inferred) add(c, CardStyle::Body, "Year inferred from the article's date");
    if (!f.source.empty()) add(c, CardStyle::Body, "Source: " + f.source);
    else add(c, CardStyle::Body, "Source: none given in the sentence");
    for (const DerivedValue& d : f.derived) {
        // In presenter mode the stated figure comes first, the arithmetic on the next press.
        add(c, CardStyle::Body, d.label + ": " + d.text, 0, 1);
        if (!d.arithmetic.empty()) add(c, CardStyle::Quote, "= " + d.arithmetic, 0, 1);
    }
    const std::string sentence = slice(text, f.sentence, 220);
    if (!sentence.empty()) add(c, CardStyle::Quote, "“" + sentence + "”");

    // Chart: the conflict group, else the derived values next to the stated one.
    if (f.conflict >= 0 && f.conflict < static_cast<int>(set.items.size())) {
        const Annotation& g = set.items[f.conflict];
        add(c, CardStyle::Warning, "Sources disagree on " + (g.conflict().quantity.empty() ? std::string("this quantity") : g.conflict().quantity));
        c.chart_caption = g.conflict().quantity;
        const std::vector<int>& members = g.conflict().members;
        for (const FoldedMember& fm : fold_members(set, members)) {
            const FigureBody& mf = set.items[fm.first].figure();
            const bool current = mf.value == f.value && mf.value_text == f.value_text && mf.source == f.source;  // this card's
            c.chart.push_back(CardBar{member_label(mf, fm.paragraphs),
                                      mf.value_text.empty() ? slice(text, set.items[fm.first].range, 30) : mf.value_text, mf.value,
                                      current});
        }
    } else if (!f.derived.empty()) {
        c.chart_caption = f.counts.empty() ? f.unit : f.counts;
        for (const DerivedValue& d : f.derived) c.chart.push_back(CardBar{d.label, d.text, d.value, false, 1});
        c.chart.push_back(CardBar{"as stated", f.value_text, f.value, true});
    }
    add(c, CardStyle::Rule, a.rule.empty() ? std::string() : "Rule: " + a.rule);
}

void source_check_card(CardContent& c, const Annotation& a, std::string_view text) {
    const SourceCheckBody& s = a.check();
    add(c, CardStyle::Kind, s.checks.empty() ? std::string("Source") : "Source check · " + s.checks.front());
    c.title = s.messages.empty() ? "Citation " + slice(text, a.range, 60) : s.messages.front();
    add(c, CardStyle::Title, slice(text, a.range, 80));
    for (const CitationPart& p : s.parts) {
        std::string line = "Source: " + (p.source ? (p.source->empty() ? std::string("(empty)") : *p.source) : std::string("— missing —"));
        line += " · Date: " + (p.date ? *p.date : std::string("—"));
        if (!p.iso_date.empty()) line += " (" + p.iso_date + ")";
        add(c, CardStyle::Body, line);
        if (!p.link.empty()) add(c, CardStyle::Body, "Link: " + std::string(p.link.view()) + "  (Ctrl+click the citation to open it)");
    }
    for (std::size_t i = 0; i < s.messages.size(); ++i)
        add(c, CardStyle::Warning, s.messages[i]);
    if (s.messages.empty())
        for (const Text id : s.checks) add(c, CardStyle::Warning, id);
    if (!s.outlet.empty()) add(c, CardStyle::Body, "Said to: " + s.outlet.str());
    if (!s.registry_note.empty()) add(c, CardStyle::Body, s.registry_note);
    add(c, CardStyle::Rule, a.rule.empty() ? std::string() : "Rule: " + a.rule);
}

void conflict_card(CardContent& c, const AnnotationSet& set, const Annotation& a) {
    add(c, CardStyle::Kind, "Conflict");
    c.title = "Sources disagree on " + (a.conflict().quantity.empty() ? std::string("one quantity") : a.conflict().quantity);
    add(c, CardStyle::Title, c.title);
    c.chart_caption = a.conflict().quantity;
    int order = 0;  // in presenter mode one member (line and bar) a press
    for (const FoldedMember& fm : fold_members(set, a.conflict().members)) {
        const FigureBody& mf = set.items[fm.first].figure();
        ++order;
        add(c, CardStyle::Body, mf.value_text + " — " + (mf.source.empty() ? std::string("no source given") : mf.source) +
                                    " (" + paragraph_list(fm.paragraphs) + ")", 0, order);
        c.chart.push_back(CardBar{member_label(mf, fm.paragraphs), mf.value_text, mf.value, false, order});
    }
    add(c, CardStyle::Rule, a.rule.empty() ? std::string() : "Rule: " + a.rule);
}

void note_card(CardContent& c, const Annotation& a, std::string_view text) {
    add(c, CardStyle::Kind, a.note().orphan ? "Note · orphaned (its passage is no longer in the text)" : "Note");
    c.title = a.note().text.empty() ? std::string("(highlight)") : slice(a.note().text, ByteRange{0, static_cast<std::uint32_t>(a.note().text.size())}, 80);
    add(c, CardStyle::Body, a.note().text.empty() ? std::string("(highlight)") : a.note().text);
    if (!a.note().tags.empty()) {
        std::string tags = "Tags:";
        for (const std::string& t : a.note().tags) tags += " #" + t;
        add(c, CardStyle::Quote, tags);
    }
    if (!a.note().orphan) add(c, CardStyle::Quote, "“" + slice(text, a.range, 160) + "”");
}

} // namespace

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

CardContent build_card(const AnnotationSet& set, int index, std::string_view text) {
    CardContent c;
    if (index < 0 || index >= static_cast<int>(set.items.size())) return c;
    const Annotation& a = set.items[index];
    switch (a.kind) {
    case AnnotationKind::Definition: definition_card(c, a, text); break;
    case AnnotationKind::Figure: figure_card(c, set, a, text); break;
    case AnnotationKind::SourceCheck: source_check_card(c, a, text); break;
    case AnnotationKind::Conflict: conflict_card(c, set, a); break;
    case AnnotationKind::Note: note_card(c, a, text); break;
    }
    if (c.title.empty()) c.title = slice(text, a.range, 80);
    for (const CardLine& l : c.lines) {
        if (l.style == CardStyle::Kind) continue;
        if (!c.body.empty()) c.body += '\n';
        c.body += l.text;
    }
    c.search_key = lower_ascii(c.title + "\n" + c.body);
    c.label = c.title;
    return c;
}

} // namespace gloss
