// Gloss — Document: tokens, paragraphs, sentences and offset maps. See gloss/document.hpp.
//
// Index of this file:
// [SECTION] Code point classes
// [SECTION] Byte classes
// [SECTION] Tokenizer
// [SECTION] Paragraphs
// [SECTION] Sentences
// [SECTION] Offset maps and lookups
//
// One pass per stage, ASCII bytes classified by a 256-entry table; only bytes
// >= 0x80 are decoded. The tokenizer also lists the sentence-stop tokens, so the
// sentence splitter visits those instead of every token.
#include "gloss/document.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "gloss/utf8.hpp"
#include "cancellation.hpp"
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

// Non-ASCII code points that belong in words: neither spaces nor symbols.
inline bool is_word_codepoint(char32_t cp) { return !is_space_codepoint(cp) && !is_symbol_codepoint(cp); }

//-----------------------------------------------------------------------------
// [SECTION] Byte classes
//-----------------------------------------------------------------------------

// The class of each byte value. The two space bits equal the token flags they
// set, so whitespace is one OR into the pending flags.
enum ByteClass : std::uint8_t {
    kDigit     = 1 << 0,             // 0-9
    kUpper     = 1 << 1,             // A-Z
    kSpace     = TokenSpaceBefore,   // space, tab, CR, FF, VT, LF
    kNewline   = TokenNewlineBefore, // LF
    kLower     = 1 << 4,             // a-z
    kStop      = 1 << 5,             // . ! ? (may end a sentence)
    kJoiner    = 1 << 6,             // ' - (may join two parts of a word)
    kMultiByte = 1 << 7,             // >= 0x80: part of a multi-byte sequence, decoded when met
    // 0: any other ASCII byte, a one-byte punctuation token
};
static_assert(kSpace == (1 << 2) && kNewline == (1 << 3), "space bits are the token flags");
constexpr std::uint8_t kLetter = kUpper | kLower;
constexpr std::uint8_t kAlnum = kDigit | kUpper | kLower;

struct ByteClassTable {
    std::uint8_t of[256];
    constexpr ByteClassTable() : of() {
        for (int c = '0'; c <= '9'; ++c) of[c] = kDigit;
        for (int c = 'A'; c <= 'Z'; ++c) of[c] = kUpper;
        for (int c = 'a'; c <= 'z'; ++c) of[c] = kLower;
        for (int c : {' ', '\t', '\r', '\f', '\v'}) of[c] = kSpace;
        of[int('\n')] = kSpace | kNewline;
        for (int c : {'.', '!', '?'}) of[c] = kStop;
        for (int c : {'\'', '-'}) of[c] = kJoiner;
        for (int c = 0x80; c < 0x100; ++c) of[c] = kMultiByte;
    }
};
constexpr ByteClassTable kByteClass;

inline unsigned char byte_at(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }
inline std::uint8_t class_at(std::string_view s, std::size_t i) { return kByteClass.of[byte_at(s, i)]; }
inline bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// End of the run of ASCII letters and digits from b[j] (four bytes a round).
inline std::size_t alnum_run_end(const unsigned char* b, std::size_t j, std::size_t n) {
    while (j + 4 <= n) {
        if (!(kByteClass.of[b[j]] & kAlnum)) return j;
        if (!(kByteClass.of[b[j + 1]] & kAlnum)) return j + 1;
        if (!(kByteClass.of[b[j + 2]] & kAlnum)) return j + 2;
        if (!(kByteClass.of[b[j + 3]] & kAlnum)) return j + 3;
        j += 4;
    }
    while (j < n && (kByteClass.of[b[j]] & kAlnum)) ++j;
    return j;
}

// Whether the bytes at s[i] start a letter (ASCII or a word code point).
bool letter_at(std::string_view s, std::size_t i) {
    const std::uint8_t k = class_at(s, i);
    if (!(k & kMultiByte)) return (k & kLetter) != 0;
    return is_word_codepoint(utf8_next(s, &i));
}

