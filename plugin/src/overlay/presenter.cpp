// Gloss — presenter mode: a lesson path stepped through on a projector, the
// current step's paragraph spotlit and its card large, figures covered until
// their step ("guess first"), a laser pointer and a highlighter, blanking,
// and the presenter view for the teacher's own screen.
//
// Index of this file:
// [SECTION] Entering, leaving, choosing a path
// [SECTION] Stepping and reveal
// [SECTION] Keys and mouse
// [SECTION] The projector: spotlight, covers, ink, card, status
// [SECTION] Pointer and blank screen
// [SECTION] The side panel's lesson path section
// [SECTION] The presenter view (second window)
//
// What the projector shows is decided here: notes tagged "private" are never
// drawn on it (their marks, cards and panel rows), and no author's name is
// ever drawn by the overlay. The teacher's notes and questions of an own
// path appear on the presenter view only (the question also on the projector,
// since it is meant for the class).
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "gloss/gloss_plugin.h"
#include "overlay.hpp"
#include "palette.hpp"

namespace gloss {

namespace {

constexpr double kCursorHideSeconds = 2.0;   // the mouse cursor hides after this long without movement
constexpr double kTrailSeconds = 0.35;       // the pointer's trail fades over this long
constexpr double kMessageSeconds = 2.5;      // "End of the path" and the like stay this long
constexpr float  kStepCardScale = 1.15f;     // the current step's card, a little larger than a pinned card

constexpr ImGuiWindowFlags kPassive = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                      ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoInputs |
                                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                                      ImGuiWindowFlags_NoCollapse;

// What decides how a step's card looks; the same key, the same vertices.
struct StepCardKey {
    int    annotation = -1, stage = -1;
    bool   dark = false;
    float  display_w = 0, display_h = 0, font_size = 0, wrap_room = 0;
    void*  font = nullptr;
    bool operator==(const StepCardKey& o) const {
        return annotation == o.annotation && stage == o.stage && dark == o.dark && display_w == o.display_w &&
               display_h == o.display_h && font_size == o.font_size && wrap_room == o.wrap_room && font == o.font;
    }
};

bool has_tag(const Annotation& a, const char* tag) {
    if (a.kind != AnnotationKind::Note) return false;
    for (const std::string& t : a.note().tags)
        if (t == tag) return true;
    return false;
}

} // namespace

// The step's card as ImGui drew it (its window's draw list), kept once two
// frames agree on its size, and replayed at the card's new place while the
// key is the same: a card built from wrapped text in a window costs more
// than the rest of presenter mode, and on the projector it only moves.
struct StepCardCache {
    StepCardKey             key;
    std::vector<ImDrawVert> vtx;
    std::vector<ImDrawIdx>  idx;
    std::vector<ImDrawCmd>  cmds;
    std::vector<unsigned>   first_vtx, vtx_count;  // per command: the vertices its indices use
    ScreenPoint             pos;        // where it was drawn
    float                   w = 0, h = 0;
    bool                    ready = false;
    StepCardKey             last_key;   // of the last live frame (recording waits for two alike)
    float                   last_w = -1, last_h = -1;
};

namespace {

// Append `c` to `dl`, moved by (dx, dy). Every ImGui stack left as found.
void replay(ImDrawList* dl, const StepCardCache& c, float dx, float dy) {
    for (std::size_t ci = 0; ci < c.cmds.size(); ++ci) {
        const ImDrawCmd& cmd = c.cmds[ci];
        if (cmd.UserCallback || cmd.ElemCount == 0 || c.vtx_count[ci] == 0) continue;
        const unsigned lo = c.first_vtx[ci];
        const int n_vtx = static_cast<int>(c.vtx_count[ci]), n_idx = static_cast<int>(cmd.ElemCount);
        dl->PushClipRect({cmd.ClipRect.x + dx, cmd.ClipRect.y + dy}, {cmd.ClipRect.z + dx, cmd.ClipRect.w + dy}, false);
        dl->PushTextureID(cmd.TextureId);
        dl->PrimReserve(n_idx, n_vtx);
        const unsigned base = dl->_VtxCurrentIdx;  // after PrimReserve, which may start a new vertex offset
        std::memcpy(dl->_VtxWritePtr, c.vtx.data() + lo, static_cast<std::size_t>(n_vtx) * sizeof(ImDrawVert));
        for (int k = 0; k < n_vtx; ++k) {
            dl->_VtxWritePtr[k].pos.x += dx;
            dl->_VtxWritePtr[k].pos.y += dy;
        }
        const ImDrawIdx* src = c.idx.data() + cmd.IdxOffset;
        const unsigned shift = base + cmd.VtxOffset - lo;  // index as stored -> index in dl
        for (int k = 0; k < n_idx; ++k) dl->_IdxWritePtr[k] = static_cast<ImDrawIdx>(src[k] + shift);
        dl->_VtxWritePtr += n_vtx;
        dl->_IdxWritePtr += n_idx;
        dl->_VtxCurrentIdx += static_cast<unsigned>(n_vtx);
        dl->PopTextureID();
        dl->PopClipRect();
    }
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entering, leaving, choosing a path
//-----------------------------------------------------------------------------

// How much larger than at zoom 1 the text is on the projector, as a whole
// multiple (1 to 3): marks and the pointer grow with it.
float Overlay::presenter_scale() const {
    if (geometry_.empty()) return 1.0f;
    const DocRect& body = geometry_.lines().back().box;  // the last line: running text, not the title
    return std::clamp(std::round((body.y1 - body.y0) * view_.transform.scale / (26.0f * view_.dpi_scale)), 1.0f, 3.0f);
}

void Overlay::forget_step_card() {
    if (present_.card_cache) {
        present_.card_cache->ready = false;
        present_.card_cache->last_w = -1;
    }
}

bool Overlay::shown_on_projector(int index) const {
    if (!present_.active || index < 0 || index >= static_cast<int>(set_.items.size())) return true;
    return !has_tag(set_.items[static_cast<std::size_t>(index)], "private");
}

bool Overlay::enter_presenter() {
    if (present_.active) return true;
    present_.active = true;
    present_.panel_was_open = panel_open_;
    panel_open_ = false;
    help_open_ = false;
    note_editor_open_ = false;
    open_card_ = hover_candidate_ = -1;
    present_.blank = Blank::None;
    present_.started = -1;
    present_.mouse_moved = view_.time;
    present_.ink.clear();
    present_.trail.clear();
    present_.opened.assign(set_.items.size(), 0);
    PresentRequest rq;
    rq.presenting = true;
    rq.dark = present_.dark;
    present_.has_view = host_ ? host_->present(rq) : false;
    set_lesson_path(present_.path);
    if (host_) host_->request_redraw();
    return true;
}

void Overlay::leave_presenter() {
    if (!present_.active) return;
    present_.active = false;
    present_.blank = Blank::None;
    present_.ink.clear();
    present_.trail.clear();
    present_.pointer_on = present_.ink_on = present_.inking = false;
    present_.covered.assign(set_.items.size(), 0);
    panel_open_ = present_.panel_was_open;
    PresentRequest rq;
    rq.presenting = false;
    rq.dark = present_.dark;
    if (host_) host_->present(rq);
    present_.has_view = false;
    if (host_) host_->request_redraw();
}

void Overlay::set_lesson_path(LessonPathKind kind) {
    present_.path = kind;
    if (kind == LessonPathKind::Own) present_.steps = lesson_sink_ ? lesson_sink_->own_path() : std::vector<LessonStep>{};
    else present_.steps = ready_made_path(set_, kind);
    std::vector<int> stages;
    stages.reserve(present_.steps.size());
    for (const LessonStep& s : present_.steps) {
        stages.push_back(reveal_stages(set_, s));
        if (s.annotation >= 0 && s.annotation < static_cast<int>(set_.items.size())) card(s.annotation);  // built once, now
    }
    present_.player.set_path(static_cast<int>(present_.steps.size()), std::move(stages));
    present_.selected_step = -1;
    if (present_.active) after_step_change(LessonPlayer::Move::Moved);
    else update_covers();
}

void Overlay::refresh_lesson_path() {
    if (!present_.active && present_.path != LessonPathKind::Own) return;
    const int step = present_.player.step();
    const std::string id = step >= 0 && step < static_cast<int>(present_.steps.size()) ? present_.steps[step].id : std::string();
    const int stage = present_.player.stage();
    const int selected = present_.selected_step;
    const bool active = present_.active;
    present_.active = false;  // no scroll or message for the rebuild itself
    set_lesson_path(present_.path);
    present_.active = active;
    present_.selected_step = selected < static_cast<int>(present_.steps.size()) ? selected : -1;
    for (int i = 0; i < static_cast<int>(present_.steps.size()); ++i)
        if (!id.empty() && present_.steps[i].id == id) {
            present_.player.go_to(i);
            for (int k = 0; k < stage && present_.player.stage() + 1 < present_.player.stages(); ++k) present_.player.next();
            break;
        }
    if (present_.opened.size() != set_.items.size()) present_.opened.assign(set_.items.size(), 0);
    update_covers();
}

//-----------------------------------------------------------------------------
// [SECTION] Stepping and reveal
//-----------------------------------------------------------------------------

int Overlay::current_step_annotation() const {
    const int step = present_.player.step();
    if (step < 0 || step >= static_cast<int>(present_.steps.size())) return -1;
    const int a = present_.steps[static_cast<std::size_t>(step)].annotation;
    return a >= 0 && a < static_cast<int>(set_.items.size()) ? a : -1;
}

void Overlay::say(const char* message) {
    present_.message = message;
    present_.message_until = view_.time + kMessageSeconds;
    if (host_) host_->request_redraw();
}

LessonPlayer::Move Overlay::present_step(int direction) {
    const LessonPlayer::Move m = direction >= 0 ? present_.player.next() : present_.player.previous();
    after_step_change(m);
    return m;
}

bool Overlay::present_go_to(int step) {
    if (!present_.player.go_to(step)) return false;
    after_step_change(LessonPlayer::Move::Moved);
    return true;
}

void Overlay::after_step_change(LessonPlayer::Move m) {
    switch (m) {
    case LessonPlayer::Move::AtEnd: say("End of the path: this is the last step (Esc leaves)"); return;
    case LessonPlayer::Move::AtStart: say("Start of the path: this is the first step"); return;
    case LessonPlayer::Move::Empty: say("This path has no steps: choose another in the panel (Tab)"); return;
    case LessonPlayer::Move::Revealed: update_covers(); if (host_) host_->request_redraw(); return;
    case LessonPlayer::Move::Moved: break;
    }
    present_.ink.clear();  // the highlighter's strokes belong to the step they were drawn on
    present_.inking = false;
    present_.message.clear();
    update_covers();
    const int step = present_.player.step();
    if (step < 0) {
        if (present_.active) say("This path has no steps: choose another in the panel (Tab)");
        return;
    }
    const LessonStep& s = present_.steps[static_cast<std::size_t>(step)];
    focused_ = -1;
    if (s.missing) {
        say("This step's passage is no longer in the text");
    } else if (host_ && present_.active) {
        host_->scroll_to_step(s.range.begin);
    }
    if (host_) host_->request_redraw();
}

void Overlay::update_covers() {
    present_.covered.assign(set_.items.size(), 0);
    if (present_.opened.size() != set_.items.size()) present_.opened.assign(set_.items.size(), 0);
    if (!present_.active || !present_.reveal) return;
    const int current = present_.player.step();
    auto cover = [&](int i) {
        if (i >= 0 && i < static_cast<int>(set_.items.size()) && set_.items[static_cast<std::size_t>(i)].kind == AnnotationKind::Figure &&
            !present_.opened[static_cast<std::size_t>(i)])
            present_.covered[static_cast<std::size_t>(i)] = 1;
    };
    for (int k = 0; k < static_cast<int>(present_.steps.size()); ++k) {
        const int a = present_.steps[static_cast<std::size_t>(k)].annotation;
        if (a < 0 || a >= static_cast<int>(set_.items.size())) continue;
        const Annotation& ann = set_.items[static_cast<std::size_t>(a)];
        if (k > current) {
            cover(a);
            if (ann.kind == AnnotationKind::Conflict)
                for (int m : ann.conflict().members) cover(m);
        } else if (k == current && ann.kind == AnnotationKind::Conflict) {
            // One member a press: the figures in the text open with their bars.
            int order = 0;
            for (int m : ann.conflict().members)
                if (++order > present_.player.stage()) cover(m);
        }
    }
    // A figure some earlier step already showed stays open.
    for (int k = 0; k <= current && k < static_cast<int>(present_.steps.size()); ++k) {
        const int a = present_.steps[static_cast<std::size_t>(k)].annotation;
        if (k < current && a >= 0 && a < static_cast<int>(set_.items.size())) {
            present_.covered[static_cast<std::size_t>(a)] = 0;
            if (set_.items[static_cast<std::size_t>(a)].kind == AnnotationKind::Conflict)
                for (int m : set_.items[static_cast<std::size_t>(a)].conflict().members)
                    if (m >= 0 && m < static_cast<int>(set_.items.size())) present_.covered[static_cast<std::size_t>(m)] = 0;
        }
        if (k == current && a >= 0 && a < static_cast<int>(set_.items.size()) &&
            set_.items[static_cast<std::size_t>(a)].kind == AnnotationKind::Figure)
            present_.covered[static_cast<std::size_t>(a)] = 0;
    }
}

bool Overlay::add_focus_to_path() {
    if (!lesson_sink_) return false;
    std::string error;
    bool ok = false;
    if (focused_ >= 0 && !set_.items[static_cast<std::size_t>(focused_)].range.empty())
        ok = lesson_sink_->add_step(set_.items[static_cast<std::size_t>(focused_)].range, focused_, "", "", &error);
    else if (!selection_.empty())
        ok = lesson_sink_->add_step(selection_, -1, "", "", &error);
    else
        return false;
    if (!ok) {
        if (host_) host_->log(GLOSS_LOG_WARNING, ("gloss: step not added: " + error).c_str());
        return false;
    }
    if (present_.path != LessonPathKind::Own) {
        present_.path = LessonPathKind::Own;
        set_lesson_path(LessonPathKind::Own);
    } else {
        refresh_lesson_path();
    }
    say("Added to my path");
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Keys and mouse
//-----------------------------------------------------------------------------

bool Overlay::handle_presenter_key(const OverlayKeyEvent& e) {
    // A blanked screen comes back with any key (and does nothing else).
    if (present_.blank != Blank::None) {
        present_.blank = Blank::None;
        if (host_) host_->request_redraw();
        return true;
    }
    switch (e.key) {
    case OverlayKey::Escape:
    case OverlayKey::F5: leave_presenter(); return true;
    case OverlayKey::Right:
    case OverlayKey::PageDown: present_step(+1); return true;
    case OverlayKey::Left:
    case OverlayKey::PageUp:
    case OverlayKey::Backspace: present_step(-1); return true;
    case OverlayKey::Home: present_go_to(0); return true;
    case OverlayKey::End: present_go_to(present_.player.count() - 1); return true;
    default: break;
    }
    if (e.key != OverlayKey::None || (e.mods & (GLOSS_MOD_CTRL | GLOSS_MOD_ALT | GLOSS_MOD_SUPER))) return false;
    switch (e.codepoint) {
    case ' ': case 'n': case ']': present_step(+1); return true;
    case 'p': case '[': present_step(-1); return true;
    case 'b': case 'B': case '.': present_.blank = Blank::Black; return true;
    case 'w': case 'W': case ',': present_.blank = Blank::White; return true;
    case 'l': present_.pointer_on = !present_.pointer_on; return true;
    case 'h': present_.ink_on = !present_.ink_on; present_.inking = false; return true;
    case 'c': present_.ink.clear(); return true;
    case 'r': set_presenter_reveal(!present_.reveal); say(present_.reveal ? "Guess first: figures covered until their step" : "Figures shown"); return true;
    case 's': return add_focus_to_path();
    default: return false;
    }
}

// Per frame: the cursor's idle time, the pointer's trail, the highlighter.
void Overlay::presenter_input() {
    ImGuiIO& io = ImGui::GetIO();
    if (present_.started < 0) present_.started = view_.time;
    const bool mouse_valid = io.MousePos.x > -1e5f && io.MousePos.y > -1e5f;
    if (mouse_valid && (std::fabs(io.MousePos.x - present_.mouse_x) > 0.5f || std::fabs(io.MousePos.y - present_.mouse_y) > 0.5f)) {
        present_.mouse_x = io.MousePos.x;
        present_.mouse_y = io.MousePos.y;
        present_.mouse_moved = view_.time;
    }
    const bool pointing = mouse_valid && (present_.pointer_on || io.MouseDown[1]);
    if (pointing) {
        if (present_.trail.empty() || std::fabs(present_.trail.back().x - io.MousePos.x) > 0.5f ||
            std::fabs(present_.trail.back().y - io.MousePos.y) > 0.5f)
            present_.trail.push_back({io.MousePos.x, io.MousePos.y, view_.time});
        else
            present_.trail.back().t = view_.time;
    }
    while (!present_.trail.empty() && view_.time - present_.trail.front().t > kTrailSeconds)
        present_.trail.erase(present_.trail.begin());
    if (!pointing && present_.trail.size() > 1) present_.trail.erase(present_.trail.begin(), present_.trail.end() - 1);
    if (!present_.trail.empty() && host_) host_->request_redraw();  // the trail fades over the next frames

    // The highlighter: left-drag over the text draws in document space.
    if (present_.ink_on && mouse_valid && view_.clip.contains({io.MousePos.x, io.MousePos.y})) {
        wants_mouse_ = true;
        next_blocking_.push_back(view_.clip);  // the host does not select text under the pen
        if (io.MouseClicked[0]) {
            present_.ink.emplace_back();
            present_.inking = true;
        }
        if (present_.inking && io.MouseDown[0] && !present_.ink.empty()) {
            const DocPoint p = view_.transform.to_doc({io.MousePos.x, io.MousePos.y});
            auto& stroke = present_.ink.back();
            if (stroke.empty() || std::fabs(stroke.back().x - p.x) + std::fabs(stroke.back().y - p.y) > 1.5f) stroke.push_back(p);
        }
    }
    if (!io.MouseDown[0]) present_.inking = false;

    // The cursor hides after 2 s without movement (not while pointing or inking).
    if (!pointing && !present_.ink_on && view_.time - present_.mouse_moved >= kCursorHideSeconds)
        ImGui::SetMouseCursor(ImGuiMouseCursor_None);
    else if (host_ && view_.time - present_.mouse_moved < kCursorHideSeconds + 0.1)
        host_->request_redraw();  // a frame at the 2 s mark hides it
}

//-----------------------------------------------------------------------------
// [SECTION] The projector: spotlight, covers, ink, card, status
//-----------------------------------------------------------------------------

void Overlay::draw_presenter_page(ImDrawList* dl) {
    const Palette pal = palette_for(view_.dark);
    const float s = view_.dpi_scale;
    const int step = present_.player.step();
    const ImU32 dim = view_.dark ? IM_COL32(0, 0, 0, 165) : IM_COL32(255, 255, 255, 170);
    dl->PushClipRect({std::min(view_.gutter_x0, view_.clip.x0), view_.clip.y0}, {view_.clip.x1, view_.clip.y1}, true);

    // Spotlight: the step's paragraph stays as it is, the rest of the page is dimmed.
    bool spot = false;
    ScreenRect para;
    if (step >= 0 && !present_.steps[static_cast<std::size_t>(step)].missing) {
        const ByteRange r = present_.steps[static_cast<std::size_t>(step)].range;
        std::uint32_t pb = r.begin, pe = std::min<std::uint32_t>(r.end, static_cast<std::uint32_t>(text_.size()));
        while (pb > 0 && text_[pb - 1] != '\n') --pb;
        while (pe < text_.size() && text_[pe] != '\n') ++pe;
        // The paragraph's lines: from the first line at or after its start to the last starting before its end
        // (a bullet's marker or a blank may have no place on a line).
        const auto& lines = geometry_.lines();
        const int first = geometry_.line_at_or_after(pb);
        int last = geometry_.line_at_or_after(pe);
        if (last >= static_cast<int>(lines.size()) || lines[static_cast<std::size_t>(last)].begin >= pe) --last;
        if (first < static_cast<int>(lines.size()) && last >= first) {
            const float y0 = view_.transform.to_screen(DocPoint{0, lines[static_cast<std::size_t>(first)].box.y0}).y;
            const float y1 = view_.transform.to_screen(DocPoint{0, lines[static_cast<std::size_t>(last)].box.y1}).y;
            para = {view_.clip.x0, y0 - 4.0f * s, view_.clip.x1, y1 + 4.0f * s};
            spot = true;
        }
    }
    if (spot) {
        if (para.y0 > view_.clip.y0) dl->AddRectFilled({view_.gutter_x0 - 1e4f, view_.clip.y0}, {view_.clip.x1, para.y0}, dim);
        if (para.y1 < view_.clip.y1) dl->AddRectFilled({view_.gutter_x0 - 1e4f, para.y1}, {view_.clip.x1, view_.clip.y1}, dim);
        const float bar_x = view_.gutter_x1 + 2.0f * s;
        dl->AddRectFilled({bar_x, para.y0}, {bar_x + 4.0f * s, para.y1}, pal.focus, 2.0f);
    }

    // Guess first: each covered figure is a "?" tile over its text, until its step or a click.
    ImFont* font = font_body_ ? font_body_ : ImGui::GetFont();
    DocRect rects[16];
    for (int i : visible_) {
        if (i >= static_cast<int>(present_.covered.size()) || !present_.covered[static_cast<std::size_t>(i)]) continue;
        const std::size_t n = std::min<std::size_t>(geometry_.range_to_rects(set_.items[static_cast<std::size_t>(i)].range, rects, 16), 16);
        for (std::size_t k = 0; k < n; ++k) {
            const ScreenRect r = view_.transform.to_screen(rects[k]);
            if (r.y1 < view_.clip.y0 || r.y0 > view_.clip.y1) continue;
            const ImVec2 a{r.x0 - 2.0f * s, r.y0}, b{r.x1 + 2.0f * s, r.y1};
            dl->AddRectFilled(a, b, pal.card_bg, 4.0f * s);
            dl->AddRect(a, b, pal.figure_edge, 4.0f * s, 0, 2.0f * s);
            const float fs = std::min(r.height() * 0.8f, font->FontSize * 1.2f);
            const ImVec2 q = font->CalcTextSizeA(fs, 1e6f, 0.0f, "?");
            dl->AddText(font, fs, {(a.x + b.x - q.x) * 0.5f, (a.y + b.y - q.y) * 0.5f}, pal.figure_edge, "?");
            next_regions_.push_back({ScreenRect{a.x, a.y, b.x, b.y}, Action::Uncover, i, 0});
        }
    }

    // The highlighter's strokes, in document space: they scroll with the text.
    const float thickness = std::max(6.0f, (geometry_.lines().empty() ? 20.0f : geometry_.lines()[0].box.y1 - geometry_.lines()[0].box.y0) * 0.75f);
    for (const auto& stroke : present_.ink) {
        if (stroke.empty()) continue;
        ImVec2 pts[256];
        std::size_t from = 0;
        while (from < stroke.size()) {  // long strokes in pieces of 256 points (overlapping by one)
            const std::size_t n = std::min<std::size_t>(256, stroke.size() - from);
            for (std::size_t k = 0; k < n; ++k) {
                const ScreenPoint p = view_.transform.to_screen(stroke[from + k]);
                pts[k] = {p.x, p.y};
            }
            if (n == 1) dl->AddCircleFilled(pts[0], thickness * 0.5f, IM_COL32(255, 214, 0, 110), 12);
            else dl->AddPolyline(pts, static_cast<int>(n), IM_COL32(255, 214, 0, 110), 0, thickness);
            if (from + n >= stroke.size()) break;
            from += n - 1;
        }
    }
    dl->PopClipRect();
}

void Overlay::draw_presenter_card() {
    const int step = present_.player.step();
    if (step < 0) return;
    const LessonStep& st = present_.steps[static_cast<std::size_t>(step)];
    const int a = current_step_annotation();
    float stack_y = -1e9f;
    ScreenRect anchor;
    bool placed = false;
    if (!st.missing) {
        DocRect r[1];
        if (geometry_.range_to_rects(st.range, r, 1)) {
            anchor = view_.transform.to_screen(r[0]);
            placed = true;
        }
    }
    if (!placed) return;
    // While the page scrolls to the step the card waits inside the view.
    const float h = view_.clip.height();
    if (anchor.y0 < view_.clip.y0) anchor = {anchor.x0, view_.clip.y0 + 0.05f * h, anchor.x1, view_.clip.y0 + 0.05f * h + anchor.height()};
    if (anchor.y1 > view_.clip.y1) anchor = {anchor.x0, view_.clip.y1 - 0.3f * h, anchor.x1, view_.clip.y1 - 0.3f * h + anchor.height()};
    if (a >= 0 && shown_on_projector(a)) {
        if (!present_.card_cache) present_.card_cache = std::make_shared<StepCardCache>();
        StepCardCache& cache = *present_.card_cache;
        const ImVec2 disp = ImGui::GetIO().DisplaySize;
        StepCardKey key;
        key.annotation = a;
        key.stage = present_.player.stage();
        key.dark = view_.dark;
        key.display_w = disp.x;
        key.display_h = disp.y;
        key.font = font_body_;
        key.font_size = font_body_ ? font_body_->FontSize : 0.0f;
        key.wrap_room = view_.transform.to_screen(DocPoint{geometry_.content_width(), 0}).x;
        if (cache.ready && cache.key == key && !panel_open_ && !help_open_) {
            const ScreenPoint at = card_position(a, anchor, true, &stack_y);
            replay(ImGui::GetWindowDrawList(), cache, at.x - cache.pos.x, at.y - cache.pos.y);
            next_blocking_.push_back({at.x, at.y, at.x + cache.w, at.y + cache.h});
        } else {
            cache.ready = false;
            card_stage_ = key.stage;
            card_scale_ = kStepCardScale;
            const ScreenRect r = draw_card(a, anchor, true, true, &stack_y);
            card_stage_ = -1;
            card_scale_ = 1.0f;
            // Keep it once two frames drew it alike (an auto-sized window takes a frame to fit).
            char name[64];
            std::snprintf(name, sizeof name, "##gloss.step.%s", window_suffix_);
            ImGuiWindow* w = ImGui::FindWindowByName(name);
            if (w && !w->Hidden && cache.last_key == key && cache.last_w == r.width() && cache.last_h == r.height() &&
                w->DrawList->CmdBuffer.Size > 0) {
                const ImDrawList* dl = w->DrawList;
                cache.vtx.assign(dl->VtxBuffer.Data, dl->VtxBuffer.Data + dl->VtxBuffer.Size);
                cache.idx.assign(dl->IdxBuffer.Data, dl->IdxBuffer.Data + dl->IdxBuffer.Size);
                cache.cmds.assign(dl->CmdBuffer.Data, dl->CmdBuffer.Data + dl->CmdBuffer.Size);
                cache.first_vtx.assign(cache.cmds.size(), 0);
                cache.vtx_count.assign(cache.cmds.size(), 0);
                for (std::size_t ci = 0; ci < cache.cmds.size(); ++ci) {
                    const ImDrawCmd& cmd = cache.cmds[ci];
                    unsigned lo = 0xffffffffu, hi = 0;
                    for (unsigned k = 0; k < cmd.ElemCount; ++k) {
                        const unsigned v = cmd.VtxOffset + cache.idx[cmd.IdxOffset + k];
                        lo = std::min(lo, v);
                        hi = std::max(hi, v);
                    }
                    if (cmd.ElemCount > 0) {
                        cache.first_vtx[ci] = lo;
                        cache.vtx_count[ci] = hi - lo + 1;
                    }
                }
                cache.pos = {r.x0, r.y0};
                cache.w = r.width();
                cache.h = r.height();
                cache.key = key;
                cache.ready = true;
            }
            cache.last_key = key;
            cache.last_w = r.width();
            cache.last_h = r.height();
        }
    }
    if (st.question.empty()) return;
    // The step's question, for the class, under its card.
    const Palette pal = palette_for(view_.dark);
    const float s = view_.dpi_scale;
    const float column_right = view_.transform.to_screen(DocPoint{geometry_.content_width(), 0}).x + 24.0f * s;
    ImGui::SetNextWindowPos(ImVec2(column_right, std::max(stack_y, anchor.y0)));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, pal.card_bg);
    ImGui::PushStyleColor(ImGuiCol_Border, pal.focus);
    ImGui::PushStyleColor(ImGuiCol_Text, pal.card_text);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12.0f * s, 10.0f * s));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f * s);
    char name[64];
    std::snprintf(name, sizeof name, "##gloss.step.question.%s", window_suffix_);
    ImGui::Begin(name, nullptr, kPassive);
    if (font_body_) ImGui::PushFont(font_body_);
    ImGui::SetWindowFontScale(kStepCardScale);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 21.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, pal.focus);
    ImGui::TextUnformatted("Question");
    ImGui::PopStyleColor();
    ImGui::TextUnformatted(st.question.c_str());
    ImGui::PopTextWrapPos();
    ImGui::SetWindowFontScale(1.0f);
    if (font_body_) ImGui::PopFont();
    const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(3);
    next_blocking_.push_back({wp.x, wp.y, wp.x + ws.x, wp.y + ws.y});
}

