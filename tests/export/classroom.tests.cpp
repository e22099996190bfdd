// The handout and worksheet writers on an invented article: notes, privacy,
// the lesson path, the choice of questions and reproducibility.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "gloss/analyze.hpp"
#include "gloss/classroom.hpp"
#include "gloss/document.hpp"
#include "questions.hpp"

namespace {

const std::string kArticle =
    "Tidewater Ferry Review\n"
    "\n"
    "By the Coastal Desk\n"
    "\n"
    "In 2024 the Tidewater ferries carried 6,300 passengers a day, a 26 percent increase (Ferry Board, March 3, 2024). "
    "The Coastal Transit Agency (CTA) says at least 410 crossings ran each week. Harbour Watch counted 380 crossings a week "
    "(Harbour Watch, April 2, 2024). A fare review was announced later (, May 2, 2024).\n"
    "\n"
    "The CTA will publish its figures in autumn. The review board met on September 30, 2024 "
    "(Island Courier, September 30, 2024).\n";

struct Fixture {
    gloss::AnalyzeResult   analysis;
    gloss::ClassroomInput  input;
    Fixture() {
        gloss::AnalyzeOptions o;
        o.publication_date = "2024-06-04";
        analysis = gloss::analyze_text(kArticle, o);
        input.text = kArticle;
        input.set = &analysis.set;
        input.title = "Tidewater Ferry Review";
    }
    gloss::ClassroomNote note(const std::string& id, const std::string& quote, const std::string& text,
                              std::vector<std::string> tags, const std::string& author = "") const {
        gloss::ClassroomNote n;
        n.id = id;
        n.text = text;
        n.tags = std::move(tags);
        n.author = author;
        const std::size_t at = kArticle.find(quote);
        REQUIRE(at != std::string::npos);
        n.range = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + quote.size())};
        return n;
    }
    std::string first_id(gloss::AnnotationKind kind) const {
        for (const auto& a : analysis.set.items)
            if (a.kind == kind) return a.id;
        return "";
    }
};

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + what.size())) ++n;
    return n;
}

} // namespace

TEST_CASE("A note tagged private never appears in a handout", "[export][handout]") {
    Fixture f;
    REQUIRE(f.analysis.ok);
    const auto tag = GENERATE(as<std::string>{}, "private", "Private", "PRIVATE", "#private");
    f.input.notes.push_back(f.note("n1", "6,300 passengers", "Ask what the base year was", {"figures"}));
    f.input.notes.push_back(f.note("n2", "380 crossings", "GRADES-SECRET for my eyes only", {"marking", tag}));
    gloss::HandoutOptions with_authors;
    with_authors.with_authors = true;
    for (const std::string& page : {gloss::write_handout(f.input), gloss::write_handout(f.input, with_authors)}) {
        CHECK(page.find("Ask what the base year was") != std::string::npos);
        CHECK(page.find("GRADES-SECRET") == std::string::npos);
        CHECK(page.find("marking") == std::string::npos);
    }
}

TEST_CASE("A note's author is named only when asked", "[export][handout]") {
    Fixture f;
    f.input.notes.push_back(f.note("n1", "6,300 passengers", "Ask what the base year was", {}, "R. Okafor"));
    CHECK(gloss::write_handout(f.input).find("R. Okafor") == std::string::npos);
    gloss::HandoutOptions o;
    o.with_authors = true;
    CHECK(gloss::write_handout(f.input, o).find("R. Okafor") != std::string::npos);
}

TEST_CASE("A note whose passage is gone is listed without a mark", "[export][handout]") {
    Fixture f;
    gloss::ClassroomNote orphan;
    orphan.id = "gone";
    orphan.text = "About a paragraph that was cut";
    orphan.orphan = true;
    f.input.notes.push_back(orphan);
    const std::string page = gloss::write_handout(f.input);
    CHECK(page.find("About a paragraph that was cut") != std::string::npos);
    CHECK(page.find("id=\"m-note-") == std::string::npos);
}