// Whether the word s[b, e) has two or more letters, all upper case.
bool is_all_caps_word(std::string_view s, std::size_t b, std::size_t e) {
    std::size_t letters = 0;
    while (b < e) {
        const std::uint8_t k = class_at(s, b);
        if (k & kLower) return false;
        if (!(k & kMultiByte)) { letters += (k & kUpper) != 0; ++b; continue; }
        const char32_t cp = utf8_next(s, &b);
        if (!is_word_codepoint(cp)) continue;   // a joiner (’ ‑)
        if (!is_upper_codepoint(cp)) return false;
        ++letters;
    }
    return letters >= 2;
}

// Length of a thousands separator at s[i] that is followed by exactly three digits.
std::size_t group_separator_at(std::string_view s, std::size_t i) {
    std::size_t len = 0;
    const unsigned char c = byte_at(s, i);
    if (c == ',') len = 1;
    else if (c == 0xC2 && i + 1 < s.size() && byte_at(s, i + 1) == 0xA0) len = 2;                   // NBSP
    else if (c == 0xE2 && i + 2 < s.size() && byte_at(s, i + 1) == 0x80 &&
             (byte_at(s, i + 2) == 0x89 || byte_at(s, i + 2) == 0xAF))
        len = 3;                                                                                   // thin / narrow NBSP
    else return 0;
    const std::size_t d = i + len;
    if (d + 3 > s.size()) return 0;
    for (std::size_t k = 0; k < 3; ++k)
        if (!ascii_digit(byte_at(s, d + k))) return 0;
    if (d + 3 < s.size() && ascii_digit(byte_at(s, d + 3))) return 0;
    return len;
}

// End of the number whose digits end at s[j] (the first digit is before j):
// more digits, one decimal point, thousands separators. Adds TokenHasDecimal /
// TokenHasSeparator to *flags.
std::size_t number_end(std::string_view s, std::size_t j, std::uint8_t* flags) {
    const std::size_t n = s.size();
    bool decimal = false;
    for (;;) {
        while (j < n && (class_at(s, j) & kDigit)) ++j;
        if (j >= n) break;
        if (!decimal && s[j] == '.' && j + 1 < n && ascii_digit(byte_at(s, j + 1))) {
            decimal = true; *flags |= TokenHasDecimal; j += 1; continue;
        }
        if (!decimal) {
            const std::size_t sep = group_separator_at(s, j);
            if (sep) { *flags |= TokenHasSeparator; j += sep; continue; }
        }
        break;
    }
    return j;
}

// Length of an inner joiner at s[j]: ' and - (1 byte), ’ and the non-breaking hyphen ‑ (3 bytes); else 0.
std::size_t joiner_length_at(std::string_view s, std::size_t j) {
    const unsigned char b = byte_at(s, j);
    if (b == '\'' || b == '-') return 1;
    if (b == 0xE2 && j + 2 < s.size() && byte_at(s, j + 1) == 0x80 && (byte_at(s, j + 2) == 0x99 || byte_at(s, j + 2) == 0x91))
        return 3;
    return 0;
}

