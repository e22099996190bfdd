// Gloss plugin module: the exported C entry (placeholder until the plugin issue lands).
#include "gloss/gloss_plugin.h"

extern "C" GLOSS_EXPORT const gloss_entry_t gloss_entry = {{GLOSS_ABI_MAJOR, GLOSS_ABI_MINOR, 0}};
