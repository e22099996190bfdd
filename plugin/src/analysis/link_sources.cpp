// Gloss analysis — sources given only as links (see link_sources.hpp).
#include "link_sources.hpp"

#include "citations.hpp"

#include <algorithm>

namespace gloss {

namespace {

// The first link with an http(s) address overlapping `r` (links in text order).
const DocumentLink* link_over(const std::vector<DocumentLink>& links, ByteRange r) {
    auto it = std::lower_bound(links.begin(), links.end(), r.begin,
                               [](const DocumentLink& l, std::uint32_t b) { return l.range.end <= b; });
    for (; it != links.end() && it->range.begin < std::max(r.end, r.begin + 1); ++it)
        if (it->range.overlaps({r.begin, std::max(r.end, r.begin + 1)}) && !link_site(it->target).empty()) return &*it;
    return nullptr;
}

} // namespace

void fill_sources_from_links(std::string_view text, const std::vector<DocumentLink>& links, const KnowledgeBase& kb,
                             AnnotationSet& set) {
    (void)text;
    for (Annotation& a : set.items) {
        if (a.kind != AnnotationKind::SourceCheck) continue;
        bool missing_before = false;
        for (const CitationPart& p : a.check().parts) missing_before |= !p.source.has_value();
        if (!missing_before) continue;
        SourceCheckBody& b = a.edit_check();
        std::string message;
        bool missing_after = false;
        const SourceEntry* first_entry = nullptr;
        for (CitationPart& p : b.parts) {
            if (p.source) continue;
            const DocumentLink* link = link_over(links, p.range.empty() ? a.range : p.range);
            if (!link) { missing_after = true; continue; }
            const std::string site = link_site(link->target);
            const SourceEntry* e = kb.find_source_by_site(site);
            if (e && !first_entry) first_entry = e;
            p.source = set.keep(e ? e->name : site);
            p.link = set.keep(link->target);
            if (!message.empty()) message += "; ";
            message += "source given only as a link to " + site + (e ? ": " + e->name : std::string());
        }
        if (message.empty()) continue;
        if (!missing_after) drop_check(b, "missing_source");
        message[0] = 'S';
        b.checks.push_back(set.keep("source_from_link"));
        b.messages.push_back(set.keep(message));
        if (b.registry_note.empty() && first_entry)
            b.registry_note = set.keep(first_entry->name + (first_entry->kind.empty() ? "" : " (" + first_entry->kind + ")") +
                                       ": " + first_entry->description);
    }
}

} // namespace gloss