// End of the word that continues at s[j]: letters and digits (any script), and
// joiners followed by a letter (or, for '-', a digit).
std::size_t word_end(std::string_view s, std::size_t j) {
    const std::size_t n = s.size();
    while (j < n) {
        const std::uint8_t k = class_at(s, j);
        if (k & kAlnum) { ++j; continue; }
        if (k & kMultiByte) {
            std::size_t p = j;
            if (is_word_codepoint(utf8_next(s, &p))) { j = p; continue; }
        }
        const std::size_t jl = joiner_length_at(s, j);
        if (jl && j + jl < n && (letter_at(s, j + jl) || (s[j] == '-' && ascii_digit(byte_at(s, j + 1))))) { j += jl; continue; }
        break;
    }
    return j;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Tokenizer
//-----------------------------------------------------------------------------

thread_local const std::atomic<bool>* analysis_cancel_token = nullptr;

Document::Document(std::string_view text) : Document(text, std::vector<Token>{}) {}

Document::Document(std::string_view text, std::vector<Token>&& storage) : text_(text), tokens_(std::move(storage)) {
    tokens_.clear();
    std::vector<std::uint32_t> stops;
    tokenize(&stops);
    split_paragraphs();
    split_sentences(stops);
    build_offset_maps();
}

void Document::tokenize(std::vector<std::uint32_t>* stops) {
    const std::string_view s = text_;
    const std::size_t n = s.size();
    const unsigned char* const bytes = reinterpret_cast<const unsigned char*>(s.data());
    tokens_.reserve(n / 5 + 16);  // articles have about one token per 5.5 bytes
    prefer_huge_pages(tokens_.data(), tokens_.capacity() * sizeof(Token));
    stops->reserve(n / 64 + 16);
    std::uint8_t pending = TokenSpaceBefore;
    std::size_t i = 0;
    while (i < n) {
        const std::uint8_t k = kByteClass.of[bytes[i]];
        if (k & kSpace) { pending |= k & (kSpace | kNewline); ++i; continue; }
        check_cancelled_at(tokens_.size());
        Token& t = tokens_.emplace_back();
        t.begin = static_cast<std::uint32_t>(i);
        t.flags = pending;
        if (k & kLetter) {
            // An ASCII word: the run of ASCII letters and digits is the common
            // case; a multi-byte or joiner byte after it takes the general scan.
            t.type = TokenType::Word;
            std::size_t j = alnum_run_end(bytes, i + 1, n);
            // Most words end at one space: then no joiner or multi-byte letter
            // follows, and the space is taken here.
            const bool one_space = j < n && bytes[j] == ' ';
            if (!one_space) {
                const std::uint8_t after = j < n ? kByteClass.of[bytes[j]] : 0;
                if (after & (kJoiner | kMultiByte)) j = word_end(s, j);
            }
            if (k & kUpper) {
                t.flags |= TokenCapitalized;
                const bool lower_second = j > i + 1 && (kByteClass.of[bytes[i + 1]] & kLower);
                if (!lower_second && is_all_caps_word(s, i, j)) t.flags |= TokenAllCaps;
            }
            t.end = static_cast<std::uint32_t>(j);
            if (one_space) { pending = TokenSpaceBefore; i = j + 1; continue; }
            i = j;
        } else if (k & kDigit) {
            t.type = TokenType::Number;
            i = number_end(s, i + 1, &t.flags);
        } else if (k & kMultiByte) {
            std::size_t p = i;
            const char32_t cp = utf8_next(s, &p);
            if (is_space_codepoint(cp)) { tokens_.pop_back(); pending = TokenSpaceBefore; i = p; continue; }  // a line break before it is not kept
            if (is_symbol_codepoint(cp)) {
                t.type = TokenType::Punct;
                if (cp == 0x2026) stops->push_back(static_cast<std::uint32_t>(tokens_.size() - 1));  // …
                i = p;
            } else {
                t.type = TokenType::Word;
                i = word_end(s, p);
                if (is_upper_codepoint(cp)) t.flags |= TokenCapitalized;
                if (is_all_caps_word(s, t.begin, i)) t.flags |= TokenAllCaps;
            }
        } else {
            t.type = TokenType::Punct;
            if (k & kStop) stops->push_back(static_cast<std::uint32_t>(tokens_.size() - 1));
            ++i;
        }
        t.end = static_cast<std::uint32_t>(i);
        pending = 0;
        // Most tokens are followed by one space: take it here.
        if (i < n && bytes[i] == ' ') { pending = TokenSpaceBefore; ++i; }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Paragraphs
//-----------------------------------------------------------------------------

void Document::split_paragraphs() { paragraphs_ = paragraphs_of(text_); }

std::vector<ByteRange> paragraphs_of(std::string_view text) {
    std::vector<ByteRange> paragraphs;
    const std::string_view s = text;
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
            const std::uint8_t k = class_at(s, b);
            if (k & kSpace) { ++b; continue; }
            if (!(k & kMultiByte)) break;
            std::size_t p = b;
            if (!is_space_codepoint(utf8_next(s, &p))) break;
            b = p;
        }
        while (te > b) {
            const unsigned char c = byte_at(s, te - 1);
            if (c == ' ' || c == '\t' || c == '\r') { --te; continue; }
            if (te - b >= 2 && c == 0xA0 && byte_at(s, te - 2) == 0xC2) { te -= 2; continue; }
            break;
        }
        const bool blank = b >= te;
        bool bullet = false;
        if (!blank) {
            const unsigned char c = byte_at(s, b);
            if ((c == '-' || c == '*') && b + 1 < te && s[b + 1] == ' ') bullet = true;
            if (c == 0xE2 && b + 2 < te && byte_at(s, b + 1) == 0x80 && byte_at(s, b + 2) == 0xA2) bullet = true;  // •
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
            if (open) { paragraphs.push_back(cur); open = false; }
            if (l.blank) continue;
        }
        if (!open) { cur = {static_cast<std::uint32_t>(l.b), static_cast<std::uint32_t>(l.e)}; open = true; }
        else cur.end = static_cast<std::uint32_t>(l.e);
    }
    if (open) paragraphs.push_back(cur);
    return paragraphs;
}

//-----------------------------------------------------------------------------
// [SECTION] Sentences
//-----------------------------------------------------------------------------

namespace {

// Up to 8 bytes of `w`, lower-cased (ASCII), packed first byte highest: the
// numeric order of packed words is their alphabetical order.
std::uint64_t packed_lower(std::string_view w) {
    std::uint64_t v = 0;
    for (std::size_t k = 0; k < 8; ++k) {
        const unsigned char c = k < w.size() ? static_cast<unsigned char>(w[k]) : 0;
        v = (v << 8) | (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return v;
}

// Words that end with a period without ending the sentence (compared lower-case).
bool is_abbreviation(std::string_view w) {
    static const char* const list[] = {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
        "rev", "hon", "st", "mt", "ft", "vs", "approx", "est", "dept", "inc", "ltd", "co", "corp", "bros",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "cf", "al",
        "no", "nos", "vol", "vols", "art", "fig", "figs", "pp", "ch", "sec", "para", "ed", "eds"};
    constexpr std::size_t count = sizeof list / sizeof list[0];
    static const std::array<std::uint64_t, count> keys = [] {
        std::array<std::uint64_t, count> k{};
        for (std::size_t i = 0; i < count; ++i) k[i] = packed_lower(list[i]);
        std::sort(k.begin(), k.end());
        return k;
    }();
    if (w.size() > 6) return false;
    return std::binary_search(keys.begin(), keys.end(), packed_lower(w));
}

// ) ] " ' ” ’ »: closing marks that stay with the sentence before them.
bool is_closer(std::string_view t) {
    if (t.size() == 1) return t[0] == ')' || t[0] == ']' || t[0] == '"' || t[0] == '\'';
    return t == "\xE2\x80\x9D" || t == "\xE2\x80\x99" || t == "\xC2\xBB";
}

// First index in [from, n) where `before` turns false (`before` holds for a
// prefix): exponential probing, then a binary search.
template <class Before> std::size_t first_not_before(std::size_t from, std::size_t n, Before before) {
    std::size_t lo = from, hi = from, step = 1;
    while (hi < n && before(hi)) { lo = hi + 1; hi += step; step <<= 1; }
    hi = std::min(hi, n);
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (before(mid)) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

} // namespace

void Document::split_sentences(const std::vector<std::uint32_t>& stops) {
    sentences_.reserve(stops.size() + paragraphs_.size());
    const std::size_t nt = tokens_.size();
    std::size_t t = 0;    // first token of the paragraph
    std::size_t st = 0;   // next entry of `stops`
    for (const ByteRange& para : paragraphs_) {
        t = first_not_before(t, nt, [&](std::size_t i) { return tokens_[i].begin < para.begin; });
        const std::size_t end = first_not_before(t, nt, [&](std::size_t i) { return tokens_[i].end <= para.end; });
        while (st < stops.size() && stops[st] < t) ++st;
        std::size_t first = t;  // first token of the open sentence
        for (; st < stops.size() && stops[st] < end; ++st) {
            const std::size_t k = stops[st];
            if (k < first) continue;
            const Token& tok = tokens_[k];
            std::size_t last = k;  // last token of the sentence: the stop and the closers glued to it
            while (last + 1 < end && !(tokens_[last + 1].flags & TokenSpaceBefore) && is_closer(token_text(last + 1))) ++last;
            const std::size_t nx = last + 1;
            bool split = nx >= end;  // the paragraph ends
            if (!split && (tokens_[nx].flags & TokenSpaceBefore)) {
                const Token& next = tokens_[nx];
                const bool lower_next = next.type == TokenType::Word && !(next.flags & TokenCapitalized) &&
                                        static_cast<unsigned char>(text_[next.begin]) < 0x80;
                split = !lower_next;
                if (split && text_[tok.begin] == '.' && k > first && tokens_[k - 1].type == TokenType::Word &&
                    tokens_[k - 1].end == tok.begin) {
                    const std::string_view prev = token_text(k - 1);
                    const bool initial = prev.size() == 1 ||
                                         (prev.size() == 2 && static_cast<unsigned char>(prev[0]) >= 0x80 &&
                                          (tokens_[k - 1].flags & TokenCapitalized));
                    // A letter or word glued to a number is its scale or unit ("$5m.", "the 50s.", "9,800ft."):
                    // the sentence ends there as after any word ("12 Jan. 2024" keeps its space and its date).
                    const bool after_number = k >= first + 2 && tokens_[k - 2].type == TokenType::Number &&
                                              !(tokens_[k - 1].flags & TokenSpaceBefore);
                    // J. K. Rowling, U.S., e.g.; Dr. Smith, No. 5, Jan. 3
                    if (!after_number && (initial || is_abbreviation(prev))) split = false;
                }
            }
            if (split) {
                sentences_.push_back({tokens_[first].begin, tokens_[last].end});
                first = last + 1;
            }
        }
        if (first < end) sentences_.push_back({tokens_[first].begin, tokens_[end - 1].end});
        t = end;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Offset maps and lookups
//-----------------------------------------------------------------------------

namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

// Number of bytes of `x` that have their high bit set (x has no other bits).
inline std::uint32_t high_bits_set(std::uint64_t x) {
    return static_cast<std::uint32_t>(((x >> 7) * 0x0101010101010101ull) >> 56);
}

} // namespace

void Document::build_offset_maps() {
    const std::string_view s = text_;
    const std::size_t n = s.size();
    const std::size_t blocks = n / 64 + 1;
    cp_checkpoints_.resize(blocks + 1);
    u16_checkpoints_.resize(blocks + 1);
    std::uint32_t cp = 0, u16 = 0;
    for (std::size_t b = 0; b <= blocks; ++b) {
        cp_checkpoints_[b] = cp;
        u16_checkpoints_[b] = u16;
        const std::size_t lo = b * 64;
        if (lo + 64 <= n) {
            // A whole block, eight bytes at a time: all ASCII is the common case;
            // otherwise continuation bytes (10xxxxxx) are not code points and
            // 4-byte leads (11110xxx) take a second UTF-16 unit.
            const char* const block = s.data() + lo;
            std::uint64_t w[8];
            for (int k = 0; k < 8; ++k) std::memcpy(&w[k], block + 8 * k, 8);
            if (!((w[0] | w[1] | w[2] | w[3] | w[4] | w[5] | w[6] | w[7]) & kHighBits)) { cp += 64; u16 += 64; continue; }
            std::uint32_t continuation = 0, wide = 0;
            for (const std::uint64_t v : w) {
                if (!(v & kHighBits)) continue;
                continuation += high_bits_set(v & ~(v << 1) & kHighBits);
                wide += high_bits_set(v & (v << 1) & (v << 2) & (v << 3) & kHighBits);
            }
            cp += 64 - continuation;
            u16 += 64 - continuation + wide;
            continue;
        }
        for (std::size_t i = lo; i < n; ++i) {
            const unsigned char c = byte_at(s, i);
            cp += (c & 0xC0) != 0x80;
            u16 += ((c & 0xC0) != 0x80) + (c >= 0xF0);
        }
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
