/* Gloss plugin C ABI, version 1.3 (1.1 adds background analysis, opt-in; 1.2 renderer textures, optional;
 * 1.3 presenter mode ("gloss.presenter/1", its host extension, more keys), text laid out by
 * ImGui's own font, glyph ranges, the side panel's place, the document's links).
 *
 * Index of this file:
 * [SECTION] Versions, status codes, log levels
 * [SECTION] Geometry (document space)
 * [SECTION] Document and layout (host -> plugin)
 * [SECTION] Annotations (plugin -> host, for hosts drawing their own UI)
 * [SECTION] The host (host -> plugin callbacks)
 * [SECTION] The plugin instance
 * [SECTION] Extension "gloss.imgui-overlay/1"
 * [SECTION] Extension "gloss.notes/1"
 * [SECTION] Extension "gloss.presenter/1" (and the host's "gloss.presenter-host/1")
 * [SECTION] Entry: the only exported symbol
 *
 * Plain C11 (also valid C++17). No ImGui types: ImGuiContext* and ImFont*
 * travel as void*. No exceptions cross this wall; every function returns a
 * status or a documented sentinel. Strings are UTF-8; text offsets are UTF-8
 * byte offsets into the exact text given to set_document(). Every struct the
 * host fills starts with `struct_size` (= sizeof as compiled by the host) so
 * that later minor versions can append fields.
 *
 * Threads: unless a function says [thread-safe], call it on the host's main
 * (UI) thread only. Full reference and a minimal host: docs/plugin-abi.md.
 */
#ifndef GLOSS_PLUGIN_H
#define GLOSS_PLUGIN_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*-----------------------------------------------------------------------------
 * [SECTION] Versions, status codes, log levels
 *---------------------------------------------------------------------------*/

#define GLOSS_ABI_MAJOR 1u /* incompatible changes; host and plugin refuse another major */
#define GLOSS_ABI_MINOR 3u /* additions only: appended fields, new extensions. 1.1: gloss_document.flags,
                               gloss_plugin.analysis_pending and wait_analysis. 1.2: the texture functions
                               of gloss_imgui_binding. 1.3: "gloss.presenter/1", "gloss.presenter-host/1",
                               GLOSS_KEY_LEFT..GLOSS_KEY_BACKSPACE, GLOSS_THEME_PRESENT_*;
                               gloss_imgui_overlay.set_imgui_text_layout, glyph_ranges and panel_rect;
                               gloss_document.links and link_count */

/* Versioning policy. A host compiled against 1.x works with any 1.y plugin:
 * before calling a function appended in a later minor version it checks
 * GLOSS_HAS_MEMBER on the struct the plugin returned (or plugin->abi.minor);
 * the plugin reads a host struct's appended fields only when its struct_size
 * holds them. A new major version is refused by both sides with a log line. */

/* True when the struct at `ptr` (of type `type`, with struct_size first) is
 * large enough to hold `member`: how each side checks for appended fields. */
#define GLOSS_HAS_MEMBER(ptr, type, member) \
    ((ptr)->struct_size >= offsetof(type, member) + sizeof((ptr)->member))

typedef struct gloss_version {
    uint32_t major; /* GLOSS_ABI_MAJOR the side was compiled with */
    uint32_t minor; /* GLOSS_ABI_MINOR the side was compiled with */
    uint32_t patch; /* informational */
} gloss_version;

typedef int32_t gloss_status; /* 0 = ok, < 0 = error; never an exception */
enum {
    GLOSS_OK = 0,
    GLOSS_ERR_INVALID_ARG = -1, /* a NULL pointer, a wrong struct_size, an out-of-range offset */
    GLOSS_ERR_VERSION = -2,     /* ABI major or ImGui fingerprint mismatch */
    GLOSS_ERR_UNSUPPORTED = -3, /* feature not available in this build */
    GLOSS_ERR_INTERNAL = -4,    /* the plugin failed internally (logged); the instance stays usable */
    GLOSS_ERR_BAD_INPUT = -5,   /* input rejected (e.g. invalid UTF-8, inconsistent layout); previous state kept */
    GLOSS_ERR_STATE = -6,       /* call not valid now (no document, not attached) */
    GLOSS_ERR_RANGE = -7        /* index out of range */
};

enum {
    GLOSS_LOG_DEBUG = 0,
    GLOSS_LOG_INFO = 1,
    GLOSS_LOG_WARNING = 2,
    GLOSS_LOG_ERROR = 3,
    GLOSS_LOG_PLUGIN_MISBEHAVING = 4 /* the plugin caught its own bug */
};

/*-----------------------------------------------------------------------------
 * [SECTION] Geometry (document space)
 * Document space: float pixels of the host's current layout, origin at the
 * top-left of the laid-out text column, y down. Screen space: ImGui's
 * coordinates. screen = origin + doc * scale (see gloss_view).
 *---------------------------------------------------------------------------*/

typedef struct gloss_range { uint32_t begin, end; } gloss_range;       /* half-open byte range */
typedef struct gloss_rect { float x0, y0, x1, y1; } gloss_rect;        /* x0 <= x1, y0 <= y1 */

