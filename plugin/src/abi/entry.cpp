// Gloss plugin module: the C ABI (gloss_plugin.h) over the analysis core and the overlay.
//
// Index of this file:
// [SECTION] Background analysis
// [SECTION] Instance
// [SECTION] Guards: every trampoline catches, checks and returns a status
// [SECTION] gloss_plugin functions
// [SECTION] Extension "gloss.imgui-overlay/1"
// [SECTION] Extension "gloss.notes/1"
// [SECTION] Extension "gloss.presenter/1"
// [SECTION] Entry
//
// Nothing here throws across the wall: each exported function pointer is a
// trampoline with try/catch that logs and returns GLOSS_ERR_INTERNAL.
//
// Threads: everything runs on the host's main thread except the background
// analysis (ABI 1.1), whose worker sees only its AnalysisJob and the host's
// [thread-safe] request_redraw; the main thread takes the result over.
#include <imgui.h>
#include <imgui_internal.h>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstring>
#include <exception>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "gloss/analyze.hpp"
#include "gloss/dates.hpp"
#include "gloss/classroom.hpp"
#include "gloss/gloss_plugin.h"
#include "gloss/lesson_path.hpp"
#include "gloss/notes.hpp"
#include "gloss/utf8.hpp"
#include "imgui_text_layout.hpp"
#include "overlay.hpp"

static_assert(sizeof(ImWchar) == 2 && sizeof(ImDrawIdx) == 2, "imconfig.h must match the prebuilt libimgui.a");

namespace {

using namespace gloss;

//-----------------------------------------------------------------------------
// [SECTION] Background analysis
//-----------------------------------------------------------------------------

// One analysis run off the main thread. The worker owns nothing else: it reads
// `text` and `options`, writes `result`, then sets `done` under the mutex.
struct AnalysisJob {
    std::string             text;    // the worker's own copy of the document
    AnalyzeOptions          options;
    std::mutex              mutex;
    std::condition_variable finished;
    bool                    done = false;   // guarded by mutex; `result` is the worker's until then
    AnalyzeResult           result;
    std::atomic<bool>       superseded{false}; // the main thread no longer wants the result
    std::atomic<bool>       cancel{false};     // options.cancel: the analysis stops at its next check
};

// The worker's body (also run inline when no thread can be started, host = NULL).
void run_analysis(const std::shared_ptr<AnalysisJob>& job, const gloss_host* host) {
    AnalyzeResult r;
    try {
        r = analyze_text(job->text, job->options);
    } catch (const std::bad_alloc&) {
        r = AnalyzeResult{};
        r.error = "out of memory";
    } catch (...) {
        r = AnalyzeResult{};
        r.error = "internal error";
    }
    {
        const std::lock_guard<std::mutex> lock(job->mutex);
        job->result = std::move(r);
        job->done = true;
    }
    job->finished.notify_all();
    if (host && host->request_redraw && !job->superseded.load()) host->request_redraw(host); // [thread-safe]
}

struct AnalysisWorker {
    std::shared_ptr<AnalysisJob> job;
    std::thread                  thread;
};

bool job_done(AnalysisJob& job) {
    const std::lock_guard<std::mutex> lock(job.mutex);
    return job.done;
}

//-----------------------------------------------------------------------------
// [SECTION] Instance
//-----------------------------------------------------------------------------

constexpr std::uint32_t kMagic = 0x474c5353u; // "GLSS"

// The texture functions of a 1.2 gloss_imgui_binding, as the overlay's RendererTextures.
struct BindingTextures final : RendererTextures {
    void* (*create)(void*, std::int32_t, std::int32_t, const std::uint8_t*) = nullptr;
    void  (*destroy)(void*, void*) = nullptr;
    void*  user_data = nullptr;
    void* create_texture(int width, int height, const std::uint8_t* rgba) override { return create(user_data, width, height, rgba); }
    void  destroy_texture(void* texture) override { destroy(user_data, texture); }
};

// The function tables of destroyed instances: kept, with plugin_data = NULL,
// until deinit(), so that a host's late call through a stale pointer is
// refused instead of reading freed memory.
std::mutex                                 g_retired_mutex;
std::vector<std::unique_ptr<gloss_plugin>> g_retired;

struct Instance final : OverlayHost, NoteSink, ClassroomSink, LessonPathSink {
    std::uint32_t      magic = kMagic;
    std::unique_ptr<gloss_plugin> desc_owner = std::make_unique<gloss_plugin>();
    gloss_plugin&      desc = *desc_owner;
    const gloss_host*  host = nullptr;
    BindingTextures    textures;             // declared before `overlay`, which destroys its textures through it
    Overlay            overlay{this};
    bool               has_document = false;
    bool               attached = false;
    ImGuiContext*      context = nullptr;
    AnnotationSet      analysis;             // what the analysis found
    NoteStore          store;                // the reader's notes on this document (sidecar-backed once loaded)
    std::vector<Annotation> notes;           // the store's notes placed on the current text
    std::string        title, publication_date, source_url, doc_id;
    std::string        source_path;          // the document's file, from the metadata ("" when the host gives none)
    std::string        publication;          // the publication line, from the metadata, for the classroom exports
    std::shared_ptr<AnalysisJob> job;        // the current document's background analysis, until taken over
    std::vector<AnalysisWorker>  workers;    // running or finished, not yet joined (superseded ones too)
    ImGuiContext*      view_context = nullptr;  // the host's presenter view (gloss.presenter/1), or NULL
    ImFont*            view_body = nullptr;
    ImFont*            view_bold = nullptr;

    ~Instance() { join_workers(); }

    // Join the workers whose analysis has ended (they only have the redraw call left).
    void reap_workers() {
        for (std::size_t i = 0; i < workers.size();) {
            if (job_done(*workers[i].job)) {
                if (workers[i].thread.joinable()) workers[i].thread.join();
                workers.erase(workers.begin() + static_cast<std::ptrdiff_t>(i));
            } else {
                ++i;
            }
        }
    }
    // Stop and wait for every worker (destroy): their results are dropped.
    // Cancelled first, all of them, then joined: each stops within a few
    // thousand tokens of work, so this returns in milliseconds whatever the
    // analysis was doing.
    void join_workers() {
        for (AnalysisWorker& w : workers) {
            w.job->superseded.store(true);
            w.job->cancel.store(true);
        }
        for (AnalysisWorker& w : workers)
            if (w.thread.joinable()) w.thread.join();
        workers.clear();
        job.reset();
    }
    // A newer document: the pending analysis' result will be dropped.
    void supersede_analysis() {
        if (job) {
            job->superseded.store(true);
            job->cancel.store(true);  // its thread stops soon and is joined by a later reap
        }
        job.reset();
        reap_workers();
    }
    // Take a finished background analysis over (main thread): its annotations, then the notes.
    void adopt_analysis() {
        if (!job || !job_done(*job)) return;
        AnalyzeResult r = std::move(job->result);
        job.reset();
        reap_workers();
        if (!r.ok) {
            log(GLOSS_LOG_ERROR, ("gloss: analysis failed: " + r.error + "; the document has no annotations but its notes").c_str());
            return;
        }
        for (const std::string& w : r.set.warnings) log(GLOSS_LOG_WARNING, ("gloss: " + w).c_str());
        analysis = std::move(r.set);
        publish();
    }
    void wait_analysis() {
        if (!job) return;
        {
            std::unique_lock<std::mutex> lock(job->mutex);
            job->finished.wait(lock, [&] { return job->done; });
        }
        adopt_analysis();
    }

