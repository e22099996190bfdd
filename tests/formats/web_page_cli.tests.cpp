// gloss-annotate on a saved web page, run as a process: --extract-text prints
// the main text; the page's date becomes the analysis' publication date.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

namespace {

struct Run { int code = -1; std::string out; };

fs::path scratch() {
    static const fs::path dir = [] {
        fs::path d = fs::temp_directory_path() / ("gloss-formats-test-" + std::to_string(getpid()));
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

Run run(const std::string& args) {
    Run r;
    const std::string cmd = std::string("\"") + GLOSS_ANNOTATE_EXE + "\" " + args + " 2>/dev/null";
    FILE* p = popen(cmd.c_str(), "r");
    REQUIRE(p);
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
    const int status = pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

std::string write_page(const std::string& name, const std::string& html) {
    const fs::path p = scratch() / name;
    std::ofstream(p, std::ios::binary) << html;
    return p.string();
}

const char* const kPage =
    "<!DOCTYPE html><html><head><title>Wheat prices | Grain Notes</title>"
    "<meta property=\"article:published_time\" content=\"2022-03-14T10:00:00Z\"></head><body>"
    "<nav><a href=\"/\">Home</a> <a href=\"/markets\">Markets</a></nav><article>"
    "<p>Wheat traded higher on Monday at the regional exchange, where buyers from three mills bid for the spring "
    "harvest, and the clerks reported a busy, orderly morning.</p>"
    "<p>The price rose by 4 percent in a week, the exchange said, the steepest weekly rise since the autumn.</p>"
    "</article></body></html>";

} // namespace

TEST_CASE("Extract-text prints a page's main text with blank lines between paragraphs") {
    const Run r = run("\"" + write_page("grain.html", kPage) + "\" --extract-text");
    CHECK(r.code == 0);
    CHECK(r.out.find("Wheat traded higher") == 0);
    CHECK(r.out.find("morning.\n\nThe price rose") != std::string::npos);
    CHECK(r.out.find("Markets") == std::string::npos);
}

TEST_CASE("The publication date of a page is the analysis date unless one is given") {
    const std::string page = write_page("grain.htm", kPage);
    CHECK(run("\"" + page + "\" --format text").out.find("Publication date: 2022-03-14") != std::string::npos);
    CHECK(run("\"" + page + "\" --format text --date 2021-01-02").out.find("Publication date: 2021-01-02") != std::string::npos);
}

TEST_CASE("An undecodable page is refused with exit status 2") {
    const Run r = run("\"" + write_page("broken.xhtml", "<html><body><p>caf\xE9</p></body></html>") + "\" --extract-text");
    CHECK(r.code == 2);
    CHECK(r.out.empty());
}
