// Gloss — Document: tokens, paragraphs, sentences and offset maps. See gloss/document.hpp.
//
// Index of this file:
// [SECTION] Code point classes
// [SECTION] Tokenizer
// [SECTION] Paragraphs
// [SECTION] Sentences
// [SECTION] Offset maps
#include "gloss/document.hpp"

#include <algorithm>
#include <cstring>

#include "gloss/utf8.hpp"
#include "huge_pages.hpp"

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] Code point classes
//-----------------------------------------------------------------------------

bool is_space_codepoint(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000 || cp == '\r' || cp == '\n' || cp == '\f' || cp == '\v';
}

bool is_upper_codepoint(char32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 0;          // Latin Extended-A: even = upper (mostly)
    if (cp >= 0x391 && cp <= 0x3AB) return true;                    // Greek capitals
    if (cp >= 0x400 && cp <= 0x42F) return true;                    // Cyrillic capitals
    if (cp >= 0x460 && cp <= 0x4FF) return (cp & 1) == 0;           // Cyrillic extended pairs
    return false;
}

namespace {

// Non-ASCII code points that are punctuation or symbols rather than letters.
bool is_symbol_codepoint(char32_t cp) {
    if (cp >= 0xA1 && cp <= 0xBF) return cp != 0xAA && cp != 0xB5 && cp != 0xBA;
    if (cp == 0xD7 || cp == 0xF7) return true;
    if (cp >= 0x2010 && cp <= 0x206F) return true;   // general punctuation (dashes, quotes, bullets, …)
    if (cp >= 0x20A0 && cp <= 0x20CF) return true;   // currency symbols
    if (cp >= 0x2190 && cp <= 0x2BFF) return true;   // arrows, math operators (U+2212 minus), shapes, dingbats
    if (cp >= 0x3000 && cp <= 0x303F) return true;   // CJK punctuation
    if (cp >= 0xFE00 && cp <= 0xFE0F) return true;   // variation selectors
    if (cp >= 0xFF01 && cp <= 0xFF0F) return true;
    if (cp >= 0x1F000) return true;                  // emoji and pictographs
    if (cp == 0xFFFD) return true;
    return false;
}

inline bool ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Whether the bytes at s[i] start a letter (ASCII or a non-symbol, non-space code point).
bool letter_at(std::string_view s, std::size_t i, std::size_t* len) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { *len = 1; return ascii_letter(c); }
    std::size_t p = i;
    const char32_t cp = utf8_next(s, &p);
    *len = p - i;
    return !is_space_codepoint(cp) && !is_symbol_codepoint(cp);
}

// Length of a thousands separator at s[i] that is followed by exactly three digits.
std::size_t group_separator_at(std::string_view s, std::size_t i) {
    std::size_t len = 0;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ',') len = 1;
    else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) len = 2;  // NBSP
    else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
             (static_cast<unsigned char>(s[i + 2]) == 0x89 || static_cast<unsigned char>(s[i + 2]) == 0xAF))
        len = 3;                                                                                      // thin / narrow NBSP
    else return 0;
    const std::size_t d = i + len;
    if (d + 3 > s.size()) return 0;
    for (std::size_t k = 0; k < 3; ++k)
        if (!ascii_digit(static_cast<unsigned char>(s[d + k]))) return 0;
    if (d + 3 < s.size() && ascii_digit(static_cast<unsigned char>(s[d + 3]))) return 0;
    return len;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Tokenizer
//-----------------------------------------------------------------------------

Document::Document(std::string_view text) : text_(text) {
    tokenize();
    split_paragraphs();
    split_sentences();
    build_offset_maps();
}