/*-----------------------------------------------------------------------------
 * [SECTION] Document and layout (host -> plugin)
 *---------------------------------------------------------------------------*/

/* gloss_document.flags (ABI 1.1). */
enum {
    GLOSS_DOCUMENT_BACKGROUND_ANALYSIS = 1u /* set_document() returns before the analysis: see set_document */
};

/* One link of the document (ABI 1.3): the bytes of its text and its address.
 * A citation that names no source but whose text is (or sits in) a link takes
 * the link's site as its source. */
typedef struct gloss_link {
    gloss_range range;   /* bytes of the link's text in gloss_document.text */
    const char *target;  /* NUL-terminated address ("https://example.org/page"); links with NULL are ignored */
} gloss_link;

/* The text to annotate. Borrowed: valid only during set_document(); the
 * plugin copies what it keeps (also with background analysis). */
typedef struct gloss_document {
    uint32_t    struct_size;   /* = sizeof(gloss_document); a 1.0 host's smaller size means flags = 0 */
    const char *text;          /* UTF-8, need not be NUL-terminated; may be NULL when text_len == 0 */
    uint32_t    text_len;      /* bytes */
    const char *metadata_json; /* NUL-terminated JSON object or NULL: {"title", "publication_date" (YYYY-MM-DD;
                                  "date" is read as the same key), "source_url", "publication", "source_path"
                                  (the document's file; the reader's classroom exports are written beside it),
                                  "chapters" (books: [{"title", "begin" (byte)}], listed in the side panel),
                                  "language" (BCP 47, e.g. "fr": a text not in English is not analysed, and
                                  says so in a warning)};
                                  unknown keys are ignored. A malformed or non-string date is logged (a warning)
                                  and ignored: the document still opens */
    const char *doc_id;        /* NUL-terminated stable id (path or hash) or NULL; names the notes sidecar */
    /* ABI 1.1 */
    uint32_t    flags;         /* GLOSS_DOCUMENT_* bits; 0 = 1.0 behaviour (analysis inside set_document) */
    /* ABI 1.3: a 1.2 host's smaller struct_size means no links */
    const gloss_link *links;   /* the document's links, in text order, or NULL; borrowed like text */
    uint32_t    link_count;    /* entries in links; a link outside the text is refused (INVALID_ARG) */
} gloss_document;

/* One laid-out line, as MuPDF's structured text gives it. */
typedef struct gloss_text_line {
    gloss_range range;        /* bytes of the document text shown on this line */
    gloss_rect  box;          /* line box, document space */
    float       baseline_y;   /* document space */
    uint32_t    first_caret;  /* index into gloss_layout.caret_x */
    uint32_t    caret_count;  /* one x per code-point boundary of [range.begin, range.end], end included */
} gloss_text_line;

/* The host's layout of the current document. Borrowed: valid only during
 * set_layout(); the plugin copies it. Lines are in reading order, y ascending. */
typedef struct gloss_layout {
    uint32_t               struct_size;   /* = sizeof(gloss_layout) */
    const gloss_text_line *lines;
    uint32_t               line_count;
    const float           *caret_x;       /* document-space x of each caret, line after line */
    uint32_t               caret_count;
    float                  content_width;  /* document space */
    float                  content_height; /* document space */
} gloss_layout;

/*-----------------------------------------------------------------------------
 * [SECTION] Annotations (plugin -> host, for hosts drawing their own UI)
 *---------------------------------------------------------------------------*/

enum {
    GLOSS_KIND_FIGURE = 0,
    GLOSS_KIND_SOURCE_CHECK = 1,
    GLOSS_KIND_DEFINITION = 2,
    GLOSS_KIND_CONFLICT = 3,
    GLOSS_KIND_NOTE = 4
};

/* Filled by get_annotation(). Every string is owned by the plugin, UTF-8,
 * NUL-terminated, and valid until the next set_document(), add_note() or
 * destroy() on that instance, or until a background analysis (1.1) is taken
 * over (see set_document). */
typedef struct gloss_annotation {
    uint32_t    struct_size; /* set by the caller: sizeof(gloss_annotation) */
    uint32_t    kind;        /* GLOSS_KIND_* */
    gloss_range range;       /* the annotated bytes */
    int32_t     paragraph;   /* 0-based paragraph of range.begin */
    const char *id;          /* stable within the document: "fig-3", "cite-1", ... */
    const char *title;       /* one line: "TEU — twenty-foot equivalent unit" */
    const char *body;        /* plain text, may contain '\n' */
    const char *rule;        /* the rule that raised it, in words; "" for notes */
} gloss_annotation;

/*-----------------------------------------------------------------------------
 * [SECTION] The host (host -> plugin callbacks)
 *---------------------------------------------------------------------------*/