    void log(int severity, const char* message) override {
        if (host && host->log) host->log(host, severity, message);
    }
    void scroll_to(std::uint32_t offset) override {
        if (host && host->scroll_to) host->scroll_to(host, offset);
    }
    void request_redraw() override {
        if (host && host->request_redraw) host->request_redraw(host);
    }
    const gloss_presenter_host* presenter_host() const {
        if (!host || !host->get_extension) return nullptr;
        const auto* ph = static_cast<const gloss_presenter_host*>(host->get_extension(host, GLOSS_EXT_PRESENTER_HOST));
        return ph && ph->struct_size >= offsetof(gloss_presenter_host, present) + sizeof(ph->present) && ph->present ? ph : nullptr;
    }
    bool present(const PresentRequest& r) override {
        const gloss_presenter_host* ph = presenter_host();
        if (!ph) return false;
        gloss_presenter_request rq{};
        rq.struct_size = sizeof rq;
        rq.presenting = r.presenting;
        rq.chars_per_line = r.chars_per_line;
        rq.text_fraction = r.text_fraction;
        rq.theme = r.dark ? GLOSS_THEME_PRESENT_DARK : GLOSS_THEME_PRESENT_LIGHT;
        rq.want_view = r.want_view;
        return ph->present(host, &rq);  // the view may be attached a frame later
    }
    void scroll_to_step(std::uint32_t offset) override {
        const gloss_presenter_host* ph = presenter_host();
        if (ph && GLOSS_HAS_MEMBER(ph, gloss_presenter_host, scroll_to_step) && ph->scroll_to_step) ph->scroll_to_step(host, offset);
        else scroll_to(offset);
    }

    // xdg-open, without a shell, not waited for (earlier ones are reaped
    // here once they have ended); only http(s) addresses.
    std::vector<pid_t> openers;
    void open_address(const char* address) override {
        if (overlay.presenting()) return;  // never on the projector
        openers.erase(std::remove_if(openers.begin(), openers.end(),
                                     [](pid_t p) { int st = 0; return waitpid(p, &st, WNOHANG) != 0; }),
                      openers.end());
        const std::string a = address ? address : "";
        if (a.compare(0, 7, "http://") != 0 && a.compare(0, 8, "https://") != 0) return;
        char* const argv[] = {const_cast<char*>("xdg-open"), const_cast<char*>(a.c_str()), nullptr};
        pid_t pid = 0;
        if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, argv, environ) != 0) {
            log(GLOSS_LOG_WARNING, ("gloss: could not run xdg-open for " + a).c_str());
            return;
        }
        openers.push_back(pid);
    }

    // Analysis annotations, then notes (indices inside the analysis set stay valid).
    void publish() {
        AnnotationSet merged = analysis;
        merged.items.insert(merged.items.end(), notes.begin(), notes.end());
        overlay.set_annotations(std::move(merged));
    }

    // Place the store's notes on the current text (orphans kept) and show
    // them. The lesson steps kept beside them are the own path, not notes.
    void place_notes() {
        const std::string& doc = overlay.text();
        const std::vector<Note> shown = notes_without_steps(store.notes());
        const std::vector<NotePlacement> placements = notes_resolve(shown, doc);
        notes = notes_to_annotations(shown, placements);
        for (Annotation& a : notes) { // paragraphs are separated by runs of newlines
            int para = 0;
            for (std::uint32_t i = 0; i < a.range.begin && i < doc.size(); ++i)
                if (doc[i] == '\n' && (i == 0 || doc[i - 1] != '\n')) ++para;
            a.paragraph = para;
        }
        publish();
    }

    bool add_note(ByteRange range, std::string_view text, std::string* error) override {
        NoteCreateResult made = note_create(overlay.text(), range, std::string(text));
        if (!made.ok) {
            *error = made.error;
            return false;
        }
        store.add(std::move(made.note));
        save_store();
        place_notes();
        return true;
    }

    // The handout or worksheet of the current document, written beside it.
    bool write_classroom(ClassroomExport what, std::string* message) override {
        const bool worksheet = what == ClassroomExport::Worksheet;
        const char* name = worksheet ? "Worksheet" : "Handout";
        if (!has_document || source_path.empty()) {
            *message = std::string(name) + " not written: the reader gave no file name for this document";
            return false;
        }
        ClassroomInput ci;
        ci.text = overlay.text();
        ci.set = &analysis;
        ci.title = title;
        ci.publication = publication;
        ci.source_url = source_url;
        ci.notes = classroom_notes(notes_without_steps(store.notes()), ci.text);
        for (const LessonStep& step : own_lesson_path(store.notes(), ci.text, analysis))  // the teacher's own path
            if (step.annotation >= 0) ci.lesson_path.push_back(analysis.items[static_cast<std::size_t>(step.annotation)].id);
        const std::string path = classroom_path_for(source_path, worksheet);
        std::string error;
        if (!write_classroom_file(path, worksheet ? write_worksheet(ci) : write_handout(ci), &error)) {
            *message = std::string(name) + " not written: " + error;
            return false;
        }
        *message = std::string(name) + " written to " + path;
        return true;
    }

    void save_store() {
        if (store.path().empty()) return;  // no sidecar open: kept in memory
        const SidecarStatus st = store.save();
        if (!st.ok) log(GLOSS_LOG_ERROR, ("gloss: " + st.message).c_str());
    }

    // LessonPathSink: the own path lives in the store beside the notes.
    std::vector<LessonStep> own_path() override { return own_lesson_path(store.notes(), overlay.text(), overlay.annotations()); }
    bool add_step(ByteRange range, int annotation, const std::string& teacher_note, const std::string& question,
                  std::string* error) override {
        const auto& items = overlay.annotations().items;
        if (annotation >= static_cast<int>(items.size())) {
            *error = "no such annotation";
            return false;
        }
        LessonStepFields f;
        for (const Note& n : store.notes()) {
            LessonStepFields g;
            if (lesson_step_fields(n, &g)) f.position = std::max(f.position, g.position + 1);
        }
        if (annotation >= 0) {
            f.has_kind = true;
            f.kind = items[static_cast<std::size_t>(annotation)].kind;
        }
        f.question = question;
        NoteCreateResult made = lesson_step_create(overlay.text(), range, f, teacher_note);
        if (!made.ok) {
            *error = made.error;
            return false;
        }
        store.add(std::move(made.note));
        save_store();
        return true;
    }
    bool remove_step(const std::string& id) override {
        const Note* n = store.find(id);
        if (!n || !note_is_lesson_step(*n) || !store.remove(id)) return false;
        save_store();
        return true;
    }
    bool move_step(const std::string& id, int delta) override {
        const Note* n = store.find(id);
        if (!n || !note_is_lesson_step(*n)) return false;
        for (const Note& changed : own_path_moved(store.notes(), id, delta)) store.update(changed);
        save_store();
        return true;
    }
    bool edit_step(const std::string& id, const std::string& teacher_note, const std::string& question) override {
        const Note* found = store.find(id);
        LessonStepFields f;
        if (!found || !lesson_step_fields(*found, &f)) return false;
        Note n = *found;
        n.text = teacher_note;
        f.question = question;
        set_lesson_step_fields(&n, f);
        store.update(n);
        save_store();
        return true;
    }
};

Instance* instance_of(const gloss_plugin* p) {
    if (!p || !p->plugin_data) return nullptr;
    auto* in = static_cast<Instance*>(p->plugin_data);
    return in->magic == kMagic ? in : nullptr;
}

//-----------------------------------------------------------------------------
// [SECTION] Guards: every trampoline catches, checks and returns a status
//-----------------------------------------------------------------------------

