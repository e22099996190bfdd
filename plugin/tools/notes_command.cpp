// gloss-annotate --notes (placeholder until the notes store lands).
#include "notes_command.h"

namespace gloss_cli {

int run_notes_command(const std::string&, const std::string&, bool, std::FILE*) {
    std::fprintf(stderr, "gloss-annotate: --notes is not available in this build\n");
    return 2;
}

} // namespace gloss_cli