/* Filled and owned by the host; must outlive the plugin instance created with it. */
typedef struct gloss_host {
    uint32_t      struct_size; /* = sizeof(gloss_host) */
    gloss_version abi;         /* = { GLOSS_ABI_MAJOR, GLOSS_ABI_MINOR, 0 } */
    void         *host_data;   /* for the host; the plugin never touches it */
    const char   *name;        /* host app name, may be NULL */
    const char   *version;     /* host app version, may be NULL */
    /* [thread-safe] One log line. severity: GLOSS_LOG_*. msg is borrowed for the call. May be NULL. */
    void (*log)(const struct gloss_host *host, int32_t severity, const char *msg);
    /* [thread-safe] Ask the host to draw another frame soon. May be NULL. */
    void (*request_redraw)(const struct gloss_host *host);
    /* [main-thread] Ask the host to scroll so that byte `offset` is in view (the
     * host decides how; it may do it on the next frame). May be NULL. */
    void (*scroll_to)(const struct gloss_host *host, uint32_t offset);
    /* [thread-safe] Host extensions by id ("gloss.presenter-host/1" since 1.3), or NULL. May be NULL. */
    const void *(*get_extension)(const struct gloss_host *host, const char *id);
} gloss_host;

/*-----------------------------------------------------------------------------
 * [SECTION] The plugin instance
 *---------------------------------------------------------------------------*/

/* Returned by gloss_entry.create(); owned by the plugin.
 * Lifetime: destroy(p) frees the instance, but the gloss_plugin table *p
 * itself stays readable until entry->deinit(): a late call through it (a
 * host's stale pointer) is refused with GLOSS_ERR_INVALID_ARG (false, 0 or
 * NULL) instead of touching freed memory; nothing is logged, since the
 * instance's host may be gone. After deinit() nothing of the module may be
 * used. The extension structs of get_extension() are static tables of the
 * module (valid until dlclose) and refuse a destroyed instance the same way. */
typedef struct gloss_plugin {
    uint32_t      struct_size; /* = sizeof(gloss_plugin) as compiled by the plugin */
    gloss_version abi;
    const char   *id;          /* "org.gloss.annotations" */
    const char   *name;        /* "Gloss" */
    const char   *version;     /* plugin version, "0.1.0" */
    void         *plugin_data; /* for the plugin; the host never touches it */

    /* [main-thread] Destroy the instance and everything it owns. Accepts NULL.
     * Detaches from ImGui first if still attached. */
    void (*destroy)(const struct gloss_plugin *p);

    /* [main-thread] Open or replace the document: copies the text, parses the
     * metadata, runs the analysis (synchronously), loads notes for doc_id.
     * Errors: INVALID_ARG (NULL p/doc, wrong struct_size, text NULL with
     * text_len > 0), BAD_INPUT (invalid UTF-8: the previous document is kept),
     * INTERNAL. Invalidates the layout: call set_layout() next.
     * With GLOSS_DOCUMENT_BACKGROUND_ANALYSIS in doc->flags (ABI 1.1): the
     * text is copied and checked here (BAD_INPUT at once, previous document
     * kept), the new text becomes the current document with no analysis
     * annotations yet (set_layout, notes and draw work on it), and the
     * analysis runs on a plugin thread; set_document returns without waiting.
     * When it finishes, that thread calls host->request_redraw, and the
     * main thread takes the annotations over at its next draw(),
     * handle_key(), annotation_count(), analysis_pending() or
     * wait_analysis() call; taking them over invalidates annotation indices
     * and strings like add_note() does, and keeps notes, layout and pinned
     * cards. A later set_document() supersedes a pending analysis (it is
     * cancelled and its result dropped); destroy() cancels the running
     * analysis and returns within milliseconds. An analysis that fails is
     * logged; the document then has only its notes. A metadata
     * publication_date that is no calendar day is logged and ignored. */
    gloss_status (*set_document)(const struct gloss_plugin *p, const gloss_document *doc);

    /* [main-thread] Give the layout of the current document (after
     * set_document, and whenever the host re-lays out: resize, zoom, font).
     * Copied. Errors: INVALID_ARG (NULL, struct_size), STATE (no document),
     * BAD_INPUT (a line range outside the text or not on code-point
     * boundaries, a caret span outside caret_x, caret_count not matching the
     * line's code points): the previous layout is kept. */
    gloss_status (*set_layout)(const struct gloss_plugin *p, const gloss_layout *layout);

    /* [main-thread] Number of annotations of the current document (0 when none or p is NULL). */
    uint32_t (*annotation_count)(const struct gloss_plugin *p);

    /* [main-thread] Fill *out with annotation `index`: the analysis' annotations in reading order, then notes.
     * out->struct_size must be set by the caller. Errors: INVALID_ARG, RANGE. */
    gloss_status (*get_annotation)(const struct gloss_plugin *p, uint32_t index, gloss_annotation *out);

    /* [main-thread] Index of the first annotation containing byte `offset`
     * into *out_index. Errors: INVALID_ARG, RANGE (none there). */
    gloss_status (*annotation_at)(const struct gloss_plugin *p, uint32_t offset, uint32_t *out_index);

    /* [main-thread] Tell the plugin the reader's current text selection
     * ({0,0} = none). Used by "add a note on the selection". Errors: INVALID_ARG. */
    gloss_status (*set_selection)(const struct gloss_plugin *p, gloss_range selection);

    /* [thread-safe] Plugin extension by id ("gloss.imgui-overlay/1",
     * "gloss.notes/1", "gloss.presenter/1" since 1.3), or NULL. The struct is a
     * static table of the module: valid until dlclose(), shared by every
     * instance (pass the instance to each of its functions). */
    const void *(*get_extension)(const struct gloss_plugin *p, const char *id);

    /* ABI 1.1: present when GLOSS_HAS_MEMBER(p, gloss_plugin, wait_analysis). */

    /* [main-thread] True while a background analysis of the current document
     * runs; when it has finished, its annotations are taken over first (see
     * set_document) and false is returned. False for NULL p. */
    bool (*analysis_pending)(const struct gloss_plugin *p);

    /* [main-thread] Block until the background analysis of the current
     * document (if any) has finished and take its annotations over; returns
     * at once when none is pending. For hosts that need a deterministic first
     * frame (tests, screenshots). Errors: INVALID_ARG. */
    gloss_status (*wait_analysis)(const struct gloss_plugin *p);
} gloss_plugin;

