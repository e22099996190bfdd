// Lesson paths without a window: the ready-made paths on the demo article and
// on a second article, stepping and its ends, reveal stages, and a teacher's
// own path through the sidecar (round trip, re-anchoring after an edit, a
// step whose passage is gone).
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "../anchoring/temp_folder.hpp"
#include "gloss/analyze.hpp"
#include "gloss/lesson_path.hpp"

using namespace gloss;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Article {
    std::string   text;
    AnnotationSet set;
};

const Article& article(const std::string& which) {
    static std::map<std::string, Article> cache;
    auto it = cache.find(which);
    if (it != cache.end()) return it->second;
    const std::string path = which == "demo" ? std::string(GLOSS_SOURCE_DIR) + "/assets/articles/edm-belarus-transit-2024.txt"
                                             : std::string(GLOSS_TEST_DATA_DIR) + "/core/fixtures/riverton-budget-2025.txt";
    Article a;
    a.text = read_file(path);
    AnalyzeResult r = analyze_text(a.text, AnalyzeOptions{});
    REQUIRE(r.ok);
    a.set = std::move(r.set);
    return cache.emplace(which, std::move(a)).first->second;
}

ByteRange range_of(const std::string& text, const std::string& what) {
    const std::size_t at = text.find(what);
    REQUIRE(at != std::string::npos);
    return ByteRange{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + what.size())};
}

bool kind_belongs(LessonPathKind path, const Annotation& a) {
    switch (path) {
    case LessonPathKind::Everything: return true;
    case LessonPathKind::Sources: return a.kind == AnnotationKind::SourceCheck || a.kind == AnnotationKind::Conflict;
    case LessonPathKind::Figures: return a.kind == AnnotationKind::Figure || a.kind == AnnotationKind::Conflict;
    case LessonPathKind::Notes: return a.kind == AnnotationKind::Note;
    case LessonPathKind::Own: return false;
    }
    return false;
}

std::vector<int> stages_of(const AnnotationSet& set, const std::vector<LessonStep>& steps) {
    std::vector<int> out;
    for (const LessonStep& s : steps) out.push_back(reveal_stages(set, s));
    return out;
}

} // namespace

//-----------------------------------------------------------------------------
// Ready-made paths
//-----------------------------------------------------------------------------

TEST_CASE("Each ready-made path holds only its kinds, in reading order, on both articles", "[lesson][paths]") {
    const std::string which = GENERATE(as<std::string>{}, "demo", "riverton");
    const LessonPathKind kind = GENERATE(LessonPathKind::Everything, LessonPathKind::Sources, LessonPathKind::Figures);
    CAPTURE(which, lesson_path_name(kind));
    const Article& a = article(which);
    const std::vector<LessonStep> steps = ready_made_path(a.set, kind);
    REQUIRE_FALSE(steps.empty());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        REQUIRE(steps[i].annotation >= 0);
        const Annotation& ann = a.set.items[static_cast<std::size_t>(steps[i].annotation)];
        CHECK(kind_belongs(kind, ann));
        CHECK_FALSE(steps[i].range.empty());
        CHECK_FALSE(steps[i].missing);
        if (i > 0) CHECK(steps[i - 1].range.begin <= steps[i].range.begin);
    }
}

TEST_CASE("The sources path has every source check and every conflict of the article", "[lesson][paths]") {
    const std::string which = GENERATE(as<std::string>{}, "demo", "riverton");
    const Article& a = article(which);
    const std::vector<LessonStep> steps = ready_made_path(a.set, LessonPathKind::Sources);
    std::size_t expected = 0;
    for (const Annotation& ann : a.set.items)
        expected += ann.kind == AnnotationKind::SourceCheck || ann.kind == AnnotationKind::Conflict;
    CHECK(steps.size() == expected);
}

