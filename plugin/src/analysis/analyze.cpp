// Gloss — the analysis entry point: text in, AnnotationSet out. See gloss/analyze.hpp.
//
// Index of this file:
// [SECTION] Names
// [SECTION] Knowledge for one call
// [SECTION] Assembly
// [SECTION] Parts of a long text
// [SECTION] Entry point
#include "gloss/analyze.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <exception>
#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <memory>

#include "citations.hpp"
#include "lexical_data.hpp"
#include "link_sources.hpp"
#include "figure_relations.hpp"
#include "figures.hpp"
#include "gloss/document.hpp"
#include "gloss/knowledge.hpp"
#include "gloss/utf8.hpp"
#include "../text/cancellation.hpp"
#include "../text/huge_pages.hpp"
#include "parts.hpp"
#include "people.hpp"
#include "publication_date.hpp"
#include "terms.hpp"

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] Names
//-----------------------------------------------------------------------------

bool source_check_has_problem(const SourceCheckBody& check) {
    static constexpr std::string_view descriptive[] = {"internal_ref", "multiple_parts", "multiple_dates",
                                                       "accessed_date", "image_credit", "source_from_link"};
    for (const Text id : check.checks)
        if (std::find(std::begin(descriptive), std::end(descriptive), id) == std::end(descriptive)) return true;
    return false;
}

const char* annotation_kind_name(AnnotationKind kind) {
    switch (kind) {
    case AnnotationKind::Figure: return "figure";
    case AnnotationKind::SourceCheck: return "source-check";
    case AnnotationKind::Definition: return "definition";
    case AnnotationKind::Conflict: return "conflict";
    case AnnotationKind::Note: return "note";
    }
    return "unknown";
}

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Knowledge for one call
//-----------------------------------------------------------------------------

std::shared_ptr<const KnowledgeBase> knowledge_for(const AnalyzeOptions& options, std::vector<std::string>& warnings) {
    if (options.pack_paths.empty() && options.bundled_packs) return KnowledgeBase::bundled();
    auto kb = options.bundled_packs ? std::make_shared<KnowledgeBase>(*KnowledgeBase::bundled())
                                    : std::make_shared<KnowledgeBase>();
    for (const std::string& path : options.pack_paths) {
        std::string error;
        if (!kb->add_pack_file(path, &error)) warnings.push_back("pack ignored: " + error);
    }
    return kb;
}

//-----------------------------------------------------------------------------
// [SECTION] Storage kept between analyses
//-----------------------------------------------------------------------------

// The token and figure storage of the thread's last analysis, kept for its
// next one: a batch of articles, or a reader analysing again, reuses memory
// the process already has instead of faulting in fresh pages for every
// document (on a virtual machine a fresh page can cost 50 times a write to a
// known one). Storage past kSpareBytes (the tokens of a ~2 MB text) is let go
// as soon as it is used: a long document's tokens do not stay beside its
// annotations, nor after it.
constexpr std::size_t kSpareBytes = std::size_t(4) << 20;
thread_local std::vector<Token> spare_tokens;
thread_local std::vector<FoundFigure> spare_figures;

// Keeps `used` (emptied) as the spare when it is small enough and larger than
// the spare kept so far; frees it otherwise.
template <class T> void keep_spare(std::vector<T>&& used, std::vector<T>& spare) {
    std::vector<T> gone = std::move(used);
    gone.clear();
    if (gone.capacity() * sizeof(T) <= kSpareBytes && gone.capacity() > spare.capacity()) spare = std::move(gone);
}

// Frees (or keeps as spare) each vector's storage now, not at the end of the scope.
template <class T> void release(std::vector<T>& v) { std::vector<T>().swap(v); }

