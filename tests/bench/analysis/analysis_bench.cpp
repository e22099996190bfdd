// Throughput of the whole Gloss analysis (figures, citations and checks,
// definitions) on a deterministic article-like corpus of ~1 MB and ~10 MB.
// Never run by ctest; tests/bench/analysis/run.sh runs it beside the npm peers.
//
// Index of this file:
// [SECTION] Corpus
// [SECTION] Timing
// [SECTION] main
//
// usage: bench_analysis [--runs N] [--write-corpus PATH] [--json PATH] [--only MB] [--articles KB]
//   --only MB: time one corpus of ~MB megabytes only (default heap), for quick profiling
//   --articles KB: time the ~1 MB corpus analysed as consecutive documents of at most KB kilobytes,
//                  cut at blank lines: the throughput a reader or a batch of articles sees
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <malloc.h>
#include <sys/mman.h>
#include <sstream>
#include <string>
#include <vector>

#include "gloss/analyze.hpp"

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Corpus
//-----------------------------------------------------------------------------

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A small deterministic generator (64-bit LCG), so every run sees the same corpus.
struct Lcg {
    std::uint64_t s;
    std::uint32_t next() { s = s * 6364136223846793005ull + 1442695040888963407ull; return static_cast<std::uint32_t>(s >> 33); }
    std::uint32_t below(std::uint32_t n) { return next() % n; }
    template <std::size_t N> const char* pick(const char* const (&a)[N]) { return a[below(N)]; }
};

std::string grouped(std::uint32_t v, const char* sep = ",") {
    std::string d = std::to_string(v), out;
    for (std::size_t i = 0; i < d.size(); ++i) {
        out += d[i];
        if ((d.size() - i - 1) % 3 == 0 && i + 1 < d.size()) out += sep;
    }
    return out;
}

const char* const kMonths[] = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
const char* const kSubjects[] = {"The ministry", "Regional officials", "The port authority", "Analysts at the central bank",
                                 "The city council", "Hospital managers", "The statistics office", "Rail operators",
                                 "Local charities", "The health department", "Company filings", "The regulator"};
const char* const kNouns[] = {"households", "patients", "containers", "workers", "students", "residents", "flights",
                              "vehicles", "applications", "homes", "visitors", "jobs"};
const char* const kSources[] = {"Reuters", "Interfax", "Kommersant", "Gazeta Wyborcza", "BBC", "Eurostat", "World Bank",
                                "City Housing Office", "Harbor County Continuum of Care", "Bloomberg"};
const char* const kVerbs[] = {"rose", "fell", "grew", "declined", "increased", "dropped"};
const char* const kAcronyms[][2] = {{"National Transit Agency", "NTA"}, {"Regional Health Authority", "RHA"},
                                    {"Capital Improvement Program", "CIP"}, {"European Investment Bank", "EIB"},
                                    {"Office for Budget Responsibility", "OBR"}, {"World Health Organization", "WHO"}};
const char* const kOrdinals[] = {"first", "second", "third", "fourth"};
const char* const kFiller[] = {
    "The debate continued for several months without a clear outcome.",
    "Critics said the plan lacked detail, while supporters pointed to earlier results.",
    "Officials in the U.S. and the EU watched closely as talks resumed.",
    "Dr. Smith, who led the review, declined to comment on the findings.",
    "Local reporting suggested the change would take effect within weeks.",
    "The proposal (see below) drew comments from residents, unions, and others.",
    "Many observers, including former officials, expected a compromise.",
};

std::string date_text(Lcg& r, bool year) {
    std::string d = std::string(kMonths[r.below(12)]) + " " + std::to_string(1 + r.below(28));
    if (year) d += ", " + std::to_string(2015 + r.below(10));
    return d;
}

std::string citation(Lcg& r) {
    switch (r.below(5)) {
    case 0: return "(, " + date_text(r, true) + ")";
    case 1: return "(see EDM, " + date_text(r, r.below(2)) + ")";
    case 2: return std::string("(") + r.pick(kSources) + ", " + date_text(r, true) + "; " + r.pick(kSources) + ", " + date_text(r, false) + ")";
    default: return std::string("(") + r.pick(kSources) + ", " + date_text(r, r.below(2)) + ")";
    }
}