TEST_CASE("The figures path leaves out dates and years and puts a conflict after the figure it starts with", "[lesson][paths]") {
    const Article& a = article("demo");
    const std::vector<LessonStep> steps = ready_made_path(a.set, LessonPathKind::Figures);
    bool saw_conflict = false;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Annotation& ann = a.set.items[static_cast<std::size_t>(steps[i].annotation)];
        if (ann.kind == AnnotationKind::Figure) {
            CHECK(ann.figure().kind != "date");
            CHECK(ann.figure().kind != "year");
        }
        if (ann.kind == AnnotationKind::Conflict) {
            saw_conflict = true;
            REQUIRE(i > 0);
            const int first_member = ann.conflict().members.front();
            CHECK(steps[i - 1].range.begin == a.set.items[static_cast<std::size_t>(first_member)].range.begin);
        }
    }
    CHECK(saw_conflict);  // the demo article's prisoner counts disagree
}

TEST_CASE("Every annotation path leaves out dates, years and identifiers", "[lesson][paths]") {
    const Article& a = article("demo");
    std::size_t dates = 0;
    for (const Annotation& ann : a.set.items) dates += ann.kind == AnnotationKind::Figure && (ann.figure().kind == "date" || ann.figure().kind == "year" || ann.figure().kind == "identifier");
    REQUIRE(dates > 0);
    for (const LessonStep& s : ready_made_path(a.set, LessonPathKind::Everything)) {
        const Annotation& ann = a.set.items[static_cast<std::size_t>(s.annotation)];
        if (ann.kind != AnnotationKind::Figure) continue;
        CHECK(ann.figure().kind != "date");
        CHECK(ann.figure().kind != "year");
        CHECK(ann.figure().kind != "identifier");
    }
}

TEST_CASE("Every annotation path shows a term at its first use only", "[lesson][paths]") {
    const Article& a = article("demo");
    const std::vector<LessonStep> steps = ready_made_path(a.set, LessonPathKind::Everything);
    std::size_t firsts = 0;
    for (const Annotation& ann : a.set.items) firsts += ann.kind == AnnotationKind::Definition && ann.definition().first;
    std::size_t defs = 0;
    for (const LessonStep& s : steps) defs += s.kind == AnnotationKind::Definition;
    CHECK(defs == firsts);
    CHECK(firsts > 0);
}

TEST_CASE("The figures path leaves out times of day and ordinals, and keeps amounts", "[lesson][paths]") {
    AnnotationSet set;
    auto figure = [&](const char* id, const char* kind, ByteRange r) {
        Annotation a;
        a.id = id;
        a.kind = AnnotationKind::Figure;
        a.range = r;
        a.edit_figure().kind = Text::from_static(kind);
        set.items.push_back(std::move(a));
    };
    figure("time", "time", {0, 3});
    figure("rank", "ordinal", {10, 14});
    figure("count", "count", {20, 24});
    for (const LessonPathKind kind : {LessonPathKind::Figures, LessonPathKind::Everything}) {
        const std::vector<LessonStep> steps = ready_made_path(set, kind);
        REQUIRE(steps.size() == 1);
        CHECK(steps[0].id == "count");
    }
}

TEST_CASE("The notes path lists placed notes in reading order and a lost note last, as missing", "[lesson][paths]") {
    AnnotationSet set;
    auto note = [&](const char* id, ByteRange r, bool orphan) {
        Annotation a;
        a.id = id;
        a.range = r;
        a.edit_note().text = std::string("about ") + id;
        a.edit_note().orphan = orphan;
        set.items.push_back(std::move(a));
    };
    note("late", {40, 50}, false);
    note("lost", {}, true);
    note("early", {5, 9}, false);
    const std::vector<LessonStep> steps = ready_made_path(set, LessonPathKind::Notes);
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].id == "early");
    CHECK(steps[1].id == "late");
    CHECK(steps[2].id == "lost");
    CHECK(steps[2].missing);
    CHECK(steps[2].teacher_note == "about lost");
}