/*-----------------------------------------------------------------------------
 * [SECTION] Extension "gloss.imgui-overlay/1"
 * For hosts that draw with Dear ImGui: the plugin draws marks, gutter, cards,
 * the side panel and the legend into the host's ImGui frame.
 *---------------------------------------------------------------------------*/

#define GLOSS_EXT_IMGUI_OVERLAY "gloss.imgui-overlay/1"

/* What the host gives at attach(). Borrowed for the call; the context, the
 * allocator and the fonts must stay valid until detach(). */
typedef struct gloss_imgui_binding {
    uint32_t    struct_size;       /* = sizeof(gloss_imgui_binding) */
    const char *imgui_version;     /* IMGUI_VERSION of the host, "1.86" */
    int32_t     imgui_version_num; /* IMGUI_VERSION_NUM of the host, 18600 */
    /* The data-layout fingerprint of IMGUI_CHECKVERSION(), as compiled by the host: */
    uint32_t    sizeof_io, sizeof_style, sizeof_vec2, sizeof_vec4, sizeof_drawvert, sizeof_drawidx;
    void       *context;           /* ImGuiContext* (ImGui::GetCurrentContext()) */
    void     *(*alloc_func)(size_t size, void *user_data); /* ImGui::GetAllocatorFunctions() */
    void      (*free_func)(void *ptr, void *user_data);
    void       *alloc_user_data;
    void       *font_body;         /* ImFont* for the overlay's text (cards, panel) in the host's atlas: its UI
                                      font, a step smaller than the body text; NULL = ImGui's current font */
    void       *font_bold;         /* ImFont* of a bold face (drawn at font_body's size), or NULL = font_body.
                                      After the host rebuilds its atlas, it calls attach() again. */
    /* 1.2, optional (a 1.0/1.1 binding is shorter: none). Textures of the
     * host's renderer, so that a dashed or jagged underline and the density
     * strip are one quad each whatever their length; without them the overlay
     * draws them as triangles, whose cost on a software rasteriser grows
     * with their length. Both functions or neither.
     * [main-thread] create_texture is called only inside draw();
     * destroy_texture inside draw(), attach() (the textures made through the
     * binding it replaces), detach() and destroy(): the host's renderer must
     * be able to make and free textures there, as it can during a frame.
     * create_texture: a texture of width x height RGBA texels (`rgba`: rows
     * top to bottom, straight alpha, 8 bits a channel, borrowed for the call)
     * that the renderer samples with NEAREST filtering and REPEAT wrapping in
     * both directions; returns the ImTextureID to draw it with, or NULL when
     * it cannot (the plugin logs one warning and draws triangles until the
     * next attach). The plugin destroys every texture it made through the
     * binding that made it, by detach() or destroy() at the latest. */
    void     *(*create_texture)(void *user_data, int32_t width, int32_t height, const uint8_t *rgba);
    void      (*destroy_texture)(void *user_data, void *texture);
    void       *texture_user_data; /* passed to both, untouched */
} gloss_imgui_binding;

enum {
    GLOSS_THEME_LIGHT = 0,
    GLOSS_THEME_DARK = 1,
    GLOSS_THEME_PRESENT_LIGHT = 2, /* 1.3: the host's presentation theme, dark text on white */
    GLOSS_THEME_PRESENT_DARK = 3   /* 1.3: the host's presentation theme, light text on black */
};

/* Per frame. Borrowed for the draw() call. */
typedef struct gloss_view {
    uint32_t    struct_size;        /* = sizeof(gloss_view) */
    float       origin_x, origin_y; /* screen position of document point (0, 0) */
    float       scale;              /* screen = origin + doc * scale; 1 when the layout is at the zoom */
    float       visible_y0, visible_y1; /* visible part of the document, document space */
    gloss_range visible;            /* visible byte range */
    gloss_rect  clip;               /* screen rectangle the host draws the text in */
    float       gutter_x0, gutter_x1; /* screen x-extent of the margin for markers */
    float       dpi_scale;          /* 1 = 96 dpi */
    double      time;               /* seconds, monotonic (drives hover delays) */
    uint32_t    theme;              /* GLOSS_THEME_* */
} gloss_view;

/* Key events use the character the key produces (']', '?', 'n') when it
 * produces one, else a named key. */
