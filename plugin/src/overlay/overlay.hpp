// Gloss — the ImGui overlay: marks, gutter, density strip, hover and pinned
// cards, side panel, legend, shortcuts, notes, presenter mode.
//
// Index of this file:
// [SECTION] What the overlay needs from its host
// [SECTION] Per-frame view and key events
// [SECTION] Overlay
//
// One Overlay per plugin instance. It owns a copy of the document text, the
// annotation set, the host's layout (TextGeometry) and an interval index over
// the annotations, all rebuilt per document/layout; a frame only culls to the
// visible range and draws, reusing buffers (no allocation in steady state).
// Thread: main thread only. This header has no ImGui types.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "card_content.hpp"
#include "coordinates.hpp"
#include "gloss/annotation.hpp"
#include "interval_index.hpp"
#include "mark_patterns.hpp"
#include "presenter.hpp"
#include "text_geometry.hpp"

struct ImFont;
struct ImDrawList;

namespace gloss {

struct Palette;
struct MarkTexture;

//-----------------------------------------------------------------------------
// [SECTION] What the overlay needs from its host
//-----------------------------------------------------------------------------

class OverlayHost {
public:
    virtual ~OverlayHost() = default;
    virtual void scroll_to(std::uint32_t offset) = 0;   // bring byte `offset` into view
    virtual void request_redraw() = 0;                  // draw another frame soon
    virtual void log(int severity, const char* message) = 0; // GLOSS_LOG_* severities
    // Presenter mode: enter or leave the host's presentation (zoom, theme; on
    // leaving, restore exactly what was there). True when the host shows a
    // presenter view (it then calls draw_presenter_view each frame).
    virtual bool present(const PresentRequest&) { return false; }
    // Presenter mode: scroll smoothly so that byte `offset` is near the top third of the view.
    virtual void scroll_to_step(std::uint32_t offset) { scroll_to(offset); }
    // Open an http(s) address in the system's browser; asked only by a
    // Ctrl+click on a citation whose source came from a link. Default: nothing.
    virtual void open_address(const char* address) { (void)address; }
};

// Textures the host's renderer draws, for marks whose cost then no longer
// follows their length. Optional: without them the overlay draws triangles.
class RendererTextures {
public:
    virtual ~RendererTextures() = default;
    // A texture of width x height RGBA texels (rows top to bottom, straight
    // alpha) that the renderer samples with nearest filtering and repeats in
    // both directions, as the ImTextureID to draw it with; nullptr when it cannot.
    virtual void* create_texture(int width, int height, const std::uint8_t* rgba) = 0;
    // Release a texture create_texture returned.
    virtual void destroy_texture(void* texture) = 0;
};

// Where notes go. The overlay keeps notes in memory through this seam; the
// plugin backs it with the sidecar store.
class NoteSink {
public:
    virtual ~NoteSink() = default;
    // Add a note on `range`; false with a one-line reason when refused.
    virtual bool add_note(ByteRange range, std::string_view text, std::string* error) = 0;
};

// Where the classroom exports go. The plugin writes the handout or the
// worksheet of the current document beside it (plugin/src/export makes them).
enum class ClassroomExport : std::uint8_t { Handout, Worksheet };
class ClassroomSink {
public:
    virtual ~ClassroomSink() = default;
    // Write one export; *message is one line for the reader either way
    // ("Handout written to …" or why not). False when nothing was written.
    virtual bool write_classroom(ClassroomExport what, std::string* message) = 0;
};

//-----------------------------------------------------------------------------
// [SECTION] Per-frame view and key events
//-----------------------------------------------------------------------------

struct OverlayView {
    ViewTransform transform;          // document -> screen
    float         visible_y0 = 0, visible_y1 = 0; // visible part, document space
    ScreenRect    clip;               // where the host draws the text
    float         gutter_x0 = 0, gutter_x1 = 0; // screen x-extent of the margin
    float         dpi_scale = 1;
    double        time = 0;           // seconds, monotonic
    bool          dark = false;       // dark theme
    ByteRange     visible;            // visible bytes as the host sees them; empty = from the y band alone
};

// A chapter of a book (or a section of a long page): its title and the byte where it starts.
struct DocumentChapter {
    std::string   title;
    std::uint32_t begin = 0;
};

enum class OverlayKey : std::uint8_t { None, Escape, Enter, Tab, F2, Up, Down, Left, Right, PageUp, PageDown, Home, End, F5, Backspace };

struct OverlayKeyEvent {
    OverlayKey key = OverlayKey::None;
    char32_t   codepoint = 0;  // character produced, when key == None
    unsigned   mods = 0;       // GLOSS_MOD_* bits
};

//-----------------------------------------------------------------------------
// [SECTION] Overlay
//-----------------------------------------------------------------------------

class Overlay {
public:
    explicit Overlay(OverlayHost* host);
    ~Overlay();
    Overlay(const Overlay&) = delete;
    Overlay& operator=(const Overlay&) = delete;

