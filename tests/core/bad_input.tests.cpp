// Bad input says what is wrong and how to fix it: the CLI's output errors and
// formats, the pack loader's messages, the analysis limits.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "analysis_probe.hpp"
#include "gloss/analyze.hpp"
#include "gloss/knowledge.hpp"

namespace fs = std::filesystem;

namespace {

fs::path scratch_dir() {
    const fs::path p = fs::temp_directory_path() / ("gloss-bad-input-" + std::to_string(::getpid()));
    fs::create_directories(p);
    return p;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Runs gloss-annotate with `args` and a shell redirection of its stdout; stderr is captured.
struct Exit { int code = -1; std::string out, err; };
Exit annotate(const std::string& args, const std::string& stdout_redirect) {
    const fs::path dir = scratch_dir(), out = dir / "out.txt", err = dir / "err.txt";
    const std::string redirect = stdout_redirect.empty() ? ">\"" + out.string() + "\"" : stdout_redirect;
    const std::string cmd = std::string("\"") + GLOSS_ANNOTATE_EXE + "\" " + args + " " + redirect + " 2>\"" + err.string() + "\"";
    const int status = std::system(cmd.c_str());
    Exit e;
    e.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    e.out = stdout_redirect.empty() ? slurp(out) : std::string();
    e.err = slurp(err);
    return e;
}

std::string article() { return std::string("\"") + GLOSS_SOURCE_DIR + "/tests/core/fixtures/cli-small.txt\""; }

} // namespace

TEST_CASE("A failed write to stdout exits 1 with the reason", "[cli][errors]") {
    const auto [redirect, reason] = GENERATE(table<std::string, std::string>({
        {">/dev/full", "No space left on device"},
        {">&-", "Bad file descriptor"},
    }));
    CAPTURE(redirect);
    const Exit e = annotate(article() + " --format json", redirect);
    CHECK(e.code == 1);
    CHECK(e.err.find("cannot write the output") != std::string::npos);
    CHECK(e.err.find(reason) != std::string::npos);
}

TEST_CASE("The text format also reports a failed write", "[cli][errors]") {
    const Exit e = annotate(article() + " --format text", ">/dev/full");
    CHECK(e.code == 1);
    CHECK(e.err.find("No space left on device") != std::string::npos);
}

TEST_CASE("JSON Lines output holds one annotation per line, the items of the JSON collection", "[cli]") {
    const Exit lines = annotate(article() + " --date 2024-06-04 --format jsonl", "");
    const Exit whole = annotate(article() + " --date 2024-06-04 --format json", "");
    REQUIRE(lines.code == 0);
    REQUIRE(whole.code == 0);
    const nlohmann::json collection = nlohmann::json::parse(whole.out);
    const nlohmann::json& items = collection["first"]["items"];
    std::istringstream in(lines.out);
    std::string line;
    std::size_t k = 0;
    while (std::getline(in, line)) {
        REQUIRE(k < items.size());
        CHECK(nlohmann::json::parse(line) == items[k]);
        ++k;
    }
    CHECK(k == items.size());
    CHECK(k > 0);
}

TEST_CASE("A bad pack is refused with a message that says what to fix", "[packs][errors]") {
    const auto [body, fragment] = GENERATE(table<std::string, std::string>({
        {R"({"schema_version": "1", "entries": []})", "is the string \"1\"; write it as a number"},
        {R"({"entries": []})", "missing \"schema_version\" (add \"schema_version\": 1)"},
        {R"({"schema_version": 1, "kind": "glossary", "entries": [{"term": 5, "definition": "x"}]})", "\"term\" must be a string, not 5"},
        {R"({"schema_version": 1, "kind": "glossary", "entries": [{"term": "TEU", "forms": [], "definition": "x"}]})",
         "\"forms\" is empty, so the entry would match nothing"},
        {R"({"schema_version": 1, "kind": "sources", "entries": [{"name": "Reuters", "forms": []}]})",
         "\"forms\" is empty, so the entry would match nothing"},
        {R"({"schema_version": 1, "kind": "glossary", "entries": [{"term": "TEU", "definition": ["x"]}]})",
         "\"definition\" must be a string"},
    }));
    CAPTURE(body);
    gloss::KnowledgeBase kb(*gloss::KnowledgeBase::bundled());
    std::string error;
    CHECK_FALSE(kb.add_pack_json(body, "my-pack.json", &error));
    CHECK(error.find("my-pack.json: ") == 0);
    CHECK(error.find(fragment) != std::string::npos);
    REQUIRE(kb.find_term("TEU") != nullptr);  // the bundled entry is kept, forms and all
    CHECK(kb.find_term("TEU")->forms == gloss::KnowledgeBase::bundled()->find_term("TEU")->forms);
}

TEST_CASE("A folder or a missing file given as a pack is named as such, with the system's reason", "[packs][errors]") {
    gloss::KnowledgeBase kb;
    std::string error;
    CHECK_FALSE(kb.add_pack_file(scratch_dir().string(), &error));
    CHECK(error.find("is a folder, not a pack file") != std::string::npos);
    CHECK_FALSE(kb.add_pack_file((scratch_dir() / "absent.json").string(), &error));
    CHECK(error.find("No such file or directory") != std::string::npos);
}

TEST_CASE("A document over the size limit is refused with the limit and what to do", "[limits]") {
    const std::string text(gloss::kMaxDocumentBytes + 1, 'a');
    const auto r = gloss::analyze_text(text, {});
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("document too large") != std::string::npos);
    CHECK(r.error.find("split it") != std::string::npos);
}

TEST_CASE("Words longer than the analysis reads in one piece are analysed without harm", "[limits]") {
    // A word of 40 letters after "The" opens a sentence whose verb ends in "-ed" (a fuzzer's find: the
    // word's lower-case form, too long for the scratch buffer, was empty, and its last letter was read).
    const std::string word(40, 'z');
    for (const std::string& text : {"The port" + word + " handled 5 ships.", "The " + word + " was printed. It found that fares rose 3%."}) {
        CAPTURE(text);
        const auto r = gloss::analyze_text(text, {});
        CHECK(r.ok);
    }
}

TEST_CASE("A sentence with more figures than the limit keeps the first ones and says so", "[limits]") {
    std::string text = "Counts were";
    for (std::size_t i = 0; i < gloss::kMaxFiguresPerSentence + 200; ++i) text += " " + std::to_string(1000 + i) + " tonnes,";
    text += " in all.";
    const auto r = probe::analyze(text);
    REQUIRE(r.ok);
    std::size_t figures = 0;
    for (const auto& a : r.set.items) figures += a.kind == gloss::AnnotationKind::Figure;
    CHECK(figures == gloss::kMaxFiguresPerSentence);
    REQUIRE(r.set.warnings.size() == 1);
    CHECK(r.set.warnings[0].find("200 figures left out") != std::string::npos);
}
