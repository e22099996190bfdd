// Fuzz target: Hypothesis (web annotation) JSON import, then export of what it kept.
#include <cstddef>
#include <cstdint>
#include <string>

#include "gloss/hypothesis.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const gloss::HypothesisImport in = gloss::hypothesis_import(std::string_view(reinterpret_cast<const char*>(data), size));
    (void)gloss::hypothesis_export(in.notes, "urn:x-fuzz");
    return 0;
}
