// Gloss — the block structure of a plain-text article. See gloss/blocks.hpp.
#include "gloss/blocks.hpp"

#include <cstring>
#include <string_view>

namespace gloss {

namespace {

bool is_blank_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Length of a bullet marker plus the blanks after it at `p`, or 0.
std::size_t bullet_marker_length(std::string_view t, std::size_t p, std::size_t line_end) {
    static const char* const markers[] = {"\xE2\x80\xA2" /* • */, "\xE2\x97\xA6" /* ◦ */,
                                          "\xE2\x80\xA3" /* ‣ */, "\xE2\x96\xAA" /* ▪ */, "-", "*"};
    for (const char* m : markers) {
        const std::size_t n = std::strlen(m);
        if (p + n < line_end && t.compare(p, n, m) == 0 && is_blank_byte(t[p + n])) {
            std::size_t q = p + n;
            while (q < line_end && is_blank_byte(t[q])) ++q;
            return q - p;
        }
    }
    return 0;
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

void classify_blocks(std::string_view t, std::vector<Block>& blocks) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        Block& b = blocks[i];
        if (b.kind != BlockKind::Paragraph) continue;
        const std::string_view s = t.substr(b.begin, b.end - b.begin);
        const bool one_line = s.find('\n') == std::string_view::npos;
        if (i == 0 && one_line && s.size() <= 300 && s.back() != '.' && blocks.size() > 1) {
            b.kind = BlockKind::Title;
        } else if (i <= 3 && one_line && s.size() <= 200 &&
                   (starts_with(s, "Publication:") || starts_with(s, "By ") || starts_with(s, "by "))) {
            b.kind = BlockKind::Byline;
        } else if (one_line && s.size() <= 240 && s.front() == '(') {
            b.kind = BlockKind::Caption;
        } else if (one_line && s.size() <= 80 && s.back() == ':') {
            b.kind = BlockKind::Heading;
        }
    }
}

} // namespace

std::vector<Block> split_blocks(std::string_view t) {
    std::vector<Block> blocks;
    bool open = false; // a paragraph or bullet item is open and may continue on the next line
    std::size_t ls = 0;
    while (ls <= t.size()) {
        std::size_t le = t.find('\n', ls);
        if (le == std::string_view::npos) le = t.size();
        std::size_t fs = ls;
        while (fs < le && is_blank_byte(t[fs])) ++fs;
        std::size_t te = le;
        while (te > fs && is_blank_byte(t[te - 1])) --te;
        if (fs == te) {
            open = false; // blank line: paragraph break
        } else if (const std::size_t m = bullet_marker_length(t, fs, te)) {
            blocks.push_back({BlockKind::Bullet, std::uint32_t(fs), std::uint32_t(fs + m), std::uint32_t(te)});
            open = true;
        } else if (open) {
            blocks.back().end = std::uint32_t(te);
        } else {
            blocks.push_back({BlockKind::Paragraph, std::uint32_t(fs), std::uint32_t(fs), std::uint32_t(te)});
            open = true;
        }
        if (le == t.size()) break;
        ls = le + 1;
    }
    classify_blocks(t, blocks);
    return blocks;
}

} // namespace gloss
