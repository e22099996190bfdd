// gloss-annotate — headless CLI over the Gloss core.
//
// Index of this file:
// [SECTION] Usage
// [SECTION] Arguments
// [SECTION] Reading a document
// [SECTION] Text report
// [SECTION] One document
// [SECTION] Standard output
// [SECTION] Batch
// [SECTION] main
//
//   gloss-annotate FILE [--date YYYY-MM-DD] [--pack FILE]... [--format json|jsonl|text]
//   gloss-annotate FILE... | DIR --out DIR [--date …] [--pack …] [--format …]
//   gloss-annotate FILE --notes SIDECAR [--format json|text]
//   gloss-annotate FILE [--handout OUT.html] [--worksheet OUT.html] [--questions N] [--kinds LIST] ...
//   gloss-annotate PAGE.html --extract-text
// Exit codes: 0 success, 1 output not written (one line on stderr), 2 bad input (one line on stderr).
#include <algorithm>
#include <cerrno>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include "gloss/analyze.hpp"
#include "gloss/gloss_plugin.h"
#include "gloss/annotation_json.hpp"
#include "gloss/dates.hpp"
#include "document_input.h"
#include "gloss/document.hpp"
#include "gloss/formats.hpp"
#include "gloss/utf8.hpp"
#include "export_command.h"
#include "notes_command.h"

namespace fs = std::filesystem;

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Usage
//-----------------------------------------------------------------------------

const char* const kUsage =
    "usage: gloss-annotate FILE [--date YYYY-MM-DD] [--pack FILE]... [--format json|jsonl|text]\n"
    "       gloss-annotate FILE... | DIR --out DIR [options]     annotate many articles, one output per article\n"
    "       gloss-annotate FILE --notes SIDECAR [--format json|text]  list a document's notes, re-anchored\n"
    "       gloss-annotate FILE --handout OUT.html --worksheet OUT.html [--questions N] [--kinds LIST]\n"
    "                                                   classroom handout and worksheet (HTML)\n"
    "       gloss-annotate PAGE.html --extract-text      print the main text of a web page\n"
    "\n"
    "Finds the figures, source checks and definitions in an article and prints them as a W3C Web\n"
    "Annotation AnnotationCollection (JSON) or as a report grouped by paragraph. The article is a\n"
    "UTF-8 plain-text file, a saved web page (.html, .htm, .xhtml: its main text is read) or an\n"
    "EPUB book (its chapters in order); the date the page or book states is the default for --date.\n"
    "\n"
    "options:\n"
    "  --date YYYY-MM-DD   publication date of the article (default: inferred from the text)\n"
    "  --pack FILE         a knowledge pack (glossary or source registry, JSON) over the bundled ones;\n"
    "                      may be repeated, later packs win\n"
    "  --format json|jsonl|text  output format (default json); jsonl: one annotation per line\n"
    "  --out DIR           batch mode: write DIR/<name>.json (or .txt) for each input; a folder input\n"
    "                      takes its *.txt files. Runs on all cores.\n"
    "  --notes SIDECAR     print the notes stored in SIDECAR for FILE\n"
    "  --extract-text      print the text read from FILE (a web page's main text, a book's\n"
    "                      chapters), paragraphs separated by blank lines, and stop\n"
    "  -h, --help          this help\n"
    "  --version           print the version and exit\n"
    "\n"
    "FILE may be - to read the article from standard input. The output is written as the analysis\n"
    "goes; a text over 256 KiB is analysed in parts cut at paragraph breaks. Manual: man gloss-annotate.\n"
    "exit status: 0 on success, 1 when the output cannot be written (disk full, closed output),\n"
    "             2 on bad input (missing/empty/unreadable file, invalid UTF-8, too large, bad option).\n";

//-----------------------------------------------------------------------------
// [SECTION] Arguments
//-----------------------------------------------------------------------------

struct Args {
    std::vector<std::string> inputs;
    std::string              date;
    std::vector<std::string> packs;
    std::string              format = "json";
    std::string              out_dir;
    std::string              notes;
    gloss_cli::ExportArgs    exports;   // --handout, --worksheet and their options
    bool                     help = false;
    bool                     version = false;
    bool                     extract_text = false;
};

int fail(const std::string& message) {
    std::fprintf(stderr, "gloss-annotate: %s\n", message.c_str());
    return 2;
}