// A name inside a line that credits an image is a photographer's ("Thomas Jackson/Digital Vision/Getty Images"),
// never the namesake the lexical data knows: those cards go, and the term's next occurrence becomes its first.
void drop_namesakes_in_credits(std::vector<FoundDefinition>& defs, const std::vector<FoundCitation>& citations) {
    std::vector<ByteRange> credits;
    for (const FoundCitation& c : citations)
        if (c.body.citation_type == "image_credit") credits.push_back(c.range);
    if (credits.empty()) return;
    std::unordered_set<std::string_view> lost_first;
    const auto in_credit = [&](const FoundDefinition& d) {
        if (d.body.defined_in_text || d.body.pack.view() != "WordNet 3.0") return false;
        for (const ByteRange& r : credits)
            if (r.begin <= d.range.begin && d.range.end <= r.end) {
                if (d.body.first) lost_first.insert(d.body.term.view());
                return true;
            }
        return false;
    };
    defs.erase(std::remove_if(defs.begin(), defs.end(), in_credit), defs.end());
    for (FoundDefinition& d : defs)
        if (!lost_first.empty() && lost_first.erase(d.body.term.view())) d.body.first = true;
}

struct SpareTokensReturn {
    Document& doc;
    ~SpareTokensReturn() { keep_spare(std::move(doc).release_tokens(), spare_tokens); }
};

//-----------------------------------------------------------------------------
// [SECTION] Assembly
//-----------------------------------------------------------------------------

std::string slug(std::string_view term) {
    std::string s;
    for (char c : term) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) s += c;
        else if (c >= 'A' && c <= 'Z') s += static_cast<char>(c + 32);
        else if (!s.empty() && s.back() != '-') s += '-';
    }
    while (!s.empty() && s.back() == '-') s.pop_back();
    return s.empty() ? "term" : s;
}

// "fig-12": a prefix and a number, written without temporaries (ids this
// short stay in the string's own buffer).
void set_id(std::string& id, std::string_view prefix, int n) {
    char buf[64];  // a usual prefix and the digits, written into the string at once
    if (prefix.size() <= sizeof buf - 16) {
        std::memcpy(buf, prefix.data(), prefix.size());
        const char* end = std::to_chars(buf + prefix.size(), buf + sizeof buf, n).ptr;
        id.assign(buf, static_cast<std::size_t>(end - buf));
        return;
    }
    const char* end = std::to_chars(buf, buf + sizeof buf, n).ptr;
    id.assign(prefix.data(), prefix.size());
    id.append(buf, static_cast<std::size_t>(end - buf));
}

// At most kMaxFiguresPerSentence figures per sentence (the first ones): a
// bound on every search over the pairs of a sentence, whatever the text.
void limit_figures_per_sentence(std::vector<FoundFigure>& figures, std::vector<std::string>& warnings) {
    std::size_t out = 0, dropped = 0, run = 0;
    int sentence = -1;
    for (std::size_t i = 0; i < figures.size(); ++i) {
        run = figures[i].sentence == sentence ? run + 1 : 1;
        sentence = figures[i].sentence;
        if (run > kMaxFiguresPerSentence) { ++dropped; continue; }
        if (out != i) figures[out] = std::move(figures[i]);
        ++out;
    }
    if (!dropped) return;
    figures.resize(out);
    warnings.push_back(std::to_string(dropped) + " figures left out: a sentence holds at most " +
                       std::to_string(kMaxFiguresPerSentence) + " (the first ones are kept)");
}