// "Step 7 / 23", the path and any message, in a box at the bottom left: drawn
// straight into the foreground draw list (no window: it is read, never clicked).
void Overlay::draw_presenter_status() {
    const Palette pal = palette_for(view_.dark);
    const float s = view_.dpi_scale;
    ImFont* font = font_body_ ? font_body_ : ImGui::GetFont();
    const float fs = font->FontSize;
    char line[64];
    const int step = present_.player.step();
    if (step >= 0) std::snprintf(line, sizeof line, "Step %d / %d", step + 1, present_.player.count());
    else std::snprintf(line, sizeof line, "No steps");
    const char* path = lesson_path_label(present_.path);
    const bool message = !present_.message.empty() && view_.time < present_.message_until;
    const float pad = 8.0f * s, gap = 0.6f * fs;
    const ImVec2 a = font->CalcTextSizeA(fs, 1e6f, 0.0f, line), b = font->CalcTextSizeA(fs, 1e6f, 0.0f, path);
    const ImVec2 m = message ? font->CalcTextSizeA(fs, 1e6f, 0.0f, present_.message.c_str()) : ImVec2(0, 0);
    const float w = std::max(a.x + gap + b.x, m.x) + 2 * pad, h = fs * (message ? 2.25f : 1.0f) + 2 * pad;
    const ImVec2 p0{view_.clip.x0 + 12.0f * s, view_.clip.y1 - 12.0f * s - h};
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    dl->AddRectFilled(p0, {p0.x + w, p0.y + h}, pal.card_bg, 6.0f * s);
    dl->AddRect(p0, {p0.x + w, p0.y + h}, pal.card_border, 6.0f * s);
    dl->AddText(font, fs, {p0.x + pad, p0.y + pad}, pal.card_text, line);
    dl->AddText(font, fs, {p0.x + pad + a.x + gap, p0.y + pad}, pal.card_dim, path);
    if (message) {
        dl->AddText(font, fs, {p0.x + pad, p0.y + pad + 1.25f * fs}, pal.card_warning, present_.message.c_str());
        if (host_) host_->request_redraw();  // until the message has gone
    }
    next_blocking_.push_back({p0.x, p0.y, p0.x + w, p0.y + h});
}