// Returns 0 when the arguments are usable, else the exit code (after printing one line).
int parse_args(int argc, char** argv, Args* a) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&](const char* name, std::string* out) {
            if (i + 1 >= argc) return false;
            *out = argv[++i];
            (void)name;
            return true;
        };
        if (arg == "-h" || arg == "--help") { a->help = true; return 0; }
        if (arg == "--version") { a->version = true; return 0; }
        {
            std::string error;
            const int used = gloss_cli::parse_export_option(argc, argv, &i, &a->exports, &error);
            if (used < 0) return fail(error);
            if (used > 0) continue;
        }
        if (arg == "--extract-text") { a->extract_text = true; continue; }
        if (arg == "--date") { if (!value("--date", &a->date)) return fail("--date needs a value YYYY-MM-DD"); continue; }
        if (arg == "--format") { if (!value("--format", &a->format)) return fail("--format needs json, jsonl or text"); continue; }
        if (arg == "--out") { if (!value("--out", &a->out_dir)) return fail("--out needs a directory"); continue; }
        if (arg == "--notes") { if (!value("--notes", &a->notes)) return fail("--notes needs a sidecar file"); continue; }
        if (arg == "--pack") {
            std::string p;
            if (!value("--pack", &p)) return fail("--pack needs a file");
            a->packs.push_back(p);
            continue;
        }
        if (arg.size() > 1 && arg[0] == '-') return fail("unknown option " + arg + " (see --help)");  // "-" is stdin
        a->inputs.push_back(arg);
    }
    if (a->inputs.empty()) return fail("no input file (see --help)");
    if (a->format != "json" && a->format != "jsonl" && a->format != "text")
        return fail("--format must be json, jsonl or text, not \"" + a->format + "\"");
    if (!a->date.empty()) {
        gloss::CalendarDate d;
        if (!gloss::parse_iso_day(a->date, &d)) return fail("invalid --date \"" + a->date + "\" (expected a real day as YYYY-MM-DD)");
    }
    return 0;
}

//-----------------------------------------------------------------------------
// [SECTION] Reading a document
//-----------------------------------------------------------------------------