enum {
    GLOSS_KEY_NONE = 0,
    GLOSS_KEY_ESCAPE = 1,
    GLOSS_KEY_ENTER = 2,
    GLOSS_KEY_TAB = 3,
    GLOSS_KEY_F2 = 4,
    GLOSS_KEY_UP = 5,
    GLOSS_KEY_DOWN = 6,
    /* 1.3: what presentation clickers send, and presenter mode's keys. A 1.2
     * plugin ignores them (not consumed). Space is the codepoint ' '. */
    GLOSS_KEY_LEFT = 7,
    GLOSS_KEY_RIGHT = 8,
    GLOSS_KEY_PAGE_UP = 9,
    GLOSS_KEY_PAGE_DOWN = 10,
    GLOSS_KEY_HOME = 11,
    GLOSS_KEY_END = 12,
    GLOSS_KEY_F5 = 13,
    GLOSS_KEY_BACKSPACE = 14
};
enum { GLOSS_MOD_SHIFT = 1, GLOSS_MOD_CTRL = 2, GLOSS_MOD_ALT = 4, GLOSS_MOD_SUPER = 8 };

typedef struct gloss_key_event {
    uint32_t struct_size; /* = sizeof(gloss_key_event) */
    uint32_t key;         /* GLOSS_KEY_*, or GLOSS_KEY_NONE when codepoint is set */
    uint32_t codepoint;   /* Unicode character produced, or 0 */
    uint32_t mods;        /* GLOSS_MOD_* bits */
} gloss_key_event;

/* ABI 1.3. One run of text as one ImGui text call draws it: bytes `range` of
 * the document, drawn from document point (x, y): the first line's top-left,
 * ImGui::GetCursorScreenPos() before the call less the view's origin (at
 * scale 1). A '\n' inside starts a new line, as in ImGui; with wrapping, a
 * line also ends where ImGui's word wrap ends it. Every line of a run starts
 * at x, line_height below the one before. */
typedef struct gloss_imgui_text_run {
    gloss_range range;
    float       x, y;
} gloss_imgui_text_run;

/* ABI 1.3. Borrowed for the call; the plugin keeps what it measured. */
typedef struct gloss_imgui_text_layout {
    uint32_t                    struct_size;  /* = sizeof(gloss_imgui_text_layout) */
    void                       *font;         /* ImFont* the text is drawn with (in the attached context's atlas) */
    float                       font_size;    /* pixels at scale 1: ImGui::GetFontSize() while drawing */
    float                       line_height;  /* distance between wrapped lines; <= 0: font_size, as ImGui */
    uint32_t                    wrap;         /* 1: lines wrap at wrap_x, as TextWrapped / PushTextWrapPos; 0: no wrapping */
    float                       wrap_x;       /* document x of the wrap edge (ImGui's wrap position less the view's origin):
                                                 a run wraps at width wrap_x - run.x */
    const gloss_imgui_text_run *runs;         /* in reading order, y ascending */
    uint32_t                    run_count;
    float                       content_width;  /* document space, for the density strip and panel */
    float                       content_height; /* document space */
} gloss_imgui_text_layout;