std::string sentence(Lcg& r) {
    switch (r.below(9)) {
    case 0: return std::string(r.pick(kSubjects)) + " counted at least " + grouped(1000 + r.below(90000)) + " " + r.pick(kNouns) +
                   " in " + kMonths[r.below(12)] + " " + std::to_string(2018 + r.below(7)) + " " + citation(r) + ".";
    case 1: return std::string("Spending ") + r.pick(kVerbs) + " by " + std::to_string(1 + r.below(60)) + " percent to $" +
                   std::to_string(1 + r.below(900)) + "." + std::to_string(r.below(10)) + " million, according to " +
                   r.pick(kSources) + ".";
    case 2: {
        const auto& a = kAcronyms[r.below(6)];
        return std::string("The ") + a[0] + " (" + a[1] + ") estimates that up to " + grouped(100 + r.below(500000)) + " " +
               r.pick(kNouns) + " were affected " + citation(r) + ".";
    }
    case 3: return "In the " + std::string(r.pick(kOrdinals)) + " quarter of " +
                   std::to_string(2019 + r.below(6)) + ", traffic reached " + grouped(10000 + r.below(200000)) +
                   " 20-foot equivalent units (TEU), a " + std::to_string(5 + r.below(400)) + "-percent increase " + citation(r) + ".";
    case 4: return std::string("About ") + std::to_string(1 + r.below(99)) + " percent of " + r.pick(kNouns) + " received \xE2\x82\xAC" +
                   std::to_string(1 + r.below(9)) + "." + std::to_string(r.below(10)) + "bn in support, roughly " +
                   std::to_string(5 + r.below(10)) + "\xE2\x80\x93" + std::to_string(16 + r.below(20)) + " percent more than in 2021\xE2\x80\x93" "22.";
    case 5: return std::string("As of ") + date_text(r, false) + ", some 1\xC2\xA0" + std::to_string(100 + r.below(899)) + "\xC2\xA0" +
                   std::to_string(100 + r.below(899)) + " " + r.pick(kNouns) + " were waiting, three times as many as a dozen years ago.";
    case 6: return std::string("Others estimate that there could be as many as ") + grouped(2000 + r.below(8000)) +
                   ", according to  and local groups " + citation(r) + ".";
    case 7: return std::string("Officials in \xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA said the figure fell \xE2\x88\x92") +
                   std::to_string(r.below(9)) + "." + std::to_string(r.below(10)) + "% over " + std::to_string(2 + r.below(10)) +
                   " years \xF0\x9F\x93\x89 (Interfax, " + date_text(r, true) + ").";
    default: return r.pick(kFiller);
    }
}

// A sentence without figures, put together from parts so that it varies.
std::string filler(Lcg& r) {
    static const char* const who[] = {"Residents", "The mayor", "Opposition lawmakers", "Economists", "Union leaders",
                                      "Diplomats in Brussels", "Her deputy", "Several analysts", "Business groups", "Teachers"};
    static const char* const did[] = {"argued that", "warned that", "doubted whether", "hoped that", "noted that",
                                      "questioned whether", "insisted that", "accepted that"};
    static const char* const what[] = {"the new rules would hold", "the reform had come too late", "costs would keep rising",
                                       "the agreement could survive the winter", "the schools needed more staff",
                                       "the border crossings would reopen", "public trust had been damaged",
                                       "the data were incomplete", "the talks would resume after the holidays"};
    static const char* const tail[] = {".", ", although few details were published.", " and called for an independent review.",
                                       ", citing conversations with officials.", " as negotiations dragged on.",
                                       ", a view shared by the Kremlin's critics."};
    if (r.below(4) == 0) return kFiller[r.below(sizeof kFiller / sizeof kFiller[0])];
    return std::string(r.pick(who)) + " " + r.pick(did) + " " + r.pick(what) + r.pick(tail);
}