template <class F>
gloss_status guarded(const gloss_plugin* p, const char* what, F&& body) {
    Instance* in = instance_of(p);
    if (!in) return GLOSS_ERR_INVALID_ARG;
    try {
        return body(*in);
    } catch (const std::bad_alloc&) {
        in->log(GLOSS_LOG_ERROR, (std::string("gloss: out of memory in ") + what).c_str());
    } catch (const std::exception& e) {
        in->log(GLOSS_LOG_PLUGIN_MISBEHAVING, (std::string("gloss: ") + what + ": " + e.what()).c_str());
    } catch (...) {
        in->log(GLOSS_LOG_PLUGIN_MISBEHAVING, (std::string("gloss: ") + what + ": unknown exception").c_str());
    }
    return GLOSS_ERR_INTERNAL;
}

// An INVALID_ARG refusal, logged as one line that names the call and the fix.
gloss_status refuse(Instance& in, const char* call, const std::string& fix) {
    in.log(GLOSS_LOG_ERROR, (std::string("gloss: ") + call + " refused (INVALID_ARG): " + fix).c_str());
    return GLOSS_ERR_INVALID_ARG;
}

// "struct_size N is smaller than sizeof(T) M: set struct_size = sizeof(T)", or "NULL T".
std::string size_fix(const char* type, const void* ptr, std::uint32_t size, std::size_t need) {
    if (!ptr) return std::string("NULL ") + type;
    return std::string(type) + ".struct_size " + std::to_string(size) + " is smaller than " + std::to_string(need) +
           ": set struct_size = sizeof(" + type + ")";
}

// A publication date given in the metadata, checked; "" (with a warning) when malformed.
std::string checked_date(Instance& in, const nlohmann::json& meta) {
    for (const char* key : {"publication_date", "date"}) {
        const auto it = meta.find(key);
        if (it == meta.end() || it->is_null()) continue;
        if (!it->is_string()) {
            in.log(GLOSS_LOG_WARNING, (std::string("gloss: metadata \"") + key + "\" is " + it->type_name() +
                                       ", not a \"YYYY-MM-DD\" string; ignored (the date is inferred from the text)").c_str());
            continue;
        }
        const std::string d = it->get<std::string>();
        CalendarDate day;
        if (!parse_iso_day(d, &day)) {
            in.log(GLOSS_LOG_WARNING, (std::string("gloss: metadata \"") + key + "\" = \"" + d +
                                       "\" is not a valid YYYY-MM-DD date; ignored (the date is inferred from the text)").c_str());
            continue;
        }
        return d;
    }
    return std::string();
}

//-----------------------------------------------------------------------------
// [SECTION] gloss_plugin functions
//-----------------------------------------------------------------------------

void plugin_destroy(const gloss_plugin* p) {
    Instance* in = instance_of(p);
    if (!in) return;
    try {
        if (in->attached) ImGui::SetCurrentContext(nullptr);
        in->magic = 0;
        std::unique_ptr<gloss_plugin> table = std::move(in->desc_owner);
        table->plugin_data = nullptr;
        delete in;
        const std::lock_guard<std::mutex> lock(g_retired_mutex);
        g_retired.push_back(std::move(table));
    } catch (...) {
    }
}

// The metadata's "chapters": [{"title": "...", "begin": BYTE}, ...] (books). An
// entry that is not an object with a UTF-8 string title and a begin inside the
// text is skipped with one warning; at most kMaxChapters are kept.
std::vector<DocumentChapter> chapters_from_metadata(Instance& in, const char* metadata_json, std::size_t text_size) {
    constexpr std::size_t kMaxChapters = 10000;
    std::vector<DocumentChapter> out;
    const nlohmann::json meta = nlohmann::json::parse(metadata_json, nullptr, false);
    if (!meta.is_object()) return out;
    const auto list = meta.find("chapters");
    if (list == meta.end()) return out;
    if (!list->is_array()) {
        in.log(GLOSS_LOG_WARNING, "gloss: metadata \"chapters\" is not an array of {\"title\", \"begin\"}; ignored");
        return out;
    }
    std::size_t skipped = 0;
    for (const nlohmann::json& c : *list) {
        const auto title = c.is_object() ? c.find("title") : c.end();
        const auto begin = c.is_object() ? c.find("begin") : c.end();
        const bool ok = c.is_object() && title != c.end() && title->is_string() && begin != c.end() &&
                        begin->is_number_unsigned() && begin->get<std::uint64_t>() <= text_size &&
                        utf8_validate(title->get_ref<const std::string&>()).ok && out.size() < kMaxChapters;
        if (!ok) { ++skipped; continue; }
        out.push_back({title->get<std::string>(), static_cast<std::uint32_t>(begin->get<std::uint64_t>())});
    }
    if (skipped)
        in.log(GLOSS_LOG_WARNING, ("gloss: " + std::to_string(skipped) + " of " + std::to_string(list->size()) +
                                   " metadata chapters skipped (each needs a UTF-8 \"title\" and a \"begin\" byte inside "
                                   "the text; at most " + std::to_string(kMaxChapters) + ")").c_str());
    return out;
}

// The document part every set_document() replaces once the text is accepted.
void replace_document(Instance& in, std::string_view text, const gloss_document& doc, std::string title, std::string date,
                      std::string url, AnnotationSet analysis) {
    in.title = std::move(title);
    in.publication_date = std::move(date);
    in.source_url = std::move(url);
    in.doc_id = doc.doc_id ? doc.doc_id : "";
    in.source_path.clear();  // for the classroom exports, written beside the document
    in.publication.clear();
    if (doc.metadata_json && *doc.metadata_json) {
        const nlohmann::json meta = nlohmann::json::parse(doc.metadata_json, nullptr, false);
        for (auto [key, out] : {std::pair<const char*, std::string*>{"source_path", &in.source_path}, {"publication", &in.publication}}) {
            const auto it = meta.is_object() ? meta.find(key) : meta.end();
            if (meta.is_object() && it != meta.end() && it->is_string() && utf8_validate(it->get<std::string>()).ok) *out = it->get<std::string>();
        }
    }
    in.analysis = std::move(analysis);
    in.notes.clear();
    in.store = NoteStore();
    in.overlay.set_document(std::string(text), in.analysis);
    if (doc.metadata_json && *doc.metadata_json) in.overlay.set_chapters(chapters_from_metadata(in, doc.metadata_json, text.size()));
    in.has_document = true;
}