    // A new document: text (copied) and its annotations (sorted by begin).
    // Clears the layout, cards, pins and focus.
    void set_document(std::string text, AnnotationSet set);
    // Replace the annotations of the current document (e.g. notes changed); keeps pins by id.
    void set_annotations(AnnotationSet set);
    // The host's layout of the current text; false with a reason when inconsistent (previous kept).
    bool set_layout(std::vector<TextLine> lines, std::vector<float> caret_x, float content_width,
                    float content_height, std::string* error);
    // The host's fonts for cards and panel. Characters a font lacks (e.g. "≈")
    // are shown with plain fallbacks ("~") instead of the missing-glyph box.
    void set_fonts(ImFont* body, ImFont* bold);
    void set_selection(ByteRange selection) { selection_ = selection; }
    // The document's chapters, in text order (books); the side panel lists them and
    // a click asks the host to scroll to one. Cleared by set_document().
    void set_chapters(std::vector<DocumentChapter> chapters);
    const std::vector<DocumentChapter>& chapters() const { return chapters_; }
    // The chapter the reader is in (the last one starting at or before the top visible line), or -1.
    int  reading_chapter() const;
    void set_note_sink(NoteSink* sink) { note_sink_ = sink; }
    // Shift+H, Shift+W and the side panel's buttons write through it (nullptr: no exports).
    void set_classroom_sink(ClassroomSink* sink) { classroom_sink_ = sink; }
    // The last export's one-line outcome, shown in the side panel ("" before any).
    const std::string& classroom_status() const { return classroom_status_; }
    void set_lesson_sink(LessonPathSink* sink) { lesson_sink_ = sink; }
    // The host's textures (not owned), or nullptr to draw marks as triangles.
    // Textures made through the previous one are destroyed through it first;
    // the destructor destroys the rest. Main thread, ImGui not needed.
    void set_renderer_textures(RendererTextures* textures);

    // Draw one frame. Precondition: an ImGui frame is open and the host's text
    // window is current. Leaves every ImGui stack balanced.
    void draw(const OverlayView& view);
    // A key press; true when consumed.
    bool handle_key(const OverlayKeyEvent& event);
    // True when the mouse is over something of the overlay's (card, panel, legend).
    bool wants_mouse() const { return wants_mouse_; }

    // Settings.
    void   set_hover_delay(double seconds) { hover_delay_ = seconds; }
    double hover_delay() const { return hover_delay_; }
    void   set_kind_shown(AnnotationKind kind, bool shown);
    bool   kind_shown(AnnotationKind kind) const { return shown_[static_cast<int>(kind)]; }
    // Years, dates and identifiers ("2023", "June 3", "Volume 21"): kept in the set, drawn as a quiet
    // underline of their own only when shown (off by default; the legend's "Dates & ids" toggles it).
    void   set_dates_shown(bool shown);
    bool   dates_shown() const { return show_dates_; }
    static bool is_date_like(const Annotation& a);
    void   set_panel_open(bool open) { panel_open_ = open; }
    bool   panel_open() const { return panel_open_; }
    // Where the panel was drawn last frame (empty when closed).
    ScreenRect panel_rect() const { return panel_open_ ? panel_rect_ : ScreenRect{}; }
    // The suffix that makes this overlay's window names unique in a shared ImGui context.
    const char* window_suffix() const { return window_suffix_; }

    // State, for hosts and tests.
    const std::string&              text() const { return text_; }
    const AnnotationSet&            annotations() const { return set_; }
    const CardContent&              card(int index) const;  // built on first use, fitted to the body font
    std::size_t                     cards_built() const;    // how many cards have been built so far (diagnostics, tests)
    // Where the legend was drawn last frame (empty when it was not).
    ScreenRect                      legend_rect() const { return legend_.count ? legend_.box : ScreenRect{}; }
    bool                            legend_stacked() const { return legend_.stacked; }
    int                             textures_held() const { return pattern_texture_ ? 1 : 0; }
    const TextGeometry&             geometry() const { return geometry_; }
    int                             open_card() const { return open_card_; }   // hover/keyboard card, or -1
    const std::vector<int>&         pinned() const { return pinned_; }
    int                             focused() const { return focused_; }       // keyboard focus, or -1
    int                             reading_item() const { return reading_item_; }
    bool                            help_open() const { return help_open_; }
    bool                            note_editor_open() const { return note_editor_open_; }
    // Annotation under byte `offset` the overlay would open a card for, or -1.
    int                             annotation_at(std::uint32_t offset) const;