typedef struct gloss_imgui_overlay {
    uint32_t struct_size; /* = sizeof(gloss_imgui_overlay) as compiled by the plugin */

    /* [main-thread] Adopt the host's ImGui context. Compares the version and
     * every size in the fingerprint with the plugin's own; on any mismatch (or
     * NULL/short binding, NULL context or allocator) logs one line through
     * host->log and returns false, never asserting. On success sets the
     * plugin's ImGui allocator and current context. Calling attach again
     * replaces the binding. */
    bool (*attach)(const gloss_plugin *p, const gloss_imgui_binding *binding);

    /* [main-thread] Forget the context (plugin's current context := NULL).
     * Accepts NULL and unattached instances. */
    void (*detach)(const gloss_plugin *p);

    /* [main-thread] Draw this frame's overlay: between the host's NewFrame()
     * and Render(), while the host's text window is the current window (after
     * the text was drawn). Hover cards open only while that window (or a child
     * of it) is hovered: call draw() inside the window that shows the text,
     * not after its End() (the plugin logs once when the view's clip lies
     * outside the current window). The gutter needs at least 13 px at scale 1
     * (gutter_x1 - gutter_x0) for its markers; a narrower one is logged once
     * and draws none. view.visible, when not empty, bounds what is drawn. Marks, gutter, density strip and legend go into
     * that window's draw list (two draw commands; with the 1.2 texture
     * functions, one of them over the plugin's pattern texture); cards, the
     * panel, the help and the note editor are the plugin's own windows. Never calls
     * NewFrame/Render/backends, never adds fonts, leaves every ImGui stack as
     * it found it. Errors: INVALID_ARG, STATE (not attached: nothing drawn),
     * INTERNAL (logged). With no document or layout it draws nothing and
     * returns OK. */
    gloss_status (*draw)(const gloss_plugin *p, const gloss_view *view);

    /* [main-thread] A key press, before the host's own shortcuts. *consumed
     * is set true when the plugin used it (the host then ignores it). Keys:
     * ']'/'n' next, '['/'p' previous annotation, Enter open/pin card, Esc
     * close cards, Tab/F2 side panel, Up/Down previous/next annotation while
     * the panel is open, '?' shortcuts, 'a' add a note on the selection, 's'
     * add the focused annotation to the lesson path, F5 presenter mode (1.3).
     * While presenting (see "gloss.presenter/1"), Right/PageDown/Space/'n'
     * step forward, Left/PageUp/Backspace/'p' back, Home/End first/last step,
     * 'b'/'w' blank the projector (any key then brings it back), 'l' pointer,
     * 'h' highlighter, 'c' clear ink, 'r' guess first, Esc/F5 leave; Up/Down
     * and the wheel stay the host's.
     * Focus: the plugin takes every key the host hands over, whatever has
     * ImGui's keyboard focus (io.WantTextInput is not consulted: a focused
     * read-only text widget sets it too). The host decides: it does not call
     * handle_key while its own widget is typing (editable text); it does
     * while a read-only view of the document has focus. The only keys the
     * plugin declines are those that arrive while one of its own text fields
     * (the note editor, the panel's search) is being typed in.
     * Errors: INVALID_ARG, STATE. */
    gloss_status (*handle_key)(const gloss_plugin *p, const gloss_key_event *event, bool *consumed);

    /* [main-thread] True when the mouse is over a card, the panel or the
     * legend (the host then does not start a text selection there). */
    bool (*wants_mouse)(const gloss_plugin *p);

    /* [main-thread] Settings by name: "hover_delay_ms" (0..5000, default
     * "400"), "panel" ("0"/"1"), "show.figure" / "show.source_check" /
     * "show.definition" / "show.note" ("0"/"1"). Errors: INVALID_ARG
     * (unknown name or bad value). */
    gloss_status (*set_setting)(const gloss_plugin *p, const char *name, const char *value);

    /* ABI 1.3: present when GLOSS_HAS_MEMBER(ext, gloss_imgui_overlay, panel_rect). */

    /* [main-thread] Ready-made geometry, for hosts that draw the text with
     * ImGui's own font (TextUnformatted, TextWrapped, a text widget): instead
     * of measuring every character for set_layout(), give the runs of text,
     * the font and the wrap width; the plugin measures with that font exactly
     * as ImGui draws it (ImFont::CalcWordWrapPositionA, glyph advances, tabs)
     * and sets the layout. Same errors and rules as set_layout(). A host with
     * its own layout engine keeps calling set_layout(). Call again when the
     * font, its size, the wrap width or a run's origin changes. */
    gloss_status (*set_imgui_text_layout)(const gloss_plugin *p, const gloss_imgui_text_layout *layout);

    /* [any thread, no instance] The code-point ranges the overlay's cards use
     * beyond Latin-1 (≈ − → ⚠ • ▲ ◆ ● … and quotes): zero-terminated pairs
     * [first, last] of ImWchar, static. Add them to the font the host gives
     * as font_body/font_bold while it builds its atlas (ImFontGlyphRangesBuilder
     * ::AddRanges). Without them the overlay shows ASCII stand-ins ("~", "->")
     * and logs once which character was missing. */
    const uint16_t *(*glyph_ranges)(void);

    /* [main-thread] Where the side panel was drawn in the last frame, in
     * screen space, into *out; returns true when it is open. The panel docks
     * at the right edge of the work area of the window draw() is called in
     * (inside its scrollbar); a host that wants the text beside it, not
     * under it, narrows its layout by the panel's width. false (and *out
     * zeroed) when closed, NULL p or out. */
    bool (*panel_rect)(const gloss_plugin *p, gloss_rect *out);
} gloss_imgui_overlay;

/*-----------------------------------------------------------------------------
 * [SECTION] Extension "gloss.notes/1"
 * The reader's own notes, anchored to the text and kept beside the document.
 *---------------------------------------------------------------------------*/

#define GLOSS_EXT_NOTES "gloss.notes/1"

typedef struct gloss_notes {
    uint32_t struct_size; /* = sizeof(gloss_notes) as compiled by the plugin */

    /* [main-thread] Add a note on `range` of the current document with UTF-8
     * `text` (NUL-terminated, borrowed). The note appears among the
     * annotations (after the analysis' ones); when a sidecar was loaded or
     * saved, it is saved again at once. Errors: INVALID_ARG (NULL, empty,
     * out-of-text or UTF-8-splitting range), STATE (no document). */
    gloss_status (*add_note)(const gloss_plugin *p, gloss_range range, const char *text);

    /* [main-thread] Load notes from the sidecar file at `path` (NUL-terminated
     * UTF-8) and re-anchor them in the current document; orphans are kept and
     * listed. A missing file is an empty sidecar that later saves create.
     * Errors: INVALID_ARG, STATE, BAD_INPUT (unreadable or corrupt file:
     * current notes kept, the file is never overwritten). */
    gloss_status (*load)(const gloss_plugin *p, const char *path);

    /* [main-thread] Save every note to `path` (written atomically) and keep
     * saving there after each add_note(). Errors: INVALID_ARG, STATE,
     * INTERNAL (I/O; logged). */
    gloss_status (*save)(const gloss_plugin *p, const char *path);
} gloss_notes;