// Generated paragraphs, with the hand-written fixtures mixed in, up to `target` bytes.
std::string make_corpus(std::size_t target, const std::vector<std::string>& seeds) {
    Lcg r{20240604};
    std::string out;
    out.reserve(target + 4096);
    std::size_t article = 0;
    while (out.size() < target) {
        if (article % 6 == 0 && !seeds.empty()) {
            out += seeds[(article / 6) % seeds.size()];
            out += "\n\n";
        } else {
            out += "Report " + std::to_string(article) + ": " + r.pick(kSubjects) + " and the figures\n\n";
            const std::uint32_t paras = 4 + r.below(6);
            for (std::uint32_t p = 0; p < paras; ++p) {
                const std::uint32_t sents = 3 + r.below(4);
                for (std::uint32_t s = 0; s < sents; ++s) {
                    if (s) out += ' ';
                    // Most sentences of an article carry no figure: about one in three does.
                    out += r.below(3) == 0 ? sentence(r) : filler(r);
                }
                out += "\n\n";
            }
        }
        ++article;
    }
    // Cut at a paragraph boundary.
    const std::size_t cut = out.rfind("\n\n", target);
    if (cut != std::string::npos && cut > target / 2) out.resize(cut);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Timing
//-----------------------------------------------------------------------------

struct Measure {
    double      median_s = 0;
    std::size_t annotations = 0;
};

Measure time_analysis(const std::string& text, int runs) {
    gloss::AnalyzeOptions o;
    o.publication_date = "2024-06-04";
    std::vector<double> t;
    Measure m;
    for (int i = 0; i < runs; ++i) {
        const auto a = std::chrono::steady_clock::now();
        const gloss::AnalyzeResult r = gloss::analyze_text(text, o);
        const auto b = std::chrono::steady_clock::now();
        t.push_back(std::chrono::duration<double>(b - a).count());
        m.annotations = r.set.items.size();
        if (!r.ok) std::fprintf(stderr, "analysis failed: %s\n", r.error.c_str());
    }
    std::sort(t.begin(), t.end());
    m.median_s = t[t.size() / 2];
    return m;
}

// The corpus as consecutive documents of at most `max_bytes`, each cut after a blank line when it can.
std::vector<std::string> as_articles(const std::string& text, std::size_t max_bytes) {
    std::vector<std::string> docs;
    for (std::size_t b = 0; b < text.size();) {
        std::size_t e = std::min(text.size(), b + max_bytes);
        if (e < text.size()) {
            const std::size_t cut = text.rfind("\n\n", e);
            if (cut != std::string::npos && cut > b) e = cut + 2;
        }
        docs.push_back(text.substr(b, e - b));
        b = e;
    }
    return docs;
}

// Median time to analyse every document once, in seconds.
Measure time_articles(const std::vector<std::string>& docs, int runs) {
    gloss::AnalyzeOptions o;
    o.publication_date = "2024-06-04";
    gloss::analyze_text(docs.front(), o);  // the knowledge and lexical data, loaded once per process
    std::vector<double> t;
    Measure m;
    for (int i = 0; i < runs; ++i) {
        m.annotations = 0;
        const auto a = std::chrono::steady_clock::now();
        for (const std::string& d : docs) m.annotations += gloss::analyze_text(d, o).set.items.size();
        t.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - a).count());
    }
    std::sort(t.begin(), t.end());
    m.median_s = t[t.size() / 2];
    return m;
}

// What memory costs on this machine: the first write to each 4 KiB page of a
// fresh 64 MiB mapping (a page fault, and on a virtual machine perhaps the
// host's too), against a second write to the same pages. Microseconds per page.
void print_page_cost() {
    const std::size_t bytes = std::size_t(64) << 20, page = 4096;
    void* m = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) return;
    char* p = static_cast<char*>(m);
    const auto a = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < bytes; i += page) p[i] = 1;
    const auto b = std::chrono::steady_clock::now();
    std::memset(p, 2, bytes);
    const auto c = std::chrono::steady_clock::now();
    munmap(m, bytes);
    const double pages = double(bytes / page);
    std::printf("  memory: first touch of a fresh page %.2f us, writing a known page %.3f us (per 4 KiB)\n",
                std::chrono::duration<double, std::micro>(b - a).count() / pages,
                std::chrono::duration<double, std::micro>(c - b).count() / pages);
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] main
//-----------------------------------------------------------------------------

