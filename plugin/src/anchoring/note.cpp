// Gloss — making notes and placing them on a text.
//
// Index of this file:
// [SECTION] Selectors from a byte range
// [SECTION] Ids and timestamps
// [SECTION] note_create
// [SECTION] Placing and re-anchoring
// [SECTION] Overlay annotations
#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>

#include "gloss/anchoring.hpp"
#include "gloss/notes.hpp"
#include "gloss/utf8.hpp"

namespace gloss {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Selectors from a byte range
//-----------------------------------------------------------------------------

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte offset `count` code points before `from` (or 0).
std::size_t back_codepoints(std::string_view s, std::size_t from, std::size_t count) {
    std::size_t pos = from;
    while (count > 0 && pos > 0) {
        --pos;
        while (pos > 0 && is_continuation(s[pos])) --pos;
        --count;
    }
    return pos;
}

// Byte offset `count` code points after `from` (or the end).
std::size_t forward_codepoints(std::string_view s, std::size_t from, std::size_t count) {
    std::size_t pos = from;
    while (count > 0 && pos < s.size()) {
        utf8_next(s, &pos);
        --count;
    }
    return pos;
}

// Selectors and hint of document[begin, end), with `cp_begin` code points before begin.
void fill_selectors(Note* note, std::string_view document, std::size_t begin, std::size_t end,
                    std::uint32_t cp_begin) {
    note->quote.exact.assign(document.substr(begin, end - begin));
    const std::size_t pbeg = back_codepoints(document, begin, kNoteContextCodepoints);
    note->quote.prefix.assign(document.substr(pbeg, begin - pbeg));
    const std::size_t send = forward_codepoints(document, end, kNoteContextCodepoints);
    note->quote.suffix.assign(document.substr(end, send - end));
    note->hint.has_bytes = true;
    note->hint.start_byte = static_cast<std::uint32_t>(begin);
    note->hint.end_byte = static_cast<std::uint32_t>(end);
    note->hint.has_codepoints = true;
    note->hint.start_cp = cp_begin;
    note->hint.end_cp = cp_begin + static_cast<std::uint32_t>(utf8_codepoints_before(note->quote.exact,
                                                                                      note->quote.exact.size()));
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Ids and timestamps
//-----------------------------------------------------------------------------

std::string note_new_id() {
    static thread_local std::mt19937_64 rng([] {
        std::random_device rd;
        const auto now = static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
        return (std::uint64_t{rd()} << 32) ^ rd() ^ now;
    }());
    const std::uint64_t hi = rng(), lo = rng();
    unsigned char b[16];
    for (int i = 0; i < 8; ++i) {
        b[i] = static_cast<unsigned char>(hi >> (8 * i));
        b[8 + i] = static_cast<unsigned char>(lo >> (8 * i));
    }
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40); // version 4
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80); // RFC 4122 variant
    char out[64];
    std::snprintf(out, sizeof out,
                  "urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                  b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return out;
}

std::string note_timestamp_now() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char out[32];
    std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] note_create
//-----------------------------------------------------------------------------

NoteCreateResult note_create(std::string_view document, ByteRange range, std::string text) {
    NoteCreateResult r;
    if (range.empty()) {
        r.error = "the range is empty";
        return r;
    }
    if (range.end > document.size()) {
        r.error = "the range ends after the end of the text";
        return r;
    }
    if (!utf8_is_boundary(document, range.begin) || !utf8_is_boundary(document, range.end)) {
        r.error = "the range splits a UTF-8 character";
        return r;
    }
    fill_selectors(&r.note, document, range.begin, range.end,
                   static_cast<std::uint32_t>(utf8_codepoints_before(document, range.begin)));
    r.note.id = note_new_id();
    r.note.text = std::move(text);
    r.note.created = note_timestamp_now();
    r.note.modified = r.note.created;
    r.ok = true;
    return r;
}

//-----------------------------------------------------------------------------
// [SECTION] Placing and re-anchoring
//-----------------------------------------------------------------------------

const char* note_match_name(NoteMatch how) {
    switch (how) {
    case NoteMatch::Exact: return "exact";
    case NoteMatch::Fuzzy: return "fuzzy";
    case NoteMatch::Orphan: return "orphan";
    }
    return "orphan";
}

std::vector<NotePlacement> notes_resolve(const std::vector<Note>& notes, std::string_view text) {
    std::vector<NotePlacement> out;
    out.reserve(notes.size());
    if (notes.empty()) return out;
    const AnchorText prepared(text);
    for (const Note& n : notes) out.push_back(anchor_quote(prepared, n.quote, n.hint));
    return out;
}

NotePlacement note_resolve(const Note& note, std::string_view text) {
    const AnchorText prepared(text);
    return anchor_quote(prepared, note.quote, note.hint);
}

bool note_reanchor(Note* note, std::string_view text, const NotePlacement& placement) {
    if (!note || placement.how == NoteMatch::Orphan || placement.range.empty() || placement.range.end > text.size())
        return false;
    Note updated = *note;
    fill_selectors(&updated, text, placement.range.begin, placement.range.end,
                   static_cast<std::uint32_t>(utf8_codepoints_before(text, placement.range.begin)));
    const bool changed = updated.quote.exact != note->quote.exact || updated.quote.prefix != note->quote.prefix ||
                         updated.quote.suffix != note->quote.suffix ||
                         updated.hint.start_byte != note->hint.start_byte ||
                         updated.hint.end_byte != note->hint.end_byte ||
                         updated.hint.start_cp != note->hint.start_cp || updated.hint.end_cp != note->hint.end_cp ||
                         !note->hint.has_bytes || !note->hint.has_codepoints;
    if (changed) *note = std::move(updated);
    return changed;
}

//-----------------------------------------------------------------------------
// [SECTION] Overlay annotations
//-----------------------------------------------------------------------------

std::vector<Annotation> notes_to_annotations(const std::vector<Note>& notes,
                                             const std::vector<NotePlacement>& placements) {
    std::vector<Annotation> out;
    out.reserve(notes.size());
    for (std::size_t i = 0; i < notes.size(); ++i) {
        Annotation a;
        a.id = notes[i].id;
        a.kind = AnnotationKind::Note;
        const bool placed = i < placements.size() && placements[i].how != NoteMatch::Orphan;
        if (placed) a.range = placements[i].range;
        a.rule = !placed ? Text("note not found: orphan")
                 : placements[i].how == NoteMatch::Exact ? Text("note placed: exact") : Text("note placed: fuzzy");
        a.edit_note().text = notes[i].text;
        a.edit_note().tags = notes[i].tags;
        a.edit_note().colour = notes[i].colour;
        a.edit_note().orphan = !placed;
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace gloss