/*-----------------------------------------------------------------------------
 * [SECTION] Extension "gloss.presenter/1" (and the host's "gloss.presenter-host/1")
 * Presenter mode for teachers: a lesson path stepped through on a projector,
 * the step's paragraph spotlit and its card large, figures covered until
 * their step, a pointer and a highlighter, and a presenter view for the
 * teacher's screen. Needs "gloss.imgui-overlay/1" attached. The plugin asks
 * the host for what only the host can do (zoom, theme, smooth scrolling, a
 * second window) through the host extension below; a host without it still
 * gets presenter mode in its one window, at its own zoom and theme.
 *---------------------------------------------------------------------------*/

#define GLOSS_EXT_PRESENTER "gloss.presenter/1"
#define GLOSS_EXT_PRESENTER_HOST "gloss.presenter-host/1"

/* Lesson paths: ready-made ones from the analysis, and the teacher's own
 * (kept in the notes sidecar with the notes, re-anchored like them). */
enum {
    GLOSS_PATH_EVERYTHING = 0, /* every annotation in reading order (a term at its first use) */
    GLOSS_PATH_SOURCES = 1,    /* source checks and conflicts */
    GLOSS_PATH_FIGURES = 2,    /* figures (not dates or years), derived values, conflicts */
    GLOSS_PATH_NOTES = 3,      /* the notes in reading order; lost ones last, missing */
    GLOSS_PATH_OWN = 4         /* the teacher's own path */
};

enum { GLOSS_BLANK_NONE = 0, GLOSS_BLANK_BLACK = 1, GLOSS_BLANK_WHITE = 2 };

/* Filled by get_state(). The message is owned by the plugin and valid until
 * the next call into the plugin. */
typedef struct gloss_presenter_state {
    uint32_t    struct_size;  /* set by the caller: sizeof(gloss_presenter_state) */
    bool        presenting;
    bool        has_view;     /* the host shows a presenter view */
    uint32_t    path;         /* GLOSS_PATH_* */
    int32_t     step;         /* 0-based current step, -1 when the path is empty */
    uint32_t    step_count;
    uint32_t    stage;        /* reveal stage of the step, 0-based */
    uint32_t    stages;       /* reveal stages of the step: 2 for a derived value, 1 + members for a conflict */
    uint32_t    blank;        /* GLOSS_BLANK_* */
    const char *message;      /* "" or what the projector says now ("End of the path: ...") */
} gloss_presenter_state;

/* Filled by get_step(). Strings owned by the plugin, valid until the path
 * changes (set_path, add/remove/move/edit_step, a new document or notes). */
typedef struct gloss_lesson_step {
    uint32_t    struct_size;    /* set by the caller: sizeof(gloss_lesson_step) */
    const char *id;             /* the annotation's id, or the own step's id in the sidecar */
    int32_t     annotation;     /* index for get_annotation(), or -1 (a passage only, or missing) */
    gloss_range range;          /* the passage; {0,0} when missing */
    bool        missing;        /* own path: the passage is no longer in the text */
    const char *title;          /* the card's title, or the passage */
    const char *teacher_note;   /* own path: "" or the teacher's note (never drawn on the projector) */
    const char *question;       /* own path: "" or the question for the class */
} gloss_lesson_step;

typedef struct gloss_presenter {
    uint32_t struct_size; /* = sizeof(gloss_presenter) as compiled by the plugin */

    /* [main-thread] Enter presenter mode: asks the host (presenter-host
     * extension, when it has one) to zoom and switch theme, closes the panel
     * and cards, starts the path at step 0. Leave restores the panel and asks
     * the host to restore its scroll, zoom and theme. Both are idempotent.
     * Errors: INVALID_ARG, STATE (not attached or no document). */
    gloss_status (*enter)(const gloss_plugin *p);
    gloss_status (*leave)(const gloss_plugin *p);

    /* [main-thread] One press: direction > 0 forward (next reveal stage, else
     * next step), < 0 back. At either end nothing moves, the projector says
     * so, and RANGE is returned. go_to jumps to `step` (stage 0).
     * Errors: INVALID_ARG, STATE (not presenting), RANGE. */
    gloss_status (*step)(const gloss_plugin *p, int32_t direction);
    gloss_status (*go_to)(const gloss_plugin *p, uint32_t step);

    /* [main-thread] Errors: INVALID_ARG (NULL, struct_size). */
    gloss_status (*get_state)(const gloss_plugin *p, gloss_presenter_state *out);

    /* [main-thread] Choose the path (GLOSS_PATH_*); starts at its first step.
     * Errors: INVALID_ARG (unknown path). */
    gloss_status (*set_path)(const gloss_plugin *p, uint32_t path);
    /* [main-thread] Step `index` of the current path. Errors: INVALID_ARG, RANGE. */
    gloss_status (*get_step)(const gloss_plugin *p, uint32_t index, gloss_lesson_step *out);

    /* [main-thread] Edit the own path (saved at once when a notes sidecar is
     * open; see gloss.notes/1). add_step appends a step on `range` that shows
     * annotation `annotation` (-1: the passage only), with optional note and
     * question (NULL = ""); remove_step, move_step (by `delta` places) and
     * edit_step name a step by its id. Errors: INVALID_ARG (bad range or
     * annotation, unknown id), STATE (no document). */
    gloss_status (*add_step)(const gloss_plugin *p, gloss_range range, int32_t annotation, const char *teacher_note,
                             const char *question);
    gloss_status (*remove_step)(const gloss_plugin *p, const char *id);
    gloss_status (*move_step)(const gloss_plugin *p, const char *id, int32_t delta);
    gloss_status (*edit_step)(const gloss_plugin *p, const char *id, const char *teacher_note, const char *question);

    /* [main-thread] Settings: "theme" ("light"/"dark": the presentation theme
     * asked of the host), "reveal" ("0"/"1": guess first, default "1"),
     * "blank" ("none"/"black"/"white"). Errors: INVALID_ARG. */
    gloss_status (*set_setting)(const gloss_plugin *p, const char *name, const char *value);

    /* The presenter view, for a host that gives a second window with its own
     * ImGui context (the same ImGui build, allocator and fingerprint as the
     * main binding). attach_view: like gloss_imgui_overlay.attach, for that
     * context (its fonts; textures are not used); false on mismatch.
     * detach_view forgets it. draw_view: between NewFrame() and Render() of
     * that context, with that context current in the host; the plugin draws
     * one full-window window (the step's card, the teacher's note and
     * question, the next step, the step list, an elapsed-time clock) and
     * returns with the host's main context current in the plugin again.
     * Never calls NewFrame/Render. Errors: INVALID_ARG, STATE (no view
     * attached, or draw_view outside a frame). [main-thread] all three. */
    bool (*attach_view)(const gloss_plugin *p, const gloss_imgui_binding *binding);
    void (*detach_view)(const gloss_plugin *p);
    gloss_status (*draw_view)(const gloss_plugin *p);
} gloss_presenter;