// Read a document (see read_input_document); *published receives the date a page or book states.
bool read_document(const std::string& path, std::string* text, std::string* error, std::string* published = nullptr,
                   bool title_block = true, std::vector<gloss::DocumentLink>* links = nullptr,
                   std::string* language = nullptr) {
    gloss_cli::InputDocument doc;
    if (!gloss_cli::read_input_document(path, title_block, &doc, error)) return false;
    *text = std::move(doc.text);
    if (published) *published = std::move(doc.published);
    if (links) *links = std::move(doc.links);
    if (language) *language = std::move(doc.language);
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Text report
//-----------------------------------------------------------------------------

std::string excerpt(std::string_view s, std::size_t max_cp) {
    std::string out;
    std::size_t pos = 0, n = 0;
    while (pos < s.size() && n < max_cp) {
        const char32_t c = gloss::utf8_next(s, &pos);
        gloss::utf8_append(out, (c == '\n' || c == '\r' || c == '\t') ? U' ' : c);
        ++n;
    }
    if (pos < s.size()) out += "\xE2\x80\xA6";
    return out;
}

// The report, handed to `sink` a line or an annotation at a time as the
// analysis hands out its parts (a long article's report is never held whole):
// its head, the annotations by paragraph, then the counts and the warnings.
class TextReport {
public:
    TextReport(std::string_view text, std::string name, std::function<bool(std::string_view)> sink)
        : text_(text), name_(std::move(name)), sink_(std::move(sink)), paragraphs_(gloss::paragraphs_of(text)) {}

    // False as soon as the sink fails.
    bool write_part(const gloss::AnnotationSet& set) { return begin(set) && items(set); }
    bool finish(const gloss::AnnotationSet& whole) {
        if (!begin(whole)) return false;
        std::string r = "\n" + std::to_string(counts_[0]) + " figures, " + std::to_string(counts_[1]) + " source checks, " +
                        std::to_string(counts_[2]) + " definitions, " + std::to_string(counts_[3]) + " conflicts\n";
        for (const auto& w : whole.warnings) r += "warning: " + w + "\n";
        return put(r);
    }

private:
    bool put(std::string_view bytes) {
        if (!failed_ && !sink_(bytes)) failed_ = true;
        return !failed_;
    }
    bool begin(const gloss::AnnotationSet& set) {
        if (begun_) return !failed_;
        begun_ = true;
        return put("Gloss report: " + name_ + "\n" + "Publication date: " +
                   (set.publication_date.empty() ? std::string("unknown") : set.publication_date) +
                   (set.publication_date_inferred ? " (inferred from the text)" : set.publication_date.empty() ? "" : " (given)") + "\n");
    }
    bool items(const gloss::AnnotationSet& set);

    std::string_view text_;
    std::string name_;
    std::function<bool(std::string_view)> sink_;
    std::vector<gloss::ByteRange> paragraphs_;  // no tokens: only where paragraphs start
    std::size_t counts_[5] = {0, 0, 0, 0, 0};
    int para_ = -1;
    bool begun_ = false, failed_ = false;
};

bool TextReport::items(const gloss::AnnotationSet& set) {
    const std::string_view text = text_;
    std::string r;
    for (const auto& a : set.items) {
        ++counts_[static_cast<int>(a.kind)];
        r.clear();
        if (a.paragraph != para_) {
            para_ = a.paragraph;
            const bool known = static_cast<std::size_t>(para_) < paragraphs_.size();
            const std::size_t start = known ? paragraphs_[static_cast<std::size_t>(para_)].begin : a.range.begin;
            const std::size_t end = known ? paragraphs_[static_cast<std::size_t>(para_)].end : text.size();  // the paragraph's own words only
            r += "\n\xC2\xB6 " + std::to_string(para_ + 1) + "  " + excerpt(text.substr(start, end - start), 60) + "\n";
        }
        const std::string quote = excerpt(text.substr(a.range.begin, a.range.end - a.range.begin), 70);
        switch (a.kind) {
        case gloss::AnnotationKind::Figure: {
            const auto& f = a.figure();
            r += "  figure      \xE2\x80\x9C" + quote + "\xE2\x80\x9D  " + f.kind;
            if (!f.value_text.empty()) r += " " + f.value_text;
            if (!f.unit.empty()) r += " [" + f.unit + "]";
            if (!f.qualifier.empty()) r += ", " + f.qualifier;
            if (!f.counts.empty()) r += ", counts: " + f.counts;
            if (!f.source.empty()) r += ", source: " + f.source;
            if (f.year_inferred) r += " (year assumed)";
            r += "\n";
            for (const auto& d : f.derived)
                r += "              \xE2\x86\x92 " + d.label + ": " + d.text + (d.arithmetic.empty() ? std::string() : "   (" + d.arithmetic + ")") + "\n";
            break;
        }
        case gloss::AnnotationKind::SourceCheck: {
            r += "  source      \xE2\x80\x9C" + quote + "\xE2\x80\x9D  " + a.check().citation_type + ":";
            for (const auto& p : a.check().parts)
                r += " [" + (p.source ? *p.source : std::string("(no source)")) + (p.date ? " \xC2\xB7 " + *p.date : std::string()) + "]";
            r += "\n";
            for (std::size_t k = 0; k < a.check().checks.size(); ++k)
                r += "              ! " + a.check().checks[k] + ": " + (k < a.check().messages.size() ? a.check().messages[k] : "") + "\n";
            if (!a.check().registry_note.empty()) r += "              i " + a.check().registry_note + "\n";
            break;
        }
        case gloss::AnnotationKind::Definition: {
            const auto& d = a.definition();
            r += "  definition  \xE2\x80\x9C" + quote + "\xE2\x80\x9D  " + d.term;
            if (!d.expansion.empty() && d.expansion != d.term) r += " = " + d.expansion;
            if (d.first) r += "  (first" + std::string(d.defined_in_text ? ", defined in the text" : "") + ")";
            r += "\n";
            if (d.first && !d.text.empty()) r += "              " + d.text + "\n";
            break;
        }
        case gloss::AnnotationKind::Conflict: {
            r += "  conflict    " + a.conflict().quantity + ":";
            for (int m : a.conflict().members) {
                const auto& f = set.items[static_cast<std::size_t>(m)].figure();
                r += " " + (f.qualifier.empty() ? "" : f.qualifier + " ") + f.value_text + " (" +
                     (f.source.empty() ? "no named source" : f.source) + ");";
            }
            r += "\n";
            break;
        }
        case gloss::AnnotationKind::Note: break;
        }
        if (!put(r)) return false;
    }
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] One document
//-----------------------------------------------------------------------------

struct Outcome {
    bool        ok = false;
    std::string error;    // one line, when !ok
    std::size_t bytes = 0, annotations = 0;
    std::vector<std::string> warnings;
};

using Sink = std::function<bool(std::string_view)>;

// Analyses one document and hands its JSON, JSON Lines or text report to
// `sink` piece by piece, each part of the text as soon as it is analysed (a
// long text's annotations are never all held); `on_analysed` sees the outcome
// once the analysis is done, before the report's end is written. When the
// analysis fails, what was written is incomplete and the outcome says why. A
// failed write stops the analysis and leaves the outcome ok: the sink
// remembers why.
Outcome annotate(const std::string& path, const Args& args, const Sink& sink,
                 const std::function<void(const Outcome&)>& on_analysed = {}) {
    Outcome o;
    std::string text, published, language;
    std::vector<gloss::DocumentLink> links;
    if (!read_document(path, &text, &o.error, &published, true, &links, &language)) return o;
    gloss::AnalyzeOptions options;
    options.publication_date = args.date.empty() ? published : args.date;
    options.pack_paths = args.packs;
    options.links = std::move(links);
    options.language = std::move(language);
    const std::string name = fs::path(path).filename().string();
    bool sink_failed = false;
    const Sink written = [&](std::string_view piece) { return (sink_failed = !sink(piece)) == false; };
    gloss::AnnotationJsonOptions jo;
    jo.document_id = name;
    std::unique_ptr<gloss::AnnotationJsonStream> json;
    std::unique_ptr<TextReport> report;
    if (args.format == "json" || args.format == "jsonl")
        json = std::make_unique<gloss::AnnotationJsonStream>(
            text, jo, args.format == "jsonl" ? gloss::AnnotationJsonStream::Form::Lines : gloss::AnnotationJsonStream::Form::Collection,
            written);
    else
        report = std::make_unique<TextReport>(text, name, written);
    const gloss::AnalyzeResult r = gloss::analyze_text_in_parts(text, options, [&](gloss::AnnotationSet& part) {
        o.annotations += part.items.size();
        return json ? json->write_part(part) : report->write_part(part);
    });
    o.bytes = text.size();
    o.warnings = r.set.warnings;
    if (!r.ok && !sink_failed) {
        o.error = path + ": " + r.error;
        return o;
    }
    o.ok = true;
    if (on_analysed) on_analysed(o);
    if (sink_failed) return o;
    if (json ? json->finish(r.set) : report->finish(r.set)) {
        if (args.format == "json") sink("\n");
    }
    return o;
}

//-----------------------------------------------------------------------------
// [SECTION] Standard output
//-----------------------------------------------------------------------------

// Writes to stdout, remembering the first failure's reason (a full disk, a
// closed stdout): the exit status says the output is incomplete.
int stdout_errno = 0;

bool write_stdout(std::string_view bytes) {
    if (stdout_errno) return false;
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size()) {
        stdout_errno = errno ? errno : EIO;
        return false;
    }
    return true;
}

