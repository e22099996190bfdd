// gloss-annotate on a saved web page, run as a process: --extract-text prints
// the main text; the page's date becomes the analysis' publication date.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
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

// A page whose citation names its source only as a link (an invented address).
const char* const kLinkedPage =
    "<!DOCTYPE html><html><head><title>Ferry fares | Harbour Notes</title>"
    "<meta property=\"og:site_name\" content=\"Harbour Notes\">"
    "<meta property=\"article:published_time\" content=\"2023-04-02T08:00:00Z\"></head><body><article>"
    "<p>Fares on the island ferry will rise by 7 percent in May, the operator announced on Friday after a long "
    "winter of rising fuel costs and fewer crossings than planned.</p>"
    "<p>Fuel costs rose 30 percent last year (<a href=\"https://www.reuters.com/example-link/ferry-fuel\">, "
    "March 3, 2023</a>), and the harbour board has asked for a review of the timetable.</p>"
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
    CHECK(run("\"" + page + "\" --format json").out.find("\"gloss:publicationDate\": \"2022-03-14\"") != std::string::npos);
    CHECK(run("\"" + page + "\" --format text --date 2021-01-02").out.find("Publication date: 2021-01-02") != std::string::npos);
}

TEST_CASE("An undecodable page is refused with exit status 2") {
    const Run r = run("\"" + write_page("broken.xhtml", "<html><body><p>caf\xE9</p></body></html>") + "\" --extract-text");
    CHECK(r.code == 2);
    CHECK(r.out.empty());
}

TEST_CASE("A source given only as a link is found in every output format") {
    const std::string page = write_page("ferry.html", kLinkedPage);
    for (const char* format : {"text", "json", "jsonl"}) {
        CAPTURE(format);
        const Run r = run("\"" + page + "\" --format " + format);
        CHECK(r.code == 0);
        CHECK(r.out.find("source_from_link") != std::string::npos);
    }
}

TEST_CASE("The handout of a web page is made from its main text and its metadata, not its markup") {
    const std::string page = write_page("ferry-handout.html", kLinkedPage);
    const std::string out = (scratch() / "ferry.handout.html").string();
    REQUIRE(run("\"" + page + "\" --handout \"" + out + "\"").code == 0);
    std::ifstream in(out, std::ios::binary);
    const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(html.find("Handout: Ferry fares") != std::string::npos);
    CHECK(html.find("Harbour Notes") != std::string::npos);
    CHECK(html.find("og:site_name") == std::string::npos);  // the page's markup is not the article
    CHECK(html.find("reuters.com") != std::string::npos);   // the source filled from the link
}

TEST_CASE("Notes on a web page are listed against its main text") {
    const std::string page = write_page("ferry-notes.html", kLinkedPage);
    const std::string sidecar = (scratch() / "ferry-notes.jsonld").string();
    std::ofstream(sidecar, std::ios::binary)
        << "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"AnnotationCollection\",\"gloss:formatVersion\":1,\"first\":{\"type\":"
           "\"AnnotationPage\",\"items\":[{\"type\":\"Annotation\",\"id\":\"urn:uuid:1\",\"body\":{\"type\":"
           "\"TextualBody\",\"value\":\"Check the fuel figure.\"},\"target\":{\"selector\":[{\"type\":"
           "\"TextQuoteSelector\",\"exact\":\"Fuel costs rose 30 percent\"}]}}]}}";
    const Run r = run("\"" + page + "\" --notes \"" + sidecar + "\" --format text");
    CHECK(r.code == 0);
    CHECK(r.out.find("Check the fuel figure.") != std::string::npos);
    CHECK(r.out.find("1 exact, 0 fuzzy, 0 orphans") != std::string::npos);
}