TEST_CASE("Path names read back to their kinds and unknown names are refused", "[lesson][paths]") {
    for (int k = 0; k < kLessonPathKinds; ++k) {
        LessonPathKind out{};
        REQUIRE(lesson_path_from_name(lesson_path_name(static_cast<LessonPathKind>(k)), &out));
        CHECK(static_cast<int>(out) == k);
    }
    LessonPathKind out{};
    CHECK(lesson_path_from_name("all", &out));
    CHECK(out == LessonPathKind::Everything);
    CHECK_FALSE(lesson_path_from_name("slides", &out));
}

//-----------------------------------------------------------------------------
// Stepping and reveal
//-----------------------------------------------------------------------------

TEST_CASE("Stepping forward visits every step and every reveal stage and stops at the end", "[lesson][stepping]") {
    const std::string which = GENERATE(as<std::string>{}, "demo", "riverton");
    const LessonPathKind kind = GENERATE(LessonPathKind::Everything, LessonPathKind::Sources, LessonPathKind::Figures);
    CAPTURE(which, lesson_path_name(kind));
    const Article& a = article(which);
    const std::vector<LessonStep> steps = ready_made_path(a.set, kind);
    const std::vector<int> stages = stages_of(a.set, steps);
    LessonPlayer p;
    p.set_path(static_cast<int>(steps.size()), stages);
    REQUIRE(p.step() == 0);
    std::vector<int> visited{0};
    int presses = 0;
    for (;;) {
        const LessonPlayer::Move m = p.next();
        if (m == LessonPlayer::Move::AtEnd) break;
        ++presses;
        if (m == LessonPlayer::Move::Moved) visited.push_back(p.step());
        REQUIRE(presses < 100000);
    }
    int total_stages = 0;
    for (int s : stages) total_stages += s;
    CHECK(presses == total_stages - 1);
    REQUIRE(visited.size() == steps.size());
    for (std::size_t i = 0; i < visited.size(); ++i) CHECK(visited[i] == static_cast<int>(i));
    CHECK(p.fully_revealed());
    CHECK(p.next() == LessonPlayer::Move::AtEnd);  // stays at the end
    CHECK(p.step() == static_cast<int>(steps.size()) - 1);
}

TEST_CASE("Stepping back from the end returns through every stage to the start and stops there", "[lesson][stepping]") {
    LessonPlayer p;
    p.set_path(3, {1, 3, 2});
    while (p.next() != LessonPlayer::Move::AtEnd) {}
    CHECK(p.step() == 2);
    CHECK(p.stage() == 1);
    CHECK(p.previous() == LessonPlayer::Move::Revealed);
    CHECK(p.previous() == LessonPlayer::Move::Moved);
    CHECK(p.step() == 1);
    CHECK(p.stage() == 2);  // back onto a step: fully revealed
    CHECK(p.previous() == LessonPlayer::Move::Revealed);
    CHECK(p.previous() == LessonPlayer::Move::Revealed);
    CHECK(p.previous() == LessonPlayer::Move::Moved);
    CHECK(p.step() == 0);
    CHECK(p.previous() == LessonPlayer::Move::AtStart);
    CHECK(p.step() == 0);
}

TEST_CASE("An empty path steps nowhere and says so", "[lesson][stepping]") {
    LessonPlayer p;
    p.set_path(0);
    CHECK(p.step() == -1);
    CHECK(p.next() == LessonPlayer::Move::Empty);
    CHECK(p.previous() == LessonPlayer::Move::Empty);
    CHECK_FALSE(p.go_to(0));
}

TEST_CASE("Going to a step starts it unrevealed and refuses steps out of range", "[lesson][stepping]") {
    LessonPlayer p;
    p.set_path(4, {2, 2, 2, 2});
    CHECK(p.go_to(2));
    CHECK(p.step() == 2);
    CHECK(p.stage() == 0);
    CHECK_FALSE(p.fully_revealed());
    CHECK_FALSE(p.go_to(4));
    CHECK_FALSE(p.go_to(-1));
    CHECK(p.step() == 2);
}