// The exit status once everything is written: `rc`, or 1 with a message when
// any of the output could not be written.
int finish_output(int rc) {
    if (std::fflush(stdout) != 0 && !stdout_errno) stdout_errno = errno ? errno : EIO;
    if (!stdout_errno && std::ferror(stdout)) stdout_errno = EIO;
    if (!stdout_errno) return rc;
    std::fprintf(stderr, "gloss-annotate: cannot write the output (%s); it is incomplete%s\n", std::strerror(stdout_errno),
                 stdout_errno == ENOSPC ? ": free some disk space, or write elsewhere" : "");
    return 1;
}

//-----------------------------------------------------------------------------
// [SECTION] Batch
//-----------------------------------------------------------------------------

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs) {
    std::vector<std::string> out;
    for (const std::string& in : inputs) {
        std::error_code ec;
        if (fs::is_directory(in, ec)) {
            std::vector<std::string> files;
            for (const auto& e : fs::directory_iterator(in, ec))
                if (e.is_regular_file(ec) && e.path().extension() == ".txt") files.push_back(e.path().string());
            std::sort(files.begin(), files.end());
            out.insert(out.end(), files.begin(), files.end());
        } else {
            out.push_back(in);
        }
    }
    return out;
}

int run_batch(const Args& args) {
    std::error_code ec;
    fs::create_directories(args.out_dir, ec);
    if (!fs::is_directory(args.out_dir, ec)) return fail("cannot create output directory " + args.out_dir);
    const std::vector<std::string> files = expand_inputs(args.inputs);
    if (files.empty()) return fail("no .txt files to annotate");
    // Output names: <stem>.json, made unique.
    std::vector<std::string> outputs;
    std::map<std::string, int> used;
    const std::string ext = args.format == "json" ? ".json" : args.format == "jsonl" ? ".jsonl" : ".txt";
    for (const std::string& f : files) {
        const std::string stem = fs::path(f).stem().string();
        const int n = used[stem]++;
        outputs.push_back((fs::path(args.out_dir) / (n ? stem + "-" + std::to_string(n + 1) + ext : stem + ext)).string());
    }
    const bool tty = isatty(fileno(stderr)) != 0;
    const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
    const unsigned workers = static_cast<unsigned>(std::min<std::size_t>(hw, files.size()));
    std::atomic<std::size_t> next{0}, done{0}, failed{0}, bytes{0}, annotations{0};
    std::mutex err_mutex;
    bool warned = false;
    const auto start = std::chrono::steady_clock::now();
    auto work = [&] {
        for (;;) {
            const std::size_t i = next.fetch_add(1);
            if (i >= files.size()) return;
            // The output file is made when the first piece is ready, and written as it is made.
            std::ofstream out;
            const auto to_file = [&](std::string_view piece) {
                if (!out.is_open()) out.open(outputs[i], std::ios::binary);
                out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
                return static_cast<bool>(out);
            };
            Outcome o = annotate(files[i], args, to_file);
            if (!o.ok && out.is_open()) {  // an analysis that failed part way: no half-written file is left
                out.close();
                std::error_code gone;
                fs::remove(outputs[i], gone);
            }
            if (o.ok) {
                if (!out.is_open()) out.open(outputs[i], std::ios::binary);
                out.close();
                if (!out) { o.ok = false; o.error = outputs[i] + ": cannot write (" + std::strerror(errno) + ")"; }
            }
            std::lock_guard<std::mutex> lock(err_mutex);
            if (o.ok) {
                bytes += o.bytes;
                annotations += o.annotations;
                if (!warned)
                    for (const auto& w : o.warnings) std::fprintf(stderr, "%sgloss-annotate: warning: %s\n", tty ? "\r\x1b[K" : "", w.c_str());
                warned = true;
            } else {
                ++failed;
                std::fprintf(stderr, "%sgloss-annotate: %s\n", tty ? "\r\x1b[K" : "", o.error.c_str());
            }
            const std::size_t d = ++done;
            if (tty) std::fprintf(stderr, "\r\x1b[K[%zu/%zu] %s", d, files.size(), fs::path(files[i]).filename().string().c_str());
        }
    };
    std::vector<std::thread> pool;
    for (unsigned k = 0; k < workers; ++k) pool.emplace_back(work);
    for (auto& t : pool) t.join();
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (tty) std::fprintf(stderr, "\r\x1b[K");
    std::fprintf(stderr, "gloss-annotate: %zu of %zu files annotated (%zu failed), %zu annotations, %.2f MB in %.2f s on %u threads -> %s\n",
                 files.size() - failed.load(), files.size(), failed.load(), annotations.load(), bytes.load() / 1e6, secs, workers,
                 args.out_dir.c_str());
    return failed.load() ? 2 : 0;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] main
