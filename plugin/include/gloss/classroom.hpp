// Gloss — classroom exports: a handout and a worksheet with an answer key,
// written as self-contained HTML from an article and its annotations (no ImGui).
//
// Index of this file:
// [SECTION] What an export is made from
// [SECTION] Handout
// [SECTION] Worksheet
// [SECTION] Files beside the document
//
// Both writers are pure functions: the same input gives the same bytes (no
// clock, no randomness beyond a fixed seed). Every string that comes from the
// article, its metadata or a note is escaped as text: nothing an article
// contains can run, load or restyle the page. The output has no scripts, no
// external fonts, images or style sheets; charts are inline SVG.
// Layout and rules: docs/architecture.md ("Classroom exports").
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gloss/annotation.hpp"
#include "gloss/notes.hpp"

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] What an export is made from
//-----------------------------------------------------------------------------

// A teacher's (or reader's) note placed on the article, as the sidecar holds it.
struct ClassroomNote {
    std::string              id;        // the note's id (a lesson path step may name it)
    std::string              text;      // what the person wrote
    std::vector<std::string> tags;      // a note tagged "private" (any case) is never exported
    std::string              author;    // shown only with HandoutOptions::with_authors
    ByteRange                range;     // where it is in the article (empty for an orphan)
    bool                     orphan = false;  // its passage is no longer in the text
};

// True when the note must stay out of every export (tagged "private").
bool classroom_note_is_private(const ClassroomNote& note);

// The sidecar's notes placed on `text` (re-anchored; orphans kept and marked).
std::vector<ClassroomNote> classroom_notes(const std::vector<Note>& notes, std::string_view text);

// Everything an export is made from. The pointers are not owned and must stay
// valid during the call.
struct ClassroomInput {
    std::string_view     text;              // the article, exactly as analysed (UTF-8)
    const AnnotationSet* set = nullptr;     // its annotations (Note items in it are ignored: see `notes`)
    std::string          title;             // display title ("" = the article's first line when it is a title)
    std::string          publication;       // e.g. "Eurasia Daily Monitor, Volume 21, Issue 84", or ""
    std::string          source_url;        // the article's own address (http/https), or ""; the only outside link
    std::string          lang = "en";       // BCP 47 language of the article
    std::vector<ClassroomNote> notes;       // teacher's notes, in any order
    // The lesson path: an ordered list of note and annotation ids (a step
    // naming an id that is not there is left out). Empty: no lesson path.
    std::vector<std::string> lesson_path;
};

//-----------------------------------------------------------------------------
// [SECTION] Handout
//-----------------------------------------------------------------------------

struct HandoutOptions {
    bool with_authors = false;  // name the authors of notes (off: notes are anonymous)
};

// The handout: the article with numbered marks linked to endnotes grouped by
// kind (glossary, figures, source checks, conflicts), the teacher's notes and
// the lesson path. One HTML document, UTF-8.
std::string write_handout(const ClassroomInput& input, const HandoutOptions& options = {});

//-----------------------------------------------------------------------------
// [SECTION] Worksheet
//-----------------------------------------------------------------------------

// Families of questions, as --kinds names them.
enum QuestionFamily : unsigned {
    QuestionFigures   = 1u << 0,  // derived bases, figures without a unit
    QuestionSources   = 1u << 1,  // missing or vague sources, dates after publication, internal references
    QuestionConflicts = 1u << 2,  // sources that disagree on one quantity
    QuestionTerms     = 1u << 3,  // matching terms to definitions
    QuestionAll       = 0xFu,
};

// Parse a comma-separated list of "figures", "sources", "conflicts", "terms"
// (or "all") into QuestionFamily bits. False with a one-line *error for an
// unknown or empty name.
bool parse_question_families(std::string_view list, unsigned* families, std::string* error);

struct WorksheetOptions {
    int      max_questions = 10;          // at most this many questions (1..50)
    unsigned families = QuestionAll;      // which kinds of question
    std::uint64_t seed = 0x676c6f7373ull; // shuffles the matching question; fixed so a sheet is reproducible
};

// The worksheet: numbered questions, each pointing to its paragraph, the
// article with numbered paragraphs, and the answer key on its own page.
std::string write_worksheet(const ClassroomInput& input, const WorksheetOptions& options = {});

//-----------------------------------------------------------------------------
// [SECTION] Files beside the document
//-----------------------------------------------------------------------------

// Where the reader's export keys write: "DIR/NAME.txt" -> "DIR/NAME.handout.html"
// (or ".worksheet.html"); a name without an extension just gets the suffix.
std::string classroom_path_for(std::string_view document_path, bool worksheet);

// Write `html` to `path` whole: a temporary file in the same folder, then a
// rename, so a failed write never leaves half a page or harms an older file.
// False with a one-line *error ("PATH: cannot write (reason)").
bool write_classroom_file(const std::string& path, const std::string& html, std::string* error);

} // namespace gloss