/* What presenter mode asks of the host. Borrowed for the call. */
typedef struct gloss_presenter_request {
    uint32_t struct_size;    /* = sizeof(gloss_presenter_request) */
    bool     presenting;     /* true: entering; false: leaving */
    float    chars_per_line; /* entering: zoom so that a line holds about this many characters (50) */
    float    text_fraction;  /* ... in this fraction of the window's width; the rest holds the step's card */
    uint32_t theme;          /* entering: GLOSS_THEME_PRESENT_LIGHT or GLOSS_THEME_PRESENT_DARK */
    bool     want_view;      /* entering: a presenter view is wanted (a second window) */
} gloss_presenter_request;

/* The host's side, from gloss_host.get_extension(GLOSS_EXT_PRESENTER_HOST).
 * Owned by the host, valid while the plugin instance lives. */
typedef struct gloss_presenter_host {
    uint32_t struct_size; /* = sizeof(gloss_presenter_host) */
    /* [main-thread] Entering: remember the reader's scroll, zoom, theme,
     * then zoom and switch to the presentation theme as asked; open a
     * presenter view when wanted and possible. Leaving: close the view and
     * put scroll, zoom and theme back exactly. Returns true when a presenter
     * view is shown (the host then calls draw_view each frame). */
    bool (*present)(const gloss_host *host, const gloss_presenter_request *request);
    /* [main-thread] Scroll smoothly so that byte `offset` sits about a third
     * down the view (a step's paragraph). May be NULL: scroll_to is used. */
    void (*scroll_to_step)(const gloss_host *host, uint32_t offset);
} gloss_presenter_host;

/*-----------------------------------------------------------------------------
 * [SECTION] Entry: the only exported symbol
 * Host load sequence: dlopen(RTLD_NOW|RTLD_LOCAL); dlsym("gloss_entry");
 * refuse unless entry->abi.major == GLOSS_ABI_MAJOR; entry->init(path);
 * entry->create(&host); get_extension(GLOSS_EXT_IMGUI_OVERLAY)->attach().
 * Unload in reverse: detach, destroy, deinit, dlclose.
 *---------------------------------------------------------------------------*/

typedef struct gloss_entry_t {
    gloss_version abi; /* = { GLOSS_ABI_MAJOR, GLOSS_ABI_MINOR, patch } of the plugin */
    /* [main-thread] Fast, no UI; idempotent. plugin_path may be NULL. False = unusable module. */
    bool (*init)(const char *plugin_path);
    /* [main-thread] After the last destroy(). Balanced with init(). */
    void (*deinit)(void);
    /* [main-thread] A new instance bound to `host`, or NULL (logged through
     * host->log when host is usable) when host is NULL, its struct_size is too
     * small, or host->abi.major != GLOSS_ABI_MAJOR. */
    const gloss_plugin *(*create)(const gloss_host *host);
} gloss_entry_t;

#if defined(_WIN32)
#  define GLOSS_EXPORT __declspec(dllexport)
#else
#  define GLOSS_EXPORT __attribute__((visibility("default")))
#endif

/* The only exported symbol of a Gloss plugin module. */
GLOSS_EXPORT extern const gloss_entry_t gloss_entry;

#ifdef __cplusplus
}
#endif
#endif /* GLOSS_PLUGIN_H */