void Document::tokenize() {
    const std::string_view s = text_;
    const std::size_t n = s.size();
    tokens_.reserve(n / 5 + 16);
    prefer_huge_pages(tokens_.data(), tokens_.capacity() * sizeof(Token));
    std::uint8_t pending = TokenSpaceBefore;
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        // Whitespace.
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') { pending |= TokenSpaceBefore; ++i; continue; }
        if (c == '\n') { pending |= TokenSpaceBefore | TokenNewlineBefore; ++i; continue; }
        Token t;
        t.begin = static_cast<std::uint32_t>(i);
        t.flags = pending;
        pending = 0;
        if (ascii_digit(c)) {
            t.type = TokenType::Number;
            std::size_t j = i + 1;
            bool decimal = false;
            for (;;) {
                while (j < n && ascii_digit(static_cast<unsigned char>(s[j]))) ++j;
                if (j >= n) break;
                if (!decimal && s[j] == '.' && j + 1 < n && ascii_digit(static_cast<unsigned char>(s[j + 1]))) {
                    decimal = true; t.flags |= TokenHasDecimal; j += 1; continue;
                }
                if (!decimal) {
                    const std::size_t sep = group_separator_at(s, j);
                    if (sep) { t.flags |= TokenHasSeparator; j += sep; continue; }
                }
                break;
            }
            t.end = static_cast<std::uint32_t>(j);
            tokens_.push_back(t);
            i = j;
            continue;
        }
        if (c >= 0x80) {
            std::size_t p = i;
            const char32_t cp = utf8_next(s, &p);
            if (is_space_codepoint(cp)) { pending |= TokenSpaceBefore; i = p; continue; }
            if (is_symbol_codepoint(cp)) {
                t.type = TokenType::Punct; t.end = static_cast<std::uint32_t>(p); tokens_.push_back(t); i = p; continue;
            }
        } else if (!ascii_letter(c)) {
            t.type = TokenType::Punct; t.end = static_cast<std::uint32_t>(i + 1); tokens_.push_back(t); ++i; continue;
        }
        // A word: letters, digits, inner apostrophes and hyphens.
        t.type = TokenType::Word;
        int letters = 0, uppers = 0;
        bool first = true;
        std::size_t j = i;
        while (j < n) {
            const unsigned char b = static_cast<unsigned char>(s[j]);
            std::size_t l = 1;
            // ASCII fast path: letters and digits without decoding.
            if (b >= 'a' && b <= 'z') { first = false; ++letters; ++j; continue; }
            if (b >= 'A' && b <= 'Z') {
                if (first) t.flags |= TokenCapitalized;
                first = false; ++letters; ++uppers; ++j;
                continue;
            }
            if (b < 0x80 && ascii_digit(b)) { ++j; continue; }
            if (b >= 0x80 && letter_at(s, j, &l)) {
                std::size_t p = j;
                const char32_t cp = b < 0x80 ? b : utf8_next(s, &p);
                const bool up = is_upper_codepoint(cp);
                if (first && up) t.flags |= TokenCapitalized;
                first = false;
                ++letters; uppers += up;
                j += l;
                continue;
            }
            // Inner joiners: ' ’ (apostrophes) and - ‑ (hyphens) between letters/digits.
            std::size_t jl = 0;
            if (b == '\'' || b == '-') jl = 1;
            else if (b == 0xE2 && j + 2 < n && static_cast<unsigned char>(s[j + 1]) == 0x80 &&
                     (static_cast<unsigned char>(s[j + 2]) == 0x99 || static_cast<unsigned char>(s[j + 2]) == 0x91))
                jl = 3;
            if (jl && j + jl < n) {
                std::size_t l2 = 0;
                const unsigned char nb = static_cast<unsigned char>(s[j + jl]);
                if (letter_at(s, j + jl, &l2) || (b != '\'' && jl == 1 && ascii_digit(nb))) { j += jl; continue; }
            }
            break;
        }
        if (letters >= 2 && uppers == letters) t.flags |= TokenAllCaps;
        t.end = static_cast<std::uint32_t>(j);
        tokens_.push_back(t);
        i = j;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Paragraphs
//-----------------------------------------------------------------------------

void Document::split_paragraphs() {
    const std::string_view s = text_;
    const std::size_t n = s.size();
    // Lines: [begin, end) without the line break.
    bool any_blank = false;
    struct Line { std::size_t b, e; bool blank; bool bullet; };
    std::vector<Line> lines;
    std::size_t i = 0;
    while (i <= n) {
        const void* nl = i < n ? std::memchr(s.data() + i, '\n', n - i) : nullptr;
        const std::size_t e = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - s.data()) : n;
        // Trim spaces (ASCII and Unicode) at both ends.
        std::size_t b = i, te = e;
        while (b < te) {
            std::size_t p = b;
            const char32_t cp = utf8_next(s, &p);
            if (!is_space_codepoint(cp)) break;
            b = p;
        }
        while (te > b) {
            const unsigned char c = static_cast<unsigned char>(s[te - 1]);
            if (c == ' ' || c == '\t' || c == '\r') { --te; continue; }
            if (te - b >= 2 && c == 0xA0 && static_cast<unsigned char>(s[te - 2]) == 0xC2) { te -= 2; continue; }
            break;
        }
        const bool blank = b >= te;
        bool bullet = false;
        if (!blank) {
            const unsigned char c = static_cast<unsigned char>(s[b]);
            if ((c == '-' || c == '*') && b + 1 < te && s[b + 1] == ' ') bullet = true;
            if (c == 0xE2 && b + 2 < te && static_cast<unsigned char>(s[b + 1]) == 0x80 &&
                static_cast<unsigned char>(s[b + 2]) == 0xA2) bullet = true;  // •
        }
        any_blank |= blank;
        lines.push_back({b, te, blank, bullet});
        if (!nl) break;
        i = e + 1;
    }
    std::size_t nonblank = 0;
    for (const Line& l : lines) nonblank += !l.blank;
    const bool line_per_paragraph = !any_blank && nonblank > 1;
    bool open = false;
    ByteRange cur;
    for (const Line& l : lines) {
        if (l.blank || l.bullet || line_per_paragraph) {
            if (open) { paragraphs_.push_back(cur); open = false; }
            if (l.blank) continue;
        }
        if (!open) { cur = {static_cast<std::uint32_t>(l.b), static_cast<std::uint32_t>(l.e)}; open = true; }
        else cur.end = static_cast<std::uint32_t>(l.e);
    }
    if (open) paragraphs_.push_back(cur);
}