gloss_status plugin_set_document(const gloss_plugin* p, const gloss_document* doc) {
    return guarded(p, "set_document", [&](Instance& in) -> gloss_status {
        // ABI 1.0 hosts give the struct without `flags`.
        if (!doc || doc->struct_size < offsetof(gloss_document, flags))
            return refuse(in, "set_document", size_fix("gloss_document", doc, doc ? doc->struct_size : 0, offsetof(gloss_document, flags)));
        if (!doc->text && doc->text_len > 0) return refuse(in, "set_document", "text is NULL but text_len > 0");
        const std::uint32_t flags = GLOSS_HAS_MEMBER(doc, gloss_document, flags) ? doc->flags : 0u;
        const std::string_view text(doc->text ? doc->text : "", doc->text_len);
        const Utf8Check check = utf8_validate(text);
        if (!check.ok) {
            in.log(GLOSS_LOG_ERROR, ("gloss: document refused: invalid UTF-8 at byte " + std::to_string(check.error_offset) +
                                     "; the previous document is kept").c_str());
            return GLOSS_ERR_BAD_INPUT;
        }
        std::string title, date, url, language;
        if (doc->metadata_json && *doc->metadata_json) {
            const nlohmann::json meta = nlohmann::json::parse(doc->metadata_json, nullptr, false);
            if (meta.is_discarded() || !meta.is_object()) {
                in.log(GLOSS_LOG_WARNING, "gloss: document metadata is not a JSON object; ignored");
            } else {
                auto str = [&](const char* key) {
                    const auto it = meta.find(key);
                    return it != meta.end() && it->is_string() ? it->get<std::string>() : std::string();
                };
                title = str("title");
                date = checked_date(in, meta);
                url = str("source_url");
                language = str("language");
            }
        }
        if (!date.empty()) {
            // Like malformed metadata, a bad date only warns: the document opens, its date inferred from the text.
            CalendarDate day;
            if (!parse_iso_day(date, &day)) {
                in.log(GLOSS_LOG_WARNING, ("gloss: metadata publication_date \"" + date +
                                           "\" is not a calendar day (expected YYYY-MM-DD); ignored, the date is "
                                           "inferred from the text").c_str());
                date.clear();
            }
        }
        AnalyzeOptions options;
        options.publication_date = date;
        options.language = language;
        if (GLOSS_HAS_MEMBER(doc, gloss_document, link_count) && doc->link_count > 0) {
            if (!doc->links) return GLOSS_ERR_INVALID_ARG;
            for (std::uint32_t i = 0; i < doc->link_count; ++i) {
                const gloss_link& l = doc->links[i];
                if (l.range.begin > l.range.end || l.range.end > text.size()) return GLOSS_ERR_INVALID_ARG;
                if (l.target) options.links.push_back({{l.range.begin, l.range.end}, l.target});
            }
            std::stable_sort(options.links.begin(), options.links.end(),
                             [](const DocumentLink& a, const DocumentLink& b) { return a.range.begin < b.range.begin; });
        }

        if (flags & GLOSS_DOCUMENT_BACKGROUND_ANALYSIS) {
            auto job = std::make_shared<AnalysisJob>();
            job->text.assign(text);
            job->options = std::move(options);
            job->options.cancel = &job->cancel;
            in.workers.reserve(in.workers.size() + 1); // no throw between starting the thread and keeping it
            std::thread thread;
            try {
                thread = std::thread(run_analysis, job, in.host);
            } catch (const std::system_error& e) {
                in.log(GLOSS_LOG_WARNING, (std::string("gloss: no analysis thread (") + e.what() + "); analysing now").c_str());
            }
            const bool background = thread.joinable();
            if (background) in.workers.push_back(AnalysisWorker{job, std::move(thread)});
            in.supersede_analysis();
            replace_document(in, text, *doc, std::move(title), std::move(date), std::move(url), AnnotationSet{});
            in.job = job;
            if (!background) {
                run_analysis(job, nullptr);
                in.adopt_analysis();
            }
            in.request_redraw();
            return GLOSS_OK;
        }

        AnalyzeResult result = analyze_text(text, options);
        if (!result.ok) {
            in.log(GLOSS_LOG_ERROR, ("gloss: analysis failed: " + result.error + "; the previous document is kept").c_str());
            return GLOSS_ERR_BAD_INPUT;
        }
        for (const std::string& w : result.set.warnings) in.log(GLOSS_LOG_WARNING, ("gloss: " + w).c_str());
        in.supersede_analysis();
        replace_document(in, text, *doc, std::move(title), std::move(date), std::move(url), std::move(result.set));
        in.request_redraw();
        return GLOSS_OK;
    });
}

gloss_status plugin_set_layout(const gloss_plugin* p, const gloss_layout* layout) {
    return guarded(p, "set_layout", [&](Instance& in) -> gloss_status {
        if (!layout || layout->struct_size < sizeof(gloss_layout))
            return refuse(in, "set_layout", size_fix("gloss_layout", layout, layout ? layout->struct_size : 0, sizeof(gloss_layout)));
        if ((!layout->lines && layout->line_count) || (!layout->caret_x && layout->caret_count))
            return refuse(in, "set_layout", "lines or caret_x is NULL with a non-zero count");
        if (!in.has_document) return GLOSS_ERR_STATE;
        std::vector<TextLine> lines(layout->line_count);
        for (std::uint32_t i = 0; i < layout->line_count; ++i) {
            const gloss_text_line& l = layout->lines[i];
            lines[i] = TextLine{l.range.begin, l.range.end, DocRect{l.box.x0, l.box.y0, l.box.x1, l.box.y1}, l.baseline_y,
                                l.first_caret, l.caret_count};
        }
        std::vector<float> carets(layout->caret_x, layout->caret_x + layout->caret_count);
        std::string error;
        if (!in.overlay.set_layout(std::move(lines), std::move(carets), layout->content_width, layout->content_height, &error)) {
            in.log(GLOSS_LOG_ERROR, ("gloss: layout refused: " + error).c_str());
            return GLOSS_ERR_BAD_INPUT;
        }
        return GLOSS_OK;
    });
}

// Take a finished background analysis over; false when that failed (logged).
bool adopt_guarded(Instance& in) {
    return guarded(&in.desc, "taking the analysis over", [](Instance& i) -> gloss_status {
               i.adopt_analysis();
               return GLOSS_OK;
           }) == GLOSS_OK;
}

uint32_t plugin_annotation_count(const gloss_plugin* p) {
    Instance* in = instance_of(p);
    if (!in) return 0u;
    adopt_guarded(*in);
    return static_cast<uint32_t>(in->overlay.annotations().items.size());
}

bool plugin_analysis_pending(const gloss_plugin* p) {
    Instance* in = instance_of(p);
    if (!in) return false;
    adopt_guarded(*in);
    return in->job != nullptr;
}

gloss_status plugin_wait_analysis(const gloss_plugin* p) {
    return guarded(p, "wait_analysis", [](Instance& in) -> gloss_status {
        in.wait_analysis();
        return GLOSS_OK;
    });
}

gloss_status plugin_get_annotation(const gloss_plugin* p, uint32_t index, gloss_annotation* out) {
    return guarded(p, "get_annotation", [&](Instance& in) -> gloss_status {
        if (!out || out->struct_size < sizeof(gloss_annotation))
            return refuse(in, "get_annotation", size_fix("gloss_annotation", out, out ? out->struct_size : 0, sizeof(gloss_annotation)));
        const auto& items = in.overlay.annotations().items;
        if (index >= items.size()) return GLOSS_ERR_RANGE;
        const Annotation& a = items[index];
        const CardContent& c = in.overlay.card(static_cast<int>(index));
        out->kind = static_cast<uint32_t>(a.kind);
        out->range = gloss_range{a.range.begin, a.range.end};
        out->paragraph = a.paragraph;
        out->id = a.id.c_str();
        out->title = c.title.c_str();
        out->body = c.body.c_str();
        out->rule = a.rule.c_str();
        return GLOSS_OK;
    });
}

gloss_status plugin_annotation_at(const gloss_plugin* p, uint32_t offset, uint32_t* out_index) {
    return guarded(p, "annotation_at", [&](Instance& in) -> gloss_status {
        if (!out_index) return refuse(in, "annotation_at", "out_index is NULL");
        const int i = in.overlay.annotation_at(offset);
        if (i < 0) return GLOSS_ERR_RANGE;
        *out_index = static_cast<uint32_t>(i);
        return GLOSS_OK;
    });
}

