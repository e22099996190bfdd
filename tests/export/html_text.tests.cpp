// Text into HTML: whatever an article holds comes out as inert text.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>

#include "html_text.hpp"

using gloss::html::is_safe_http_url;
using gloss::html::language_tag;
using gloss::html::text;

TEST_CASE("Hostile text is escaped so it cannot open, close or leave anything", "[export][escape]") {
    const auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
        {"\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"},
        {"</style><style>body{display:none}</style>", "&lt;/style&gt;&lt;style&gt;body{display:none}&lt;/style&gt;"},
        {"]]> <![CDATA[ x", "]]&gt; &lt;![CDATA[ x"},
        {"it's & that", "it&#39;s &amp; that"},
        {"&lt;b&gt;", "&amp;lt;b&amp;gt;"},
        {"a\xE2\x80\xA8" "b\xE2\x80\xA9" "c", "a&#x2028;b&#x2029;c"},
        {"x\xE2\x80\xAE" "exe.txt\xE2\x80\xAC", "x\xE2\x80\xB9U+202E\xE2\x80\xBA" "exe.txt\xE2\x80\xB9U+202C\xE2\x80\xBA"},
        {"\xE2\x81\xA7" "isolate\xE2\x81\xA9", "\xE2\x80\xB9U+2067\xE2\x80\xBAisolate\xE2\x80\xB9U+2069\xE2\x80\xBA"},
        {std::string("nul\0bell\x07", 9), "nul\xE2\x80\xB9U+0000\xE2\x80\xBA" "bell\xE2\x80\xB9U+0007\xE2\x80\xBA"},
        {"line\nbreak\ttab", "line break tab"},
        {"caf\xC3\xA9 \xE2\x89\x88 \xF0\x9F\x98\x80", "caf\xC3\xA9 \xE2\x89\x88 \xF0\x9F\x98\x80"},
        {"bad \xFF byte", "bad \xEF\xBF\xBD byte"},
    }));
    CAPTURE(input);
    CHECK(text(input) == expected);
}

TEST_CASE("Only plain http and https addresses become links", "[export][escape]") {
    const auto [url, safe] = GENERATE(table<std::string, bool>({
        {"https://example.org/a?b=c&d=e", true},
        {"http://example.org/", true},
        {"javascript:alert(1)", false},
        {"JAVASCRIPT:alert(1)", false},
        {"data:text/html,<script>", false},
        {"https://example.org/\" onclick=\"x", false},
        {"https://exa mple.org/", false},
        {"https://", false},
        {"//example.org/", false},
        {"", false},
    }));
    CAPTURE(url);
    CHECK(is_safe_http_url(url) == safe);
}

TEST_CASE("A language tag that is not one falls back to English", "[export][escape]") {
    CHECK(language_tag("pt-BR") == "pt-BR");
    CHECK(language_tag("\"><script>") == "en");
    CHECK(language_tag("") == "en");
    CHECK(language_tag("1x") == "en");
}
