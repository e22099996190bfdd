// gloss-annotate --handout / --worksheet. See export_command.h.
#include "export_command.h"
#include "document_input.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "gloss/analyze.hpp"
#include "gloss/classroom.hpp"
#include "gloss/dates.hpp"
#include "gloss/lesson_path.hpp"
#include "gloss/notes.hpp"
#include "gloss/utf8.hpp"

namespace fs = std::filesystem;

namespace gloss_cli {

const char* const kExportUsage =
    "  --handout OUT.html  write a handout: the article with numbered marks and endnotes (glossary,\n"
    "                      figures, source checks, conflicts), the teacher's notes and the lesson path\n"
    "  --worksheet OUT.html  write a worksheet: questions from the article's figures, sources and terms,\n"
    "                      the article with numbered paragraphs, and the answer key on its own page\n"
    "  --questions N       at most N questions on the worksheet (default 10, 1..50)\n"
    "  --kinds LIST        kinds of question: figures,sources,conflicts,terms (default all)\n"
    "  --with-authors      name the authors of notes in the handout (default: notes are anonymous)\n"
    "  --lesson-path IDS   the lesson path for the handout: note or annotation ids, comma-separated\n"
    "                      (notes come from --notes SIDECAR, else the sidecar beside FILE; notes\n"
    "                      tagged \"private\" are never exported)\n";

namespace {

int fail(const std::string& message) {
    std::fprintf(stderr, "gloss-annotate: %s\n", message.c_str());
    return 2;
}

bool read_file(const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    *out = ss.str();
    return static_cast<bool>(in) || in.eof();
}

// "x.txt" -> "x.meta.json" (as the reader finds it).
std::string meta_path_for(const std::string& path) {
    const fs::path p(path);
    return (p.parent_path() / (p.stem().string() + ".meta.json")).string();
}

std::vector<std::string> split_ids(const std::string& list) {
    std::vector<std::string> ids;
    std::string cur;
    for (const char c : list + ",") {
        if (c == ',') {
            if (!cur.empty()) ids.push_back(cur);
            cur.clear();
        } else if (c != ' ') {
            cur += c;
        }
    }
    return ids;
}

} // namespace

int parse_export_option(int argc, char** argv, int* i, ExportArgs* a, std::string* error) {
    const std::string arg = argv[*i];
    auto value = [&](std::string* out) {
        if (*i + 1 >= argc) { *error = arg + " needs a value (see --help)"; return false; }
        *out = argv[++*i];
        return true;
    };
    if (arg == "--handout") return value(&a->handout) ? 1 : -1;
    if (arg == "--worksheet") return value(&a->worksheet) ? 1 : -1;
    if (arg == "--kinds" || arg == "--lesson-path" || arg == "--with-authors" || arg == "--questions") a->options_given = true;
    if (arg == "--kinds") {
        if (!value(&a->kinds)) return -1;
        unsigned families = 0;
        std::string why;
        if (!gloss::parse_question_families(a->kinds, &families, &why)) { *error = "--kinds: " + why; return -1; }
        return 1;
    }
    if (arg == "--lesson-path") return value(&a->lesson_path) ? 1 : -1;
    if (arg == "--with-authors") { a->with_authors = true; return 1; }
    if (arg == "--questions") {
        std::string n;
        if (!value(&n)) return -1;
        char* end = nullptr;
        const long v = std::strtol(n.c_str(), &end, 10);
        if (n.empty() || *end || v < 1 || v > 50) { *error = "--questions needs a number from 1 to 50, not \"" + n + "\""; return -1; }
        a->questions = static_cast<int>(v);
        return 1;
    }
    return 0;
}

bool export_requested(const ExportArgs& a) { return !a.handout.empty() || !a.worksheet.empty() || a.options_given; }

int run_export(const std::string& document, const std::string& date, const std::vector<std::string>& packs,
               const std::string& notes_path, const ExportArgs& args) {
    if (args.handout.empty() && args.worksheet.empty())
        return fail("--questions, --kinds, --with-authors and --lesson-path go with --handout or --worksheet");
    std::error_code ec;
    if (fs::is_directory(document, ec)) return fail(document + ": is a directory (the exports take one article)");
    // A text, or a web page's or book's main text, as the reader shows it.
    InputDocument page;
    std::string read_error;
    if (!read_input_document(document, /*title_block=*/true, &page, &read_error)) return fail(read_error);
    std::string& text = page.text;
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    if (text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) return fail(document + ": empty file");

    // Metadata beside the article, as the reader reads it; a bad file is a warning.
    gloss::ClassroomInput in;
    std::string meta_date;
    std::string meta_text;
    const std::string meta_path = meta_path_for(document);
    if (read_file(meta_path, &meta_text)) {
        const nlohmann::json j = nlohmann::json::parse(meta_text, nullptr, false);
        if (!j.is_object()) {
            std::fprintf(stderr, "gloss-annotate: warning: ignoring %s: not a JSON object\n", meta_path.c_str());
        } else {
            auto field = [&](const char* key, std::string* out) {
                const auto it = j.find(key);
                if (it != j.end() && it->is_string()) *out = it->get<std::string>();
            };
            field("title", &in.title);
            field("publication", &in.publication);
            field("publication_date", &meta_date);
            field("date", &meta_date);
            field("source_url", &in.source_url);
            field("url", &in.source_url);
            field("language", &in.lang);
            field("lang", &in.lang);
            // Metadata is text like any other: it must be UTF-8 to be shown.
            for (std::string* s : {&in.title, &in.publication, &in.source_url, &in.lang})
                if (!gloss::utf8_validate(*s).ok) *s = gloss::utf8_sanitize(*s);
        }
    }
    // A page's or book's own metadata fills what no metadata file gave.
    for (auto [from, to] : {std::pair<std::string*, std::string*>{&page.title, &in.title}, {&page.site_name, &in.publication},
                            {&page.url, &in.source_url}, {&page.language, &in.lang}})
        if (to->empty()) *to = gloss::utf8_sanitize(*from);
    if (meta_date.empty()) meta_date = page.published;
    gloss::AnalyzeOptions options;
    options.links = std::move(page.links);
    options.publication_date = date;
    if (options.publication_date.empty() && !meta_date.empty()) {
        gloss::CalendarDate d;
        if (gloss::parse_iso_day(meta_date, &d)) options.publication_date = meta_date;
        else std::fprintf(stderr, "gloss-annotate: warning: ignoring the date \"%s\" of %s (expected YYYY-MM-DD)\n",
                          meta_date.c_str(), meta_path.c_str());
    }
    options.pack_paths = packs;
    const gloss::AnalyzeResult r = gloss::analyze_text(text, options);
    if (!r.ok) return fail(document + ": " + r.error);
    for (const auto& w : r.set.warnings) std::fprintf(stderr, "gloss-annotate: warning: %s\n", w.c_str());

    // Notes: the given sidecar, else the one beside the article when it exists.
    const std::string sidecar = notes_path.empty() ? gloss::sidecar_path_for(document) : notes_path;
    if (!notes_path.empty() && !fs::exists(notes_path, ec)) return fail(notes_path + ": no such file");
    if (fs::exists(sidecar, ec)) {
        gloss::NoteStore store;
        const gloss::SidecarStatus st = store.load(sidecar);
        if (!st.ok) return fail(st.message);
        in.notes = gloss::classroom_notes(gloss::notes_without_steps(store.notes()), text);
        if (args.lesson_path.empty())  // the teacher's own path, kept in the sidecar
            for (const gloss::LessonStep& step : gloss::own_lesson_path(store.notes(), text, r.set))
                if (step.annotation >= 0) in.lesson_path.push_back(r.set.items[static_cast<std::size_t>(step.annotation)].id);
    }
    in.text = text;
    in.set = &r.set;
    if (!args.lesson_path.empty()) in.lesson_path = split_ids(args.lesson_path);
    for (const std::string& id : in.lesson_path) {  // a step that names nothing is left out: say so
        bool found = false;
        for (const gloss::ClassroomNote& n : in.notes) found = found || n.id == id;
        for (const gloss::Annotation& a : r.set.items) found = found || a.id == id;
        if (!found)
            std::fprintf(stderr, "gloss-annotate: warning: --lesson-path: no note or annotation has the id \"%s\"; step left out\n",
                         id.c_str());
    }

    std::string error;
    if (!args.handout.empty()) {
        gloss::HandoutOptions ho;
        ho.with_authors = args.with_authors;
        if (!gloss::write_classroom_file(args.handout, gloss::write_handout(in, ho), &error)) return fail(error);
    }
    if (!args.worksheet.empty()) {
        gloss::WorksheetOptions wo;
        wo.max_questions = args.questions;
        gloss::parse_question_families(args.kinds, &wo.families, &error);
        if (!gloss::write_classroom_file(args.worksheet, gloss::write_worksheet(in, wo), &error)) return fail(error);
    }
    return 0;
}

} // namespace gloss_cli
