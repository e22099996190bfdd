// gloss-annotate --handout / --worksheet: the classroom exports of one article.
#pragma once
#include <string>
#include <vector>

namespace gloss_cli {

struct ExportArgs {
    std::string handout;               // --handout OUT.html
    std::string worksheet;             // --worksheet OUT.html
    int         questions = 10;        // --questions N
    std::string kinds = "all";         // --kinds figures,sources,conflicts,terms
    bool        with_authors = false;  // --with-authors
    std::string lesson_path;           // --lesson-path ID,ID,... (note or annotation ids)
    bool        options_given = false; // any of the above options (they need --handout or --worksheet)
};

// The options' lines for --help.
extern const char* const kExportUsage;

// When argv[*i] is an export option, consume it (and its value: *i advances)
// and return 1; return 0 when it is not one; -1 with a one-line *error when
// its value is missing or wrong.
int parse_export_option(int argc, char** argv, int* i, ExportArgs* args, std::string* error);

// True when --handout or --worksheet, or one of their options, was given
// (run_export refuses options without an output).
bool export_requested(const ExportArgs& args);

// Analyse `document` (publication date `date`, or the metadata file's, or
// inferred), read its notes (`notes_path`, or the sidecar beside it when
// there is one) and write the requested files. Returns the exit code: 0, or
// 2 with a one-line error on stderr (nothing is half-written: a file is
// written in full or not replaced).
int run_export(const std::string& document, const std::string& date, const std::vector<std::string>& packs,
               const std::string& notes_path, const ExportArgs& args);

} // namespace gloss_cli
