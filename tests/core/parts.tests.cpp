// A long text analysed in parts (analyze_text_in_parts): where it is cut, and
// that the parts' annotations read as one document's — whole-text offsets and
// paragraphs, ids unique, conflicts that index the whole set, one "first"
// occurrence per term. The parts here are small so that short invented texts
// have several.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <tuple>

#include "analysis_probe.hpp"
#include "gloss/analyze.hpp"
#include "parts.hpp"

using gloss::AnnotationKind;
using gloss::ByteRange;

namespace {

std::string repeat(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

// An invented paragraph with figures, a disagreement, a defined term and a source.
const std::string kParagraph =
    "The ministry counted 1,240 homeless residents in January. A charity counted 2,100 homeless residents in "
    "January. The Tarrow Ferry Board (TFB) said fares rose 4% to $3.20, Ana Ruiz, a TFB spokeswoman, said.\n\n";

gloss::AnalyzeResult analyze_in_parts_of(const std::string& text, std::size_t part_bytes) {
    gloss::AnalyzeOptions o;
    o.publication_date = "2024-06-04";
    o.part_bytes = part_bytes;
    return gloss::analyze_text(text, o);
}

} // namespace

TEST_CASE("A long text is cut into parts that cover it, each no longer than allowed", "[parts]") {
    std::string text, where;
    std::size_t part = 0;
    std::tie(text, part, where) = GENERATE(table<std::string, std::size_t, std::string>({
        {repeat("Harlow port handled 5,000 containers in May.\n\n", 60), 500, "paragraph"},
        {repeat("Harlow port handled 5,000 containers in May. ", 60), 500, "sentence"},
        {repeat("harlow ", 300), 500, "space"},
        {repeat("x", 3000), 500, "character"},
        {repeat("\xC3\xA9", 1500), 501, "character"},
        {"Short.", 500, "one part"},
    }));
    CAPTURE(where);
    const std::vector<ByteRange> paragraphs = gloss::paragraphs_of(text);
    const std::vector<ByteRange> parts = gloss::cut_into_parts(text, paragraphs, part);
    REQUIRE(!parts.empty());
    CHECK(parts.front().begin == 0);
    CHECK(parts.back().end == text.size());
    for (std::size_t i = 0; i < parts.size(); ++i) {
        CHECK(parts[i].end - parts[i].begin <= part);
        if (i + 1 < parts.size()) {
            CHECK(parts[i].end == parts[i + 1].begin);
            CHECK(parts[i].end - parts[i].begin >= part / 2);
            const std::size_t cut = parts[i].end;
            if (where == "paragraph") {
                bool starts_paragraph = false;
                for (const ByteRange& p : paragraphs) starts_paragraph |= p.begin == cut;
                CHECK(starts_paragraph);
            } else if (where == "sentence") {
                CHECK(text.compare(cut - 2, 2, ". ") == 0);
            } else if (where == "space") {
                CHECK(text[cut - 1] == ' ');
            } else {
                CHECK((static_cast<unsigned char>(text[cut]) & 0xC0) != 0x80);  // never inside a character
            }
        }
    }
    if (where == "one part") CHECK(parts.size() == 1);
}

TEST_CASE("A text that fits in one part is handed out once, as analyze_text gives it", "[parts]") {
    const std::string text = kParagraph + kParagraph;
    gloss::AnalyzeOptions o;
    o.publication_date = "2024-06-04";
    int calls = 0;
    std::vector<std::string> ids;
    const auto r = gloss::analyze_text_in_parts(text, o, [&](gloss::AnnotationSet& part) {
        ++calls;
        for (const auto& a : part.items) ids.push_back(a.id);
        return true;
    });
    REQUIRE(r.ok);
    CHECK(calls == 1);
    CHECK(r.set.items.empty());
    CHECK(r.set.publication_date == "2024-06-04");
    const auto whole = probe::analyze(text);
    REQUIRE(whole.set.items.size() == ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) CHECK(whole.set.items[i].id == ids[i]);
}

TEST_CASE("A long text's parts give each annotation at its place and paragraph in the whole text", "[parts]") {
    const auto one = probe::analyze(kParagraph);
    const std::string text = repeat(kParagraph, 12);
    const auto r = analyze_in_parts_of(text, 300);  // one paragraph (207 bytes) a part
    REQUIRE(r.ok);
    REQUIRE(!one.set.items.empty());
    // Each paragraph is a part: it reads as it does alone, shifted to its place.
    REQUIRE(r.set.items.size() == 12 * one.set.items.size());
    const std::vector<ByteRange> paragraphs = gloss::paragraphs_of(text);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < r.set.items.size(); ++i) {
        const gloss::Annotation& a = r.set.items[i];
        const gloss::Annotation& alone = one.set.items[i % one.set.items.size()];
        CAPTURE(i, a.id);
        CHECK(a.kind == alone.kind);
        CHECK(probe::quote(text, a) == probe::quote(kParagraph, alone));
        CHECK(a.paragraph == static_cast<int>(i / one.set.items.size()));
        CHECK(paragraphs[static_cast<std::size_t>(a.paragraph)].begin <= a.range.begin);
        if (a.kind == AnnotationKind::Figure) CHECK(a.figure().sentence.begin <= a.range.begin);
        if (i) CHECK(r.set.items[i - 1].range.begin <= a.range.begin);
        CHECK(ids.insert(a.id).second);  // ids run on from part to part: none repeats
    }
}

