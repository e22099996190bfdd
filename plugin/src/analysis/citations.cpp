// Gloss — citations and attributions. See citations.hpp.
//
// Index of this file:
// [SECTION] Messages
// [SECTION] Parts of a parenthetical
// [SECTION] Parentheticals
// [SECTION] Attributions in running text
// [SECTION] Scan
#include "citations.hpp"

#include <algorithm>
#include <unordered_map>

#include "lexicon.hpp"

namespace gloss {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Messages
//-----------------------------------------------------------------------------


const char* const kLostLink = "most likely a link lost when the text was copied";

//-----------------------------------------------------------------------------
// [SECTION] Parts of a parenthetical
//-----------------------------------------------------------------------------

struct Ctx {
    const Document&           doc;
    const std::vector<Token>& t;
    const KnowledgeBase&      kb;
    CalendarDate              publication;
    TextStore&                texts;
    mutable std::unordered_map<const SourceEntry*, Text> registry_notes;  // one note per registry entry, kept once

    std::string_view tx(std::size_t i) const { return doc.token_text(i); }
    bool punct(std::size_t i, std::string_view p) const { return i < t.size() && t[i].type == TokenType::Punct && tx(i) == p; }
    bool word(std::size_t i) const { return i < t.size() && t[i].type == TokenType::Word; }
    bool cap(std::size_t i) const { return word(i) && (t[i].flags & TokenCapitalized); }
    bool is(std::size_t i, std::string_view lw) const {
        return word(i) && lexicon::equals_lower(tx(i), lw);
    }
    Text text(std::size_t first, std::size_t last) const {  // tokens [first, last], kept in the set's store
        return texts.keep(doc.slice({t[first].begin, t[last].end}));
    }
    Text keep(std::string_view s) const { return texts.keep(s); }
};

void add_check(const Ctx& c, SourceCheckBody& b, Text id, std::string_view message) {
    if (std::find(b.checks.begin(), b.checks.end(), id) != b.checks.end()) return;
    b.checks.push_back(id);
    b.messages.push_back(c.keep(message));
}

bool date_marker(const Ctx& c, std::size_t q) {
    return c.is(q, "accessed") || c.is(q, "retrieved") || c.is(q, "updated") || c.is(q, "published") || c.is(q, "posted");
}

// Where the date of a part starts: a month name, a year or day, or "accessed …",
// at the start of the part or right after a comma.
std::size_t date_start(const Ctx& c, std::size_t first, std::size_t end) {
    for (std::size_t q = first; q < end; ++q) {
        if (date_marker(c, q)) return q;
        const bool boundary = q == first || c.punct(q - 1, ",");
        if (!boundary) continue;
        DateMatch dm;
        if (match_date_at(c.doc, q, &dm)) return q;
        if (c.cap(q) && month_from_word(c.tx(q))) return q;
        if (c.t[q].type == TokenType::Number && c.tx(q).size() == 4 && !(c.t[q].flags & TokenHasSeparator)) return q;
    }
    return end;
}

struct PartInfo {
    CitationPart part;
    bool empty = false, internal = false, unparseable = false, accessed = false;
    std::size_t date_count = 0;
    std::vector<CalendarDate> dates;
};

PartInfo parse_part(const Ctx& c, std::size_t first, std::size_t end) {
    PartInfo info;
    if (first < end) info.part.range = {c.t[first].begin, c.t[end - 1].end};
    // Leading separators and "see".
    std::size_t f = first;
    while (f < end && (c.punct(f, ",") || c.punct(f, ";"))) ++f;
    if (f >= end) { info.empty = true; return info; }
    if (c.is(f, "see")) { info.internal = true; ++f; if (c.is(f, "also")) ++f; }
    const std::size_t d = date_start(c, f, end);
    std::size_t se = d;  // source tokens [f, se)
    while (se > f && (c.punct(se - 1, ",") || c.punct(se - 1, ";") || c.punct(se - 1, ":"))) --se;
    if (se > f) info.part.source = c.text(f, se - 1);
    if (d < end) {
        info.part.date = c.text(d, end - 1);
        std::size_t ds = d;
        if (date_marker(c, ds)) { info.accessed = c.is(ds, "accessed") || c.is(ds, "retrieved"); ++ds; }
        bool bad = false;
        const std::vector<DateMatch> dates = dates_in_tokens(c.doc, ds, end, &bad);
        info.unparseable = bad || dates.empty();
        info.date_count = dates.size();
        for (const DateMatch& m : dates) info.dates.push_back(with_year(m.date, c.publication.year));
        if (!info.dates.empty()) info.part.iso_date = iso_text(info.dates.front());
    } else {
        // "Reuters, Juen 5": something after a comma that has digits but is no date.
        for (std::size_t q = f; q < end; ++q) {
            if (!c.punct(q, ",")) continue;
            bool digits = false;
            for (std::size_t r = q + 1; r < end; ++r) digits |= c.t[r].type == TokenType::Number;
            if (digits && q + 1 < end) {
                info.part.date = c.text(q + 1, end - 1);
                info.part.source = q > f ? std::optional<Text>(c.text(f, q - 1)) : std::nullopt;
                info.unparseable = true;
            }
            break;
        }
    }
    return info;
}

//-----------------------------------------------------------------------------
// [SECTION] Parentheticals
//-----------------------------------------------------------------------------

bool cross_reference_word(std::string_view lw) {
    return lw == "below" || lw == "above" || lw == "table" || lw == "figure" || lw == "fig" || lw == "chart" ||
           lw == "box" || lw == "section" || lw == "appendix" || lw == "annex" || lw == "note" || lw == "notes" ||
           lw == "page" || lw == "p" || lw == "chapter" || lw == "map" || lw == "graph" || lw == "footnote" ||
           lw == "sidebar" || lw == "later" || lw == "earlier" || lw == "here" || lw == "there";
}

bool looks_like_list(const Ctx& c, std::size_t first, std::size_t end) {
    for (std::size_t q = first; q < end; ++q) {
        if (c.is(q, "others") || c.is(q, "etc") || c.is(q, "e") || c.is(q, "such") || c.is(q, "including") ||
            c.is(q, "example") || c.is(q, "among"))
            return true;
    }
    return false;
}

void registry_note(const Ctx& c, SourceCheckBody& b) {
    for (const CitationPart& p : b.parts) {
        if (!p.source) continue;
        const std::string_view name = *p.source;
        const SourceEntry* e = c.kb.find_source(name);
        if (!e) {
            // "Belarusian human rights center Viasna": try the last words.
            const std::size_t sp = name.rfind(' ');
            if (sp != std::string_view::npos) e = c.kb.find_source(name.substr(sp + 1));
        }
        if (e) {
            auto [it, added] = c.registry_notes.emplace(e, Text());
            if (added) it->second = c.keep(e->name + (e->kind.empty() ? "" : " (" + e->kind + ")") + ": " + e->description);
            b.registry_note = it->second;
            return;
        }
    }
}

void date_checks(const Ctx& c, SourceCheckBody& b, const PartInfo& pi) {
    if (pi.unparseable && pi.part.date)
        add_check(c, b, "unparseable_date", "The date \xE2\x80\x9C" + *pi.part.date + "\xE2\x80\x9D could not be read as a calendar date.");
    if (pi.accessed) add_check(c, b, "accessed_date", "The date is when the page was accessed, not when the source was published.");
    if (pi.date_count > 1) add_check(c, b, "multiple_dates", "One part gives several dates: it may point to several pieces.");
    if (c.publication.year) {
        for (const CalendarDate& d : pi.dates)
            if (compare_dates(d, c.publication) > 0) {
                add_check(c, b, "date_after_publication",
                          "The cited date (" + iso_text(d) + (d.year_inferred ? ", year assumed" : "") +
                              ") is after the article's publication date (" + iso_text(c.publication) + ").");
                break;
            }
    }
}

// Parse the parenthetical tokens [open, close] (close may be the last token of
// an unclosed one). Returns false when it is not a citation.
bool parenthetical_citation(const Ctx& c, std::size_t open, std::size_t close, bool closed, FoundCitation* out) {
    const std::size_t first = open + 1, end = closed ? close : close + 1;
    if (first >= end) return false;
    SourceCheckBody& b = out->body;
    b.citation_type = "parenthetical";
    out->range = {c.t[open].begin, c.t[closed ? close : close].end};
    // Image credit: "(Source: …", "(Photo: …".
    if ((c.is(first, "source") || c.is(first, "photo") || c.is(first, "image") || c.is(first, "credit") ||
         c.is(first, "photograph") || c.is(first, "picture")) && c.punct(first + 1, ":")) {
        b.citation_type = "image_credit";
        std::size_t se = end;
        while (se > first + 2 && (c.punct(se - 1, ",") || c.punct(se - 1, ";"))) --se;
        CitationPart part;
        part.range = {c.t[first].begin, c.t[end - 1].end};
        if (se > first + 2) part.source = c.text(first + 2, se - 1);
        b.parts.push_back(part);
        add_check(c, b, "image_credit", "This is the credit of an image, not the source of a claim.");
        if (!closed) add_check(c, b, "unclosed_parenthesis", "The parenthesis is never closed: the rest of the credit (probably a link) was lost.");
        if (!part.source) add_check(c, b, "missing_source", std::string("The credit names no source \xE2\x80\x94 ") + kLostLink + ".");
        out->rule = "\"(Source: …\" or \"(Photo: …\" opens an image credit";
        out->named = false;
        return true;
    }
    if (!closed) return false;
    // Cross-references: "(see below)", "(see Table 2)".
    if (c.is(first, "see") && first + 1 < end && c.word(first + 1)) {
        char buf[32];
        if (cross_reference_word(lexicon::lower(c.tx(first + 1), buf))) return false;
    }
    // Split at ';'.
    std::vector<PartInfo> parts;
    std::size_t s = first;
    for (std::size_t q = first; q <= end; ++q) {
        if (q == end || c.punct(q, ";")) {
            parts.push_back(parse_part(c, s, q));
            s = q + 1;
        }
    }
    const bool lost_link = c.punct(first, ",") || c.punct(first, ";");
    bool any_date = false, internal = false, capitalised_source = false;
    for (const PartInfo& p : parts) {
        any_date |= p.part.date.has_value();
        internal |= p.internal;
        if (p.part.source) {
            const unsigned char c0 = static_cast<unsigned char>((*p.part.source)[0]);
            capitalised_source |= (c0 >= 'A' && c0 <= 'Z') || c0 >= 0x80 || (c0 >= '0' && c0 <= '9');
        }
    }
    const bool known_source = parts.size() == 1 && parts[0].part.source && !parts[0].part.date &&
                              c.kb.find_source(*parts[0].part.source) != nullptr;
    bool citation = lost_link || internal || known_source || (any_date && capitalised_source);
    if (!lost_link && !internal && looks_like_list(c, first, end)) citation = false;
    if (!citation) return false;

    for (const PartInfo& p : parts) b.parts.push_back(p.part);
    if (internal)
        add_check(c, b, "internal_ref", "\xE2\x80\x9Csee \xE2\x80\xA6\xE2\x80\x9D points to the publisher's own earlier articles, not to an outside source.");
    std::size_t missing = 0, empty = 0;
    for (const PartInfo& p : parts) {
        if (!p.part.source) ++missing;
        if (p.empty) ++empty;
    }
    if (missing) {
        std::string msg = missing == 1 && parts.size() == 1
                              ? std::string("The citation has ") + (parts[0].part.date ? "a date but " : "") + "no source name"
                              : std::to_string(missing) + " of " + std::to_string(parts.size()) + " parts name no source";
        add_check(c, b, "missing_source", msg + " \xE2\x80\x94 " + kLostLink + ".");
    }
    if (empty) add_check(c, b, "empty_part", "A part of the citation is empty: nothing stands between the separators.");
    if (parts.size() > 1)
        add_check(c, b, "multiple_parts", "The citation has " + std::to_string(parts.size()) + " parts, separated by \xE2\x80\x9C;\xE2\x80\x9D.");
    for (const PartInfo& p : parts) {
        if (p.part.source && !p.part.date && !internal)
            add_check(c, b, "no_date", "No date is given for " + *p.part.source + ".");
        date_checks(c, b, p);
    }
    for (std::size_t q = first; q + 1 < end; ++q)
        if (c.punct(q, ";") && c.punct(q + 1, ",") && !(c.t[q + 1].flags & TokenSpaceBefore)) {
            add_check(c, b, "punctuation_irregular", "Irregular separator \xE2\x80\x9C;,\xE2\x80\x9D between parts: something between them was lost.");
            break;
        }
    registry_note(c, b);
    out->named = missing < parts.size();
    out->rule = internal ? Text("parenthesis opening with \"see\" and a source: an internal reference")
                : lost_link ? Text("parenthesis opening with a separator: a citation whose first source is missing")
                            : Text("parenthesis holding a source name and a date");
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Attributions in running text
//-----------------------------------------------------------------------------

bool connector(const Ctx& c, std::size_t q) {
    return c.is(q, "and") || c.is(q, "of") || c.is(q, "for") || c.is(q, "the") || c.is(q, "on") || c.is(q, "de") || c.punct(q, "&");
}

bool pronoun(const Ctx& c, std::size_t q) {
    return c.is(q, "he") || c.is(q, "she") || c.is(q, "they") || c.is(q, "it") || c.is(q, "we") || c.is(q, "i") ||
           c.is(q, "this") || c.is(q, "that") || c.is(q, "there") || c.is(q, "you") || c.is(q, "one");
}

// "according to [the descriptor] Name" starting at token `a` ("according").
void according_to(const Ctx& c, std::size_t a, CitationScan& scan) {
    const std::size_t n = c.t.size();
    std::size_t q = a + 2;
    const std::size_t start = q;
    std::size_t last = start;  // one past the last token taken
    while (q < n && q - start < 16) {
        if (c.word(q)) {
            char buf[32];
            const std::string_view lw = lexicon::lower(c.tx(q), buf);
            const bool fn = lexicon::is_function_word(lw);
            if (fn) {
                const bool inside = q > start && c.cap(q - 1) && connector(c, q) && c.cap(q + 1);
                const bool lead = q == start && (lw == "the" || lw == "a" || lw == "an");
                if (!inside && !lead) break;
            }
            last = ++q;
            continue;
        }
        // A dash joining two capitalised names: "Company—Eurasian".
        if (c.t[q].type == TokenType::Punct && q > start && c.cap(q - 1) && c.cap(q + 1) &&
            !(c.t[q].flags & TokenSpaceBefore) && !(c.t[q + 1].flags & TokenSpaceBefore) &&
            (c.tx(q) == "\xE2\x80\x94" || c.tx(q) == "-" || c.tx(q) == "\xE2\x80\x93" || c.tx(q) == "&")) {
            last = ++q;
            continue;
        }
        break;
    }
    FoundCitation f;
    f.body.citation_type = "attribution";
    // Built in place: a local std::optional<std::string> copied into the
    // vector trips GCC 12's -Wmaybe-uninitialized.
    CitationPart& part = f.body.parts.emplace_back();
    // Skip a leading article.
    std::size_t s = start;
    if (s < last && (c.is(s, "the") || c.is(s, "a") || c.is(s, "an"))) ++s;
    if (s >= last) {
        f.range = {c.t[a].begin, c.t[std::min(a + 2, n - 1)].end};
        part.range = f.range;
        add_check(c, f.body, "missing_source", std::string("\xE2\x80\x9C") + "according to\xE2\x80\x9D names no source \xE2\x80\x94 " + kLostLink + ".");
        f.rule = "\"according to\" followed by no name";
        scan.citations.push_back(std::move(f));
        return;
    }
    // The name: the last run of capitalised words (with connectors and joining dashes).
    std::size_t ne = last;  // one past
    while (ne > s && !c.cap(ne - 1) && c.word(ne - 1)) --ne;
    std::size_t nb = ne;
    while (nb > s) {
        if (c.cap(nb - 1)) { --nb; continue; }
        if (nb - 1 > s && (connector(c, nb - 1) || c.t[nb - 1].type == TokenType::Punct) && c.cap(nb - 2)) { --nb; continue; }
        break;
    }
    f.range = {c.t[a].begin, c.t[last - 1].end};
    part.range = {c.t[s].begin, c.t[last - 1].end};
    if (nb < ne && ne == last) {
        part.source = c.text(nb, ne - 1);
        f.named = true;
        // "the Belarusian human rights center Viasna": the text describes the name.
        bool lower_word = false;
        for (std::size_t q2 = s; q2 < nb; ++q2) lower_word |= c.word(q2) && !(c.t[q2].flags & TokenCapitalized);
        if (nb > s && lower_word && s > start) {
            InTextDefinition d;
            d.term = *part.source;
            d.long_form = c.text(s, nb - 1);
            d.term_range = {c.t[nb].begin, c.t[ne - 1].end};
            d.site = {c.t[start].begin, c.t[ne - 1].end};
            d.acronym = false;
            scan.definitions.push_back(d);
        }
    } else {
        part.source = c.text(s, last - 1);
        char buf[32];
        if (lexicon::is_vague_subject(lexicon::lower(c.tx(last - 1), buf))) {
            f.vague = true;
            add_check(c, f.body, "vague_source", "The claim is attributed to unnamed " + *part.source + ", not to a source a reader can check.");
        } else {
            f.named = true;
        }
    }
    registry_note(c, f.body);
    f.rule = "\"according to\" followed by a source";
    scan.citations.push_back(std::move(f));
}

// "OHCHR", "DfT", "UNHCR": a capital first and at least two capitals in all, no lower-case run longer than the capitals.
bool looks_like_acronym(std::string_view w) {
    if (w.size() < 2 || w.size() > 10 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
    int upper = 0, lower = 0;
    for (const char ch : w) {
        if (ch >= 'A' && ch <= 'Z') ++upper;
        else if (ch >= 'a' && ch <= 'z') ++lower;
        else if (!(ch >= '0' && ch <= '9')) return false;
    }
    return upper >= 2 && lower < upper;
}

// "Critics, including the campaign group Stop HS3, say": the comma that opens a
// clause inserted between a subject and its verb, given the comma that closes it
// at `close`; `close + 1` when there is none in the same sentence.
std::size_t inserted_clause_start(const Ctx& c, std::size_t close) {
    const std::size_t limit = close > 24 ? close - 24 : 0;
    for (std::size_t k = close; k-- > limit;) {
        if (c.punct(k, ".") || c.punct(k, ";") || c.punct(k, "(") || c.punct(k, ")")) break;
        if (!c.punct(k, ",")) continue;
        for (const std::string_view opener : {"including", "such", "like", "among", "who", "which", "whose"})
            if (c.is(k + 1, opener)) return k;
        break;
    }
    return close + 1;
}

// "The Office … (OHCHR) estimates", "Others estimate": a subject before a reporting verb at `v`.
void reported_by(const Ctx& c, std::size_t v, CitationScan& scan) {
    if (v == 0) return;
    std::size_t at = v;  // where the subject ends: the verb, or the comma of an inserted clause
    if (c.punct(v - 1, ",")) {
        at = inserted_clause_start(c, v - 1);
        if (at == v) return;
    }
    std::size_t e = at;  // subject tokens end (one past)
    std::string acronym;
    if (at >= 3 && c.punct(at - 1, ")") && c.word(at - 2) && looks_like_acronym(c.tx(at - 2)) && c.punct(at - 3, "(")) {
        acronym = std::string(c.tx(at - 2));
        e = at - 3;
    }
    if (e == 0 || !c.cap(e - 1)) return;
    std::size_t b = e;
    while (b > 0) {
        if (c.cap(b - 1)) { --b; continue; }
        // Up to two lower-case connectors between capitalised words: "Office of the UN".
        if (b - 1 > 0 && connector(c, b - 1) && c.cap(b - 2)) { --b; continue; }
        if (b - 1 > 1 && connector(c, b - 1) && connector(c, b - 2) && c.cap(b - 3)) { b -= 2; continue; }
        break;
    }
    if (c.is(b, "the")) ++b;
    if (b >= e) return;
    const std::size_t sb = b > 0 && c.is(b - 1, "the") ? b - 1 : b;
    const bool sentence_start = c.doc.sentences().empty() ||
                                c.doc.sentences()[c.doc.sentence_of(c.t[sb].begin)].begin == c.t[sb].begin;
    FoundCitation f;
    f.body.citation_type = "attribution";
    f.subject = true;
    f.range = {c.t[sb].begin, c.t[v].end};
    CitationPart part;
    part.range = {c.t[sb].begin, c.t[e - 1].end};
    char buf[32];
    if (e - b == 1 && pronoun(c, b)) return;
    if (e - b == 1 && sentence_start && lexicon::is_vague_subject(lexicon::lower(c.tx(b), buf))) {
        f.vague = true;
        add_check(c, f.body, "vague_source", "The claim is attributed to unnamed \xE2\x80\x9C" + std::string(c.tx(b)) +
                                              "\xE2\x80\x9D, not to a source a reader can check.");
        f.rule = "unnamed subject before a reporting verb (\"Others estimate\")";
    } else {
        if (e - b == 1 && sentence_start && !c.kb.find_source(c.tx(b)) && !c.kb.find_term(c.tx(b)) && acronym.empty()) {
            // A single capitalised word at the start of a sentence is usually no name ("Economists say").
            char lb[32];
            const std::string_view lw = lexicon::lower(c.tx(b), lb);
            if (lw.size() > 1 && lw.back() == 's') return;
        }
        part.source = acronym.empty() ? c.text(b, e - 1) : c.keep(acronym);
        f.named = true;
        f.rule = "named subject before a reporting verb (says, estimates, reported, …)";
    }
    f.body.parts.push_back(part);
    registry_note(c, f.body);
    scan.citations.push_back(std::move(f));
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Scan
//-----------------------------------------------------------------------------

CitationScan find_citations(const Document& doc, const KnowledgeBase& kb, const CalendarDate& publication, TextStore& texts) {
    CitationScan scan;
    scan.citations.reserve(doc.tokens().size() / 64 + 8);
    const Ctx c{doc, doc.tokens(), kb, publication, texts, {}};
    const auto& t = doc.tokens();
    const std::size_t n = t.size();
    const auto& paras = doc.paragraphs();
    std::size_t para = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const Token& tok = t[i];
        if (tok.type == TokenType::Punct) {
            if (doc.text()[tok.begin] != '(') continue;
            while (para + 1 < paras.size() && paras[para].end <= tok.begin) ++para;
            const std::uint32_t limit = para < paras.size() ? paras[para].end : static_cast<std::uint32_t>(doc.text().size());
            int depth = 0;
            std::size_t q = i;
            bool closed = false;
            for (; q < n && t[q].end <= limit && q - i < 120; ++q) {
                if (t[q].type != TokenType::Punct) continue;
                const char ch = doc.text()[t[q].begin];
                if (ch == '(') ++depth;
                else if (ch == ')' && --depth == 0) { closed = true; break; }
            }
            if (!closed) {
                // Unclosed: runs to the end of its line.
                q = i;
                while (q + 1 < n && t[q + 1].end <= limit && !(t[q + 1].flags & TokenNewlineBefore)) ++q;
            }
            InTextDefinition def;
            if (closed && acronym_definition_at(doc, i, q, &def)) {
                scan.definitions.push_back(def);
                continue;
            }
            FoundCitation f;
            if (parenthetical_citation(c, i, q, closed, &f)) {
                scan.parentheticals_cited.push_back(f.range);
                scan.citations.push_back(std::move(f));
                if (closed) i = q;
            }
            continue;
        }
        if (tok.type != TokenType::Word) continue;
        const char c0 = doc.text()[tok.begin];
        if ((c0 == 'a' || c0 == 'A') && tok.end - tok.begin == 9 && c.is(i, "according") && c.is(i + 1, "to")) {
            according_to(c, i, scan);
            continue;
        }
        if (!(tok.flags & TokenCapitalized) && tok.end - tok.begin >= 3 && i > 0 &&
            (t[i - 1].type == TokenType::Word ? (t[i - 1].flags & TokenCapitalized) != 0
                                              : doc.text()[t[i - 1].begin] == ')' || doc.text()[t[i - 1].begin] == ',')) {
            char buf[32];
            if (lexicon::is_reporting_verb(lexicon::lower(doc.token_text(i), buf))) reported_by(c, i, scan);
        }
    }
    // Found in text order almost always: sort (moving whole citations) only when not.
    const auto by_begin = [](const FoundCitation& a, const FoundCitation& b) { return a.range.begin < b.range.begin; };
    if (!std::is_sorted(scan.citations.begin(), scan.citations.end(), by_begin))
        std::sort(scan.citations.begin(), scan.citations.end(), by_begin);
    return scan;
}

} // namespace gloss
