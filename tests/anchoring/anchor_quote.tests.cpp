// Placing notes on changed text: exact, fuzzy, moved, normalised, orphaned, re-attached.
#include <catch2/catch.hpp>

#include <string>

#include "gloss/anchoring.hpp"
#include "gloss/notes.hpp"

namespace {

const std::string kArticle =
    "The port handled record volumes last year, according to the ministry of transport.\n"
    "Rail links to the east were extended, and two new terminals opened in the spring.\n"
    "Critics argue that the figures hide a steep fall in passenger traffic since 2020.\n"
    "A spokesperson said the authority would publish a full report before the end of June.\n"
    "Independent analysts expect the growth to slow as sanctions tighten on key routes.\n";

gloss::Note note_on(const std::string& text, const std::string& quote) {
    const std::size_t at = text.find(quote);
    REQUIRE(at != std::string::npos);
    auto r = gloss::note_create(text, gloss::ByteRange{static_cast<std::uint32_t>(at),
                                                       static_cast<std::uint32_t>(at + quote.size())},
                                "a note");
    REQUIRE(r.ok);
    return r.note;
}

std::string placed_text(const std::string& text, const gloss::NotePlacement& p) {
    return text.substr(p.range.begin, p.range.end - p.range.begin);
}

std::string replace_once(std::string s, const std::string& from, const std::string& to) {
    const std::size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    s.replace(at, from.size(), to);
    return s;
}

const std::string kQuote = "two new terminals opened in the spring";

} // namespace

TEST_CASE("a note is placed exactly on the unchanged text it was made on") {
    const gloss::Note n = note_on(kArticle, kQuote);
    const gloss::NotePlacement p = gloss::note_resolve(n, kArticle);
    REQUIRE(p.how == gloss::NoteMatch::Exact);
    REQUIRE(placed_text(kArticle, p) == kQuote);
    REQUIRE(n.quote.prefix.size() == 32);
    REQUIRE(n.quote.suffix.size() == 32);
    REQUIRE(n.hint.start_cp == n.hint.start_byte); // ASCII text
}

TEST_CASE("an edit before the quote moves the note with its text") {
    const gloss::Note n = note_on(kArticle, kQuote);
    const std::string edited = "Updated: corrections were made to this article.\n" + kArticle;
    const gloss::NotePlacement p = gloss::note_resolve(n, edited);
    REQUIRE(p.how == gloss::NoteMatch::Exact);
    REQUIRE(placed_text(edited, p) == kQuote);
}

TEST_CASE("edits inside the quote still place the note, as fuzzy, on the edited words") {
    const gloss::Note n = note_on(kArticle, kQuote);
    const std::string edited = replace_once(kArticle, "two new terminals opened", "three new terminal opened");
    const gloss::NotePlacement p = gloss::note_resolve(n, edited);
    REQUIRE(p.how == gloss::NoteMatch::Fuzzy);
    REQUIRE(p.errors >= 1);
    REQUIRE(p.errors <= kQuote.size() / 4);
    REQUIRE(placed_text(edited, p) == "three new terminal opened in the spring");
}

TEST_CASE("edits around the quote (in its prefix and suffix) keep it exact") {
    const gloss::Note n = note_on(kArticle, kQuote);
    std::string edited = replace_once(kArticle, "Rail links to the east were extended, and ",
                                      "Rail connections eastward were extended and ");
    edited = replace_once(edited, " in the spring.\nCritics", " in the spring.\n\nSome critics");
    const gloss::NotePlacement p = gloss::note_resolve(n, edited);
    REQUIRE(p.how == gloss::NoteMatch::Exact);
    REQUIRE(placed_text(edited, p) == kQuote);
}

TEST_CASE("a moved paragraph takes its notes along, even when also edited") {
    const std::string line = "Critics argue that the figures hide a steep fall in passenger traffic since 2020.\n";
    const gloss::Note n = note_on(kArticle, "hide a steep fall in passenger traffic");
    std::string moved = replace_once(kArticle, line, "");
    moved += replace_once(line, "steep fall", "sharp fall");
    const gloss::NotePlacement p = gloss::note_resolve(n, moved);
    REQUIRE(p.how == gloss::NoteMatch::Fuzzy);
    REQUIRE(placed_text(moved, p) == "hide a sharp fall in passenger traffic");
}

TEST_CASE("a repeated quote goes to the occurrence whose context matches") {
    const std::string text = "In the north, prices rose sharply. Wages did not.\n"
                             "In the south, prices rose sharply. Rents followed.\n";
    const std::size_t second = text.rfind("prices rose sharply");
    auto r = gloss::note_create(text, gloss::ByteRange{static_cast<std::uint32_t>(second),
                                                       static_cast<std::uint32_t>(second + 19)}, "");
    REQUIRE(r.ok);
    // The first line grows so the hint is stale; context decides.
    const std::string edited = "In the far north of the country, prices rose sharply. Wages did not.\n"
                               "In the south, prices rose sharply. Rents followed.\n";
    const gloss::NotePlacement p = gloss::note_resolve(r.note, edited);
    REQUIRE(p.how == gloss::NoteMatch::Exact);
    REQUIRE(p.range.begin == edited.rfind("prices rose sharply"));
}

