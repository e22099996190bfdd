// Gloss — the immutable strings annotations are made of (no ImGui).
//
// Index of this file:
// [SECTION] Text
// [SECTION] TextStore
//
// An analysis of a long article produces tens of thousands of annotations,
// most of whose words are shared: rule descriptions, check ids, messages, a
// glossary entry's definition repeated at every occurrence of its term. A
// `Text` is a view of a NUL-terminated string that lives either in static
// storage (a string literal) or in the `TextStore` of the AnnotationSet it
// belongs to, so copying an annotation never copies or allocates its words.
//
// Lifetime: a Text taken from an AnnotationSet is valid while that set, or
// any copy of it, is alive (copies share the store). Never point a Text at a
// temporary: only literals, Text::from_static() and TextStore::keep() make one.
#pragma once
#include <cstdint>
#include <cstring>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] Text
//-----------------------------------------------------------------------------

class Text {
public:
    constexpr Text() = default;                                 // ""
    template <std::size_t N>
    constexpr Text(const char (&literal)[N]) : data_(literal), size_(N - 1) {}  // NOLINT: literals convert implicitly
    static Text from_static(const char* nul_terminated);        // a C string in static storage (or a TextStore)

    const char*      c_str() const { return data_; }            // always NUL-terminated
    const char*      data() const { return data_; }
    std::size_t      size() const { return size_; }
    bool             empty() const { return size_ == 0; }
    char             operator[](std::size_t i) const { return data_[i]; }
    std::size_t      find(std::string_view s, std::size_t pos = 0) const { return view().find(s, pos); }  // npos when absent
    std::string_view view() const { return {data_, size_}; }
    std::string      str() const { return std::string(data_, size_); }
    operator std::string_view() const { return view(); }        // NOLINT: reads like a string
    operator std::string() const { return str(); }              // NOLINT: copies out, for code that keeps a std::string

    friend bool operator==(Text a, Text b) { return a.view() == b.view(); }
    friend bool operator!=(Text a, Text b) { return !(a == b); }
    friend bool operator==(Text a, std::string_view b) { return a.view() == b; }
    friend bool operator!=(Text a, std::string_view b) { return a.view() != b; }
    friend bool operator==(std::string_view a, Text b) { return a == b.view(); }
    friend bool operator!=(std::string_view a, Text b) { return a != b.view(); }
    friend bool operator==(Text a, const std::string& b) { return a.view() == b; }
    friend bool operator!=(Text a, const std::string& b) { return a.view() != b; }
    friend bool operator==(const std::string& a, Text b) { return a == b.view(); }
    friend bool operator!=(const std::string& a, Text b) { return a != b.view(); }
    friend bool operator==(Text a, const char* b) { return a.view() == b; }
    friend bool operator!=(Text a, const char* b) { return a.view() != b; }
    friend bool operator<(Text a, Text b) { return a.view() < b.view(); }

    friend std::string operator+(const std::string& a, Text b) { return std::string(a).append(b.data_, b.size_); }
    friend std::string operator+(std::string&& a, Text b) { return std::move(a.append(b.data_, b.size_)); }
    friend std::string operator+(const char* a, Text b) { return std::string(a).append(b.data_, b.size_); }
    friend std::string operator+(Text a, const std::string& b) { return a.str() + b; }
    friend std::string operator+(Text a, const char* b) { return a.str() + b; }
    friend std::string& operator+=(std::string& a, Text b) { return a.append(b.data_, b.size_); }
    friend std::ostream& operator<<(std::ostream& os, Text t) { return os << t.view(); }

private:
    constexpr Text(const char* data, std::uint32_t size) : data_(data), size_(size) {}
    friend class TextStore;

    const char*   data_ = "";
    std::uint32_t size_ = 0;
};

inline Text Text::from_static(const char* nul_terminated) {
    return nul_terminated ? Text(nul_terminated, static_cast<std::uint32_t>(std::strlen(nul_terminated))) : Text();
}

//-----------------------------------------------------------------------------
// [SECTION] TextStore
//-----------------------------------------------------------------------------

// Append-only storage for the Texts of one AnnotationSet: strings are copied
// into large blocks and never move or die before the store. Not thread-safe:
// one thread appends at a time (the one building or extending the set).
class TextStore {
public:
    TextStore() = default;
    TextStore(const TextStore&) = delete;
    TextStore& operator=(const TextStore&) = delete;

    // A Text with a copy of `s` (NUL-terminated), valid as long as the store.
    Text keep(std::string_view s);
    // Keeps `owner` alive as long as the store, so Texts may point into it
    // without a copy (e.g. the knowledge base's glossary strings).
    void retain(std::shared_ptr<const void> owner);
    // A Text viewing `s`, which must live in something retain()ed (or static storage).
    static Text borrow(const std::string& s) { return Text(s.c_str(), static_cast<std::uint32_t>(s.size())); }

    std::size_t bytes() const { return used_total_; }  // bytes copied in so far

private:
    std::vector<std::unique_ptr<char[]>> blocks_;
    std::vector<std::shared_ptr<const void>> owners_;
    char*       cursor_ = nullptr;
    std::size_t left_ = 0;
    std::size_t used_total_ = 0;
};

} // namespace gloss