//-----------------------------------------------------------------------------
// [SECTION] Pointer and blank screen
//-----------------------------------------------------------------------------

void Overlay::draw_pointer_and_blank() {
    ImDrawList* fg = ImGui::GetForegroundDrawList();
    const float s = view_.dpi_scale * presenter_scale();
    if (present_.blank != Blank::None) {
        const ImVec2 disp = ImGui::GetIO().DisplaySize;
        fg->AddRectFilled({0, 0}, disp, present_.blank == Blank::Black ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255));
        ImGui::SetMouseCursor(ImGuiMouseCursor_None);
        return;
    }
    if (present_.trail.empty()) return;
    const ImGuiIO& io = ImGui::GetIO();
    const bool pointing = present_.pointer_on || io.MouseDown[1];
    // The trail: older points smaller and fainter.
    for (std::size_t k = 0; k + 1 < present_.trail.size(); ++k) {
        const auto& p = present_.trail[k];
        const float age = static_cast<float>(std::clamp((view_.time - p.t) / kTrailSeconds, 0.0, 1.0));
        const int alpha = static_cast<int>(150.0f * (1.0f - age));
        if (alpha <= 0) continue;
        fg->AddCircleFilled({p.x, p.y}, (3.0f + 4.0f * (1.0f - age)) * s, IM_COL32(235, 30, 40, alpha), 12);
    }
    if (!pointing) return;
    const auto& head = present_.trail.back();
    fg->AddCircleFilled({head.x, head.y}, 14.0f * s, IM_COL32(235, 30, 40, 60), 20);
    fg->AddCircleFilled({head.x, head.y}, 8.0f * s, IM_COL32(235, 30, 40, 235), 16);
    fg->AddCircleFilled({head.x, head.y}, 3.0f * s, IM_COL32(255, 200, 200, 255), 8);
    ImGui::SetMouseCursor(ImGuiMouseCursor_None);
}