TEST_CASE("A conflict in a later part names figures of the whole set that name it back", "[parts]") {
    const std::string text = repeat(kParagraph, 8);
    const auto r = analyze_in_parts_of(text, 300);  // one paragraph (207 bytes) a part
    REQUIRE(r.ok);
    int conflicts = 0;
    for (std::size_t i = 0; i < r.set.items.size(); ++i) {
        const gloss::Annotation& a = r.set.items[i];
        if (a.kind != AnnotationKind::Conflict) continue;
        ++conflicts;
        REQUIRE(a.conflict().members.size() == 2);
        for (const int m : a.conflict().members) {
            REQUIRE(m >= 0);
            REQUIRE(static_cast<std::size_t>(m) < r.set.items.size());
            const gloss::Annotation& member = r.set.items[static_cast<std::size_t>(m)];
            CHECK(member.kind == AnnotationKind::Figure);
            CHECK(member.figure().conflict == static_cast<int>(i));
            CHECK(text.compare(member.range.begin, 5, "1,240") * text.compare(member.range.begin, 5, "2,100") == 0);
        }
    }
    CHECK(conflicts == 8);
}

TEST_CASE("A term met in an earlier part is not met first again", "[parts]") {
    const auto r = analyze_in_parts_of(repeat(kParagraph, 6), 700);
    REQUIRE(r.ok);
    int occurrences = 0, firsts = 0;
    for (const auto& a : r.set.items)
        if (a.kind == AnnotationKind::Definition && a.definition().term == "TFB") {
            ++occurrences;
            firsts += a.definition().first;
        }
    CHECK(occurrences >= 6);
    CHECK(firsts == 1);
}

TEST_CASE("Analysing in parts stops when the caller declines a part", "[parts]") {
    gloss::AnalyzeOptions o;
    o.publication_date = "2024-06-04";
    o.part_bytes = 700;
    int calls = 0;
    const auto r = gloss::analyze_text_in_parts(repeat(kParagraph, 6), o, [&](gloss::AnnotationSet&) {
        ++calls;
        return false;
    });
    CHECK(calls == 1);
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("stopped") != std::string::npos);
}

TEST_CASE("A long text's publication date comes from its first part and is given to every part", "[parts]") {
    gloss::AnalyzeOptions o;
    o.part_bytes = 700;
    std::set<std::string> dates;
    const auto r = gloss::analyze_text_in_parts("Harlow, 3 March 2023 - " + repeat(kParagraph, 4), o,
                                                [&](gloss::AnnotationSet& part) {
                                                    dates.insert(part.publication_date);
                                                    return true;
                                                });
    REQUIRE(r.ok);
    CHECK(r.set.publication_date == "2023-03-03");
    CHECK(r.set.publication_date_inferred);
    CHECK(dates == std::set<std::string>{"2023-03-03"});
}