gloss_status plugin_set_selection(const gloss_plugin* p, gloss_range selection) {
    return guarded(p, "set_selection", [&](Instance& in) -> gloss_status {
        if (selection.end < selection.begin || selection.end > in.overlay.text().size())
            return refuse(in, "set_selection", "range [" + std::to_string(selection.begin) + ", " + std::to_string(selection.end) +
                                                   ") is not inside the text (" + std::to_string(in.overlay.text().size()) + " bytes)");
        in.overlay.set_selection(ByteRange{selection.begin, selection.end});
        return GLOSS_OK;
    });
}

//-----------------------------------------------------------------------------
// [SECTION] Extension "gloss.imgui-overlay/1"
//-----------------------------------------------------------------------------

// One line naming every difference between the host's ImGui and ours.
std::string fingerprint_mismatch(const gloss_imgui_binding& b) {
    std::string diff;
    auto check = [&](const char* what, unsigned long host, unsigned long ours) {
        if (host != ours) diff += std::string(diff.empty() ? "" : ", ") + what + " " + std::to_string(host) + " (plugin " + std::to_string(ours) + ")";
    };
    check("IMGUI_VERSION_NUM", static_cast<unsigned long>(b.imgui_version_num), IMGUI_VERSION_NUM);
    if (!b.imgui_version || std::strcmp(b.imgui_version, IMGUI_VERSION) != 0)
        diff += std::string(diff.empty() ? "" : ", ") + "IMGUI_VERSION \"" + (b.imgui_version ? b.imgui_version : "(null)") +
                "\" (plugin \"" IMGUI_VERSION "\")";
    check("sizeof(ImGuiIO)", b.sizeof_io, sizeof(ImGuiIO));
    check("sizeof(ImGuiStyle)", b.sizeof_style, sizeof(ImGuiStyle));
    check("sizeof(ImVec2)", b.sizeof_vec2, sizeof(ImVec2));
    check("sizeof(ImVec4)", b.sizeof_vec4, sizeof(ImVec4));
    check("sizeof(ImDrawVert)", b.sizeof_drawvert, sizeof(ImDrawVert));
    check("sizeof(ImDrawIdx)", b.sizeof_drawidx, sizeof(ImDrawIdx));
    return diff;
}

bool overlay_attach(const gloss_plugin* p, const gloss_imgui_binding* b) {
    const gloss_status st = guarded(p, "attach", [&](Instance& in) -> gloss_status {
        if (!b || b->struct_size < offsetof(gloss_imgui_binding, font_bold) + sizeof(b->font_bold)) {
            in.log(GLOSS_LOG_ERROR, "gloss: ImGui binding refused: NULL or too small (struct_size)");
            return GLOSS_ERR_INVALID_ARG;
        }
        const std::string diff = fingerprint_mismatch(*b);
        if (!diff.empty()) {
            in.log(GLOSS_LOG_ERROR, ("gloss: ImGui binding refused: host has " + diff).c_str());
            return GLOSS_ERR_VERSION;
        }
        if (!b->context || !b->alloc_func || !b->free_func) {
            in.log(GLOSS_LOG_ERROR, "gloss: ImGui binding refused: NULL context or allocator");
            return GLOSS_ERR_INVALID_ARG;
        }
        ImGui::SetAllocatorFunctions(b->alloc_func, b->free_func, b->alloc_user_data);
        ImGui::SetCurrentContext(static_cast<ImGuiContext*>(b->context));
        in.context = static_cast<ImGuiContext*>(b->context);
        ImFont* body = static_cast<ImFont*>(b->font_body);
        ImFont* bold = b->font_bold ? static_cast<ImFont*>(b->font_bold) : body;
        in.overlay.set_fonts(body, bold);
        in.overlay.set_renderer_textures(nullptr);  // textures of the binding this one replaces
        in.textures.create = nullptr;
        in.textures.destroy = nullptr;
        in.textures.user_data = nullptr;
        const bool has_texture_fields = GLOSS_HAS_MEMBER(b, gloss_imgui_binding, texture_user_data);
        if (has_texture_fields && (!b->create_texture) != (!b->destroy_texture))
            in.log(GLOSS_LOG_WARNING, b->create_texture
                                          ? "gloss: ImGui binding has create_texture but no destroy_texture; textures not used "
                                            "(marks drawn as triangles): give both functions or neither"
                                          : "gloss: ImGui binding has destroy_texture but no create_texture; textures not used: "
                                            "give both functions or neither");
        if (has_texture_fields && b->create_texture && b->destroy_texture) {
            in.textures.create = b->create_texture;
            in.textures.destroy = b->destroy_texture;
            in.textures.user_data = b->texture_user_data;
            in.overlay.set_renderer_textures(&in.textures);
        }
        in.attached = true;
        return GLOSS_OK;
    });
    return st == GLOSS_OK;
}

void overlay_detach(const gloss_plugin* p) {
    guarded(p, "detach", [&](Instance& in) -> gloss_status {
        if (in.attached) ImGui::SetCurrentContext(nullptr);
        in.attached = false;
        in.context = nullptr;
        in.overlay.set_fonts(nullptr, nullptr);
        in.overlay.set_renderer_textures(nullptr);
        return GLOSS_OK;
    });
}

// The sizes of ImGui's stacks that draw() must leave as it found them.
struct StackSizes {
    int windows, colors, vars, fonts, ids, groups, popups;
    static StackSizes now() {
        ImGuiContext& g = *GImGui;
        return {g.CurrentWindowStack.Size, g.ColorStack.Size, g.StyleVarStack.Size, g.FontStack.Size,
                g.CurrentWindow ? g.CurrentWindow->IDStack.Size : 0, g.GroupStack.Size, g.BeginPopupStack.Size};
    }
    bool operator==(const StackSizes& o) const {
        return windows == o.windows && colors == o.colors && vars == o.vars && fonts == o.fonts && ids == o.ids &&
               groups == o.groups && popups == o.popups;
    }
};

gloss_status overlay_draw(const gloss_plugin* p, const gloss_view* v) {
    return guarded(p, "draw", [&](Instance& in) -> gloss_status {
        if (!v || v->struct_size < sizeof(gloss_view))
            return refuse(in, "draw", size_fix("gloss_view", v, v ? v->struct_size : 0, sizeof(gloss_view)));
        if (!in.attached) return GLOSS_ERR_STATE;
        in.adopt_analysis();
        ImGui::SetCurrentContext(in.context);
        if (!GImGui->WithinFrameScope || !GImGui->CurrentWindow) {
            in.log(GLOSS_LOG_ERROR, "gloss: draw() called outside an ImGui frame; nothing drawn");
            return GLOSS_ERR_STATE;
        }
        OverlayView view;
        view.transform = ViewTransform{v->origin_x, v->origin_y, v->scale > 0 ? v->scale : 1.0f};
        view.visible_y0 = v->visible_y0;
        view.visible_y1 = v->visible_y1;
        view.clip = ScreenRect{v->clip.x0, v->clip.y0, v->clip.x1, v->clip.y1};
        view.gutter_x0 = v->gutter_x0;
        view.gutter_x1 = v->gutter_x1;
        view.dpi_scale = v->dpi_scale > 0 ? v->dpi_scale : 1.0f;
        view.time = v->time;
        view.dark = v->theme == GLOSS_THEME_DARK || v->theme == GLOSS_THEME_PRESENT_DARK;
        view.visible = ByteRange{v->visible.begin, std::max(v->visible.begin, v->visible.end)};
        const StackSizes before = StackSizes::now();
        in.overlay.draw(view);
        if (!(StackSizes::now() == before)) {
            in.log(GLOSS_LOG_PLUGIN_MISBEHAVING, "gloss: draw() left an ImGui stack unbalanced");
            return GLOSS_ERR_INTERNAL;
        }
        return GLOSS_OK;
    });
}

