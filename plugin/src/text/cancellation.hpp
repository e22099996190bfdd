// Gloss — stopping an analysis that nobody wants any more (no ImGui).
//
// analyze_text() installs the caller's token (AnalyzeOptions::cancel) for the
// thread it runs on; the loops that walk the text (tokens, citations, figures,
// definitions) and the gaps between the stages call check_cancelled(), which
// throws AnalysisCancelled once the token is set. analyze_text() catches it
// and returns "analysis cancelled". A check costs a load of a thread-local
// pointer; loops check every kCancelStride steps, so a cancelled analysis
// stops within a few microseconds of work.
#pragma once
#include <atomic>
#include <cstddef>

namespace gloss {

struct AnalysisCancelled {};

constexpr std::size_t kCancelStride = 4096;

// The token of the analysis running on this thread (nullptr: none).
extern thread_local const std::atomic<bool>* analysis_cancel_token;

inline void check_cancelled() {
    const std::atomic<bool>* token = analysis_cancel_token;
    if (token && token->load(std::memory_order_relaxed)) throw AnalysisCancelled{};
}

// For loops: checks at every kCancelStride-th step.
inline void check_cancelled_at(std::size_t step) {
    if (step % kCancelStride == 0) check_cancelled();
}

// Installs a token for the current thread for the scope's lifetime.
class CancelScope {
public:
    explicit CancelScope(const std::atomic<bool>* token) : previous_(analysis_cancel_token) { analysis_cancel_token = token; }
    ~CancelScope() { analysis_cancel_token = previous_; }
    CancelScope(const CancelScope&) = delete;
    CancelScope& operator=(const CancelScope&) = delete;

private:
    const std::atomic<bool>* previous_;
};

} // namespace gloss
