// Gloss — lesson paths: ready-made paths, a teacher's own path in the
// sidecar, and stepping with reveal.
//
// Index of this file:
// [SECTION] Names
// [SECTION] Ready-made paths
// [SECTION] Stored steps
// [SECTION] The own path
// [SECTION] LessonPlayer
#include "gloss/lesson_path.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace gloss {

using nlohmann::json;

//-----------------------------------------------------------------------------
// [SECTION] Names
//-----------------------------------------------------------------------------

const char* lesson_path_name(LessonPathKind kind) {
    switch (kind) {
    case LessonPathKind::Everything: return "everything";
    case LessonPathKind::Sources: return "sources";
    case LessonPathKind::Figures: return "figures";
    case LessonPathKind::Notes: return "notes";
    case LessonPathKind::Own: return "own";
    }
    return "everything";
}

const char* lesson_path_label(LessonPathKind kind) {
    switch (kind) {
    case LessonPathKind::Everything: return "Every annotation";
    case LessonPathKind::Sources: return "Sources";
    case LessonPathKind::Figures: return "Figures";
    case LessonPathKind::Notes: return "My notes";
    case LessonPathKind::Own: return "My path";
    }
    return "";
}

bool lesson_path_from_name(std::string_view name, LessonPathKind* out) {
    if (name == "all") { *out = LessonPathKind::Everything; return true; }
    for (int k = 0; k < kLessonPathKinds; ++k)
        if (name == lesson_path_name(static_cast<LessonPathKind>(k))) {
            *out = static_cast<LessonPathKind>(k);
            return true;
        }
    return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Ready-made paths
//-----------------------------------------------------------------------------

namespace {

// Figures a numeracy lesson is about: amounts, not calendar positions or names.
bool is_amount(const Annotation& a) {
    const std::string_view k = a.figure().kind.view();
    return k != "date" && k != "year" && k != "time" && k != "identifier" && k != "ordinal" &&
           !(k == "range" && a.figure().unit == "year");
}

bool in_path(const Annotation& a, LessonPathKind kind) {
    switch (kind) {
    case LessonPathKind::Everything:
        if (a.kind == AnnotationKind::Definition) return a.definition().first;
        if (a.kind == AnnotationKind::Figure) return is_amount(a);
        return a.kind != AnnotationKind::Note || !a.note().orphan;
    case LessonPathKind::Sources: return a.kind == AnnotationKind::SourceCheck || a.kind == AnnotationKind::Conflict;
    case LessonPathKind::Figures:
        return (a.kind == AnnotationKind::Figure && is_amount(a)) || a.kind == AnnotationKind::Conflict;
    case LessonPathKind::Notes: return a.kind == AnnotationKind::Note;
    case LessonPathKind::Own: return false;
    }
    return false;
}

} // namespace

std::vector<LessonStep> ready_made_path(const AnnotationSet& set, LessonPathKind kind) {
    std::vector<LessonStep> steps, missing;
    for (int i = 0; i < static_cast<int>(set.items.size()); ++i) {
        const Annotation& a = set.items[i];
        if (!in_path(a, kind)) continue;
        LessonStep s;
        s.id = a.id;
        s.annotation = i;
        s.kind = a.kind;
        s.range = a.range;
        if (a.kind == AnnotationKind::Note) {
            s.teacher_note = a.note().text;
            if (a.note().orphan || a.range.empty()) {
                s.missing = true;
                s.range = {};
                missing.push_back(std::move(s));
                continue;
            }
        }
        if (s.range.empty()) continue;  // nothing to show (an analysis annotation always has a range)
        steps.push_back(std::move(s));
    }
    // Reading order; at one place a conflict comes after the figure it starts with.
    std::stable_sort(steps.begin(), steps.end(), [](const LessonStep& x, const LessonStep& y) {
        if (x.range.begin != y.range.begin) return x.range.begin < y.range.begin;
        return (x.kind == AnnotationKind::Conflict) < (y.kind == AnnotationKind::Conflict);
    });
    steps.insert(steps.end(), std::make_move_iterator(missing.begin()), std::make_move_iterator(missing.end()));
    return steps;
}

int annotation_for_range(const AnnotationSet& set, AnnotationKind kind, ByteRange range) {
    if (range.empty()) return -1;
    int best = -1;
    std::uint32_t best_overlap = 0;
    for (int i = 0; i < static_cast<int>(set.items.size()); ++i) {
        const Annotation& a = set.items[i];
        if (a.kind != kind || !a.range.overlaps(range)) continue;
        if (a.range.begin == range.begin && a.range.end == range.end) return i;
        const std::uint32_t overlap = std::min(a.range.end, range.end) - std::max(a.range.begin, range.begin);
        if (overlap > best_overlap) {
            best = i;
            best_overlap = overlap;
        }
    }
    return best;
}

//-----------------------------------------------------------------------------
// [SECTION] Stored steps
//-----------------------------------------------------------------------------

namespace {

constexpr const char* kKeptBodies = "gloss:keptBodies";  // where the sidecar reader keeps other bodies

json kept_of(const Note& note) {
    if (note.kept_json.empty()) return json::object();
    json kept = json::parse(note.kept_json, nullptr, false);
    return kept.is_object() ? kept : json::object();
}

bool kind_from_name(const std::string& name, AnnotationKind* out) {
    static const AnnotationKind kinds[] = {AnnotationKind::Figure, AnnotationKind::SourceCheck, AnnotationKind::Definition,
                                           AnnotationKind::Conflict, AnnotationKind::Note};
    for (AnnotationKind k : kinds)
        if (name == annotation_kind_name(k)) {
            *out = k;
            return true;
        }
    return false;
}

} // namespace

bool note_is_lesson_step(const Note& note) {
    if (note.kept_json.find(kLessonStepMember) == std::string::npos) return false;  // fast path: most notes
    return kept_of(note).contains(kLessonStepMember);
}

bool lesson_step_fields(const Note& note, LessonStepFields* out) {
    if (note.kept_json.find(kLessonStepMember) == std::string::npos) return false;
    const json kept = kept_of(note);
    const auto it = kept.find(kLessonStepMember);
    if (it == kept.end()) return false;
    LessonStepFields f;
    if (it->is_object()) {
        const auto pos = it->find("position");
        if (pos != it->end() && pos->is_number_integer()) f.position = pos->get<int>();
        const auto kind = it->find("kind");
        if (kind != it->end() && kind->is_string()) f.has_kind = kind_from_name(kind->get<std::string>(), &f.kind);
    }
    const auto bodies = kept.find(kKeptBodies);
    if (bodies != kept.end() && bodies->is_array())
        for (const json& b : *bodies)
            if (b.is_object() && b.value("purpose", "") == "questioning" && b.contains("value") && b["value"].is_string()) {
                f.question = b["value"].get<std::string>();
                break;
            }
    *out = std::move(f);
    return true;
}

void set_lesson_step_fields(Note* note, const LessonStepFields& f) {
    json kept = kept_of(*note);
    json step = json::object();
    step["position"] = f.position;
    if (f.has_kind) step["kind"] = annotation_kind_name(f.kind);
    kept[kLessonStepMember] = step;
    json bodies = json::array();
    if (kept.contains(kKeptBodies) && kept[kKeptBodies].is_array())
        for (const json& b : kept[kKeptBodies])
            if (!(b.is_object() && b.value("purpose", "") == "questioning")) bodies.push_back(b);
    if (!f.question.empty())
        bodies.push_back(json{{"type", "TextualBody"}, {"purpose", "questioning"}, {"format", "text/plain"}, {"value", f.question}});
    if (bodies.empty()) kept.erase(kKeptBodies);
    else kept[kKeptBodies] = bodies;
    note->kept_json = kept.dump(-1, ' ', false, json::error_handler_t::replace);
}

NoteCreateResult lesson_step_create(std::string_view document, ByteRange range, const LessonStepFields& fields,
                                    std::string teacher_note) {
    NoteCreateResult r = note_create(document, range, std::move(teacher_note));
    if (r.ok) set_lesson_step_fields(&r.note, fields);
    return r;
}

std::vector<Note> notes_without_steps(const std::vector<Note>& stored) {
    std::vector<Note> out;
    out.reserve(stored.size());
    for (const Note& n : stored)
        if (!note_is_lesson_step(n)) out.push_back(n);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] The own path
//-----------------------------------------------------------------------------

namespace {

struct StoredStep {
    const Note*      note;
    LessonStepFields fields;
    std::size_t      order;  // position in the sidecar: ties keep the file's order
};

std::vector<StoredStep> stored_steps(const std::vector<Note>& stored) {
    std::vector<StoredStep> steps;
    for (std::size_t i = 0; i < stored.size(); ++i) {
        LessonStepFields f;
        if (lesson_step_fields(stored[i], &f)) steps.push_back(StoredStep{&stored[i], std::move(f), i});
    }
    std::stable_sort(steps.begin(), steps.end(), [](const StoredStep& a, const StoredStep& b) {
        return a.fields.position != b.fields.position ? a.fields.position < b.fields.position : a.order < b.order;
    });
    return steps;
}

} // namespace

std::vector<LessonStep> own_lesson_path(const std::vector<Note>& stored, std::string_view text, const AnnotationSet& set) {
    const std::vector<StoredStep> steps = stored_steps(stored);
    std::vector<Note> notes;
    notes.reserve(steps.size());
    for (const StoredStep& s : steps) notes.push_back(*s.note);
    const std::vector<NotePlacement> placed = notes_resolve(notes, text);
    std::vector<LessonStep> out;
    out.reserve(steps.size());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const StoredStep& s = steps[i];
        LessonStep step;
        step.id = s.note->id;
        step.quote = s.note->quote.exact;
        step.teacher_note = s.note->text;
        step.question = s.fields.question;
        step.kind = s.fields.has_kind ? s.fields.kind : AnnotationKind::Note;
        step.missing = i >= placed.size() || placed[i].how == NoteMatch::Orphan;
        if (!step.missing) {
            step.range = placed[i].range;
            if (s.fields.has_kind) step.annotation = annotation_for_range(set, s.fields.kind, step.range);
        }
        out.push_back(std::move(step));
    }
    return out;
}

