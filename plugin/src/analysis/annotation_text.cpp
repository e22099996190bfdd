// Gloss — storage for the strings of an AnnotationSet. See gloss/annotation_text.hpp.
#include "gloss/annotation_text.hpp"

#include <algorithm>

namespace gloss {

Text TextStore::keep(std::string_view s) {
    if (s.empty()) return Text();
    const std::size_t need = s.size() + 1;
    if (need > left_) {
        // Blocks grow with the store (64 KiB up to 1 MiB); a long string gets a block of its own size.
        const std::size_t block = std::max<std::size_t>(need, std::min<std::size_t>(std::size_t(1) << 20,
                                                                                  std::max<std::size_t>(64u << 10, used_total_ / 4)));
        blocks_.push_back(std::unique_ptr<char[]>(new char[block]));  // not zeroed: every byte handed out is written
        cursor_ = blocks_.back().get();
        left_ = block;
    }
    char* out = cursor_;
    std::memcpy(out, s.data(), s.size());
    out[s.size()] = '\0';
    cursor_ += need;
    left_ -= need;
    used_total_ += need;
    return Text(out, static_cast<std::uint32_t>(s.size()));
}

void TextStore::retain(std::shared_ptr<const void> owner) {
    if (!owner) return;
    for (const auto& o : owners_)
        if (o == owner) return;
    owners_.push_back(std::move(owner));
}

} // namespace gloss
