// Fuzz target: re-anchoring notes on a changed text. The input is split at the
// first NUL byte: before it the note's document, after it the changed text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "gloss/notes.hpp"
#include "gloss/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view all(reinterpret_cast<const char*>(data), size);
    const std::size_t cut = all.find('\0');
    const std::string before = gloss::utf8_sanitize(all.substr(0, cut));
    const std::string after = gloss::utf8_sanitize(cut == std::string_view::npos ? before : all.substr(cut + 1));
    if (before.empty()) return 0;
    // Notes on a few ranges of the first text, on code point boundaries.
    std::vector<gloss::Note> notes;
    for (std::size_t start = 0; start < before.size() && notes.size() < 8; start += 1 + before.size() / 5) {
        std::size_t b = start;
        while (b < before.size() && (static_cast<unsigned char>(before[b]) & 0xC0) == 0x80) ++b;
        std::size_t e = std::min(before.size(), b + 1 + (size % 37));
        while (e < before.size() && (static_cast<unsigned char>(before[e]) & 0xC0) == 0x80) ++e;
        if (b >= e) continue;
        gloss::NoteCreateResult c = gloss::note_create(before, {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}, "n");
        if (c.ok) notes.push_back(std::move(c.note));
    }
    const std::vector<gloss::NotePlacement> placed = gloss::notes_resolve(notes, after);
    if (placed.size() != notes.size()) std::abort();  // nothing is ever dropped
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const gloss::NotePlacement& p = placed[i];
        if (p.range.begin > p.range.end || p.range.end > after.size()) std::abort();
        gloss::note_reanchor(&notes[i], after, p);
    }
    return 0;
}