std::vector<Note> own_path_moved(const std::vector<Note>& stored, const std::string& id, int delta) {
    const std::vector<StoredStep> steps = stored_steps(stored);
    std::vector<std::size_t> order(steps.size());
    int from = -1;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        order[i] = i;
        if (steps[i].note->id == id) from = static_cast<int>(i);
    }
    if (from < 0) return {};
    const int to = std::clamp(from + delta, 0, static_cast<int>(steps.size()) - 1);
    const std::size_t moved = order[static_cast<std::size_t>(from)];
    order.erase(order.begin() + from);
    order.insert(order.begin() + to, moved);
    std::vector<Note> changed;
    for (std::size_t pos = 0; pos < order.size(); ++pos) {
        const StoredStep& s = steps[order[pos]];
        if (s.fields.position == static_cast<int>(pos)) continue;
        Note n = *s.note;
        LessonStepFields f = s.fields;
        f.position = static_cast<int>(pos);
        set_lesson_step_fields(&n, f);
        changed.push_back(std::move(n));
    }
    return changed;
}

//-----------------------------------------------------------------------------
// [SECTION] LessonPlayer
//-----------------------------------------------------------------------------

int reveal_stages(const AnnotationSet& set, const LessonStep& step) {
    if (step.annotation < 0 || step.annotation >= static_cast<int>(set.items.size())) return 1;
    const Annotation& a = set.items[static_cast<std::size_t>(step.annotation)];
    if (a.kind == AnnotationKind::Figure && !a.figure().derived.empty()) return 2;
    if (a.kind == AnnotationKind::Conflict && !a.conflict().members.empty())
        return 1 + static_cast<int>(a.conflict().members.size());
    return 1;
}

