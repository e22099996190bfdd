// Gloss — cutting a long text into parts at paragraph breaks. See parts.hpp.
#include "parts.hpp"

#include <algorithm>

namespace gloss {

namespace {

bool starts_character(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// The best cut in (low, high] of `text`, at a sentence's end, a space or a
// character's start; `high` itself when none of those is found.
std::size_t cut_inside_paragraph(std::string_view text, std::size_t low, std::size_t high) {
    std::size_t after_space = 0;
    for (std::size_t i = high; i > low; --i) {
        const char c = text[i - 1];
        if (c == '\n') return i;
        if (c != ' ') continue;
        if (i >= 2 && (text[i - 2] == '.' || text[i - 2] == '?' || text[i - 2] == '!')) return i;
        if (!after_space) after_space = i;
    }
    if (after_space) return after_space;
    std::size_t i = high;
    while (i > low && !starts_character(text[i])) --i;
    return i > low ? i : high;
}

} // namespace

std::vector<ByteRange> cut_into_parts(std::string_view text, const std::vector<ByteRange>& paragraphs,
                                      std::size_t part_bytes) {
    part_bytes = std::max<std::size_t>(part_bytes, 64);
    std::vector<ByteRange> parts;
    const std::size_t n = text.size();
    std::size_t begin = 0, next_paragraph = 0;
    while (n - begin > part_bytes) {
        const std::size_t low = begin + part_bytes / 2, high = begin + part_bytes;
        // The last paragraph that starts in (low, high].
        while (next_paragraph < paragraphs.size() && paragraphs[next_paragraph].begin <= low) ++next_paragraph;
        std::size_t cut = 0;
        while (next_paragraph < paragraphs.size() && paragraphs[next_paragraph].begin <= high)
            cut = paragraphs[next_paragraph++].begin;
        if (!cut) cut = cut_inside_paragraph(text, low, high);
        parts.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(cut)});
        begin = cut;
    }
    parts.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(n)});
    return parts;
}

} // namespace gloss