// The annotations of one document (or one part of a long text): `set.items`
// sorted by position, with ranges into `doc`'s text, conflict members that
// index `set.items`, and neither ids nor paragraphs yet (see number_items).
// At most `max_items` are kept (the first in reading order).
void analyze_document(Document& doc, const std::shared_ptr<const KnowledgeBase>& knowledge,
                      const CalendarDate& publication, std::size_t max_items, AnnotationSet& set) {
    const KnowledgeBase& kb = *knowledge;
    if (!set.texts) {
        set.texts = std::make_shared<TextStore>();
        set.texts->retain(knowledge);  // definitions and registry notes point into the packs' strings
    }
    TextStore& texts = *set.texts;
    check_cancelled();  // and between the stages below; the stages' own loops check as they go
    // The people the text introduces first: the attributions name them in full by their family name alone.
    std::vector<InTextDefinition> people = described_people(doc, {});
    CitationScan cites = find_citations(doc, kb, publication, texts, people);
    check_cancelled();
    std::vector<FoundFigure> figures =
        find_figures(doc, cites.parentheticals_cited, publication, texts, std::move(spare_figures));
    release(cites.parentheticals_cited);  // only the figures needed them
    check_cancelled();
    limit_figures_per_sentence(figures, set.warnings);
    resolve_elided_nouns(doc, figures, texts);
    attach_sources(doc, figures, cites.citations, texts);
    check_cancelled();
    derive_bases(doc, figures, texts);
    derive_changes(doc, figures, texts);
    derive_multiple_bases(doc, figures, texts);  // (after "from": a stated start is the base)
    derive_absolute_bases(doc, figures, texts);
    derive_wholes(doc, figures, texts);
    check_cancelled();
    const std::vector<FoundConflict> conflicts = find_conflicts(doc, figures);
    check_cancelled();
    std::vector<FoundCitation> unsourced = unsourced_figures(doc, figures, cites.citations);
    {
        std::vector<InTextDefinition> implicit = implicit_acronym_definitions(doc, cites.definitions);
        // A term the glossary knows keeps the glossary's long and short forms as one term, unless the
        // text's long form names something else ("the Harlow Tide Service – HTS –").
        for (InTextDefinition& d : implicit) {
            const GlossaryEntry* known = kb.find_term(d.term);
            if (!known || (d.acronym && !same_sense(d.long_form, known->expansion))) cites.definitions.push_back(std::move(d));
        }
        std::vector<InTextDefinition> described = described_organisations(doc, cites.definitions);
        for (InTextDefinition& d : described)
            if (!kb.find_term(d.term)) cites.definitions.push_back(std::move(d));
        std::unordered_set<std::string> defined;  // a person's name the text defines otherwise keeps that definition
        for (const InTextDefinition& d : cites.definitions) defined.insert(d.term);
        // (The text's introduction of a person wins over the glossary's entry for them, as over WordNet's.)
        for (InTextDefinition& d : people) {
            const GlossaryEntry* known = kb.find_term(d.term);
            if ((!known || known->kind == "person") && !defined.count(d.term)) cites.definitions.push_back(std::move(d));
        }
    }
    check_cancelled();
    std::vector<FoundDefinition> defs = find_definitions(doc, kb, cites.definitions, texts);
    drop_namesakes_in_credits(defs, cites.citations);
    check_cancelled();
    // The findings are all made: the tokens (2-3 times the text) go before the
    // annotations are built; the paragraphs stay.
    keep_spare(std::move(doc).release_tokens(), spare_tokens);
    release(cites.definitions);

    // Order every finding by position (ties: figure, conflict, source check,
    // definition) through small keys; each Annotation is then built once.
    enum Stream : std::uint8_t { Fig, Conf, Cite, Unsourced, Def };
    struct Key { std::uint32_t begin; std::uint8_t order; Stream stream; std::uint32_t index; };
    const auto by_position = [](const Key& a, const Key& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.order < b.order;
    };
    std::vector<Key> keys;
    keys.reserve(figures.size() + conflicts.size() + cites.citations.size() + unsourced.size() + defs.size());
    const auto cap_total = [&] {
        if (keys.size() <= max_items) return;
        set.warnings.push_back("more than " + std::to_string(kMaxAnnotations) + " annotations: only the first " +
                               std::to_string(kMaxAnnotations) + " in reading order are kept");
        keys.resize(max_items);
    };
    // Each finder reports (nearly always) in text order: each stream is sorted
    // on its own when it is not, then merged in. Stable throughout, so ties keep
    // the order of the streams, as one stable sort of all keys would.
    const auto add_stream = [&](std::size_t count, std::uint8_t order, Stream stream, auto begin_of) {
        const std::size_t start = keys.size();
        for (std::size_t i = 0; i < count; ++i) keys.push_back({begin_of(i), order, stream, static_cast<std::uint32_t>(i)});
        const auto mid = keys.begin() + static_cast<std::ptrdiff_t>(start);
        if (!std::is_sorted(mid, keys.end(), by_position)) std::stable_sort(mid, keys.end(), by_position);
        std::inplace_merge(keys.begin(), mid, keys.end(), by_position);
    };
    add_stream(figures.size(), 0, Fig, [&](std::size_t i) { return figures[i].range.begin; });
    add_stream(conflicts.size(), 1, Conf, [&](std::size_t i) { return figures[conflicts[i].members[0]].range.begin; });
    add_stream(cites.citations.size(), 2, Cite, [&](std::size_t i) { return cites.citations[i].range.begin; });
    add_stream(unsourced.size(), 2, Unsourced, [&](std::size_t i) { return unsourced[i].range.begin; });
    add_stream(defs.size(), 3, Def, [&](std::size_t i) { return defs[i].range.begin; });
    cap_total();
    // Where each finding goes in `items` (-1: left out by the cap). The
    // annotations are appended one stream after another, each stream's
    // findings freed as soon as they are moved (the findings and the
    // annotations are never both held whole), then put in place by following
    // the cycles of the permutation: O(n), each annotation moved once.
    std::vector<int> figure_item(figures.size(), -1), conflict_item(conflicts.size(), -1), cite_item(cites.citations.size(), -1),
        unsourced_item(unsourced.size(), -1), def_item(defs.size(), -1);
    for (std::size_t k = 0; k < keys.size(); ++k) {
        std::vector<int>* slots[] = {&figure_item, &conflict_item, &cite_item, &unsourced_item, &def_item};
        (*slots[keys[k].stream])[keys[k].index] = static_cast<int>(k);
    }
    // The annotations go after those already in the set (the parts before, when a long text is gathered
    // into one set): `base` on, their conflicts' indices counted from the set's start.
    std::vector<Annotation>& items = set.items;
    const std::size_t base = items.size(), n = keys.size();
    if (items.capacity() < base + n) items.reserve(std::max(base + n, base + base / 2));
    prefer_huge_pages(items.data(), items.capacity() * sizeof(Annotation));
    release(keys);
    std::vector<std::uint32_t> from(n);  // from[k]: where (after base) the annotation that belongs at k was appended
    const auto append = [&](int at) -> Annotation& {
        from[static_cast<std::size_t>(at)] = static_cast<std::uint32_t>(items.size() - base);
        return items.emplace_back();  // built in place: no temporary to move and destroy
    };
    for (std::size_t i = 0; i < conflicts.size(); ++i) {
        if (conflict_item[i] < 0) continue;
        const FoundConflict& c = conflicts[i];
        Annotation& a = append(conflict_item[i]);
        a.range = figures[c.members[0]].range;
        ConflictBody& body = a.edit_conflict();
        body.quantity = c.quantity;
        for (std::size_t m : c.members)
            if (figure_item[m] >= 0) body.members.push_back(static_cast<int>(base) + figure_item[m]);
        a.rule = texts.keep("figures that count the same thing (\xE2\x80\x9C" + c.quantity + "\xE2\x80\x9D) in the same period disagree");
    }
    for (std::size_t i = 0; i < figures.size(); ++i) {
        if (figure_item[i] < 0) continue;
        FoundFigure& f = figures[i];
        Annotation& a = append(figure_item[i]);
        a.kind = AnnotationKind::Figure;
        a.range = f.range;
        a.rule = f.rule;
        a.body = std::move(f.body);
    }
    keep_spare(std::move(figures), spare_figures);  // their bodies now live in the items
    const auto add_citations = [&](std::vector<FoundCitation>& found, const std::vector<int>& item_of) {
        for (std::size_t i = 0; i < found.size(); ++i) {
            if (item_of[i] < 0) continue;
            FoundCitation& c = found[i];
            Annotation& a = append(item_of[i]);
            a.kind = AnnotationKind::SourceCheck;
            a.range = c.range;
            a.rule = c.rule;
            a.body = std::move(c.body);
        }
        release(found);
    };
    add_citations(cites.citations, cite_item);
    add_citations(unsourced, unsourced_item);
    for (std::size_t i = 0; i < defs.size(); ++i) {
        if (def_item[i] < 0) continue;
        FoundDefinition& d = defs[i];
        Annotation& a = append(def_item[i]);
        a.kind = AnnotationKind::Definition;
        a.range = d.range;
        a.rule = d.rule;
        a.body = std::move(d.body);
    }
    release(defs);
    Annotation* const placed = items.data() + base;
    for (std::size_t i = 0; i < n; ++i) {
        if (from[i] == i) continue;
        Annotation held = std::move(placed[i]);
        std::size_t j = i;
        while (from[j] != i) {
            const std::size_t k = from[j];
            placed[j] = std::move(placed[k]);
            from[j] = static_cast<std::uint32_t>(j);
            j = k;
        }
        placed[j] = std::move(held);
        from[j] = static_cast<std::uint32_t>(j);
    }
    release(from);
    for (std::size_t i = 0; i < conflicts.size(); ++i)
        for (std::size_t m : conflicts[i].members)
            if (figure_item[m] >= 0)
                items[base + static_cast<std::size_t>(figure_item[m])].edit_figure().conflict =
                    conflict_item[i] < 0 ? -1 : static_cast<int>(base) + conflict_item[i];
}