void LessonPlayer::set_path(int step_count, std::vector<int> stages) {
    count_ = std::max(0, step_count);
    stages_ = std::move(stages);
    stages_.resize(static_cast<std::size_t>(count_), 1);
    for (int& s : stages_) s = std::max(1, s);
    step_ = count_ > 0 ? 0 : -1;
    stage_ = 0;
}

int LessonPlayer::stages() const { return step_ >= 0 ? stages_[static_cast<std::size_t>(step_)] : 0; }

LessonPlayer::Move LessonPlayer::next() {
    if (count_ == 0) return Move::Empty;
    if (stage_ + 1 < stages()) {
        ++stage_;
        return Move::Revealed;
    }
    if (step_ + 1 >= count_) return Move::AtEnd;
    ++step_;
    stage_ = 0;
    return Move::Moved;
}

LessonPlayer::Move LessonPlayer::previous() {
    if (count_ == 0) return Move::Empty;
    if (stage_ > 0) {
        --stage_;
        return Move::Revealed;
    }
    if (step_ == 0) return Move::AtStart;
    --step_;
    stage_ = stages() - 1;
    return Move::Moved;
}

bool LessonPlayer::go_to(int step) {
    if (step < 0 || step >= count_) return false;
    step_ = step;
    stage_ = 0;
    return true;
}

} // namespace gloss