gloss_status overlay_handle_key(const gloss_plugin* p, const gloss_key_event* e, bool* consumed) {
    if (consumed) *consumed = false;
    return guarded(p, "handle_key", [&](Instance& in) -> gloss_status {
        if (!consumed) return refuse(in, "handle_key", "consumed is NULL");
        if (!e || e->struct_size < sizeof(gloss_key_event))
            return refuse(in, "handle_key", size_fix("gloss_key_event", e, e ? e->struct_size : 0, sizeof(gloss_key_event)));
        if (!in.attached) return GLOSS_ERR_STATE;
        in.adopt_analysis();
        ImGui::SetCurrentContext(in.context);
        OverlayKeyEvent k;
        switch (e->key) {
        case GLOSS_KEY_ESCAPE: k.key = OverlayKey::Escape; break;
        case GLOSS_KEY_ENTER: k.key = OverlayKey::Enter; break;
        case GLOSS_KEY_TAB: k.key = OverlayKey::Tab; break;
        case GLOSS_KEY_F2: k.key = OverlayKey::F2; break;
        case GLOSS_KEY_UP: k.key = OverlayKey::Up; break;
        case GLOSS_KEY_DOWN: k.key = OverlayKey::Down; break;
        case GLOSS_KEY_LEFT: k.key = OverlayKey::Left; break;
        case GLOSS_KEY_RIGHT: k.key = OverlayKey::Right; break;
        case GLOSS_KEY_PAGE_UP: k.key = OverlayKey::PageUp; break;
        case GLOSS_KEY_PAGE_DOWN: k.key = OverlayKey::PageDown; break;
        case GLOSS_KEY_HOME: k.key = OverlayKey::Home; break;
        case GLOSS_KEY_END: k.key = OverlayKey::End; break;
        case GLOSS_KEY_F5: k.key = OverlayKey::F5; break;
        case GLOSS_KEY_BACKSPACE: k.key = OverlayKey::Backspace; break;
        default: k.key = OverlayKey::None; break;
        }
        k.codepoint = static_cast<char32_t>(e->codepoint);
        k.mods = e->mods;
        *consumed = in.overlay.handle_key(k);
        return GLOSS_OK;
    });
}

bool overlay_wants_mouse(const gloss_plugin* p) {
    Instance* in = instance_of(p);
    return in && in->attached && in->overlay.wants_mouse();
}

gloss_status overlay_set_setting(const gloss_plugin* p, const char* name, const char* value) {
    return guarded(p, "set_setting", [&](Instance& in) -> gloss_status {
        if (!name || !value) return refuse(in, "set_setting", "name or value is NULL");
        const std::string n(name), v(value);
        auto flag = [&](bool* out) {
            if (v == "0" || v == "1") { *out = v == "1"; return true; }
            return false;
        };
        if (n == "hover_delay_ms") {
            char* end = nullptr;
            const long ms = std::strtol(value, &end, 10);
            if (end == value || *end || ms < 0 || ms > 5000)
                return refuse(in, "set_setting", "hover_delay_ms \"" + v + "\" is not a whole number from 0 to 5000");
            in.overlay.set_hover_delay(static_cast<double>(ms) / 1000.0);
            return GLOSS_OK;
        }
        bool b = false;
        if (!flag(&b)) return refuse(in, "set_setting", n + " = \"" + v + "\": give \"0\" or \"1\"");
        if (n == "panel") { in.overlay.set_panel_open(b); return GLOSS_OK; }
        static const std::pair<const char*, AnnotationKind> kinds[] = {
            {"show.figure", AnnotationKind::Figure}, {"show.source_check", AnnotationKind::SourceCheck},
            {"show.definition", AnnotationKind::Definition}, {"show.note", AnnotationKind::Note}};
        for (const auto& [key, kind] : kinds)
            if (n == key) { in.overlay.set_kind_shown(kind, b); return GLOSS_OK; }
        return refuse(in, "set_setting", "unknown setting \"" + n +
                                             "\" (known: hover_delay_ms, panel, show.figure, show.source_check, show.definition, show.note)");
    });
}

gloss_status overlay_set_imgui_text_layout(const gloss_plugin* p, const gloss_imgui_text_layout* layout) {
    return guarded(p, "set_imgui_text_layout", [&](Instance& in) -> gloss_status {
        if (!layout || layout->struct_size < sizeof(gloss_imgui_text_layout))
            return refuse(in, "set_imgui_text_layout",
                          size_fix("gloss_imgui_text_layout", layout, layout ? layout->struct_size : 0, sizeof(gloss_imgui_text_layout)));
        if (!layout->runs && layout->run_count) return refuse(in, "set_imgui_text_layout", "runs is NULL with run_count > 0");
        if (!layout->font) return refuse(in, "set_imgui_text_layout", "font is NULL: give the ImFont* the text is drawn with");
        if (!in.has_document) return GLOSS_ERR_STATE;
        std::vector<ImguiTextRun> runs(layout->run_count);
        for (std::uint32_t i = 0; i < layout->run_count; ++i) {
            const gloss_imgui_text_run& r = layout->runs[i];
            runs[i] = ImguiTextRun{r.range.begin, r.range.end, r.x, r.y};
        }
        ImguiTextStyle style;
        style.font = static_cast<const ImFont*>(layout->font);
        style.font_size = layout->font_size;
        style.line_height = layout->line_height;
        style.wrap = layout->wrap != 0;
        style.wrap_x = layout->wrap_x;
        std::vector<TextLine> lines;
        std::vector<float> carets;
        std::string error;
        if (!measure_imgui_text(in.overlay.text(), style, runs, &lines, &carets, &error) ||
            !in.overlay.set_layout(std::move(lines), std::move(carets), layout->content_width, layout->content_height, &error)) {
            in.log(GLOSS_LOG_ERROR, ("gloss: ImGui text layout refused: " + error).c_str());
            return GLOSS_ERR_BAD_INPUT;
        }
        return GLOSS_OK;
    });
}

// Beyond Latin-1, every character the cards, legend and panel may draw.
const uint16_t* overlay_glyph_ranges() {
    static const uint16_t ranges[] = {
        0x0020, 0x00FF,  // Basic Latin, Latin-1
        0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
        0x2030, 0x203A,  // per mille, primes, angle quotes
        0x20AC, 0x20BD,  // euro and other currency signs
        0x2190, 0x2199,  // arrows
        0x2212, 0x2212,  // minus
        0x2248, 0x2248,  // almost equal
        0x2264, 0x2265,  // less/greater or equal
        0x25A0, 0x25CF,  // geometric shapes: squares, triangles, diamonds, circles
        0x26A0, 0x26A0,  // warning sign
        0,
    };
    return ranges;
}

bool overlay_panel_rect(const gloss_plugin* p, gloss_rect* out) {
    if (out) *out = gloss_rect{0, 0, 0, 0};
    Instance* in = instance_of(p);
    if (!in || !out || !in->overlay.panel_open()) return false;
    const ScreenRect r = in->overlay.panel_rect();
    *out = gloss_rect{r.x0, r.y0, r.x1, r.y1};
    return true;
}

const gloss_imgui_overlay kOverlayExtension = {sizeof(gloss_imgui_overlay), overlay_attach, overlay_detach, overlay_draw,
                                               overlay_handle_key, overlay_wants_mouse, overlay_set_setting,
                                               overlay_set_imgui_text_layout, overlay_glyph_ranges, overlay_panel_rect};

