// Fuzz target: the notes sidecar reader; what it accepts must survive a write
// and a second read unchanged (ids, quotes, texts).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "gloss/notes.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const gloss::SidecarParse p = gloss::sidecar_parse(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!p.status.ok) {
        if (p.status.message.empty() || !p.notes.empty()) std::abort();
        return 0;
    }
    const std::string again = gloss::sidecar_serialize(p.notes, "fuzz.txt");
    const gloss::SidecarParse q = gloss::sidecar_parse(again);
    if (!q.status.ok || q.notes.size() != p.notes.size()) std::abort();
    for (std::size_t i = 0; i < p.notes.size(); ++i)
        if (q.notes[i].id != p.notes[i].id || q.notes[i].quote.exact != p.notes[i].quote.exact ||
            q.notes[i].text != p.notes[i].text)
            std::abort();
    return 0;
}
