/* Gloss plugin C ABI — placeholder entry until the plugin issue lands. */
#ifndef GLOSS_PLUGIN_H
#define GLOSS_PLUGIN_H
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GLOSS_ABI_MAJOR 0u
#define GLOSS_ABI_MINOR 1u

typedef struct gloss_version { uint32_t major, minor, patch; } gloss_version;

typedef struct gloss_entry_t {
    gloss_version abi; /* = { GLOSS_ABI_MAJOR, GLOSS_ABI_MINOR, 0 } */
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