//-----------------------------------------------------------------------------
// [SECTION] Extension "gloss.notes/1"
//-----------------------------------------------------------------------------

gloss_status notes_add(const gloss_plugin* p, gloss_range range, const char* text) {
    return guarded(p, "add_note", [&](Instance& in) -> gloss_status {
        if (!text) return refuse(in, "add_note", "text is NULL");
        if (!in.has_document) return GLOSS_ERR_STATE;
        std::string error;
        if (!in.add_note(ByteRange{range.begin, range.end}, text, &error)) {
            in.log(GLOSS_LOG_WARNING, ("gloss: note refused: " + error).c_str());
            return GLOSS_ERR_INVALID_ARG;
        }
        return GLOSS_OK;
    });
}

gloss_status notes_load(const gloss_plugin* p, const char* path) {
    return guarded(p, "notes.load", [&](Instance& in) -> gloss_status {
        if (!path || !*path) return refuse(in, "notes.load", "path is NULL or empty");
        if (!in.has_document) return GLOSS_ERR_STATE;
        NoteStore next;
        const SidecarStatus st = next.load(path);
        if (!st.ok) { // the current notes stay; the unreadable file is never overwritten
            in.log(GLOSS_LOG_ERROR, ("gloss: " + st.message).c_str());
            return GLOSS_ERR_BAD_INPUT;
        }
        if (!st.message.empty()) in.log(GLOSS_LOG_WARNING, ("gloss: " + st.message).c_str());
        for (const Note& n : in.store.notes()) // notes made before the sidecar was opened are kept
            if (!next.find(n.id)) next.add(n);
        in.store = std::move(next);
        in.place_notes();
        return GLOSS_OK;
    });
}

gloss_status notes_save(const gloss_plugin* p, const char* path) {
    return guarded(p, "notes.save", [&](Instance& in) -> gloss_status {
        if (!path || !*path) return refuse(in, "notes.save", "path is NULL or empty");
        if (!in.has_document) return GLOSS_ERR_STATE;
        if (in.store.path() != path) {
            NoteStore target;
            target.open_new(path);
            for (const Note& n : in.store.notes()) target.add(n);
            in.store = std::move(target);
        }
        const SidecarStatus st = in.store.save();
        if (!st.ok) {
            in.log(GLOSS_LOG_ERROR, ("gloss: " + st.message).c_str());
            return GLOSS_ERR_INTERNAL;
        }
        return GLOSS_OK;
    });
}

const gloss_notes kNotesExtension = {sizeof(gloss_notes), notes_add, notes_load, notes_save};

//-----------------------------------------------------------------------------
// [SECTION] Extension "gloss.presenter/1"
//-----------------------------------------------------------------------------

gloss_status presenter_enter(const gloss_plugin* p) {
    return guarded(p, "presenter.enter", [](Instance& in) -> gloss_status {
        if (!in.attached || !in.has_document) return GLOSS_ERR_STATE;
        in.adopt_analysis();
        in.overlay.enter_presenter();
        return GLOSS_OK;
    });
}

gloss_status presenter_leave(const gloss_plugin* p) {
    return guarded(p, "presenter.leave", [](Instance& in) -> gloss_status {
        in.overlay.leave_presenter();
        return GLOSS_OK;
    });
}

gloss_status presenter_step(const gloss_plugin* p, int32_t direction) {
    return guarded(p, "presenter.step", [&](Instance& in) -> gloss_status {
        if (direction == 0) return GLOSS_ERR_INVALID_ARG;
        if (!in.overlay.presenting()) return GLOSS_ERR_STATE;
        const LessonPlayer::Move m = in.overlay.present_step(direction > 0 ? +1 : -1);
        return m == LessonPlayer::Move::Moved || m == LessonPlayer::Move::Revealed ? GLOSS_OK : GLOSS_ERR_RANGE;
    });
}

gloss_status presenter_go_to(const gloss_plugin* p, uint32_t step) {
    return guarded(p, "presenter.go_to", [&](Instance& in) -> gloss_status {
        if (!in.overlay.presenting()) return GLOSS_ERR_STATE;
        return step < 0x7fffffffu && in.overlay.present_go_to(static_cast<int>(step)) ? GLOSS_OK : GLOSS_ERR_RANGE;
    });
}

gloss_status presenter_get_state(const gloss_plugin* p, gloss_presenter_state* out) {
    return guarded(p, "presenter.get_state", [&](Instance& in) -> gloss_status {
        if (!out || out->struct_size < sizeof(gloss_presenter_state)) return GLOSS_ERR_INVALID_ARG;
        const PresenterState& st = in.overlay.presenter();
        out->presenting = st.active;
        out->has_view = st.has_view;
        out->path = static_cast<uint32_t>(st.path);
        out->step = st.player.step();
        out->step_count = static_cast<uint32_t>(st.player.count());
        out->stage = static_cast<uint32_t>(std::max(0, st.player.stage()));
        out->stages = static_cast<uint32_t>(st.player.stages());
        out->blank = st.blank == Blank::Black ? GLOSS_BLANK_BLACK : st.blank == Blank::White ? GLOSS_BLANK_WHITE : GLOSS_BLANK_NONE;
        out->message = st.message.c_str();
        return GLOSS_OK;
    });
}

gloss_status presenter_set_path(const gloss_plugin* p, uint32_t path) {
    return guarded(p, "presenter.set_path", [&](Instance& in) -> gloss_status {
        if (path >= static_cast<uint32_t>(kLessonPathKinds)) return GLOSS_ERR_INVALID_ARG;
        in.adopt_analysis();
        in.overlay.set_lesson_path(static_cast<LessonPathKind>(path));
        return GLOSS_OK;
    });
}

gloss_status presenter_get_step(const gloss_plugin* p, uint32_t index, gloss_lesson_step* out) {
    return guarded(p, "presenter.get_step", [&](Instance& in) -> gloss_status {
        if (!out || out->struct_size < sizeof(gloss_lesson_step)) return GLOSS_ERR_INVALID_ARG;
        const std::vector<LessonStep>& steps = in.overlay.presenter().steps;
        if (index >= steps.size()) return GLOSS_ERR_RANGE;
        const LessonStep& s = steps[index];
        out->id = s.id.c_str();
        out->annotation = s.annotation;
        out->range = gloss_range{s.range.begin, s.range.end};
        out->missing = s.missing;
        out->title = s.annotation >= 0 ? in.overlay.card(s.annotation).title.c_str() : s.quote.c_str();
        out->teacher_note = s.teacher_note.c_str();
        out->question = s.question.c_str();
        return GLOSS_OK;
    });
}

gloss_status presenter_add_step(const gloss_plugin* p, gloss_range range, int32_t annotation, const char* note, const char* question) {
    return guarded(p, "presenter.add_step", [&](Instance& in) -> gloss_status {
        if (!in.has_document) return GLOSS_ERR_STATE;
        in.adopt_analysis();
        std::string error;
        if (annotation < -1 || !in.add_step(ByteRange{range.begin, range.end}, annotation, note ? note : "", question ? question : "", &error)) {
            in.log(GLOSS_LOG_WARNING, ("gloss: step refused: " + (error.empty() ? std::string("bad annotation index") : error)).c_str());
            return GLOSS_ERR_INVALID_ARG;
        }
        in.overlay.refresh_lesson_path();
        return GLOSS_OK;
    });
}