TEST_CASE("The lesson path keeps its order and leaves out private notes and unknown ids", "[export][handout]") {
    Fixture f;
    f.input.notes.push_back(f.note("public-note", "6,300 passengers", "Start with the base", {}));
    f.input.notes.push_back(f.note("private-note", "380 crossings", "SECRET STEP", {"private"}));
    const std::string conflict = f.first_id(gloss::AnnotationKind::Conflict);
    REQUIRE_FALSE(conflict.empty());
    f.input.lesson_path = {"private-note", conflict, "no-such-id", "public-note"};
    const std::string page = gloss::write_handout(f.input);
    const std::size_t path = page.find("<ol class=\"path\">");
    REQUIRE(path != std::string::npos);
    const std::string steps = page.substr(path, page.find("</ol>", path) - path);
    CHECK(count(steps, "<li>") == 2);
    CHECK(steps.find("conflict") < steps.find("teacher"));
    CHECK(steps.find("SECRET STEP") == std::string::npos);
}

TEST_CASE("No lesson path is written when none is given", "[export][handout]") {
    Fixture f;
    CHECK(gloss::write_handout(f.input).find("Lesson path") == std::string::npos);
}

TEST_CASE("The same input gives the same handout and worksheet bytes", "[export]") {
    Fixture f;
    Fixture g;
    CHECK(gloss::write_handout(f.input) == gloss::write_handout(g.input));
    CHECK(gloss::write_worksheet(f.input) == gloss::write_worksheet(g.input));
}

TEST_CASE("The worksheet keeps to the chosen kinds and maximum", "[export][worksheet]") {
    Fixture f;
    gloss::WorksheetOptions o;
    o.families = gloss::QuestionSources;
    o.max_questions = 2;
    const std::string page = gloss::write_worksheet(f.input, o);
    CHECK(count(page, "class=\"question\"") == 2);
    CHECK(count(page, "data-type=\"derived_base\"") == 0);
    CHECK(count(page, "data-type=\"conflict\"") == 0);
    o.families = gloss::QuestionFigures;
    o.max_questions = 10;
    const std::string figures = gloss::write_worksheet(f.input, o);
    CHECK(count(figures, "class=\"question\" id=\"q1\" data-type=\"derived_base\"") == 1);
    CHECK(count(figures, "data-type=\"missing_source\"") == 0);
}

TEST_CASE("A balanced sheet takes one question of each kind before a second of any", "[export][worksheet]") {
    Fixture f;
    const gloss::Document doc(kArticle);
    gloss::WorksheetOptions o;
    o.max_questions = 4;
    const auto questions = gloss::html::make_questions(doc, f.analysis.set, o);
    REQUIRE(questions.size() == 4);
    std::vector<std::string> types;
    for (const auto& q : questions) types.push_back(q.type);
    std::sort(types.begin(), types.end());
    CHECK(std::adjacent_find(types.begin(), types.end()) == types.end());
}

TEST_CASE("Every worksheet question points to a paragraph of the article", "[export][worksheet]") {
    Fixture f;
    const gloss::Document doc(kArticle);
    const auto questions = gloss::html::make_questions(doc, f.analysis.set, gloss::WorksheetOptions{});
    REQUIRE_FALSE(questions.empty());
    const std::string page = gloss::write_worksheet(f.input);
    for (const auto& q : questions) {
        CAPTURE(q.type, q.prompt_html);
        CHECK(q.paragraph >= 0);
        CHECK(static_cast<std::size_t>(q.paragraph) < doc.paragraphs().size());
        CHECK(page.find("id=\"p" + std::to_string(q.paragraph + 1) + "\"") != std::string::npos);
    }
}

TEST_CASE("The derived base question gives the change and its answer the arithmetic", "[export][worksheet]") {
    Fixture f;
    const gloss::Document doc(kArticle);
    const auto questions = gloss::html::make_questions(doc, f.analysis.set, gloss::WorksheetOptions{});
    const auto q = std::find_if(questions.begin(), questions.end(),
                                [](const gloss::html::Question& x) { return std::string(x.type) == "derived_base"; });
    REQUIRE(q != questions.end());
    CHECK(q->prompt_html.find("26% increase") != std::string::npos);
    CHECK(q->prompt_html.find("in 2023") != std::string::npos);
    // 6,300 / 1.26 = 5,000
    CHECK(q->answer_html.find("5,000") != std::string::npos);
    CHECK(q->answer_html.find("6,300 \xC3\xB7 (1 + 26%)") != std::string::npos);
}

