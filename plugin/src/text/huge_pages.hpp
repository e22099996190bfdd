// Gloss — a hint that a large, freshly reserved buffer be backed by transparent
// huge pages (Linux, when the system runs them in "madvise" mode). The analysis
// reserves a few large vectors (tokens, figures, the result: ~240 bytes per
// finding); their first touch otherwise costs one page fault per 4 KiB.
// Only a hint: no effect on behaviour, nothing on other systems.
#pragma once
#include <cstddef>
#include <cstdint>
#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace gloss {

// Advises huge pages for the 2 MiB-aligned interior of [p, p + bytes), when
// it holds at least one whole huge page.
inline void prefer_huge_pages(const void* p, std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;
    if (p == nullptr || bytes < kHuge) return;
    const std::uintptr_t at = reinterpret_cast<std::uintptr_t>(p);
    const std::uintptr_t begin = (at + kHuge - 1) & ~(kHuge - 1);
    const std::uintptr_t end = (at + bytes) & ~(kHuge - 1);
    if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)p;
    (void)bytes;
#endif
}

} // namespace gloss