//-----------------------------------------------------------------------------
// [SECTION] Parts of a long text
//-----------------------------------------------------------------------------

// What runs on from one part of a text to the next: the ids' numbers, the
// paragraph reached, the terms already met, the annotations handed out.
struct Continuation {
    // Definition ids number each slug's occurrences ("def-teu-3"); two terms
    // with one slug ("U.S.", "US ") share its count.
    struct SlugCount { std::string prefix; int count = 0; };
    int figures = 0, checks = 0, conflicts = 0;
    std::unordered_map<std::string, SlugCount> by_slug;
    std::unordered_set<std::string> terms_met;  // a term met in an earlier part is no longer met "first"
    std::size_t paragraph = 0;
    std::size_t items = 0;
};

// The index of the paragraph holding `byte` (the nearest before it).
int paragraph_at(const std::vector<ByteRange>& paragraphs, std::uint32_t byte) {
    const auto after = std::upper_bound(paragraphs.begin(), paragraphs.end(), byte,
                                        [](std::uint32_t b, const ByteRange& p) { return b < p.begin; });
    return after == paragraphs.begin() ? 0 : static_cast<int>(after - paragraphs.begin() - 1);
}

// Moves a part's annotation from the part's offsets to the whole text's (an
// empty range means "none" and stays as it is).
void shift_ranges(Annotation& a, std::uint32_t offset, const std::vector<ByteRange>& paragraphs) {
    const auto shift = [offset](ByteRange& r) {
        if (!r.empty()) { r.begin += offset; r.end += offset; }
    };
    shift(a.range);
    switch (a.kind) {
    case AnnotationKind::Figure: shift(a.edit_figure().sentence); break;
    case AnnotationKind::SourceCheck:
        for (CitationPart& p : a.edit_check().parts) shift(p.range);
        break;
    case AnnotationKind::Definition: {
        DefinitionBody& d = a.edit_definition();
        if (!d.defined_in_text) break;
        shift(d.definition_site);
        d.definition_paragraph = paragraph_at(paragraphs, d.definition_site.begin);
        break;
    }
    case AnnotationKind::Conflict:
    case AnnotationKind::Note: break;
    }
}

