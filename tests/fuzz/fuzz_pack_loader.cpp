// Fuzz target: a user knowledge pack (JSON) over the bundled ones, then a
// lookup. A bad pack is refused with a message, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "gloss/knowledge.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    gloss::KnowledgeBase kb(*gloss::KnowledgeBase::bundled());
    std::string error;
    if (!kb.add_pack_json(json, "fuzz.json", &error) && error.empty()) std::abort();  // a refusal says why
    kb.find_term("TEU");
    kb.find_source("Reuters");
    return 0;
}