TEST_CASE("The matching question shuffles with the seed and the key follows it", "[export][worksheet]") {
    const std::string text =
        "Glossary Day\n\nThe United Nations (UN), the European Union (EU), the World Health Organization (WHO) and "
        "the International Monetary Fund (IMF) met the North Atlantic Treaty Organization (NATO) in Geneva.\n";
    gloss::AnalyzeOptions ao;
    ao.publication_date = "2024-06-04";
    const auto r = gloss::analyze_text(text, ao);
    const gloss::Document doc(text);
    gloss::WorksheetOptions o;
    o.families = gloss::QuestionTerms;
    auto matching = [&] {
        for (const auto& q : gloss::html::make_questions(doc, r.set, o))
            if (std::string(q.type) == "terms") return q;
        FAIL("no matching question");
        return gloss::html::Question{};
    };
    const gloss::html::Question a = matching();
    CHECK(matching().extra_html == a.extra_html);
    // No term sits beside its own meaning: the key never reads A — 1, B — 2, ...
    CHECK(a.answer_html.find("A\xC2\xA0\xE2\x80\x94\xC2\xA0" "1 ") == std::string::npos);
    bool differs = false;
    for (std::uint64_t seed = 1; seed < 6 && !differs; ++seed) {
        o.seed = seed;
        differs = matching().extra_html != a.extra_html;
    }
    CHECK(differs);
}

TEST_CASE("The kinds of question are read from a comma-separated list", "[export][worksheet]") {
    const auto [list, ok, bits] = GENERATE(table<std::string, bool, unsigned>({
        {"figures,sources,terms", true, gloss::QuestionFigures | gloss::QuestionSources | gloss::QuestionTerms},
        {"conflicts", true, gloss::QuestionConflicts},
        {"all", true, gloss::QuestionAll},
        {" terms , figures ", true, gloss::QuestionTerms | gloss::QuestionFigures},
        {"figures,colours", false, 0u},
        {"", false, 0u},
        {"figures,,terms", false, 0u},
    }));
    CAPTURE(list);
    unsigned families = 0;
    std::string error;
    CHECK(gloss::parse_question_families(list, &families, &error) == ok);
    if (ok) CHECK(families == bits);
    else CHECK_FALSE(error.empty());
}

TEST_CASE("An article with nothing to annotate still gives a handout and a worksheet", "[export]") {
    const std::string text = "A quiet morning\n\nNothing happened at all today, and nobody said anything about it.\n";
    gloss::AnalyzeOptions ao;
    const auto r = gloss::analyze_text(text, ao);
    gloss::ClassroomInput in;
    in.text = text;
    in.set = &r.set;
    const std::string handout = gloss::write_handout(in), sheet = gloss::write_worksheet(in);
    CHECK(handout.find("<h1 id=\"p1\" class=\"title\">A quiet morning</h1>") != std::string::npos);
    CHECK(sheet.find("found nothing in this article to ask about") != std::string::npos);
    CHECK(sheet.find("Answer key") == std::string::npos);
}

TEST_CASE("Each kind of finding becomes its own kind of question", "[export][worksheet]") {
    const std::string text =
        "Tidewater Ferry Review\n\nBy the Coastal Desk\n\n"
        "In 2024 the Tidewater ferries carried 6,300 passengers a day, a 26 percent increase (Ferry Board, March 3, 2024). "
        "The Coastal Transit Agency (CTA) says at least 410 crossings ran each week. Harbour Watch counted 380 crossings a week "
        "(Harbour Watch, April 2, 2024). A fare review was announced later (, May 2, 2024).\n\n"
        "Analysts say the fares will rise. The CTA lost 14 according to its own minutes (see Tidewater Review, March 1). "
        "The review board met on September 30, 2024 (Island Courier, September 30, 2024).\n";
    gloss::AnalyzeOptions ao;
    ao.publication_date = "2024-06-04";
    const auto r = gloss::analyze_text(text, ao);
    const gloss::Document doc(text);
    gloss::WorksheetOptions o;
    o.max_questions = 50;
    const auto questions = gloss::html::make_questions(doc, r.set, o);
    const auto [type, quoted] = GENERATE(table<std::string, std::string>({
        {"derived_base", "26% increase"},
        {"missing_source", "(, May 2, 2024)"},
        {"conflict", "at least 410 and 380"},
        {"vague_source", "Analysts say"},
        {"date_after_publication", "(Island Courier, September 30, 2024)"},
        {"internal_ref", "(see Tidewater Review, March 1)"},
        {"figure_without_unit", "\xE2\x80\x9C" "14\xE2\x80\x9D"},
        {"named_source", "Ferry Board"},
        {"acronym", "\xE2\x80\x9C" "CTA\xE2\x80\x9D"},
    }));
    CAPTURE(type);
    const auto q = std::find_if(questions.begin(), questions.end(), [&](const gloss::html::Question& x) {
        return x.type == type && x.prompt_html.find(quoted) != std::string::npos;
    });
    REQUIRE(q != questions.end());
    CHECK_FALSE(q->answer_html.empty());
    const bool names_its_paragraph = q->prompt_html.find("\xC2\xB6") != std::string::npos;
    CHECK((names_its_paragraph || type == "conflict"));
}