//-----------------------------------------------------------------------------
// [SECTION] The side panel's lesson path section
//-----------------------------------------------------------------------------

void Overlay::draw_presenter_panel_section() {
    if (!ImGui::CollapsingHeader("Lesson path", ImGuiTreeNodeFlags_DefaultOpen)) return;
    ImGui::PushID("gloss.lesson");
    if (ImGui::Button(present_.active ? "Stop presenting (Esc)" : "Present (F5)")) {
        if (present_.active) leave_presenter();
        else enter_presenter();
    }
    ImGui::SameLine();
    bool dark = present_.dark;
    if (ImGui::Checkbox("Dark", &dark)) present_.dark = dark;
    ImGui::SameLine();
    bool reveal = present_.reveal;
    if (ImGui::Checkbox("Guess first", &reveal)) set_presenter_reveal(reveal);
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##path", lesson_path_label(present_.path))) {
        for (int k = 0; k < kLessonPathKinds; ++k) {
            const auto kind = static_cast<LessonPathKind>(k);
            if (ImGui::Selectable(lesson_path_label(kind), kind == present_.path)) set_lesson_path(kind);
        }
        ImGui::EndCombo();
    }
    if (present_.path == LessonPathKind::Own) {
        if (ImGui::Button("+ Add focused annotation or selection (s)")) add_focus_to_path();
        if (present_.steps.empty()) ImGui::TextDisabled("No steps yet: focus an annotation (] or n) and press s.");
        std::string act_id;
        int act = 0;  // 1 up, 2 down, 3 remove, 4 dragged by `drag_delta`
        int drag_delta = 0;
        for (int i = 0; i < static_cast<int>(present_.steps.size()); ++i) {
            const LessonStep& st = present_.steps[static_cast<std::size_t>(i)];
            ImGui::PushID(i);
            if (ImGui::SmallButton("^")) { act_id = st.id; act = 1; }
            ImGui::SameLine();
            if (ImGui::SmallButton("v")) { act_id = st.id; act = 2; }
            ImGui::SameLine();
            if (ImGui::SmallButton("x")) { act_id = st.id; act = 3; }
            ImGui::SameLine();
            std::string label = std::to_string(i + 1) + ". ";
            if (st.annotation >= 0 && st.annotation < static_cast<int>(set_.items.size())) label += card(st.annotation).label;
            else label += st.quote;
            if (st.missing) label += "  [missing: passage not in the text]";
            const bool current = present_.active && i == present_.player.step();
            if (ImGui::Selectable(label.c_str(), current || i == present_.selected_step)) {
                present_.selected_step = i;
                std::snprintf(present_.note_buffer, sizeof present_.note_buffer, "%s", st.teacher_note.c_str());
                std::snprintf(present_.question_buffer, sizeof present_.question_buffer, "%s", st.question.c_str());
                if (present_.active) present_go_to(i);
            }
            // Drag a step onto another to move it there.
            if (ImGui::BeginDragDropSource()) {
                ImGui::SetDragDropPayload("GLOSS_LESSON_STEP", &i, sizeof i);
                ImGui::TextUnformatted(label.c_str());
                ImGui::EndDragDropSource();
            }
            if (ImGui::BeginDragDropTarget()) {
                if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload("GLOSS_LESSON_STEP")) {
                    int from = 0;
                    std::memcpy(&from, payload->Data, sizeof from);
                    if (from >= 0 && from < static_cast<int>(present_.steps.size()) && from != i) {
                        act_id = present_.steps[static_cast<std::size_t>(from)].id;
                        act = 4;
                        drag_delta = i - from;
                    }
                }
                ImGui::EndDragDropTarget();
            }
            ImGui::PopID();
        }
        if (!act_id.empty() && lesson_sink_) {
            if (act == 3) lesson_sink_->remove_step(act_id);
            else lesson_sink_->move_step(act_id, act == 4 ? drag_delta : act == 1 ? -1 : +1);
            refresh_lesson_path();
        }
        const int sel = present_.selected_step;
        if (sel >= 0 && sel < static_cast<int>(present_.steps.size())) {
            ImGui::Separator();
            ImGui::Text("Step %d: teacher's note (your screen only)", sel + 1);
            ImGui::InputTextMultiline("##note", present_.note_buffer, sizeof present_.note_buffer,
                                      ImVec2(-1.0f, ImGui::GetFontSize() * 3.5f));
            ImGui::TextUnformatted("Question for the class");
            ImGui::SetNextItemWidth(-1.0f);
            ImGui::InputText("##question", present_.question_buffer, sizeof present_.question_buffer);
            if (ImGui::Button("Save step") && lesson_sink_) {
                lesson_sink_->edit_step(present_.steps[static_cast<std::size_t>(sel)].id, present_.note_buffer, present_.question_buffer);
                refresh_lesson_path();
            }
        }
    } else {
        ImGui::TextDisabled("%d steps", present_.player.count());
    }
    ImGui::PopID();
    ImGui::Separator();
}