int main(int argc, char** argv) {
    int runs = 9;
    std::string corpus_path, json_path;
    unsigned only_mb = 0, articles_kb = 0;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--write-corpus") && i + 1 < argc) corpus_path = argv[++i];
        else if (!std::strcmp(argv[i], "--json") && i + 1 < argc) json_path = argv[++i];
        else if (!std::strcmp(argv[i], "--only") && i + 1 < argc) only_mb = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
        else if (!std::strcmp(argv[i], "--articles") && i + 1 < argc) articles_kb = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
    }
    const std::string root = GLOSS_SOURCE_DIR;
    const std::vector<std::string> seeds = {read_file(root + "/assets/articles/edm-belarus-transit-2024.txt"),
                                            read_file(root + "/tests/core/fixtures/riverton-budget-2025.txt"),
                                            read_file(root + "/tests/core/fixtures/cli-small.txt")};
    const std::string one = make_corpus(1u << 20, seeds);
    if (!corpus_path.empty()) std::ofstream(corpus_path, std::ios::binary) << one;
    if (articles_kb) {
        const std::vector<std::string> docs = as_articles(one, std::size_t(articles_kb) << 10);
        const Measure m = time_articles(docs, runs);
        std::printf("gloss analysis, ~1 MB as %zu documents of at most %u KB: median %.2f ms, %.1f MB/s, %zu annotations\n",
                    docs.size(), articles_kb, m.median_s * 1e3, one.size() / 1e6 / m.median_s, m.annotations);
        return 0;
    }
    if (only_mb) {
        const std::string text = only_mb == 1 ? one : make_corpus(std::size_t(only_mb) << 20, seeds);
        const Measure m = time_analysis(text, runs);
        std::printf("gloss analysis, ~%u MB only: %zu bytes, median %.2f ms, %.1f MB/s, %zu annotations\n", only_mb,
                    text.size(), m.median_s * 1e3, text.size() / 1e6 / m.median_s, m.annotations);
        return 0;
    }
    // The 1 MB runs come first, before the 10 MB corpus exists: building it
    // changes the allocator's state (thresholds, heap size) that the first
    // rows are meant to show as a fresh process has it.
    const Measure m1 = time_analysis(one, runs);
    const std::string ten = make_corpus(10u << 20, seeds);
    const Measure m10 = time_analysis(ten, std::max(3, runs / 3));
    const double mbs1 = one.size() / 1e6 / m1.median_s, mbs10 = ten.size() / 1e6 / m10.median_s;
    std::printf("gloss analysis (whole: figures + citations/checks + definitions), one core, median of %d runs\n", runs);
    std::printf("  %-22s %10s %12s %12s %12s\n", "corpus", "bytes", "median ms", "MB/s", "annotations");
    std::printf("  %-22s %10zu %12.2f %12.1f %12zu\n", "~1 MB", one.size(), m1.median_s * 1e3, mbs1, m1.annotations);
    std::printf("  %-22s %10zu %12.2f %12.1f %12zu\n", "~10 MB", ten.size(), m10.median_s * 1e3, mbs10, m10.annotations);
    std::printf("  linearity: 10 MB time / 1 MB time = %.2f for a size ratio of %.2f\n", m10.median_s / m1.median_s,
                double(ten.size()) / one.size());
    // The same with freed memory kept by the allocator (as in a long-running
    // reader): separates the analysis itself from first-touch page faults of
    // the large result vectors, which glibc otherwise maps afresh on every run.
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    const Measure w1 = time_analysis(one, runs);
    const Measure w10 = time_analysis(ten, std::max(3, runs / 3));
    std::printf("  %-22s %10zu %12.2f %12.1f\n", "~1 MB, warm heap", one.size(), w1.median_s * 1e3, one.size() / 1e6 / w1.median_s);
    std::printf("  %-22s %10zu %12.2f %12.1f\n", "~10 MB, warm heap", ten.size(), w10.median_s * 1e3, ten.size() / 1e6 / w10.median_s);
    std::printf("  linearity, warm heap: %.2f\n", w10.median_s / w1.median_s);
    print_page_cost();
    if (!json_path.empty()) {
        std::ofstream j(json_path);
        j << "{\"bytes\": " << one.size() << ", \"median_s\": " << m1.median_s << ", \"mb_s\": " << mbs1
          << ", \"bytes10\": " << ten.size() << ", \"median10_s\": " << m10.median_s << ", \"mb_s10\": " << mbs10 << "}\n";
    }
    return 0;
}
