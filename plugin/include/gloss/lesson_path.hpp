// Gloss — lesson paths: the steps a teacher walks a class through (no ImGui).
//
// Index of this file:
// [SECTION] Steps and ready-made paths
// [SECTION] A teacher's own path, kept in the notes sidecar
// [SECTION] Stepping with reveal
//
// A path is a list of steps; each step spotlights a passage and, usually, one
// annotation (its card is shown large). Ready-made paths come from the
// analysis (every annotation, sources, figures, the teacher's notes). A
// teacher's own path is stored in the notes sidecar as W3C annotations (one a
// step: the passage as a TextQuoteSelector, the teacher's note as a
// "commenting" body, the question as a "questioning" body, the position and
// the annotation's kind under "gloss:lessonStep"), so it travels with the
// notes and is re-anchored like them. A step whose passage is gone is kept
// and reported missing, never dropped. Format: docs/notes-and-anchoring.md.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gloss/annotation.hpp"
#include "gloss/notes.hpp"

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] Steps and ready-made paths
//-----------------------------------------------------------------------------

enum class LessonPathKind : std::uint8_t {
    Everything, // every annotation in reading order (a term at its first use only; no dates, times, ordinals or identifiers)
    Sources,    // source checks and conflicts: a media-literacy lesson
    Figures,    // figures (not dates or years), their derived values and conflicts: a numeracy lesson
    Notes,      // the teacher's own notes in reading order
    Own,        // the teacher's own path from the sidecar
};
constexpr int kLessonPathKinds = 5;

// "everything" | "sources" | "figures" | "notes" | "own".
const char* lesson_path_name(LessonPathKind kind);
// "Every annotation", "Sources", ... (what a menu shows).
const char* lesson_path_label(LessonPathKind kind);
// Kind by name (also "all" for everything); false when unknown.
bool lesson_path_from_name(std::string_view name, LessonPathKind* out);

struct LessonStep {
    std::string    id;              // own path: the sidecar annotation's id; else the annotation's id
    int            annotation = -1; // index into the AnnotationSet shown with the step, or -1 (passage only)
    AnnotationKind kind = AnnotationKind::Note; // the annotation's kind (own path: as stored)
    ByteRange      range;           // the passage spotlit; empty when missing
    std::string    quote;           // own path: the stored passage (what a missing step was about)
    std::string    teacher_note;    // own path: the teacher's note for this step ("" when none)
    std::string    question;        // own path: a question to ask the class ("" when none)
    bool           missing = false; // own path: the passage is no longer in the text
};

// A ready-made path over `set` (Everything, Sources, Figures or Notes; Own
// gives nothing here: see own_lesson_path). Steps in reading order; notes
// whose passage is gone come last, marked missing.
std::vector<LessonStep> ready_made_path(const AnnotationSet& set, LessonPathKind kind);

// The annotation of `kind` best matching `range` in `set` (the one starting
// there, else the largest overlap), or -1.
int annotation_for_range(const AnnotationSet& set, AnnotationKind kind, ByteRange range);

//-----------------------------------------------------------------------------
// [SECTION] A teacher's own path, kept in the notes sidecar
//-----------------------------------------------------------------------------

// Member of a stored annotation that makes it a lesson step.
constexpr const char* kLessonStepMember = "gloss:lessonStep";

// What a stored step carries beside its passage and teacher's note.
struct LessonStepFields {
    int            position = 0;               // order in the path (0-based; gaps allowed)
    bool           has_kind = false;           // the step shows an annotation of `kind`
    AnnotationKind kind = AnnotationKind::Note;
    std::string    question;
};

// True when the stored annotation is a lesson step (not a note).
bool note_is_lesson_step(const Note& note);
// Read the step fields of a stored step; false when `note` is not one.
bool lesson_step_fields(const Note& note, LessonStepFields* out);
// Write the step fields into `note` (keeps whatever else it holds).
void set_lesson_step_fields(Note* note, const LessonStepFields& fields);

// A new stored step on document[range) with the teacher's note (may be "").
NoteCreateResult lesson_step_create(std::string_view document, ByteRange range, const LessonStepFields& fields,
                                    std::string teacher_note);

// The own path among `stored` (notes and steps of one sidecar), placed on
// `text` and matched to the annotations of `set`, ordered by position. Every
// stored step gives one LessonStep; a step not found is missing.
std::vector<LessonStep> own_lesson_path(const std::vector<Note>& stored, std::string_view text, const AnnotationSet& set);

// Stored notes that are not lesson steps (what the overlay shows as notes).
std::vector<Note> notes_without_steps(const std::vector<Note>& stored);

// Reorder: move the step `id` by `delta` places among the steps of
// `stored` and number all steps 0..n-1 in the new order. Returns the notes
// whose fields changed (to be written back), empty when `id` is not a step.
std::vector<Note> own_path_moved(const std::vector<Note>& stored, const std::string& id, int delta);

//-----------------------------------------------------------------------------
// [SECTION] Stepping with reveal
//-----------------------------------------------------------------------------

// How many presses a step takes when things are revealed one at a time:
// a figure with derived values 2 (the stated figure, then the arithmetic),
// a conflict 1 + its members (an empty chart, then one bar a press), else 1.
int reveal_stages(const AnnotationSet& set, const LessonStep& step);

// Where a presenter is on a path: the step and, within it, the reveal stage.
class LessonPlayer {
public:
    enum class Move : std::uint8_t { Moved, Revealed, AtEnd, AtStart, Empty };

    // A new path: at step 0 (stage 0), or nowhere when empty. `stages` has one
    // count (>= 1) per step; without it every step has 1 stage.
    void set_path(int step_count, std::vector<int> stages = {});
    // Forward: the next reveal stage of this step, else the next step (stage 0).
    Move next();
    // Back: the previous stage, else the previous step fully revealed.
    Move previous();
    // Jump to `step` (stage 0); false when out of range.
    bool go_to(int step);

    int  step() const { return step_; }       // -1 when the path is empty
    int  stage() const { return stage_; }     // 0-based reveal stage of the current step
    int  stages() const;                      // stages of the current step (0 when empty)
    int  count() const { return count_; }
    bool fully_revealed() const { return step_ >= 0 && stage_ + 1 >= stages(); }

private:
    int              count_ = 0;
    int              step_ = -1;
    int              stage_ = 0;
    std::vector<int> stages_;
};

} // namespace gloss