    // Presenter mode (presenter.cpp). Entering asks the host to zoom and
    // switch to the presentation theme, closes the panel and hover cards and
    // starts the path at its first step; leaving restores them.
    bool  enter_presenter();
    void  leave_presenter();
    bool  presenting() const { return present_.active; }
    // One press forward (+1) or back (-1): the next reveal stage or step.
    LessonPlayer::Move present_step(int direction);
    bool  present_go_to(int step);
    // Choose the path (Own: the teacher's own, from the LessonPathSink); starts at its first step.
    void  set_lesson_path(LessonPathKind kind);
    void  refresh_lesson_path();   // the own path or the annotations changed: keep the step where it can
    void  set_presenter_dark(bool dark) { present_.dark = dark; }
    void  set_blank(Blank blank) { if (present_.active) present_.blank = blank; }
    void  set_presenter_reveal(bool on) { present_.reveal = on; update_covers(); }
    const PresenterState& presenter() const { return present_; }
    // Add the focused annotation (else the selection) to the own path; false when there is neither.
    bool  add_focus_to_path();
    // Draw the presenter view into the current ImGui context (the host's
    // second window, its own context): a full-window ImGui window. `body`
    // and `bold` are that context's fonts. Precondition: a frame is open.
    void  draw_presenter_view(ImFont* body, ImFont* bold);
    // True when annotation `index` may be drawn on the projector (not a private note).
    bool  shown_on_projector(int index) const;

private:
    enum class Action : std::uint8_t { None, PinCard, UnpinCard, ScrollTo, ToggleKind, GutterPin, DensityJump, OpenNoteEditor, ToggleDates, Uncover };
    struct ClickRegion { ScreenRect rect; Action action = Action::None; int arg = 0; std::uint32_t offset = 0; };

    void rebuild_derived();
    void rebuild_layout_derived();
    void forget_cards();  // cards are rebuilt on next use (new set or font)
    void release_textures();
    void* make_texture(int width, int height, const std::uint8_t* rgba);  // nullptr (logged once) when refused
    MarkTexture mark_texture(float s);    // the pattern texture for marks at scale s, made or remade as needed
    int   density_kind(int bin) const;   // the kind density bin `bin` shows, or -1
    bool navigable(int index) const;
    void navigate(int step);
    void focus_and_reveal(int index);
    int  first_rect(int index, ScreenRect* out) const;

    void handle_clicks();
    bool open_link_at(ScreenPoint mouse);
    void update_hover();
    void draw_marks(ImDrawList* dl);
    void draw_gutter(ImDrawList* dl, const MarkTexture& tex);
    void draw_density(ImDrawList* dl, const MarkTexture& tex);
    void draw_cards();
    ScreenRect draw_card(int index, const ScreenRect& anchor, bool pinned, bool beside, float* stack_y);
    ScreenPoint card_position(int index, const ScreenRect& anchor, bool beside, float* stack_y) const;
    void draw_chart(const CardContent& c, ImDrawList* dl, float wrap, float fs, const Palette& pal);
    void layout_legend();                                         // legend.cpp
    void draw_legend_box(ImDrawList* dl, const MarkTexture& tex);
    void draw_legend_marks(ImDrawList* dl, const MarkTexture& tex);
    void draw_legend_labels(ImDrawList* dl);
    void draw_panel();
    void draw_chapter_list();  // a book's chapters, in the side panel
    void rebuild_panel_rows();
    void draw_help();
    void draw_note_editor();
    void draw_note_chip();
    void warn_once(unsigned bit, const std::string& message);  // one log line per kind of host mistake
    void check_host_window();
    bool write_classroom(ClassroomExport what);  // through the sink; the outcome in classroom_status_
    void draw_card_lines(int index, const CardContent& c, ImDrawList* dl, float wrap, float fs, const Palette& pal,
                         bool pinned, bool clickable);
    // Presenter mode (presenter.cpp).
    bool handle_presenter_key(const OverlayKeyEvent& e);
    void forget_step_card();  // fonts, layout or annotations changed: the kept step card is stale
    float presenter_scale() const;
    void after_step_change(LessonPlayer::Move move);
    void update_covers();
    void say(const char* message);
    void presenter_input();
    void draw_presenter_page(ImDrawList* dl);
    void draw_presenter_card();
    void draw_presenter_status();
    void draw_presenter_panel_section();
    void draw_pointer_and_blank();
    int  current_step_annotation() const;

    OverlayHost* host_;
    NoteSink*    note_sink_ = nullptr;
    LessonPathSink* lesson_sink_ = nullptr;
    ClassroomSink* classroom_sink_ = nullptr;
    std::string    classroom_status_;
    ImFont*      font_body_ = nullptr;
    ImFont*      font_bold_ = nullptr;

