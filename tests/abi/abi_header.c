/* The plugin header compiled as C11 (-Wall -Wextra -pedantic): it must stay
 * plain C. The sizes are reported to the C++ tests, which check that C and
 * C++ compilers agree on every struct that crosses the wall. */
#include "gloss/gloss_plugin.h"

size_t gloss_c_sizeof(int which);
int gloss_c_has_flags(const gloss_document *doc);

/* GLOSS_HAS_MEMBER is usable from C. */
int gloss_c_has_flags(const gloss_document *doc) { return GLOSS_HAS_MEMBER(doc, gloss_document, flags) ? 1 : 0; }

size_t gloss_c_sizeof(int which) {
    switch (which) {
    case 0: return sizeof(gloss_document);
    case 1: return sizeof(gloss_layout);
    case 2: return sizeof(gloss_text_line);
    case 3: return sizeof(gloss_annotation);
    case 4: return sizeof(gloss_host);
    case 5: return sizeof(gloss_plugin);
    case 6: return sizeof(gloss_imgui_binding);
    case 7: return sizeof(gloss_view);
    case 8: return sizeof(gloss_key_event);
    case 9: return sizeof(gloss_imgui_overlay);
    case 10: return sizeof(gloss_notes);
    case 11: return sizeof(gloss_entry_t);
    case 12: return sizeof(gloss_presenter);
    case 13: return sizeof(gloss_presenter_state);
    case 14: return sizeof(gloss_lesson_step);
    case 15: return sizeof(gloss_presenter_request);
    case 16: return sizeof(gloss_presenter_host);
    case 17: return sizeof(gloss_imgui_text_run);
    case 18: return sizeof(gloss_imgui_text_layout);
    case 19: return sizeof(gloss_link);
    default: return 0;
    }
}