TEST_CASE("quotes copied with different quotes, spaces and line ends are found exactly") {
    using Row = std::tuple<std::string, std::string>;
    const auto row = GENERATE(table<std::string, std::string>({
        Row{"Belarus\xE2\x80\x99s economic needs are opening windows", "Belarus's economic needs are opening windows"},
        Row{"the \xE2\x80\x9Ctransit hub\xE2\x80\x9D for goods", "the \"transit hub\" for goods"},
        Row{"at least\xC2\xA0" "1,559 political prisoners", "at least 1,559 political prisoners"},
        Row{"end of the line\r\nand the next one", "end of the line\nand the next one"},
        Row{"runs   of    spaces between words", "runs of spaces between words"},
    }));
    // Note made on one form, text now in the other (both directions).
    for (int dir = 0; dir < 2; ++dir) {
        const std::string& made_on = dir == 0 ? std::get<0>(row) : std::get<1>(row);
        const std::string& now = dir == 0 ? std::get<1>(row) : std::get<0>(row);
        const std::string before = "Some words before the passage. ";
        const std::string after = " Some words after the passage.";
        const gloss::Note n = note_on(before + made_on + after, made_on);
        const std::string text = "A new first line.\n" + before + now + after;
        const gloss::NotePlacement p = gloss::note_resolve(n, text);
        INFO("direction " << dir);
        REQUIRE(p.how == gloss::NoteMatch::Exact);
        REQUIRE(placed_text(text, p) == now);
    }
}

TEST_CASE("quotes longer than 64 bytes are found with edits (multi-word bit vectors)") {
    const std::string quote = "A spokesperson said the authority would publish a full report before the end of June.";
    REQUIRE(quote.size() > 64);
    const gloss::Note n = note_on(kArticle, quote);
    const std::string edited = replace_once(kArticle, "would publish a full report", "will publish its full report");
    const gloss::NotePlacement p = gloss::note_resolve(n, edited);
    REQUIRE(p.how == gloss::NoteMatch::Fuzzy);
    REQUIRE(placed_text(edited, p) == "A spokesperson said the authority will publish its full report before the end of June.");
}

TEST_CASE("a note whose text is gone is an orphan, and re-attaches when the text returns") {
    const gloss::Note n = note_on(kArticle, kQuote);
    const std::string without = replace_once(kArticle,
        "Rail links to the east were extended, and two new terminals opened in the spring.\n", "");
    const std::vector<gloss::Note> notes{n, note_on(kArticle, "record volumes last year")};
    const auto gone = gloss::notes_resolve(notes, without);
    REQUIRE(gone.size() == 2);
    REQUIRE(gone[0].how == gloss::NoteMatch::Orphan);
    REQUIRE(gone[0].range.empty());
    REQUIRE(gone[1].how == gloss::NoteMatch::Exact);
    const auto back = gloss::notes_resolve(notes, kArticle + "Appendix.\n");
    REQUIRE(back[0].how == gloss::NoteMatch::Exact);
    REQUIRE(placed_text(kArticle, back[0]) == kQuote);
}

TEST_CASE("a quote changed beyond a quarter of its length is an orphan, never a wrong place") {
    const gloss::Note n = note_on(kArticle, kQuote);
    const std::string edited = replace_once(kArticle, kQuote, "a terminal closed after the floods");
    REQUIRE(gloss::note_resolve(n, edited).how == gloss::NoteMatch::Orphan);
}

TEST_CASE("an empty text or an empty document makes every note an orphan without failing") {
    const gloss::Note n = note_on(kArticle, kQuote);
    REQUIRE(gloss::note_resolve(n, "").how == gloss::NoteMatch::Orphan);
    gloss::Note empty_quote = n;
    empty_quote.quote.exact.clear();
    REQUIRE(gloss::note_resolve(empty_quote, kArticle).how == gloss::NoteMatch::Orphan);
}

TEST_CASE("a code-point hint alone places a quote in non-ASCII text") {
    const std::string text = "\xC3\x89t\xC3\xA9 \xE2\x80\x94 caf\xC3\xA9 cr\xC3\xA8me, na\xC3\xAFve r\xC3\xA9sum\xC3\xA9.";
    gloss::Note n = note_on(text, "na\xC3\xAFve");
    n.hint.has_bytes = false;
    const gloss::NotePlacement p = gloss::note_resolve(n, text);
    REQUIRE(p.how == gloss::NoteMatch::Exact);
    REQUIRE(placed_text(text, p) == "na\xC3\xAFve");
}

TEST_CASE("re-anchoring refreshes the selectors from the current text") {
    gloss::Note n = note_on(kArticle, kQuote);
    const std::string edited = replace_once(kArticle, "two new terminals", "two new big terminals");
    const gloss::NotePlacement p = gloss::note_resolve(n, edited);
    REQUIRE(gloss::note_reanchor(&n, edited, p));
    REQUIRE(n.quote.exact == "two new big terminals opened in the spring");
    REQUIRE(gloss::note_resolve(n, edited).how == gloss::NoteMatch::Exact);
}