TEST_CASE("A derived value takes two presses and a conflict one more than its members", "[lesson][reveal]") {
    const Article& a = article("demo");
    bool derived = false, conflict = false;
    for (const LessonStep& s : ready_made_path(a.set, LessonPathKind::Figures)) {
        const Annotation& ann = a.set.items[static_cast<std::size_t>(s.annotation)];
        if (ann.kind == AnnotationKind::Figure && !ann.figure().derived.empty()) {
            CHECK(reveal_stages(a.set, s) == 2);
            derived = true;
        } else if (ann.kind == AnnotationKind::Conflict) {
            CHECK(reveal_stages(a.set, s) == 1 + static_cast<int>(ann.conflict().members.size()));
            conflict = true;
        } else {
            CHECK(reveal_stages(a.set, s) == 1);
        }
    }
    CHECK(derived);
    CHECK(conflict);
}

//-----------------------------------------------------------------------------
// A teacher's own path in the sidecar
//-----------------------------------------------------------------------------

namespace {

const char* const kLesson =
    "Harbour report\n"
    "The harbour moved 4,200 containers in May, twice the April count.\n"
    "Fishing boats stayed in port for a week of storms.\n"
    "The mayor called the season a record, citing the port office.\n";

Note make_step(const std::string& text, const std::string& passage, int position, const std::string& note_text,
               const std::string& question, bool with_kind = false) {
    LessonStepFields f;
    f.position = position;
    f.question = question;
    f.has_kind = with_kind;
    f.kind = AnnotationKind::Figure;
    NoteCreateResult r = lesson_step_create(text, range_of(text, passage), f, note_text);
    REQUIRE(r.ok);
    return r.note;
}

} // namespace

TEST_CASE("An own path is saved in the sidecar and loaded back with its order, notes and questions", "[lesson][own]") {
    const std::string text = kLesson;
    std::vector<Note> stored;
    stored.push_back(make_step(text, "a week of storms", 1, "Weather matters", "What else stops boats?"));
    stored.push_back(make_step(text, "4,200 containers", 0, "Start here", "Twice what?", true));
    NoteCreateResult plain = note_create(text, range_of(text, "record"), "just a note");
    REQUIRE(plain.ok);
    stored.push_back(plain.note);

    TempFolder dir;
    NoteStore out;
    out.open_new(dir.file("harbour.txt.gloss.jsonld"));
    for (const Note& n : stored) out.add(n);
    REQUIRE(out.save().ok);
    NoteStore in;
    REQUIRE(in.load(dir.file("harbour.txt.gloss.jsonld")).ok);

    const std::vector<LessonStep> path = own_lesson_path(in.notes(), text, AnnotationSet{});
    REQUIRE(path.size() == 2);
    CHECK(path[0].quote == "4,200 containers");
    CHECK(path[0].teacher_note == "Start here");
    CHECK(path[0].question == "Twice what?");
    CHECK(path[0].kind == AnnotationKind::Figure);
    CHECK(path[1].quote == "a week of storms");
    CHECK(path[1].question == "What else stops boats?");
    CHECK_FALSE(path[1].missing);
    CHECK(text.substr(path[1].range.begin, path[1].range.end - path[1].range.begin) == "a week of storms");
    // The notes proper are what is left: the steps never show as notes.
    const std::vector<Note> notes = notes_without_steps(in.notes());
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].text == "just a note");
}

TEST_CASE("The stored step is a W3C annotation with a questioning body", "[lesson][own]") {
    const std::string text = kLesson;
    const std::string json = sidecar_serialize({make_step(text, "a week of storms", 0, "Weather", "Why?")}, "harbour.txt");
    CHECK(json.find("\"purpose\": \"questioning\"") != std::string::npos);
    CHECK(json.find("\"gloss:lessonStep\"") != std::string::npos);
    CHECK(json.find("\"TextQuoteSelector\"") != std::string::npos);
}