    // Per document.
    std::string              text_;
    AnnotationSet            set_;
    mutable std::vector<CardContent>  cards_;        // per item; valid where cards_built_ is set
    mutable std::vector<std::uint8_t> cards_built_;
    std::vector<ByteRange>   ranges_;
    IntervalIndex            index_;
    std::vector<int>         order_;     // navigable reading order (indices into set_.items)
    std::vector<float>       doc_y_;     // document y of each annotation's first line (-1 when unplaced)
    std::vector<float>       card_w_, card_h_; // last drawn size of each annotation's card
    std::vector<int>         per_kind_[5];    // annotation indices by kind, reading order
    std::vector<std::uint8_t> density_;       // kDensityBins bins of kind bits over the document's height
    std::uint32_t            density_generation_ = 0; // counts changes of density_
    TextGeometry             geometry_;

    // Textures from the host's renderer (none without set_renderer_textures).
    RendererTextures* textures_ = nullptr;
    void*             pattern_texture_ = nullptr;
    MarkPatterns      patterns_;                 // what pattern_texture_ holds
    std::uint64_t     pattern_key_ = 0;          // scale, density generation, theme and shown kinds it was made for
    bool              texture_refused_ = false;  // the host returned NULL: triangles until textures change

    // Settings.
    double hover_delay_ = 0.4;
    bool   shown_[5] = {true, true, true, true, true};
    bool   show_dates_ = false;  // years, dates and identifiers marked (quietly)
    bool   panel_open_ = false;

    // Interaction state.
    OverlayView      view_;
    bool             have_last_view_ = false;
    float            last_origin_x_ = 0, last_origin_y_ = 0;
    int              hover_candidate_ = -1;
    double           hover_since_ = 0;
    int              open_card_ = -1;
    bool             open_card_by_key_ = false;
    ScreenRect       open_card_rect_;
    std::vector<int> pinned_;
    int              focused_ = -1;
    int              reading_item_ = -1;
    std::uint32_t    reading_top_ = 0;   // first byte of the top visible line
    int              panel_scroll_to_ = -1;
    bool             help_open_ = false;
    // The legend of this frame (none while the panel is open or nothing is annotated).
    struct LegendEntry {
        AnnotationKind kind = AnnotationKind::Figure;
        bool           on = true;
        bool           dates = false;  // the "Dates & ids" entry (figures that are years, dates, identifiers)
        ScreenRect     shape, label;
    };
    struct LegendLayout {
        ScreenRect  box, keys;  // the whole legend; "? keys"
        LegendEntry entries[5];
        int         count = 0;  // 0: no legend
        bool        stacked = false;
        bool        over_text = false;  // in the view's corner, over the text: drawn after the marks
        ImFont*     font = nullptr;
        float       font_size = 0;
    };
    LegendLayout     legend_;
    bool             wants_mouse_ = false;
    bool             own_text_active_ = false;  // one of the overlay's text fields is being typed in
    ScreenRect       host_work_rect_;           // work area of the window draw() runs in (scrollbar excluded)
    ScreenRect       panel_rect_;
    unsigned         warned_ = 0;               // Warn* bits already logged
    char             window_suffix_[24] = {};   // "##<n>", unique per overlay
    PresenterState   present_;
    int              card_stage_ = -1;    // reveal stage of the card being drawn (-1: everything)
    float            card_scale_ = 1.0f;  // font scale of the card being drawn
    ByteRange        selection_;
    bool             note_editor_open_ = false;
    ByteRange        note_range_;
    char             note_buffer_[1024] = {};
    char             search_[128] = {};
    char             search_lower_[128] = {};

    // The side panel's list, one row per line (group, paragraph, item), rebuilt
    // when the set, the filters, the search or an open group change; drawn clipped.
    struct PanelRow {
        enum Type : std::uint8_t { Group, Paragraph, Orphans, Item } type;
        int value;  // Group: kind; Paragraph: paragraph index; Item: annotation index
    };
    std::vector<PanelRow> panel_rows_;
    std::vector<DocumentChapter> chapters_;
    bool                  panel_rows_stale_ = true;
    std::string           panel_rows_search_;
    bool                  group_open_[5] = {true, true, true, true, true};

    // Per-frame scratch (capacity kept).
    std::vector<int>         visible_;
    std::vector<ClickRegion> regions_, next_regions_;
    std::vector<ScreenRect>  blocking_, next_blocking_; // rectangles of overlay windows
    std::vector<int>         line_marks_;   // per visible line and kind: first annotation, or -1
    mutable std::vector<int> lookup_;
};

} // namespace gloss