//-----------------------------------------------------------------------------
// [SECTION] Sentences
//-----------------------------------------------------------------------------

namespace {

// Words that end with a period without ending the sentence (compared lower-case).
bool is_abbreviation(std::string_view w) {
    static const char* const list[] = {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
        "rev", "hon", "st", "mt", "ft", "vs", "approx", "est", "dept", "inc", "ltd", "co", "corp", "bros",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "cf", "al",
        "no", "nos", "vol", "vols", "art", "fig", "figs", "pp", "ch", "sec", "para", "ed", "eds"};
    if (w.size() > 6) return false;
    char low[8];
    for (std::size_t k = 0; k < w.size(); ++k) low[k] = static_cast<char>(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
    const std::string_view lw(low, w.size());
    for (const char* a : list)
        if (lw == a) return true;
    return false;
}

bool is_closer(std::string_view t) {
    return t == ")" || t == "]" || t == "\"" || t == "'" || t == "\xE2\x80\x9D" || t == "\xE2\x80\x99" ||
           t == "\xC2\xBB";
}

} // namespace

void Document::split_sentences() {
    const std::size_t nt = tokens_.size();
    std::size_t t = 0;
    for (const ByteRange& para : paragraphs_) {
        while (t < nt && tokens_[t].begin < para.begin) ++t;
        std::size_t first = t;
        std::size_t k = t;
        while (k < nt && tokens_[k].end <= para.end) {
            const Token& tok = tokens_[k];
            bool split = false;
            std::size_t last = k;  // last token of the sentence
            if (tok.type == TokenType::Punct) {
                const std::string_view p = token_text(k);
                const bool stop = p == "." || p == "!" || p == "?" || p == "\xE2\x80\xA6";
                if (stop) {
                    while (last + 1 < nt && tokens_[last + 1].end <= para.end && !(tokens_[last + 1].flags & TokenSpaceBefore) &&
                           is_closer(token_text(last + 1)))
                        ++last;
                    const std::size_t nx = last + 1;
                    if (nx >= nt || tokens_[nx].end > para.end) {
                        split = true;
                    } else if (tokens_[nx].flags & TokenSpaceBefore) {
                        const Token& next = tokens_[nx];
                        const std::string_view ntext = token_text(nx);
                        const unsigned char c0 = static_cast<unsigned char>(ntext[0]);
                        const bool lower_next = next.type == TokenType::Word && !(next.flags & TokenCapitalized) && c0 < 0x80;
                        split = !lower_next;
                        if (split && p == "." && k > first && tokens_[k - 1].type == TokenType::Word &&
                            tokens_[k - 1].end == tok.begin) {
                            const std::string_view prev = token_text(k - 1);
                            const bool initial = prev.size() == 1 ||
                                                 (prev.size() <= 3 && static_cast<unsigned char>(prev[0]) >= 0x80 &&
                                                  (tokens_[k - 1].flags & TokenCapitalized) && prev.size() == 2);
                            if (initial) split = false;                      // J. K. Rowling, U.S., e.g.
                            else if (is_abbreviation(prev)) split = false;   // Dr. Smith, No. 5, Jan. 3
                        }
                    }
                }
            }
            if (split) {
                sentences_.push_back({tokens_[first].begin, tokens_[last].end});
                first = last + 1;
                k = last + 1;
                continue;
            }
            ++k;
        }
        if (first < k) sentences_.push_back({tokens_[first].begin, tokens_[k - 1].end});
        t = k;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Offset maps and lookups
//-----------------------------------------------------------------------------

void Document::build_offset_maps() {
    const std::string_view s = text_;
    const std::size_t blocks = s.size() / 64 + 1;
    cp_checkpoints_.resize(blocks + 1);
    u16_checkpoints_.resize(blocks + 1);
    std::uint32_t cp = 0, u16 = 0;
    for (std::size_t b = 0; b <= blocks; ++b) {
        cp_checkpoints_[b] = cp;
        u16_checkpoints_[b] = u16;
        const std::size_t lo = b * 64, hi = std::min(s.size(), lo + 64);
        // Branch-free counts (the compiler vectorises them): lead bytes are code
        // points; 4-byte leads (>= 0xF0) take a second UTF-16 unit.
        std::uint32_t leads = 0, wide = 0;
        for (std::size_t i = lo; i < hi; ++i) {
            const unsigned char c = static_cast<unsigned char>(s[i]);
            leads += (c & 0xC0) != 0x80;
            wide += c >= 0xF0;
        }
        cp += leads;
        u16 += leads + wide;
    }
}

std::size_t Document::codepoint_offset(std::uint32_t byte) const {
    if (byte > text_.size()) byte = static_cast<std::uint32_t>(text_.size());
    const std::size_t b = byte / 64;
    std::size_t cp = cp_checkpoints_[b];
    for (std::size_t i = b * 64; i < byte; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++cp;
    return cp;
}

std::size_t Document::utf16_offset(std::uint32_t byte) const {
    if (byte > text_.size()) byte = static_cast<std::uint32_t>(text_.size());
    const std::size_t b = byte / 64;
    std::size_t u = u16_checkpoints_[b];
    for (std::size_t i = b * 64; i < byte; ++i) {
        const unsigned char c = static_cast<unsigned char>(text_[i]);
        if ((c & 0xC0) != 0x80) u += c >= 0xF0 ? 2 : 1;
    }
    return u;
}

std::uint32_t Document::byte_offset_of_codepoint(std::size_t codepoint) const {
    auto it = std::upper_bound(cp_checkpoints_.begin(), cp_checkpoints_.end(), codepoint);
    std::size_t b = it == cp_checkpoints_.begin() ? 0 : static_cast<std::size_t>(it - cp_checkpoints_.begin()) - 1;
    std::size_t i = std::min(b * 64, text_.size());
    std::size_t cp = cp_checkpoints_[b];
    while (i < text_.size()) {
        const unsigned char c = static_cast<unsigned char>(text_[i]);
        if ((c & 0xC0) != 0x80) {
            if (cp == codepoint) break;
            ++cp;
        }
        ++i;
    }
    return static_cast<std::uint32_t>(i);
}

int Document::paragraph_of(std::uint32_t byte) const {
    auto it = std::upper_bound(paragraphs_.begin(), paragraphs_.end(), byte,
                               [](std::uint32_t v, const ByteRange& r) { return v < r.begin; });
    return it == paragraphs_.begin() ? 0 : static_cast<int>(it - paragraphs_.begin()) - 1;
}

int Document::sentence_of(std::uint32_t byte) const {
    auto it = std::upper_bound(sentences_.begin(), sentences_.end(), byte,
                               [](std::uint32_t v, const ByteRange& r) { return v < r.begin; });
    return it == sentences_.begin() ? 0 : static_cast<int>(it - sentences_.begin()) - 1;
}

std::size_t Document::first_token_at_or_after(std::uint32_t byte) const {
    auto it = std::lower_bound(tokens_.begin(), tokens_.end(), byte,
                               [](const Token& t, std::uint32_t v) { return t.begin < v; });
    return static_cast<std::size_t>(it - tokens_.begin());
}

} // namespace gloss
