// Fuzz target: the reader's replay-script parser.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "script.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view source(reinterpret_cast<const char*>(data), size);
    std::vector<gloss_reader::ScriptAction> actions;
    std::string error;
    if (!gloss_reader::parse_script(source, "fuzz.script", &actions, &error) && error.empty()) std::abort();
    (void)gloss_reader::find_occurrence(source, "a", 3);
    return 0;
}
