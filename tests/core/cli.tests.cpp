// The gloss-annotate CLI, run as a process: exit codes, one-line errors, the
// JSON golden file, the text report and batch mode.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis_probe.hpp"
#include "gloss/lesson_path.hpp"
#include "gloss/notes.hpp"

namespace fs = std::filesystem;

namespace {

struct Run {
    int         code = -1;
    std::string out;  // stdout
    std::string err;  // stderr
};

fs::path scratch() {
    static const fs::path dir = [] {
        fs::path d = fs::temp_directory_path() / ("gloss-cli-test-" + std::to_string(getpid()));
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

Run run(const std::string& args) {
    const fs::path err = scratch() / "stderr.txt";
    const std::string cmd = std::string("\"") + GLOSS_ANNOTATE_EXE + "\" " + args + " 2>\"" + err.string() + "\"";
    Run r;
    FILE* p = popen(cmd.c_str(), "r");
    REQUIRE(p != nullptr);
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    const int status = pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.err = probe::read_file(err.string());
    return r;
}

std::string write(const std::string& name, const std::string& body) {
    const fs::path p = scratch() / name;
    std::ofstream(p, std::ios::binary) << body;
    return p.string();
}

std::string fixture(const std::string& name) { return std::string(GLOSS_TEST_DATA_DIR) + "/core/fixtures/" + name; }

std::size_t lines(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

} // namespace

TEST_CASE("Bad input exits with code 2 and one line naming the problem", "[cli]") {
    auto [args, fragment] = GENERATE(table<std::string, std::string>({
        {"no-such-file.txt", "no such file"},
        {"@EMPTY", "empty file"},
        {"@BADUTF8", "invalid UTF-8 at byte 5"},
        {"@GOOD --date 2024-13-01", "invalid --date"},
        {"@GOOD --date yesterday", "invalid --date"},
        {"@GOOD --format xml", "--format must be json, jsonl or text"},
        {"@GOOD --bogus", "unknown option --bogus"},
        {"@GOOD @GOOD", "several inputs need --out DIR"},
    }));
    std::string a = args;
    const std::string empty = write("empty.txt", ""), bad = write("bad.txt", "abcde\xFF" "fgh"), good = fixture("cli-small.txt");
    for (auto [key, path] : {std::pair<std::string, std::string>{"@EMPTY", empty}, {"@BADUTF8", bad}, {"@GOOD", good}})
        for (std::size_t at; (at = a.find(key)) != std::string::npos;) a.replace(at, key.size(), "\"" + path + "\"");
    const Run r = run(a);
    CAPTURE(args, r.err);
    CHECK(r.code == 2);
    CHECK(lines(r.err) == 1);
    CHECK(r.err.find(fragment) != std::string::npos);
    CHECK(r.out.empty());
}

TEST_CASE("--help prints the usage and exits 0", "[cli]") {
    const Run r = run("--help");
    CHECK(r.code == 0);
    CHECK(r.out.find("usage: gloss-annotate FILE [--date YYYY-MM-DD] [--pack FILE]... [--format json|jsonl|text]") != std::string::npos);
}

TEST_CASE("The JSON of a small article matches its golden file", "[cli]") {
    const Run r = run("\"" + fixture("cli-small.txt") + "\" --date 2024-06-04");
    REQUIRE(r.code == 0);
    const std::string golden_path = std::string(GLOSS_TEST_DATA_DIR) + "/core/golden/cli-small.json";
    if (std::getenv("GLOSS_UPDATE_GOLDEN")) std::ofstream(golden_path, std::ios::binary) << r.out;
    CHECK(r.out == probe::read_file(golden_path));
}

TEST_CASE("The JSON is a W3C AnnotationCollection with code-point selectors", "[cli]") {
    const std::string text = "\xF0\x9F\x98\x80 Exports rose by 5 percent to 2,100 tonnes (Reuters, May 2).";
    const Run r = run("\"" + write("emoji.txt", text) + "\" --date 2024-06-04");
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j.at("type") == "AnnotationCollection");
    const auto& items = j.at("first").at("items");
    REQUIRE_FALSE(items.empty());
    bool seen = false;
    for (const auto& item : items) {
        CHECK(item.at("type") == "Annotation");
        const auto& sel = item.at("target").at("selector");
        REQUIRE(sel.size() == 2);
        CHECK(sel[0].at("type") == "TextQuoteSelector");
        CHECK(sel[1].at("type") == "TextPositionSelector");
        if (sel[0].at("exact") == "2,100 tonnes") {
            seen = true;
            CHECK(sel[1].at("start") == 31);  // the emoji counts as one code point
            CHECK(sel[1].at("end") == 43);
            CHECK(item.at("body").at("type") == "gloss:Figure");
            CHECK(item.at("body").at("unit") == "tonnes");
            CHECK(item.at("body").at("derived").size() == 2);
        }
    }
    CHECK(seen);
}

TEST_CASE("The text report groups annotations by paragraph", "[cli]") {
    const Run r = run("\"" + fixture("cli-small.txt") + "\" --format text --date 2024-06-04");
    REQUIRE(r.code == 0);
    CHECK(r.out.find("\xC2\xB6 2") != std::string::npos);
    CHECK(r.out.find("missing_source") != std::string::npos);
    CHECK(r.out.find("OHCHR = Office of the United Nations High Commissioner for Human Rights") != std::string::npos);
}

TEST_CASE("The text report's paragraph excerpt stops at the paragraph's end", "[cli]") {
    const Run r = run("\"" + write("two-paragraphs.txt", "Costs rose 4%, Ana Ruiz said.\n\nTraders said sales fell 3%.\n") +
                      "\" --format text");
    REQUIRE(r.code == 0);
    CHECK(r.out.find("\xC2\xB6 1  Costs rose 4%, Ana Ruiz said.\n") != std::string::npos);
}

TEST_CASE("A web page in another language is read but not analysed, with a warning", "[cli]") {
    const Run r = run("\"" + write("vote.html", "<html lang=\"fr\"><head><title>Vote</title></head><body><article><p>Le texte a "
                                                 "été adopté par 438 voix contre 86 et 42 abstentions, selon le ministère.</p>"
                                                 "<p>Les 75 députés ont voté pour le texte hier.</p></article></body></html>") +
                      "\" --format text");
    REQUIRE(r.code == 0);
    CHECK(r.out.find("0 figures, 0 source checks, 0 definitions") != std::string::npos);
    CHECK(r.err.find("not English") != std::string::npos);
}

TEST_CASE("A broken --pack is a warning, not a failure", "[cli]") {
    const Run r = run("\"" + fixture("cli-small.txt") + "\" --pack \"" + write("broken.json", "{oops") + "\"");
    CHECK(r.code == 0);
    CHECK(r.err.find("warning: pack ignored") != std::string::npos);
    CHECK_FALSE(r.out.empty());
}

TEST_CASE("Batch mode annotates a folder, reports a bad file and carries on", "[cli]") {
    const fs::path in = scratch() / "batch-in", out = scratch() / "batch-out";
    fs::create_directories(in);
    fs::copy_file(fixture("cli-small.txt"), in / "a.txt", fs::copy_options::overwrite_existing);
    fs::copy_file(fixture("riverton-budget-2025.txt"), in / "b.txt", fs::copy_options::overwrite_existing);
    std::ofstream(in / "c.txt", std::ios::binary) << "bad \xC3";
    const Run r = run("\"" + in.string() + "\" --out \"" + out.string() + "\"");
    CAPTURE(r.err);
    CHECK(r.code == 2);
    CHECK(fs::exists(out / "a.json"));
    CHECK(fs::exists(out / "b.json"));
    CHECK_FALSE(fs::exists(out / "c.json"));
    CHECK(r.err.find("c.txt: invalid UTF-8 at byte 4") != std::string::npos);
    CHECK(r.err.find("2 of 3 files annotated (1 failed)") != std::string::npos);
    CHECK(r.err.find('\r') == std::string::npos);  // no progress line when stderr is not a terminal
    CHECK(nlohmann::json::parse(probe::read_file((out / "b.json").string())).at("type") == "AnnotationCollection");
}

TEST_CASE("Batch mode takes several files", "[cli]") {
    const fs::path out = scratch() / "batch-files";
    const Run r = run("\"" + fixture("cli-small.txt") + "\" \"" + fixture("riverton-budget-2025.txt") + "\" --format text --out \"" + out.string() + "\"");
    CHECK(r.code == 0);
    CHECK(fs::exists(out / "cli-small.txt"));
    CHECK(fs::exists(out / "riverton-budget-2025.txt"));
}

TEST_CASE("Lesson steps in a sidecar are not listed as notes, and the own path reaches the handout", "[cli][lesson]") {
    const std::string text =
        "Harbour traffic\n\nThe port handled 6,300 containers a day in 2024 (Port Board, March 3, 2024). "
        "Crews asked for more cranes.\n";
    const std::string article = write("lesson-article.txt", text);
    const std::string sidecar = write("lesson-article.txt.gloss.jsonld", "");
    fs::remove(sidecar);
    {
        gloss::NoteStore store;
        store.open_new(sidecar);
        const std::size_t at = text.find("more cranes");
        gloss::NoteCreateResult note = gloss::note_create(text, gloss::ByteRange{uint32_t(at), uint32_t(at + 11)}, "A plain note");
        REQUIRE(note.ok);
        store.add(std::move(note.note));
        const std::size_t fig = text.find("6,300 containers");
        gloss::LessonStepFields f;
        f.has_kind = true;
        f.kind = gloss::AnnotationKind::Figure;
        f.question = "How many a year?";
        gloss::NoteCreateResult step =
            gloss::lesson_step_create(text, gloss::ByteRange{uint32_t(fig), uint32_t(fig + 16)}, f, "Step teacher text");
        REQUIRE(step.ok);
        store.add(std::move(step.note));
        REQUIRE(store.save().ok);
    }
    const Run notes = run("\"" + article + "\" --notes \"" + sidecar + "\" --format text");
    CHECK(notes.code == 0);
    CHECK(notes.out.find("A plain note") != std::string::npos);
    CHECK(notes.out.find("Step teacher text") == std::string::npos);

    const std::string handout = (scratch() / "lesson-handout.html").string();
    const Run made = run("\"" + article + "\" --handout \"" + handout + "\"");
    REQUIRE(made.code == 0);
    const std::string page = probe::read_file(handout);
    CHECK(page.find("A plain note") != std::string::npos);
    CHECK(page.find("Step teacher text") == std::string::npos);  // a step is no teacher's note
    CHECK(page.find("Lesson path") != std::string::npos);
}

namespace {

// An article-like text of at least `bytes`: the fixtures' articles, repeated.
std::string long_article(std::size_t bytes) {
    const std::string one = probe::read_file(fixture("riverton-budget-2025.txt")) + "\n\n" +
                            probe::read_file(fixture("cli-small.txt")) + "\n\n";
    std::string text;
    while (text.size() < bytes) text += one;
    return text;
}

// The largest resident set of one gloss-annotate run, in KiB (its output goes
// to /dev/null); -1 when it did not exit with 0.
[[maybe_unused]] long peak_kib(const std::vector<std::string>& args) {  // (unused in a sanitizer build)
    std::vector<char*> argv{const_cast<char*>(GLOSS_ANNOTATE_EXE)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        execv(GLOSS_ANNOTATE_EXE, argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage {};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid) return -1;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? usage.ru_maxrss : -1;
}

} // namespace

TEST_CASE("A text longer than a part streams as one document: ids unique, offsets in order, the total counted", "[cli]") {
    const std::string text = long_article(gloss::kPartBytes * 5 / 2);
    const std::string path = write("long.txt", text);
    const Run lines_run = run("\"" + path + "\" --date 2024-06-04 --format jsonl");
    REQUIRE(lines_run.code == 0);
    std::set<std::string> ids;
    long last_start = -1;
    std::size_t items = 0;
    std::istringstream in(lines_run.out);
    for (std::string line; std::getline(in, line);) {
        const auto j = nlohmann::json::parse(line);
        CHECK(ids.insert(j["id"].get<std::string>()).second);
        const long start = j["target"]["selector"][1]["start"].get<long>();
        CHECK(start >= last_start);
        last_start = start;
        ++items;
    }
    CHECK(items > 1000);
    CHECK(static_cast<std::size_t>(last_start) > text.size() / 2);  // annotations from the last part, at their place
    const Run collection = run("\"" + path + "\" --date 2024-06-04 --format json");
    REQUIRE(collection.code == 0);
    const auto j = nlohmann::json::parse(collection.out);
    CHECK(j["total"] == items);
    CHECK(j["first"]["items"].size() == items);
}

TEST_CASE("gloss-annotate holds at most 4 times a 10 MB text, plus a constant, in each output format", "[cli][memory]") {
#ifdef GLOSS_SANITIZED
    // The sanitizers' shadow memory and quarantine are not the program's: the normal build runs this test.
    WARN("memory test skipped in a sanitizer build");
#else
    const std::string text = long_article(10'000'000);
    const std::string path = write("ten-mb.txt", text);
    for (const char* format : {"text", "json", "jsonl"}) {
        CAPTURE(format);
        const long constant = peak_kib({fixture("cli-small.txt"), "--date", "2024-06-04", "--format", format});
        const long peak = peak_kib({path, "--date", "2024-06-04", "--format", format});
        REQUIRE(constant > 0);
        REQUIRE(peak > 0);
        const double per_byte = double(peak - constant) * 1024 / double(text.size());
        CAPTURE(constant, peak, per_byte);
        CHECK(per_byte <= 4.0);
    }
#endif
}
