// Gloss — the normalised text quotes are matched in, with its map back to
// the original bytes. What copying a text tends to change is made equal:
// curly and straight quotes, NBSP and other spaces, CR/LF and runs of white
// space (all become one ' '), invisible characters (dropped).
#include <algorithm>

#include "gloss/anchoring.hpp"
#include "gloss/utf8.hpp"

namespace gloss {
namespace {

enum class CharClass { Keep, Space, Drop, Apostrophe, DoubleQuote, Hyphen };

CharClass classify(char32_t cp) {
    switch (cp) {
    case U' ': case U'\t': case U'\n': case U'\r': case U'\f': case U'\v':
    case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
        return CharClass::Space;
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
        return CharClass::Drop;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
        return CharClass::Apostrophe;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
        return CharClass::DoubleQuote;
    case 0x2010: case 0x2011:
        return CharClass::Hyphen;
    default:
        if (cp >= 0x2000 && cp <= 0x200A) return CharClass::Space;
        return CharClass::Keep;
    }
}

// Normalise `in`; when `source` is given, record each output byte's origin.
// The output is never longer than the input (every rule keeps or shrinks a
// character), so both buffers are sized once and written by index.
void normalize_into(std::string_view in, std::string* out, std::vector<std::uint32_t>* source) {
    out->resize(in.size());
    if (source) source->resize(in.size() + 1);
    char* o = out->data();
    std::uint32_t* src = source ? source->data() : nullptr;
    std::size_t w = 0;
    bool in_space = false;
    std::size_t pos = 0;
    while (pos < in.size()) {
        const std::size_t at = pos;
        const unsigned char lead = static_cast<unsigned char>(in[pos]);
        CharClass cls;
        if (lead < 0x80) {
            ++pos;
            if (lead == ' ' || (lead >= '\t' && lead <= '\r')) {
                cls = CharClass::Space;
            } else {
                in_space = false;
                o[w] = static_cast<char>(lead);
                if (src) src[w] = static_cast<std::uint32_t>(at);
                ++w;
                continue;
            }
        } else {
            cls = classify(utf8_next(in, &pos));
        }
        if (cls == CharClass::Drop) continue;
        if (cls == CharClass::Space) {
            if (in_space) continue; // the run's single ' ' already stands for it
            in_space = true;
            o[w] = ' ';
            if (src) src[w] = static_cast<std::uint32_t>(at);
            ++w;
            continue;
        }
        in_space = false;
        if (cls == CharClass::Keep) {
            for (std::size_t i = at; i < pos; ++i) {
                o[w] = in[i];
                if (src) src[w] = static_cast<std::uint32_t>(at);
                ++w;
            }
            continue;
        }
        o[w] = cls == CharClass::Apostrophe ? '\'' : cls == CharClass::DoubleQuote ? '"' : '-';
        if (src) src[w] = static_cast<std::uint32_t>(at);
        ++w;
    }
    out->resize(w);
    if (source) {
        (*source)[w] = static_cast<std::uint32_t>(in.size());
        source->resize(w + 1);
    }
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

} // namespace

NormalizedText normalize_for_matching(std::string_view text) {
    NormalizedText n;
    normalize_into(text, &n.text, &n.source);
    return n;
}

std::string normalize_string(std::string_view text) {
    std::string out;
    normalize_into(text, &out, nullptr);
    return out;
}

ByteRange NormalizedText::to_original(std::size_t begin, std::size_t end) const {
    end = std::min(end, text.size());
    begin = std::min(begin, end);
    while (begin > 0 && is_continuation(text[begin])) --begin;
    while (end < text.size() && is_continuation(text[end])) ++end;
    return ByteRange{source[begin], source[end]};
}

std::size_t NormalizedText::from_original(std::uint32_t original_byte) const {
    const auto it = std::lower_bound(source.begin(), source.end(), original_byte);
    return std::min<std::size_t>(static_cast<std::size_t>(it - source.begin()), text.size());
}

} // namespace gloss
