// Gloss — UTF-8 primitives shared by the whole core (no ImGui).
//
// Index of this file:
// [SECTION] Validation
// [SECTION] Decoding and offset conversion
//
// All offsets are UTF-8 byte offsets into the exact text the host gave, unless
// a name says otherwise (code points, UTF-16 units).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] Validation
//-----------------------------------------------------------------------------

// Result of validating a byte string as UTF-8 (RFC 3629: no overlongs, no
// surrogates, nothing above U+10FFFF).
struct Utf8Check {
    bool        ok = true;        // true when the whole input is valid UTF-8
    std::size_t error_offset = 0; // byte offset of the first invalid sequence (when !ok)
};

// Check `bytes` for valid UTF-8. O(n), never throws.
Utf8Check utf8_validate(std::string_view bytes);

// Copy `bytes`, replacing every invalid sequence by U+FFFD (the "replacement
// mode" the document loader offers). Valid input is returned unchanged.
std::string utf8_sanitize(std::string_view bytes);

//-----------------------------------------------------------------------------
// [SECTION] Decoding and offset conversion
//-----------------------------------------------------------------------------

// Decode the code point at `*pos` and advance `*pos` past it. Invalid bytes
// decode as U+FFFD and advance by one byte. Precondition: *pos < s.size().
char32_t utf8_next(std::string_view s, std::size_t* pos);

// Length in bytes of the sequence starting with lead byte `lead` (1 for
// continuation or invalid lead bytes).
std::size_t utf8_sequence_length(unsigned char lead);

// True when `offset` does not split a UTF-8 sequence (0 and size() are boundaries).
bool utf8_is_boundary(std::string_view s, std::size_t offset);

// Append the UTF-8 encoding of `cp` to `out`.
void utf8_append(std::string& out, char32_t cp);

// Number of code points in s[0, byte_offset). O(byte_offset).
std::size_t utf8_codepoints_before(std::string_view s, std::size_t byte_offset);

} // namespace gloss
