// gloss-annotate FILE --notes SIDECAR: a document's notes with their resolved
// positions (line, paragraph, bytes, how they were found) and the orphans.
//
// Index of this file:
// [SECTION] Lines, paragraphs, files, one-line quotes
// [SECTION] The command (JSON and text)
#include "notes_command.h"
#include "document_input.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "gloss/anchoring.hpp"
#include "gloss/formats.hpp"
#include "gloss/lesson_path.hpp"
#include "gloss/notes.hpp"
#include "gloss/utf8.hpp"

namespace gloss_cli {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Lines, paragraphs, files, one-line quotes
//-----------------------------------------------------------------------------

using nlohmann::json;

// Line and paragraph numbers of byte offsets. A paragraph is a non-blank
// line (plain-text articles put one paragraph on each line).
class LineIndex {
public:
    explicit LineIndex(std::string_view text) {
        std::size_t start = 0;
        int paragraphs = 0;
        for (;;) {
            const std::size_t nl = text.find('\n', start);
            const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
            const std::string_view line = text.substr(start, end - start);
            if (line.find_first_not_of(" \t\r") != std::string_view::npos) ++paragraphs;
            starts_.push_back(start);
            paragraph_.push_back(paragraphs);
            if (nl == std::string_view::npos) break;
            start = nl + 1;
        }
    }
    // 1-based line of `offset`.
    int line(std::size_t offset) const {
        return static_cast<int>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin());
    }
    // 1-based paragraph of `offset` (0 before the first non-blank line).
    int paragraph(std::size_t offset) const { return paragraph_[static_cast<std::size_t>(line(offset) - 1)]; }

private:
    std::vector<std::size_t> starts_;
    std::vector<int>         paragraph_;
};

// At most `max_cp` code points of `s` on one line, with "…" when cut.
std::string one_line(std::string_view s, std::size_t max_cp) {
    std::string out;
    std::size_t pos = 0, count = 0;
    bool space = false;
    while (pos < s.size()) {
        const std::size_t at = pos;
        const char32_t cp = gloss::utf8_next(s, &pos);
        if (cp == U'\n' || cp == U'\r' || cp == U'\t' || cp == U' ') {
            if (!space) out.push_back(' ');
            space = true;
            continue;
        }
        space = false;
        if (++count > max_cp) {
            out += "…";
            break;
        }
        out.append(s.data() + at, pos - at);
    }
    return gloss::utf8_sanitize(out);
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The command (JSON and text)
//-----------------------------------------------------------------------------

int run_notes_command(const std::string& document_path, const std::string& sidecar_path, bool as_json,
                      std::FILE* out) {
    // Notes on a web page or a book anchor to the text the reader shows.
    InputDocument doc;
    std::string error;
    if (!read_input_document(document_path, /*title_block=*/true, &doc, &error)) {
        std::fprintf(stderr, "gloss-annotate: %s\n", error.c_str());
        return 2;
    }
    const std::string& text = doc.text;
    std::ifstream probe(sidecar_path);
    if (!probe) {
        std::fprintf(stderr, "gloss-annotate: notes file %s does not exist or cannot be opened\n",
                     sidecar_path.c_str());
        return 2;
    }
    gloss::NoteStore store;
    const gloss::SidecarStatus status = store.load(sidecar_path);
    if (!status.ok) {
        std::fprintf(stderr, "gloss-annotate: %s\n", status.message.c_str());
        return 2;
    }
    if (!status.message.empty()) std::fprintf(stderr, "gloss-annotate: %s\n", status.message.c_str());  // e.g. notes recovered
    const std::vector<gloss::Note> notes = gloss::notes_without_steps(store.notes());  // lesson steps are not notes
    const std::vector<gloss::NotePlacement> placed = gloss::notes_resolve(notes, text);
    const LineIndex lines(text);
    const gloss::AnchorText cps(text);
    int counts[3] = {0, 0, 0};
    for (const auto& p : placed) ++counts[static_cast<int>(p.how)];

    if (as_json) {
        json list = json::array();
        json orphans = json::array();
        for (std::size_t i = 0; i < notes.size(); ++i) {
            const gloss::Note& n = notes[i];
            const gloss::NotePlacement& p = placed[i];
            json j{{"id", n.id}, {"status", gloss::note_match_name(p.how)}, {"quote", n.quote.exact},
                   {"text", n.text}, {"tags", n.tags}, {"colour", n.colour}, {"author", n.author},
                   {"created", n.created}, {"modified", n.modified}};
            if (p.how == gloss::NoteMatch::Orphan) {
                orphans.push_back(n.id);
            } else {
                j["errors"] = p.errors;
                j["score"] = std::round(p.score * 1000.0) / 1000.0;
                j["start"] = p.range.begin;
                j["end"] = p.range.end;
                j["start_cp"] = cps.codepoint_of_byte(p.range.begin);
                j["end_cp"] = cps.codepoint_of_byte(p.range.end);
                j["line"] = lines.line(p.range.begin);
                j["paragraph"] = lines.paragraph(p.range.begin);
                j["found"] = text.substr(p.range.begin, p.range.end - p.range.begin);
            }
            list.push_back(j);
        }
        const json doc{{"document", document_path},
                       {"sidecar", sidecar_path},
                       {"counts", {{"exact", counts[0]}, {"fuzzy", counts[1]}, {"orphan", counts[2]}}},
                       {"notes", list},
                       {"orphans", orphans}};
        const std::string s = doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
        std::fwrite(s.data(), 1, s.size(), out);
        return 0;
    }

    std::fprintf(out, "%zu note%s on %s: %d exact, %d fuzzy, %d orphan%s\n", notes.size(),
                 notes.size() == 1 ? "" : "s", document_path.c_str(), counts[0], counts[1], counts[2],
                 counts[2] == 1 ? "" : "s");
    // Placed notes in reading order, then the orphans in the file's order.
    std::vector<std::size_t> order(notes.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return placed[a].range.begin < placed[b].range.begin; });
    for (const std::size_t i : order) {
        const gloss::NotePlacement& p = placed[i];
        if (p.how == gloss::NoteMatch::Orphan) continue;
        const gloss::Note& n = notes[i];
        std::string how = gloss::note_match_name(p.how);
        if (p.how == gloss::NoteMatch::Fuzzy) how += " (" + std::to_string(p.errors) + " edits)";
        std::fprintf(out, "  line %d, paragraph %d, bytes %u-%u, %s: \"%s\"", lines.line(p.range.begin),
                     lines.paragraph(p.range.begin), p.range.begin, p.range.end, how.c_str(),
                     one_line(std::string_view(text).substr(p.range.begin, p.range.end - p.range.begin), 60).c_str());
        if (!n.text.empty()) std::fprintf(out, " — %s", one_line(n.text, 80).c_str());
        std::fputc('\n', out);
    }
    if (counts[2] > 0) {
        std::fprintf(out, "orphans (kept in the notes file, not found in this text):\n");
        for (std::size_t i = 0; i < notes.size(); ++i) {
            if (placed[i].how != gloss::NoteMatch::Orphan) continue;
            std::fprintf(out, "  %s: \"%s\"", notes[i].id.c_str(), one_line(notes[i].quote.exact, 60).c_str());
            if (!notes[i].text.empty()) std::fprintf(out, " — %s", one_line(notes[i].text, 80).c_str());
            std::fputc('\n', out);
        }
    }
    return 0;
}

} // namespace gloss_cli