gloss_status presenter_remove_step(const gloss_plugin* p, const char* id) {
    return guarded(p, "presenter.remove_step", [&](Instance& in) -> gloss_status {
        if (!id || !in.remove_step(id)) return GLOSS_ERR_INVALID_ARG;
        in.overlay.refresh_lesson_path();
        return GLOSS_OK;
    });
}

gloss_status presenter_move_step(const gloss_plugin* p, const char* id, int32_t delta) {
    return guarded(p, "presenter.move_step", [&](Instance& in) -> gloss_status {
        if (!id || !in.move_step(id, delta)) return GLOSS_ERR_INVALID_ARG;
        in.overlay.refresh_lesson_path();
        return GLOSS_OK;
    });
}

gloss_status presenter_edit_step(const gloss_plugin* p, const char* id, const char* note, const char* question) {
    return guarded(p, "presenter.edit_step", [&](Instance& in) -> gloss_status {
        if (!id || !in.edit_step(id, note ? note : "", question ? question : "")) return GLOSS_ERR_INVALID_ARG;
        in.overlay.refresh_lesson_path();
        return GLOSS_OK;
    });
}

gloss_status presenter_set_setting(const gloss_plugin* p, const char* name, const char* value) {
    return guarded(p, "presenter.set_setting", [&](Instance& in) -> gloss_status {
        if (!name || !value) return GLOSS_ERR_INVALID_ARG;
        const std::string n(name), v(value);
        if (n == "theme" && (v == "light" || v == "dark")) { in.overlay.set_presenter_dark(v == "dark"); return GLOSS_OK; }
        if (n == "reveal" && (v == "0" || v == "1")) { in.overlay.set_presenter_reveal(v == "1"); return GLOSS_OK; }
        if (n == "blank" && (v == "none" || v == "black" || v == "white")) {
            in.overlay.set_blank(v == "black" ? Blank::Black : v == "white" ? Blank::White : Blank::None);
            return GLOSS_OK;
        }
        return GLOSS_ERR_INVALID_ARG;
    });
}

bool presenter_attach_view(const gloss_plugin* p, const gloss_imgui_binding* b) {
    const gloss_status st = guarded(p, "presenter.attach_view", [&](Instance& in) -> gloss_status {
        if (!b || b->struct_size < offsetof(gloss_imgui_binding, font_bold) + sizeof(b->font_bold)) return GLOSS_ERR_INVALID_ARG;
        const std::string diff = fingerprint_mismatch(*b);
        if (!diff.empty()) {
            in.log(GLOSS_LOG_ERROR, ("gloss: presenter view refused: host has " + diff).c_str());
            return GLOSS_ERR_VERSION;
        }
        if (!b->context || !in.attached) return GLOSS_ERR_INVALID_ARG;
        in.view_context = static_cast<ImGuiContext*>(b->context);
        in.view_body = static_cast<ImFont*>(b->font_body);
        in.view_bold = b->font_bold ? static_cast<ImFont*>(b->font_bold) : in.view_body;
        return GLOSS_OK;
    });
    return st == GLOSS_OK;
}

void presenter_detach_view(const gloss_plugin* p) {
    guarded(p, "presenter.detach_view", [](Instance& in) -> gloss_status {
        in.view_context = nullptr;
        in.view_body = in.view_bold = nullptr;
        return GLOSS_OK;
    });
}

gloss_status presenter_draw_view(const gloss_plugin* p) {
    return guarded(p, "presenter.draw_view", [](Instance& in) -> gloss_status {
        if (!in.view_context || !in.attached) return GLOSS_ERR_STATE;
        ImGui::SetCurrentContext(in.view_context);
        gloss_status status = GLOSS_OK;
        if (!GImGui->WithinFrameScope) {
            in.log(GLOSS_LOG_ERROR, "gloss: draw_view() called outside the view's ImGui frame; nothing drawn");
            status = GLOSS_ERR_STATE;
        } else {
            const StackSizes before = StackSizes::now();
            in.overlay.draw_presenter_view(in.view_body, in.view_bold);
            if (!(StackSizes::now() == before)) {
                in.log(GLOSS_LOG_PLUGIN_MISBEHAVING, "gloss: draw_view() left an ImGui stack unbalanced");
                status = GLOSS_ERR_INTERNAL;
            }
        }
        ImGui::SetCurrentContext(in.context);
        return status;
    });
}

const gloss_presenter kPresenterExtension = {sizeof(gloss_presenter), presenter_enter, presenter_leave, presenter_step,
                                             presenter_go_to, presenter_get_state, presenter_set_path, presenter_get_step,
                                             presenter_add_step, presenter_remove_step, presenter_move_step,
                                             presenter_edit_step, presenter_set_setting, presenter_attach_view,
                                             presenter_detach_view, presenter_draw_view};

const void* plugin_get_extension(const gloss_plugin* p, const char* id) {
    if (!instance_of(p) || !id) return nullptr;
    if (std::strcmp(id, GLOSS_EXT_IMGUI_OVERLAY) == 0) return &kOverlayExtension;
    if (std::strcmp(id, GLOSS_EXT_NOTES) == 0) return &kNotesExtension;
    if (std::strcmp(id, GLOSS_EXT_PRESENTER) == 0) return &kPresenterExtension;
    return nullptr;
}

//-----------------------------------------------------------------------------
// [SECTION] Entry
//-----------------------------------------------------------------------------

bool entry_init(const char*) { return true; }
void entry_deinit() {
    const std::lock_guard<std::mutex> lock(g_retired_mutex);
    g_retired.clear();
}

const gloss_plugin* entry_create(const gloss_host* host) {
    if (!host) return nullptr;
    auto say = [&](const std::string& msg) {
        if (host->struct_size >= sizeof(gloss_host) && host->log) host->log(host, GLOSS_LOG_ERROR, msg.c_str());
    };
    if (host->struct_size < sizeof(gloss_host)) return nullptr; // too old or not a gloss_host: cannot even log
    if (host->abi.major != GLOSS_ABI_MAJOR) {
        say("gloss: host ABI " + std::to_string(host->abi.major) + "." + std::to_string(host->abi.minor) +
            " refused; this plugin speaks ABI " + std::to_string(GLOSS_ABI_MAJOR) + "." + std::to_string(GLOSS_ABI_MINOR));
        return nullptr;
    }
    try {
        auto* in = new Instance();
        in->host = host;
        gloss_plugin& d = in->desc;
        d.struct_size = sizeof(gloss_plugin);
        d.abi = gloss_version{GLOSS_ABI_MAJOR, GLOSS_ABI_MINOR, 0};
        d.id = "org.gloss.annotations";
        d.name = "Gloss";
        d.version = "0.1.0";
        d.plugin_data = in;
        d.destroy = plugin_destroy;
        d.set_document = plugin_set_document;
        d.set_layout = plugin_set_layout;
        d.annotation_count = plugin_annotation_count;
        d.get_annotation = plugin_get_annotation;
        d.annotation_at = plugin_annotation_at;
        d.set_selection = plugin_set_selection;
        d.get_extension = plugin_get_extension;
        d.analysis_pending = plugin_analysis_pending;
        d.wait_analysis = plugin_wait_analysis;
        in->overlay.set_note_sink(in);
        in->overlay.set_classroom_sink(in);
        in->overlay.set_lesson_sink(in);
        return &in->desc;
    } catch (...) {
        say("gloss: could not create an instance (out of memory)");
        return nullptr;
    }
}

} // namespace

extern "C" GLOSS_EXPORT const gloss_entry_t gloss_entry = {{GLOSS_ABI_MAJOR, GLOSS_ABI_MINOR, 0}, entry_init, entry_deinit, entry_create};
