// Gloss overlay (placeholder until the plugin issue lands).
#include <imgui.h>

namespace gloss {
// Compile-time guard: the overlay must match Debian's prebuilt libimgui.a layout.
static_assert(sizeof(ImWchar) == 2 && sizeof(ImDrawIdx) == 2, "imconfig.h must match the prebuilt libimgui.a");
} // namespace gloss