TEST_CASE("note_create refuses empty, out-of-range and character-splitting ranges") {
    const std::string text = "caf\xC3\xA9";
    REQUIRE_FALSE(gloss::note_create(text, gloss::ByteRange{2, 2}, "").ok);
    REQUIRE_FALSE(gloss::note_create(text, gloss::ByteRange{0, 9}, "").ok);
    REQUIRE_FALSE(gloss::note_create(text, gloss::ByteRange{0, 4}, "").ok);
    REQUIRE(gloss::note_create(text, gloss::ByteRange{0, 5}, "").ok);
}

TEST_CASE("notes become overlay annotations, orphans flagged and never dropped") {
    const std::vector<gloss::Note> notes{note_on(kArticle, kQuote), note_on(kArticle, "record volumes")};
    const auto placed = gloss::notes_resolve(notes, replace_once(kArticle, kQuote, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"));
    const auto anns = gloss::notes_to_annotations(notes, placed);
    REQUIRE(anns.size() == 2);
    REQUIRE(anns[0].kind == gloss::AnnotationKind::Note);
    REQUIRE(anns[0].note().orphan);
    REQUIRE_FALSE(anns[1].note().orphan);
    REQUIRE(anns[1].note().text == "a note");
}

TEST_CASE("a short quote whose passage is gone is an orphan, not pinned to the same word elsewhere") {
    const std::string text = "The council approved the harbour budget on Monday after a long debate.\n"
                             "Residents asked about parking.\n";
    const gloss::Note n = note_on(text, "budget");
    const std::string changed = "Residents asked about parking.\n"
                                "Next year the school budget will be discussed by an entirely new committee.\n";
    REQUIRE(gloss::note_resolve(n, changed).how == gloss::NoteMatch::Orphan);
    // With its context back, it re-attaches.
    const gloss::NotePlacement back = gloss::note_resolve(n, "Preface.\n" + text);
    REQUIRE(back.how == gloss::NoteMatch::Exact);
}

TEST_CASE("a position hint past the end of a shortened text is harmless") {
    gloss::Note n = note_on(kArticle, kQuote);
    n.hint.start_byte = n.hint.end_byte = 4000000000u;
    n.hint.start_cp = n.hint.end_cp = 4000000000u;
    const gloss::NotePlacement p = gloss::note_resolve(n, kArticle);
    REQUIRE(p.how == gloss::NoteMatch::Exact);
    REQUIRE(placed_text(kArticle, p) == kQuote);
}

namespace {

// A long deterministic text of distinct sentences, one paragraph per line.
std::string long_text(std::uint32_t seed, int paragraphs) {
    const char* syllables[] = {"ka", "lo", "mi", "ren", "tu", "sa", "vor", "ni", "pel", "dra", "qu", "est", "ba", "fi"};
    std::uint32_t x = seed;
    const auto next = [&x] { x = x * 1664525u + 1013904223u; return x >> 8; };
    std::string out;
    for (int p = 0; p < paragraphs; ++p) {
        for (int s = 0; s < 5; ++s) {
            for (int w = 0; w < 12; ++w) {
                if (w) out += ' ';
                const int n = 1 + static_cast<int>(next() % 3);
                for (int k = 0; k < n; ++k) out += syllables[next() % 14];
            }
            out += s == 4 ? ".\n" : ". ";
        }
    }
    return out;
}

} // namespace

TEST_CASE("quotes far from their hint (text added before, paragraph moved to the end) are found whole") {
    const std::string text = long_text(7, 120); // about 45 KB
    REQUIRE(text.size() > 30000);
    // A quote in the third paragraph and one in the middle.
    const std::size_t third = text.find('\n', text.find('\n', text.find('\n') + 1) + 1) + 1;
    const std::string q1 = text.substr(third + 10, 120);
    const std::string q2 = text.substr(text.size() / 2, 90);
    const gloss::Note n1 = note_on(text, q1);
    const gloss::Note n2 = note_on(text, q2);
    // Move the third paragraph to the end, with one edit inside the first quote,
    // and add 6000 bytes at the start so every hint is far off.
    const std::size_t third_end = text.find('\n', third) + 1;
    std::string para = text.substr(third, third_end - third);
    para[10 + 60] = para[10 + 60] == 'x' ? 'y' : 'x';
    const std::string changed = long_text(99, 16).substr(0, 6000) + text.substr(0, third) + text.substr(third_end) + para;
    const gloss::NotePlacement p1 = gloss::note_resolve(n1, changed);
    REQUIRE(p1.how == gloss::NoteMatch::Fuzzy);
    REQUIRE(p1.errors == 1);
    REQUIRE(p1.range.begin == changed.size() - para.size() + 10);
    REQUIRE(p1.range.end == p1.range.begin + 120);
    const gloss::NotePlacement p2 = gloss::note_resolve(n2, changed);
    REQUIRE(p2.how == gloss::NoteMatch::Exact);
    REQUIRE(placed_text(changed, p2) == q2);
}
