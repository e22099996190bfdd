// Gloss — UTF-8 primitives. See gloss/utf8.hpp.
#include "gloss/utf8.hpp"
#include <cstdint>
#include <cstring>

namespace gloss {

namespace {
// Length of the valid sequence at s[i], or 0 when it is invalid.
std::size_t valid_sequence_at(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    const std::size_t n = s.size();
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return (i + 1 < n && (b(i + 1) & 0xC0) == 0x80) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (i + 2 >= n) return 0;
        const unsigned char c1 = b(i + 1);
        if ((c1 & 0xC0) != 0x80 || (b(i + 2) & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
        if (c == 0xED && c1 >= 0xA0) return 0;  // surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (i + 3 >= n) return 0;
        const unsigned char c1 = b(i + 1);
        if ((c1 & 0xC0) != 0x80 || (b(i + 2) & 0xC0) != 0x80 || (b(i + 3) & 0xC0) != 0x80) return 0;
        if (c == 0xF0 && c1 < 0x90) return 0;   // overlong
        if (c == 0xF4 && c1 >= 0x90) return 0;  // above U+10FFFF
        return 4;
    }
    return 0;
}
} // namespace

Utf8Check utf8_validate(std::string_view bytes) {
    std::size_t i = 0;
    while (i < bytes.size()) {
        // ASCII runs: 32 bytes at a time, then eight.
        constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
        std::uint64_t w[4];
        while (i + 32 <= bytes.size() && (std::memcpy(w, bytes.data() + i, 32), ((w[0] | w[1] | w[2] | w[3]) & kHighBits) == 0)) i += 32;
        while (i + 8 <= bytes.size() && (std::memcpy(w, bytes.data() + i, 8), (w[0] & kHighBits) == 0)) i += 8;
        if (i >= bytes.size()) break;
        if (static_cast<unsigned char>(bytes[i]) < 0x80) { ++i; continue; }
        const std::size_t len = valid_sequence_at(bytes, i);
        if (len == 0) return {false, i};
        i += len;
    }
    return {};
}

std::string utf8_sanitize(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size());
    std::size_t i = 0;
    while (i < bytes.size()) {
        const std::size_t len = valid_sequence_at(bytes, i);
        if (len == 0) { utf8_append(out, 0xFFFD); ++i; continue; }
        out.append(bytes.data() + i, len);
        i += len;
    }
    return out;
}

std::size_t utf8_sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 1;
}

char32_t utf8_next(std::string_view s, std::size_t* pos) {
    const std::size_t i = *pos;
    const std::size_t len = valid_sequence_at(s, i);
    const auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[k])); };
    switch (len) {
    case 1: *pos = i + 1; return b(i);
    case 2: *pos = i + 2; return ((b(i) & 0x1F) << 6) | (b(i + 1) & 0x3F);
    case 3: *pos = i + 3; return ((b(i) & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
    case 4: *pos = i + 4;
        return ((b(i) & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) | (b(i + 3) & 0x3F);
    default: *pos = i + 1; return 0xFFFD;
    }
}

bool utf8_is_boundary(std::string_view s, std::size_t offset) {
    if (offset == 0 || offset >= s.size()) return offset <= s.size();
    return (static_cast<unsigned char>(s[offset]) & 0xC0) != 0x80;
}

void utf8_append(std::string& out, char32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t utf8_codepoints_before(std::string_view s, std::size_t byte_offset) {
    if (byte_offset > s.size()) byte_offset = s.size();
    std::size_t count = 0;
    for (std::size_t i = 0; i < byte_offset; ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++count;
    return count;
}

} // namespace gloss
