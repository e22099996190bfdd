// Gloss export — escaping text into HTML. See html_text.hpp.
#include "html_text.hpp"

#include <cstdio>

#include "gloss/utf8.hpp"

namespace gloss::html {

namespace {

// Controls shown as ‹U+XXXX› instead of being written: they could reorder,
// hide or break the text around them.
bool shown_as_code(char32_t c) {
    if (c < 0x20) return c != '\n' && c != '\t' && c != '\r';
    if (c >= 0x7F && c <= 0x9F) return true;                // DEL, C1 controls
    if (c == 0x061C || c == 0x200E || c == 0x200F) return true;  // directional marks
    if (c >= 0x202A && c <= 0x202E) return true;             // embeddings and overrides
    if (c >= 0x2066 && c <= 0x2069) return true;             // isolates
    if (c == 0xFFF9 || c == 0xFFFA || c == 0xFFFB) return true;  // interlinear annotation controls
    return false;
}

void append_code(std::string& out, char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    out += "\xE2\x80\xB9";  // ‹
    out += buf;
    out += "\xE2\x80\xBA";  // ›
}

} // namespace

void append_text(std::string& out, std::string_view s) {
    std::size_t pos = 0;
    while (pos < s.size()) {
        const unsigned char b = static_cast<unsigned char>(s[pos]);
        if (b < 0x80) {
            ++pos;
            switch (b) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\n': case '\r': case '\t': out += ' '; break;
            default:
                if (shown_as_code(b)) append_code(out, b);
                else out += static_cast<char>(b);
            }
            continue;
        }
        const char32_t c = utf8_next(s, &pos);
        if (c == 0x2028) out += "&#x2028;";
        else if (c == 0x2029) out += "&#x2029;";
        else if (shown_as_code(c)) append_code(out, c);
        else utf8_append(out, c);
    }
}

std::string text(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 16);
    append_text(out, s);
    return out;
}

void append_text_collapsed(std::string& out, std::string_view s) {
    std::string joined;
    joined.reserve(s.size());
    bool space = false;
    for (const char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            space = !joined.empty();
            continue;
        }
        if (space) joined += ' ';
        space = false;
        joined += c;
    }
    append_text(out, joined);
}

bool is_safe_http_url(std::string_view url) {
    const bool http = url.compare(0, 7, "http://") == 0 && url.size() > 7;
    const bool https = url.compare(0, 8, "https://") == 0 && url.size() > 8;
    if (!http && !https) return false;
    for (const char ch : url) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '\\') return false;
    }
    return true;
}

std::string language_tag(std::string_view lang) {
    if (lang.empty() || lang.size() > 35) return "en";
    bool letter_first = (lang[0] >= 'a' && lang[0] <= 'z') || (lang[0] >= 'A' && lang[0] <= 'Z');
    if (!letter_first) return "en";
    for (const char c : lang)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return "en";
    return std::string(lang);
}

} // namespace gloss::html
