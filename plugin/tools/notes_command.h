// gloss-annotate --notes: list a document's notes with their resolved positions, and the orphans.
#pragma once
#include <cstdio>
#include <string>

namespace gloss_cli {

// Print the notes of `sidecar_path` re-anchored on the text of `document_path`
// to `out` (JSON when `json`, else a readable list). Returns the process exit
// code: 0 on success, 2 with a one-line error on stderr otherwise.
int run_notes_command(const std::string& document_path, const std::string& sidecar_path, bool json,
                      std::FILE* out);

} // namespace gloss_cli