//-----------------------------------------------------------------------------

int main(int argc, char** argv) {
    try {
        Args args;
        if (const int rc = parse_args(argc, argv, &args)) {
            if (argc < 2) std::fputs(kUsage, stderr);
            return rc;
        }
        if (args.help) {
            write_stdout(kUsage);
            write_stdout("\nclassroom exports:\n");
            write_stdout(gloss_cli::kExportUsage);
            return finish_output(0);
        }
        if (args.version) {
            write_stdout("gloss-annotate " GLOSS_VERSION " (Gloss plugin ABI " + std::to_string(GLOSS_ABI_MAJOR) + "." +
                         std::to_string(GLOSS_ABI_MINOR) + ")\n");
            return finish_output(0);
        }
        if (gloss_cli::export_requested(args.exports)) {
            if (args.inputs.size() != 1) return fail("--handout and --worksheet take exactly one document");
            return gloss_cli::run_export(args.inputs[0], args.date, args.packs, args.notes, args.exports);
        }
        if (!args.notes.empty()) {
            if (args.inputs.size() != 1) return fail("--notes takes exactly one document");
            return finish_output(gloss_cli::run_notes_command(args.inputs[0], args.notes, args.format != "text", stdout));
        }
        if (args.extract_text) {
            if (args.inputs.size() != 1) return fail("--extract-text takes exactly one document");
            std::string text, error;
            if (!read_document(args.inputs[0], &text, &error, nullptr, /*title_block=*/false)) return fail(error);
            text += '\n';
            std::fwrite(text.data(), 1, text.size(), stdout);
            return 0;
        }
        if (!args.out_dir.empty()) return run_batch(args);
        if (args.inputs.size() > 1) return fail("several inputs need --out DIR");
        const Outcome o = annotate(args.inputs[0], args, write_stdout, [](const Outcome& analysed) {
            for (const auto& w : analysed.warnings) std::fprintf(stderr, "gloss-annotate: warning: %s\n", w.c_str());
        });
        if (!o.ok) {
            std::fflush(stdout);
            return fail(o.error + (o.annotations ? " (the output written is incomplete)" : ""));
        }
        return finish_output(0);
    } catch (const std::exception& e) {
        return fail(std::string("internal error: ") + e.what());
    }
}