TEST_CASE("The glossary says where each definition came from", "[export][handout]") {
    Fixture f;
    const std::string page = gloss::write_handout(f.input);
    // "Coastal Transit Agency (CTA)": the article's own definition, not the glossary's.
    const std::size_t cta = page.find("CTA <span class=\"from\">(Coastal Transit Agency)</span>");
    REQUIRE(cta != std::string::npos);
    const std::string entry = page.substr(cta, page.find("</dd>", cta) - cta);
    CHECK(entry.find("Defined in the article") != std::string::npos);
    CHECK(entry.find("glossary") == std::string::npos);
    CHECK(entry.find("href=\"#p3\"") != std::string::npos);
}

TEST_CASE("The matching question lists one thing under two names once", "[export][worksheet]") {
    const std::string text = "Grain Day\n\nThe Baltic Grain Council met. The BGC, the Dock Union and the Ferry Office and the Salt Guild agreed.\n";
    gloss::AnnotationSet set;
    auto definition = [&](const char* quote, gloss::Text term, gloss::Text expansion, gloss::Text meaning) {
        gloss::Annotation a;
        a.kind = gloss::AnnotationKind::Definition;
        a.id = "def-" + std::to_string(set.items.size() + 1);
        const auto at = static_cast<std::uint32_t>(text.find(quote));
        a.range = {at, static_cast<std::uint32_t>(at + std::strlen(quote))};
        a.paragraph = 1;
        a.edit_definition().term = term;
        a.edit_definition().expansion = expansion;
        a.edit_definition().text = meaning;
        set.items.push_back(a);
    };
    definition("Baltic Grain Council", "Baltic Grain Council", gloss::Text(), "A body of grain traders.");
    definition("BGC", "BGC", "Baltic Grain Council", "A body of grain traders.");
    definition("Dock Union", "Dock Union", gloss::Text(), "The dock workers' union.");
    definition("Ferry Office", "Ferry Office", gloss::Text(), "Runs the ferries.");
    definition("Salt Guild", "Salt Guild", gloss::Text(), "The salt merchants.");
    const gloss::Document doc(text);
    gloss::WorksheetOptions o;
    o.families = gloss::QuestionTerms;
    const auto questions = gloss::html::make_questions(doc, set, o);
    const auto q = std::find_if(questions.begin(), questions.end(), [](const gloss::html::Question& x) { return std::string(x.type) == "terms"; });
    REQUIRE(q != questions.end());
    CHECK(q->extra_html.find("Baltic Grain Council") != std::string::npos);
    CHECK(q->extra_html.find("BGC") == std::string::npos);
    CHECK(q->extra_html.find("Salt Guild") != std::string::npos);
}

TEST_CASE("A rate gets a mark and an endnote in the handout", "[export][handout]") {
    const std::string text = "Currency desk\n\nThe rand traded at 11.2 per euro on Monday.\n";
    gloss::AnalyzeOptions ao;
    const auto r = gloss::analyze_text(text, ao);
    gloss::ClassroomInput in;
    in.text = text;
    in.set = &r.set;
    const std::string handout = gloss::write_handout(in);
    CHECK(handout.find("m-fig-1") != std::string::npos);
    CHECK(handout.find("per euro") != std::string::npos);
}
