// Gloss — presenter mode's seams and state (no ImGui types).
//
// Index of this file:
// [SECTION] What presenter mode asks of the host
// [SECTION] Where a teacher's own path is kept
// [SECTION] Presenter state
//
// Presenter mode is part of the Overlay (its drawing is in presenter.cpp);
// this header holds what it needs from outside and what it remembers.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "coordinates.hpp"
#include "gloss/lesson_path.hpp"

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] What presenter mode asks of the host
//-----------------------------------------------------------------------------

// Entering or leaving presenter mode, as asked of the host.
struct PresentRequest {
    bool  presenting = false;     // entering (true) or leaving (false)
    float chars_per_line = 50;    // zoom so that a line of the text holds about this many characters
    float text_fraction = 0.5f;   // ... in this fraction of the window's width (the rest: the step's card)
    bool  dark = false;           // presentation theme: light (dark text on white) or dark
    bool  want_view = true;       // a presenter view (second window) is wanted
};

//-----------------------------------------------------------------------------
// [SECTION] Where a teacher's own path is kept
//-----------------------------------------------------------------------------

// The plugin backs it with the notes sidecar; every change is saved at once
// when a sidecar is open.
class LessonPathSink {
public:
    virtual ~LessonPathSink() = default;
    // The own path placed on the current text (missing steps included).
    virtual std::vector<LessonStep> own_path() = 0;
    // Append a step on `range`, showing annotation `annotation` (-1: the passage only).
    virtual bool add_step(ByteRange range, int annotation, const std::string& teacher_note, const std::string& question,
                          std::string* error) = 0;
    virtual bool remove_step(const std::string& id) = 0;
    virtual bool move_step(const std::string& id, int delta) = 0;
    virtual bool edit_step(const std::string& id, const std::string& teacher_note, const std::string& question) = 0;
};

//-----------------------------------------------------------------------------
// [SECTION] Presenter state
//-----------------------------------------------------------------------------

enum class Blank : std::uint8_t { None, Black, White };

struct StepCardCache;  // presenter.cpp: the step's card as drawn, replayed while nothing in it changes

struct PresenterState {
    bool                    active = false;
    bool                    has_view = false;       // the host shows a presenter view (second window)
    bool                    dark = false;           // presentation theme the teacher picked
    bool                    reveal = true;          // guess first: cover figures until their step
    LessonPathKind          path = LessonPathKind::Everything;
    std::vector<LessonStep> steps;
    LessonPlayer            player;
    std::vector<std::uint8_t> covered;              // per annotation: covered by a "?" now
    std::vector<std::uint8_t> opened;               // per annotation: uncovered by a click
    Blank                   blank = Blank::None;
    std::string             message;                // "End of the path", ...; shown until message_until
    double                  message_until = 0;
    double                  started = -1;           // view time when presenting began (-1: not yet)
    double                  mouse_moved = 0;        // view time of the last mouse movement
    float                   mouse_x = -1, mouse_y = -1;
    bool                    pointer_on = false;     // laser pointer held on ('l'); the right button also shows it
    bool                    ink_on = false;         // highlighter ('h')
    bool                    inking = false;         // a stroke is being drawn
    struct TrailPoint { float x, y; double t; };
    std::vector<TrailPoint> trail;                  // the pointer's last positions (screen), newest last
    std::vector<std::vector<DocPoint>> ink;         // strokes in document space, cleared at the next step
    bool                    panel_was_open = false; // restored on leaving
    int                     selected_step = -1;     // panel: own-path step being edited
    char                    note_buffer[512] = {};
    char                    question_buffer[256] = {};
    std::shared_ptr<StepCardCache> card_cache;
};

} // namespace gloss