// Gives a part's annotations their ids and paragraphs, numbered on from the
// parts before: `paragraphs` are the whole text's, items are in text order.
void number_items(Annotation* first, Annotation* last, const std::vector<ByteRange>& paragraphs, bool several_parts,
                  Continuation& c) {
    std::unordered_map<std::string_view, Continuation::SlugCount*> by_term;  // each distinct term's prefix made once
    for (Annotation* it = first; it != last; ++it) {
        Annotation& a = *it;
        while (c.paragraph + 1 < paragraphs.size() && paragraphs[c.paragraph + 1].begin <= a.range.begin) ++c.paragraph;
        a.paragraph = static_cast<int>(c.paragraph);
        switch (a.kind) {
        case AnnotationKind::Figure: set_id(a.id, "fig-", ++c.figures); break;
        case AnnotationKind::SourceCheck: set_id(a.id, "check-", ++c.checks); break;
        case AnnotationKind::Conflict: set_id(a.id, "conflict-", ++c.conflicts); break;
        case AnnotationKind::Definition: {
            const std::string_view term = a.definition().term;
            Continuation::SlugCount*& slot = by_term[term];
            if (!slot) {
                const std::string s = slug(term);
                slot = &c.by_slug[s];
                if (slot->prefix.empty()) slot->prefix = "def-" + s + "-";
            }
            set_id(a.id, slot->prefix, ++slot->count);
            if (several_parts && a.definition().first && !c.terms_met.insert(std::string(term)).second)
                a.edit_definition().first = false;
            break;
        }
        case AnnotationKind::Note: break;
        }
    }
    c.items += static_cast<std::size_t>(last - first);
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entry point
//-----------------------------------------------------------------------------

namespace {

// Whether a BCP 47 tag ("en", "en-GB", "EN_us", "eng") names English; "" and "und" (unknown) are taken as English.
bool reads_as_english(std::string_view tag) {
    std::string primary;
    for (const char c : tag) {
        if (c == '-' || c == '_') break;
        primary += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return primary.empty() || primary == "en" || primary == "eng" || primary == "und";
}

} // namespace


namespace {

// The analysis in parts (analyze_text_in_parts), each part's annotations handed
// to `on_part`, or all gathered into `gather` (analyze_text): then each part is
// analysed straight into the one set, and nothing is moved twice.
AnalyzeResult analyze_parts(std::string_view utf8, const AnalyzeOptions& options, AnnotationSet* gather,
                            const std::function<bool(AnnotationSet& part)>* on_part) {
    AnalyzeResult r;
    const CancelScope cancel_scope(options.cancel);
    try {
        if (utf8.size() > kMaxDocumentBytes) {
            r.error = "document too large (" + std::to_string(utf8.size() >> 20) + " MiB; the limit is " +
                      std::to_string(kMaxDocumentBytes >> 20) + " MiB: split it into several documents)";
            return r;
        }
        const Utf8Check check = utf8_validate(utf8);
        if (!check.ok) {
            r.error = "invalid UTF-8 at byte " + std::to_string(check.error_offset);
            return r;
        }
        CalendarDate publication;
        if (!options.publication_date.empty() && !parse_iso_day(options.publication_date, &publication)) {
            r.error = "invalid publication date \"" + options.publication_date + "\" (expected YYYY-MM-DD)";
            return r;
        }
        const bool several_parts = utf8.size() > std::max<std::size_t>(options.part_bytes, 64);
        // A text in one part is cut where its Document finds paragraphs; a longer
        // one where the whole text's paragraphs are, which also number its items.
        const std::vector<ByteRange> whole_paragraphs = several_parts ? paragraphs_of(utf8) : std::vector<ByteRange>{};
        const std::vector<ByteRange> parts =
            several_parts ? cut_into_parts(utf8, whole_paragraphs, options.part_bytes)
                          : std::vector<ByteRange>{{0, static_cast<std::uint32_t>(utf8.size())}};
        const std::shared_ptr<const KnowledgeBase> kb = knowledge_for(options, r.set.warnings);
        // Missing WordNet or iso-codes files: the analysis goes on without them, and says so once per result.
        if (LexicalData::installed().missing()) r.set.warnings.push_back("lexical data incomplete: " + LexicalData::installed().status());
        Continuation continuation;
        AnnotationSet one_part;
        AnnotationSet& set = gather ? *gather : one_part;
        for (std::size_t p = 0; p < parts.size() && continuation.items < kMaxAnnotations; ++p) {
            const std::uint32_t offset = parts[p].begin;
            Document doc(utf8.substr(offset, parts[p].end - offset), std::move(spare_tokens));
            const SpareTokensReturn give_back{doc};
            if (p == 0) {
                // The date is the metadata's, or one the text's first part gives.
                const bool inferred = options.publication_date.empty();
                if (inferred) publication = infer_publication_date(doc);
                r.set.publication_date = iso_text(publication);
                r.set.publication_date_inferred = inferred && publication.year != 0;
                if (!reads_as_english(options.language)) {
                    // Its words are not English: English rules would count "86 et" and define "AS".
                    r.set.texts = std::make_shared<TextStore>();
                    r.set.warnings.push_back("the text is in \"" + options.language +
                                             "\", not English: the analysis reads English only, so no figures, "
                                             "sources or definitions were looked for");
                    r.ok = true;
                    return r;
                }
            }
            if (!gather) set = AnnotationSet{};
            set.publication_date = r.set.publication_date;
            set.publication_date_inferred = r.set.publication_date_inferred;
            const std::size_t first = set.items.size();
            analyze_document(doc, kb, publication, kMaxAnnotations - continuation.items, set);
            const std::vector<ByteRange>& paragraphs = several_parts ? whole_paragraphs : doc.paragraphs();
            Annotation* const begin = set.items.data() + first;
            Annotation* const end = set.items.data() + set.items.size();
            if (offset)
                for (Annotation* a = begin; a != end; ++a) shift_ranges(*a, offset, paragraphs);
            number_items(begin, end, paragraphs, several_parts, continuation);
            for (std::string& w : set.warnings) r.set.warnings.push_back(std::move(w));
            set.warnings.clear();
            if (gather && p == 0 && parts.size() > 1) {
                // The whole text holds about as many annotations per byte as its first part: room for them
                // all at once (the vector grows by half again when that is too few).
                const double per_byte = double(set.items.size()) / double(parts[0].end);
                set.items.reserve(std::max(set.items.size(), std::size_t(per_byte * double(utf8.size()) * 1.1) + 64));
            }
            if (gather) continue;
            if (!options.links.empty()) fill_sources_from_links(utf8, options.links, *kb, set);
            if (!(*on_part)(set)) {
                r.error = "analysis stopped: its output could not be taken";
                return r;
            }
        }
        if (gather && !options.links.empty()) fill_sources_from_links(utf8, options.links, *kb, *gather);
        r.ok = true;
    } catch (const AnalysisCancelled&) {
        r = AnalyzeResult{};
        r.error = "analysis cancelled";
    } catch (const std::exception& e) {
        r = AnalyzeResult{};
        r.error = std::string("analysis failed: ") + e.what();
    } catch (...) {
        r = AnalyzeResult{};
        r.error = "analysis failed";
    }
    return r;
}

} // namespace

AnalyzeResult analyze_text_in_parts(std::string_view utf8, const AnalyzeOptions& options,
                                    const std::function<bool(AnnotationSet& part)>& on_part) {
    return analyze_parts(utf8, options, nullptr, &on_part);
}

AnalyzeResult analyze_text(std::string_view utf8, const AnalyzeOptions& options) {
    AnnotationSet whole;
    AnalyzeResult r = analyze_parts(utf8, options, &whole, nullptr);
    if (!r.ok || !whole.texts) return r;  // failed, or a text in another language: the set as made
    whole.publication_date = std::move(r.set.publication_date);
    whole.publication_date_inferred = r.set.publication_date_inferred;
    whole.warnings = std::move(r.set.warnings);
    r.set = std::move(whole);
    return r;
}

} // namespace gloss