//-----------------------------------------------------------------------------
// [SECTION] The presenter view (second window)
//-----------------------------------------------------------------------------

void Overlay::draw_presenter_view(ImFont* body, ImFont* bold) {
    ImFont* const saved_body = font_body_;
    ImFont* const saved_bold = font_bold_;
    font_body_ = body;
    font_bold_ = bold ? bold : body;
    const Palette pal = palette_for(view_.dark);
    const ImVec2 disp = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(disp);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    char title[80];
    std::snprintf(title, sizeof title, "Gloss presenter view###gloss.presenter.view.%s", window_suffix_);
    ImGui::Begin(title, nullptr, flags);
    if (font_body_) ImGui::PushFont(font_body_);

    const int step = present_.player.step();
    const int count = present_.player.count();
    const double elapsed = present_.active && present_.started >= 0 ? std::max(0.0, view_.time - present_.started) : 0.0;
    const int minutes = static_cast<int>(elapsed / 60.0), seconds = static_cast<int>(elapsed) % 60;
    if (!present_.active) ImGui::TextUnformatted("Not presenting: press F5 in the reader (or Present in its panel).");
    else if (step >= 0) ImGui::Text("Step %d / %d", step + 1, count);
    else ImGui::TextUnformatted("This path has no steps");
    ImGui::SameLine();
    ImGui::TextDisabled("  %s", lesson_path_label(present_.path));
    char clock[32];
    std::snprintf(clock, sizeof clock, "%02d:%02d", minutes, seconds);
    ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 20.0f, disp.x - ImGui::CalcTextSize(clock).x - 20.0f));
    ImGui::TextUnformatted(clock);
    if (present_.blank != Blank::None) {
        ImGui::PushStyleColor(ImGuiCol_Text, pal.card_warning);
        ImGui::TextUnformatted(present_.blank == Blank::Black ? "The projector is blanked (black): any key brings it back"
                                                              : "The projector is blanked (white): any key brings it back");
        ImGui::PopStyleColor();
    }
    ImGui::Separator();

    const float list_w = std::max(220.0f, disp.x * 0.32f);
    ImGui::BeginChild("##current", ImVec2(disp.x - list_w - 24.0f, 0.0f), false);
    if (step >= 0 && step < static_cast<int>(present_.steps.size())) {
        const LessonStep& st = present_.steps[static_cast<std::size_t>(step)];
        const int a = current_step_annotation();
        const float fs = ImGui::GetFontSize();
        const float wrap = ImGui::GetContentRegionAvail().x;
        ImGui::PushTextWrapPos(0.0f);
        if (st.missing) {
            ImGui::PushStyleColor(ImGuiCol_Text, pal.card_warning);
            ImGui::TextUnformatted("Missing: this step's passage is no longer in the text.");
            ImGui::PopStyleColor();
            if (!st.quote.empty()) ImGui::TextDisabled("It was: \xE2\x80\x9C%s\xE2\x80\x9D", st.quote.c_str());
        }
        if (a >= 0) {
            // The whole card, every stage: the teacher sees what the class will see next.
            draw_card_lines(a, card(a), ImGui::GetWindowDrawList(), std::min(wrap, fs * 30.0f), fs, pal, false, false);
            if (!present_.player.fully_revealed())
                ImGui::TextDisabled("On the projector: stage %d of %d", present_.player.stage() + 1, present_.player.stages());
        } else if (!st.missing) {
            ImGui::TextDisabled("Passage:");
            const std::uint32_t e = std::min<std::uint32_t>(st.range.end, static_cast<std::uint32_t>(text_.size()));
            if (st.range.begin < e) ImGui::TextUnformatted(text_.data() + st.range.begin, text_.data() + e);
        }
        ImGui::Separator();
        if (!st.teacher_note.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, pal.note_edge);
            ImGui::TextUnformatted("Your note");
            ImGui::PopStyleColor();
            ImGui::TextUnformatted(st.teacher_note.c_str());
        }
        if (!st.question.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, pal.focus);
            ImGui::TextUnformatted("Question for the class");
            ImGui::PopStyleColor();
            ImGui::TextUnformatted(st.question.c_str());
        }
        if (step + 1 < count) {
            const LessonStep& nx = present_.steps[static_cast<std::size_t>(step + 1)];
            ImGui::Separator();
            ImGui::TextDisabled("Next:");
            ImGui::SameLine();
            if (nx.annotation >= 0 && nx.annotation < static_cast<int>(set_.items.size())) ImGui::TextUnformatted(card(nx.annotation).label.c_str());
            else ImGui::TextUnformatted(nx.quote.empty() ? "(a passage)" : nx.quote.c_str());
        } else if (count > 0) {
            ImGui::Separator();
            ImGui::TextDisabled("This is the last step.");
        }
        ImGui::PopTextWrapPos();
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##steps", ImVec2(0.0f, 0.0f), true);
    ImGuiListClipper clipper;
    clipper.Begin(count, ImGui::GetTextLineHeightWithSpacing());
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const LessonStep& st = present_.steps[static_cast<std::size_t>(i)];
            std::string label = std::to_string(i + 1) + ". ";
            if (st.annotation >= 0 && st.annotation < static_cast<int>(set_.items.size())) label += card(st.annotation).label;
            else label += st.quote.empty() ? std::string("(a passage)") : st.quote;
            if (st.missing) label += " [missing]";
            ImGui::PushID(i);
            if (ImGui::Selectable(label.c_str(), i == step) && present_.active) present_go_to(i);
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
    if (font_body_) ImGui::PopFont();
    ImGui::End();
    font_body_ = saved_body;
    font_bold_ = saved_bold;
}

} // namespace gloss