TEST_CASE("After the text is edited an own path's steps are found again, and a step whose text is gone is reported missing", "[lesson][own]") {
    const std::string text = kLesson;
    std::vector<Note> stored{make_step(text, "4,200 containers", 0, "", ""), make_step(text, "a week of storms", 1, "", ""),
                             make_step(text, "citing the port office", 2, "Who is that?", "")};
    std::string edited = text;
    edited.replace(edited.find("Harbour report"), 14, "The harbour in spring, a report");
    edited.replace(edited.find("a week of storms"), 16, "a week of stormy weather");
    edited.erase(edited.find("The mayor"));
    edited += "Nothing more was said.\n";
    const std::vector<LessonStep> path = own_lesson_path(stored, edited, AnnotationSet{});
    REQUIRE(path.size() == 3);  // never dropped
    CHECK_FALSE(path[0].missing);
    CHECK(edited.substr(path[0].range.begin, path[0].range.end - path[0].range.begin) == "4,200 containers");
    CHECK_FALSE(path[1].missing);
    CHECK(edited.substr(path[1].range.begin, path[1].range.end - path[1].range.begin).find("a week of storm") == 0);
    CHECK(path[2].missing);
    CHECK(path[2].range.empty());
    CHECK(path[2].quote == "citing the port office");
    CHECK(path[2].teacher_note == "Who is that?");
}

TEST_CASE("A step shows the annotation of its kind found at its passage", "[lesson][own]") {
    const Article& a = article("demo");
    int fig = -1;
    for (int i = 0; i < static_cast<int>(a.set.items.size()); ++i)
        if (a.set.items[i].kind == AnnotationKind::Figure && !a.set.items[i].figure().derived.empty()) { fig = i; break; }
    REQUIRE(fig >= 0);
    LessonStepFields f;
    f.has_kind = true;
    f.kind = AnnotationKind::Figure;
    NoteCreateResult r = lesson_step_create(a.text, a.set.items[static_cast<std::size_t>(fig)].range, f, "");
    REQUIRE(r.ok);
    const std::vector<LessonStep> path = own_lesson_path({r.note}, a.text, a.set);
    REQUIRE(path.size() == 1);
    CHECK(path[0].annotation == fig);
}

TEST_CASE("Moving a step renumbers the path and only the steps that changed are returned", "[lesson][own]") {
    const std::string text = kLesson;
    std::vector<Note> stored{make_step(text, "4,200 containers", 0, "", ""), make_step(text, "a week of storms", 1, "", ""),
                             make_step(text, "citing the port office", 2, "", "")};
    const std::string last = stored[2].id;
    const std::vector<Note> changed = own_path_moved(stored, last, -2);
    CHECK(changed.size() == 3);
    for (const Note& n : changed)
        for (Note& s : stored)
            if (s.id == n.id) s = n;
    const std::vector<LessonStep> path = own_lesson_path(stored, text, AnnotationSet{});
    REQUIRE(path.size() == 3);
    CHECK(path[0].quote == "citing the port office");
    CHECK(path[1].quote == "4,200 containers");
    CHECK(path[2].quote == "a week of storms");
    CHECK(own_path_moved(stored, "urn:uuid:not-a-step", 1).empty());
    CHECK(own_path_moved(stored, path[0].id, -1).empty());  // already first: nothing changes
}

TEST_CASE("The figures path leaves out a span of years but keeps a range of amounts", "[lesson][paths]") {
    const std::string text = "Exports grew each year from 2011 to 2015. Inflation is seen between 4% and 6% next year.";
    AnalyzeOptions o;
    o.publication_date = "2024-06-04";
    const AnalyzeResult r = analyze_text(text, o);
    REQUIRE(r.ok);
    std::vector<std::string> quotes;
    for (const LessonStep& s : ready_made_path(r.set, LessonPathKind::Figures))
        quotes.push_back(text.substr(s.range.begin, s.range.end - s.range.begin));
    CHECK(std::find(quotes.begin(), quotes.end(), "2011 to 2015") == quotes.end());
    CHECK(std::find(quotes.begin(), quotes.end(), "4% and 6%") != quotes.end());
}
