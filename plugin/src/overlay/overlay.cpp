// Gloss — the overlay's frame: state per document and layout, hover, clicks,
// keys, marks in the text, gutter markers and the density strip.
//
// Index of this file:
// [SECTION] Document and layout
// [SECTION] Navigation and keys
// [SECTION] Frame
// [SECTION] Clicks and hover
// [SECTION] Marks, gutter, density strip
// [SECTION] Textures from the host's renderer
//
// Cards, legend, panel, help and the note editor are in overlay_windows.cpp.
#include "overlay.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>

#include "gloss/gloss_plugin.h"
#include "gloss/utf8.hpp"
#include "palette.hpp"

namespace gloss {

// Compile-time guard: the overlay must match Debian's prebuilt libimgui.a layout.
static_assert(sizeof(ImWchar) == 2 && sizeof(ImDrawIdx) == 2, "imconfig.h must match the prebuilt libimgui.a");

namespace {
constexpr int kDensityBins = 256;
// Host mistakes logged once per overlay (warn_once bits).
enum : unsigned { WarnNarrowGutter = 1u, WarnOutsideWindow = 2u, WarnMissingGlyph = 4u };
std::atomic<unsigned> g_overlay_count{0};
constexpr std::size_t kMaxFragments = 64; // line fragments drawn per annotation per frame
} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Document and layout
//-----------------------------------------------------------------------------

Overlay::Overlay(OverlayHost* host) : host_(host) {
    std::snprintf(window_suffix_, sizeof window_suffix_, "%u", ++g_overlay_count);
}

void Overlay::warn_once(unsigned bit, const std::string& message) {
    if (warned_ & bit) return;
    warned_ |= bit;
    if (host_) host_->log(GLOSS_LOG_WARNING, message.c_str());
}
Overlay::~Overlay() { release_textures(); }

void Overlay::set_document(std::string text, AnnotationSet set) {
    text_ = std::move(text);
    geometry_.clear();
    pinned_.clear();
    open_card_ = focused_ = reading_item_ = hover_candidate_ = panel_scroll_to_ = -1;
    reading_top_ = 0;
    chapters_.clear();
    note_editor_open_ = false;
    selection_ = {};
    set_ = std::move(set);
    card_w_.assign(set_.items.size(), 0.0f);
    card_h_.assign(set_.items.size(), 0.0f);
    rebuild_derived();
}

void Overlay::set_chapters(std::vector<DocumentChapter> chapters) {
    std::stable_sort(chapters.begin(), chapters.end(),
                     [](const DocumentChapter& a, const DocumentChapter& b) { return a.begin < b.begin; });
    chapters_ = std::move(chapters);
}

int Overlay::reading_chapter() const {
    const auto after = std::upper_bound(chapters_.begin(), chapters_.end(), reading_top_,
                                        [](std::uint32_t top, const DocumentChapter& c) { return top < c.begin; });
    return static_cast<int>(after - chapters_.begin()) - 1;
}

void Overlay::set_annotations(AnnotationSet set) {
    std::vector<std::string> pinned_ids, keep;
    for (int i : pinned_) pinned_ids.push_back(set_.items[i].id);
    const std::string focused_id = focused_ >= 0 ? set_.items[focused_].id : std::string();
    set_ = std::move(set);
    pinned_.clear();
    open_card_ = focused_ = hover_candidate_ = -1;
    for (int i = 0; i < static_cast<int>(set_.items.size()); ++i) {
        if (std::find(pinned_ids.begin(), pinned_ids.end(), set_.items[i].id) != pinned_ids.end()) pinned_.push_back(i);
        if (!focused_id.empty() && set_.items[i].id == focused_id) focused_ = i;
    }
    card_w_.assign(set_.items.size(), 0.0f);
    card_h_.assign(set_.items.size(), 0.0f);
    rebuild_derived();
}

void Overlay::rebuild_derived() {
    forget_cards();
    ranges_.clear();
    for (auto& v : per_kind_) v.clear();
    for (int i = 0; i < static_cast<int>(set_.items.size()); ++i) {
        ranges_.push_back(set_.items[i].range);
        per_kind_[static_cast<int>(set_.items[i].kind)].push_back(i);
    }
    index_.build(ranges_);
    order_.clear();
    for (int i = 0; i < static_cast<int>(set_.items.size()); ++i)
        if (navigable(i)) order_.push_back(i);
    std::stable_sort(order_.begin(), order_.end(),
                     [&](int a, int b) { return set_.items[a].range.begin < set_.items[b].range.begin; });
    rebuild_layout_derived();
    refresh_lesson_path();  // presenter mode: the path over the new annotations
}

void Overlay::rebuild_layout_derived() {
    forget_step_card();
    doc_y_.assign(set_.items.size(), -1.0f);
    density_.assign(kDensityBins, 0);
    ++density_generation_;
    if (geometry_.empty()) return;
    const float h = std::max(1.0f, geometry_.content_height());
    for (int i = 0; i < static_cast<int>(set_.items.size()); ++i) {
        const Annotation& a = set_.items[i];
        if (a.range.empty()) continue;
        const int line = geometry_.line_at_or_after(a.range.begin);
        if (line >= static_cast<int>(geometry_.lines().size())) continue;
        doc_y_[i] = geometry_.lines()[line].box.y0;
        if (a.kind == AnnotationKind::Conflict || (!show_dates_ && is_date_like(a))) continue;
        const int bin = std::clamp(static_cast<int>(doc_y_[i] / h * kDensityBins), 0, kDensityBins - 1);
        density_[bin] |= static_cast<std::uint8_t>(1u << static_cast<int>(a.kind));
    }
}

void Overlay::set_fonts(ImFont* body, ImFont* bold) {
    font_body_ = body;
    font_bold_ = bold;
    forget_cards();
}

namespace {
// Plain stand-ins for characters a host font may not have.
const char* fallback_for(char32_t c) {
    switch (c) {
    case 0x2248: return "~";   // ≈
    case 0x2212: return "-";   // −
    case 0x2013: case 0x2014: return "-"; // – —
    case 0x2018: case 0x2019: return "'";
    case 0x201C: case 0x201D: return "\"";
    case 0x2026: return "...";
    case 0x00D7: return "x";
    case 0x00F7: return "/";
    case 0x00B6: return "P";
    case 0x00B7: return "-";
    case 0x2192: return "->";
    default: return "?";
    }
}

// Replace every code point `font` has no glyph for; the first one replaced (or 0).
char32_t fit_to_font(std::string& text, const ImFont* font) {
    char32_t first_missing = 0;
    std::size_t i = 0;
    std::string out;
    bool changed = false;
    while (i < text.size()) {
        const std::size_t start = i;
        const char32_t c = utf8_next(text, &i);
        if (c >= 0x80 && (c > 0xFFFF || !font->FindGlyphNoFallback(static_cast<ImWchar>(c)))) {
            if (!changed) out.assign(text, 0, start);
            changed = true;
            if (!first_missing) first_missing = c;
            out += fallback_for(c);
        } else if (changed) {
            out.append(text, start, i - start);
        }
    }
    if (changed) text.swap(out);
    return first_missing;
}
} // namespace

void Overlay::forget_cards() {
    forget_step_card();
    cards_.assign(set_.items.size(), CardContent{});
    cards_built_.assign(set_.items.size(), 0);
    panel_rows_stale_ = true;
}

std::size_t Overlay::cards_built() const {
    return static_cast<std::size_t>(std::count(cards_built_.begin(), cards_built_.end(), std::uint8_t{1}));
}

// A card is built the first time it is shown or searched: a long document has
// tens of thousands of annotations, and a reader opens a few of their cards.
const CardContent& Overlay::card(int index) const {
    CardContent& c = cards_[static_cast<std::size_t>(index)];
    if (cards_built_[static_cast<std::size_t>(index)]) return c;
    c = build_card(set_, index, text_);
    if (const ImFont* font = font_body_) {
        char32_t missing = 0;
        auto fit = [&](std::string& s) {
            const char32_t m = fit_to_font(s, font);
            if (!missing) missing = m;
        };
        for (CardLine& l : c.lines) fit(l.text);
        for (CardBar& b : c.chart) {
            fit(b.label);
            fit(b.value_text);
        }
        fit(c.label);
        if (missing) {
            char cp[16];
            std::snprintf(cp, sizeof cp, "U+%04X", static_cast<unsigned>(missing));
            const_cast<Overlay*>(this)->warn_once(
                WarnMissingGlyph, std::string("gloss: the card font has no glyph for ") + cp +
                                      "; shown as an ASCII stand-in. Add the ranges of gloss_imgui_overlay.glyph_ranges() "
                                      "to font_body when building the atlas");
        }
    }
    cards_built_[static_cast<std::size_t>(index)] = 1;
    return c;
}

bool Overlay::set_layout(std::vector<TextLine> lines, std::vector<float> caret_x, float content_width,
                         float content_height, std::string* error) {
    if (!geometry_.assign(text_, std::move(lines), std::move(caret_x), content_width, content_height, error))
        return false;
    rebuild_layout_derived();
    return true;
}

void Overlay::set_kind_shown(AnnotationKind kind, bool shown) {
    shown_[static_cast<int>(kind)] = shown;
    panel_rows_stale_ = true;
    order_.clear();
    for (int i = 0; i < static_cast<int>(set_.items.size()); ++i)
        if (navigable(i)) order_.push_back(i);
    std::stable_sort(order_.begin(), order_.end(),
                     [&](int a, int b) { return set_.items[a].range.begin < set_.items[b].range.begin; });
    if (open_card_ >= 0 && !kind_shown(set_.items[open_card_].kind)) open_card_ = -1;
    if (focused_ >= 0 && !navigable(focused_)) focused_ = -1;
}

bool Overlay::navigable(int index) const {
    const Annotation& a = set_.items[index];
    return a.kind != AnnotationKind::Conflict && !a.range.empty() && kind_shown(a.kind) && (show_dates_ || !is_date_like(a));
}

bool Overlay::is_date_like(const Annotation& a) {
    if (a.kind != AnnotationKind::Figure) return false;
    const std::string_view k = a.figure().kind;
    return k == "date" || k == "time" || k == "identifier" || k == "ordinal" ||
           (k == "range" && a.figure().unit == "year");  // "2011 to 2015": a period
}

void Overlay::set_dates_shown(bool shown) {
    show_dates_ = shown;
    set_kind_shown(AnnotationKind::Figure, kind_shown(AnnotationKind::Figure));  // the navigation order again
    rebuild_layout_derived();
}

int Overlay::annotation_at(std::uint32_t offset) const {
    index_.at(offset, lookup_);
    int best = -1;
    for (int i : lookup_) {
        if (!navigable(i)) continue;
        if (best < 0 || (set_.items[i].range.end - set_.items[i].range.begin) <
                            (set_.items[best].range.end - set_.items[best].range.begin))
            best = i;
    }
    return best;
}

//-----------------------------------------------------------------------------
// [SECTION] Navigation and keys
//-----------------------------------------------------------------------------

void Overlay::focus_and_reveal(int index) {
    focused_ = index;
    if (open_card_ >= 0) { open_card_ = index; open_card_by_key_ = true; } // a keyboard card follows the focus
    hover_candidate_ = -1;
    panel_scroll_to_ = index;
    const float y = doc_y_[index];
    const float margin = 40.0f;
    if (y < 0 || y < view_.visible_y0 + margin * 0.25f || y > view_.visible_y1 - margin)
        if (host_) host_->scroll_to(set_.items[index].range.begin);
    if (host_) host_->request_redraw();
}

void Overlay::navigate(int step) {
    if (order_.empty()) return;
    int pos = -1; // position in order_ to move to
    if (focused_ >= 0) {
        const auto it = std::find(order_.begin(), order_.end(), focused_);
        if (it != order_.end()) {
            const int cur = static_cast<int>(it - order_.begin());
            pos = std::clamp(cur + step, 0, static_cast<int>(order_.size()) - 1);
        }
    }
    if (pos < 0) {
        // Start from the reading position: the first annotation at or after the top of the view.
        std::uint32_t top = 0;
        if (!geometry_.empty()) {
            int first = 0, last = 0;
            geometry_.lines_in_y(view_.visible_y0, view_.visible_y1, &first, &last);
            if (first < static_cast<int>(geometry_.lines().size())) top = geometry_.lines()[first].begin;
        }
        const auto it = std::lower_bound(order_.begin(), order_.end(), top,
                                         [&](int i, std::uint32_t o) { return set_.items[i].range.begin < o; });
        const int at = static_cast<int>(it - order_.begin());
        pos = step > 0 ? std::min(at, static_cast<int>(order_.size()) - 1) : std::max(at - 1, 0);
    }
    focus_and_reveal(order_[pos]);
}

bool Overlay::handle_key(const OverlayKeyEvent& e) {
    // Only the overlay's own text fields decline keys: a host's focused text
    // view (read-only or not) is the host's to judge; it hands keys over or not.
    const bool typing = own_text_active_ || note_editor_open_;
    if (present_.active && !(typing && e.key != OverlayKey::Escape && e.key != OverlayKey::F5) && handle_presenter_key(e))
        return true;
    if (e.key == OverlayKey::F5 && !typing) return enter_presenter();
    if (e.key == OverlayKey::Escape) {
        if (note_editor_open_) { note_editor_open_ = false; return true; }
        if (help_open_) { help_open_ = false; return true; }
        if (open_card_ >= 0) { open_card_ = -1; hover_candidate_ = -1; return true; }
        if (!pinned_.empty()) { pinned_.clear(); return true; }
        if (focused_ >= 0) { focused_ = -1; return true; }
        return false;
    }
    if (typing) return false;
    if (e.mods & (GLOSS_MOD_CTRL | GLOSS_MOD_ALT | GLOSS_MOD_SUPER)) return false;
    switch (e.key) {
    case OverlayKey::Enter:
        if (focused_ >= 0) {
            if (open_card_ == focused_) {
                if (std::find(pinned_.begin(), pinned_.end(), focused_) == pinned_.end()) pinned_.push_back(focused_);
                open_card_ = -1;
            } else {
                open_card_ = focused_;
                open_card_by_key_ = true;
            }
            return true;
        }
        if (open_card_ >= 0) {
            if (std::find(pinned_.begin(), pinned_.end(), open_card_) == pinned_.end()) pinned_.push_back(open_card_);
            open_card_ = -1;
            return true;
        }
        return false;
    case OverlayKey::Tab:
    case OverlayKey::F2: panel_open_ = !panel_open_; return true;
    case OverlayKey::Up:
    case OverlayKey::Down:  // the panel's list, when open; otherwise the host scrolls
        if (!panel_open_ || order_.empty()) return false;
        navigate(e.key == OverlayKey::Down ? +1 : -1);
        return true;
    default: break;
    }
    switch (e.codepoint) {
    case ']': case 'n': navigate(+1); return !order_.empty();
    case '[': case 'p': navigate(-1); return !order_.empty();
    case '?': help_open_ = !help_open_; return true;
    case 's': return add_focus_to_path();
    case 'a':
        if (selection_.empty()) return false;
        note_editor_open_ = true;
        note_range_ = selection_;
        note_buffer_[0] = 0;
        return true;
    case 'H': return write_classroom(ClassroomExport::Handout);
    case 'W': return write_classroom(ClassroomExport::Worksheet);
    case 'g':
        if (focused_ >= 0 && set_.items[focused_].kind == AnnotationKind::Definition &&
            set_.items[focused_].definition().defined_in_text) {
            if (host_) host_->scroll_to(set_.items[focused_].definition().definition_site.begin);
            return true;
        }
        return false;
    default: return false;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

void Overlay::draw(const OverlayView& view) {
    view_ = view;
    if (view_.transform.scale <= 0) view_.transform.scale = 1;
    ImGuiIO& io = ImGui::GetIO();

    // Scrolling or the wheel closes the hover card (pinned and keyboard cards stay).
    const bool scrolled = have_last_view_ && (std::fabs(view_.transform.origin_y - last_origin_y_) > 0.5f ||
                                              std::fabs(view_.transform.origin_x - last_origin_x_) > 0.5f);
    const bool wheel = io.MouseWheel != 0.0f || io.MouseWheelH != 0.0f;
    if (scrolled || wheel) {
        if (open_card_ >= 0 && (!open_card_by_key_ || wheel)) open_card_ = -1;
        hover_candidate_ = -1;
    }
    last_origin_x_ = view_.transform.origin_x;
    last_origin_y_ = view_.transform.origin_y;
    have_last_view_ = true;

    ImGui::PushID("gloss.overlay");
    ImGui::PushID(window_suffix_);
    next_regions_.clear();
    next_blocking_.clear();
    wants_mouse_ = false;
    own_text_active_ = false;
    check_host_window();
    if (present_.active) presenter_input();

    if (!geometry_.empty()) {
        // Visible annotations: lines in the visible y band -> their byte range -> the interval index.
        int first = 0, last = 0;
        geometry_.lines_in_y(view_.visible_y0, view_.visible_y1, &first, &last);
        visible_.clear();
        if (first < last) {
            const auto& lines = geometry_.lines();
            std::uint32_t q0 = lines[first].begin, q1 = std::max(lines[last - 1].end, lines[first].begin + 1);
            if (!view_.visible.empty()) {  // the host's own idea of what is visible bounds the query
                q0 = std::max(q0, view_.visible.begin);
                q1 = std::min(q1, std::max(view_.visible.end, q0 + 1));
            }
            if (q0 < q1) index_.query(q0, q1, visible_);
            const std::uint32_t top = lines[first].begin;
            reading_top_ = top;
            int reading = -1;
            for (int i : visible_)
                if (navigable(i) && set_.items[i].range.begin >= top) { reading = i; break; }
            if (reading != reading_item_ && reading >= 0) { reading_item_ = reading; panel_scroll_to_ = reading; }
        }
        handle_clicks();
        if (present_.active) open_card_ = hover_candidate_ = -1;  // presenter mode: never a hover card
        else update_hover();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        layout_legend();
        draw_marks(dl);  // with the gutter, the density strip and the legend
        if (present_.active) {
            draw_presenter_page(dl);  // spotlight, "?" covers, ink
            draw_presenter_card();
        } else {
            draw_cards();
        }
        if (!selection_.empty() && !note_editor_open_ && note_sink_ && !present_.active) draw_note_chip();
    }
    if (present_.active) draw_presenter_status();
    if (panel_open_) draw_panel(); // the panel has the toggles and counts
    if (help_open_) draw_help();
    if (note_editor_open_) draw_note_editor();
    if (present_.active) draw_pointer_and_blank();

    regions_.swap(next_regions_);
    blocking_.swap(next_blocking_);
    const ScreenPoint mouse{io.MousePos.x, io.MousePos.y};
    for (const ScreenRect& r : blocking_)
        if (r.contains(mouse)) wants_mouse_ = true;
    ImGui::PopID();
    ImGui::PopID();
}

// The window draw() runs in: the panel docks inside its work area, and hover
// cards need it hovered, so a view clip outside it is a host mistake.
void Overlay::check_host_window() {
    const ImVec2 wp = ImGui::GetWindowPos(), cmin = ImGui::GetWindowContentRegionMin(), cmax = ImGui::GetWindowContentRegionMax();
    host_work_rect_ = ScreenRect{wp.x + cmin.x, wp.y + cmin.y, wp.x + cmax.x, wp.y + cmax.y};
    const ImVec2 ws = ImGui::GetWindowSize();
    const ScreenRect window{wp.x, wp.y, wp.x + ws.x, wp.y + ws.y};
    const ScreenPoint centre{(view_.clip.x0 + view_.clip.x1) * 0.5f, (view_.clip.y0 + view_.clip.y1) * 0.5f};
    if (view_.clip.width() > 0 && view_.clip.height() > 0 && !window.contains(centre))
        warn_once(WarnOutsideWindow, std::string("gloss: draw() was called in window \"") + ImGui::GetCurrentWindowRead()->Name +
                                         "\", which does not contain the view's clip: hover cards open only over that window. "
                                         "Call draw() before End() of the window that shows the text");
}

//-----------------------------------------------------------------------------
// [SECTION] Clicks and hover
//-----------------------------------------------------------------------------

void Overlay::handle_clicks() {
    ImGuiIO& io = ImGui::GetIO();
    if (!io.MouseClicked[0]) return;
    const ScreenPoint mouse{io.MousePos.x, io.MousePos.y};
    if (io.KeyCtrl && open_link_at(mouse)) return;
    for (const ClickRegion& r : regions_) {
        if (!r.rect.contains(mouse)) continue;
        switch (r.action) {
        case Action::PinCard:
            if (std::find(pinned_.begin(), pinned_.end(), r.arg) == pinned_.end()) pinned_.push_back(r.arg);
            if (open_card_ == r.arg) open_card_ = -1;
            break;
        case Action::UnpinCard: pinned_.erase(std::remove(pinned_.begin(), pinned_.end(), r.arg), pinned_.end()); break;
        case Action::ScrollTo:
            if (host_) host_->scroll_to(r.offset);
            break;
        case Action::ToggleKind: set_kind_shown(static_cast<AnnotationKind>(r.arg), !shown_[r.arg]); break;
        case Action::ToggleDates: set_dates_shown(!show_dates_); break;
        case Action::GutterPin:
            if (std::find(pinned_.begin(), pinned_.end(), r.arg) == pinned_.end()) pinned_.push_back(r.arg);
            else pinned_.erase(std::remove(pinned_.begin(), pinned_.end(), r.arg), pinned_.end());
            focused_ = r.arg;
            break;
        case Action::DensityJump: {
            const float y = (mouse.y - r.rect.y0) / std::max(1.0f, r.rect.height()) * geometry_.content_height();
            int first = 0, last = 0;
            geometry_.lines_in_y(y, y + 1, &first, &last);
            if (first < static_cast<int>(geometry_.lines().size()) && host_) host_->scroll_to(geometry_.lines()[first].begin);
            break;
        }
        case Action::OpenNoteEditor:
            note_editor_open_ = true;
            note_range_ = selection_;
            note_buffer_[0] = 0;
            break;
        case Action::Uncover:
            if (r.arg >= 0 && r.arg < static_cast<int>(present_.opened.size())) present_.opened[static_cast<std::size_t>(r.arg)] = 1;
            update_covers();
            break;
        case Action::None: break;
        }
        if (host_) host_->request_redraw();
        return;
    }
}

// Ctrl+click on a citation (its text or its card) whose source came from a
// link: the host opens the link's address. Never on its own, only on a click.
bool Overlay::open_link_at(ScreenPoint mouse) {
    if (!host_) return false;
    int index = -1;
    for (const ClickRegion& r : regions_)
        if (r.rect.contains(mouse) && (r.action == Action::PinCard || r.action == Action::UnpinCard)) index = r.arg;
    if (index < 0 && view_.clip.contains(mouse))
        if (const auto off = geometry_.offset_at(view_.transform.to_doc(mouse)))
            for (std::size_t i = 0; i < set_.items.size(); ++i)
                if (set_.items[i].kind == AnnotationKind::SourceCheck && set_.items[i].range.contains(*off)) {
                    for (const CitationPart& p : set_.items[i].check().parts)
                        if (!p.link.empty()) index = static_cast<int>(i);
                    if (index >= 0) break;
                }
    if (index < 0 || set_.items[static_cast<std::size_t>(index)].kind != AnnotationKind::SourceCheck) return false;
    for (const CitationPart& p : set_.items[static_cast<std::size_t>(index)].check().parts) {
        if (p.link.empty()) continue;
        host_->open_address(p.link.c_str());
        host_->request_redraw();
        return true;
    }
    return false;
}

void Overlay::update_hover() {
    const ImGuiIO& io = ImGui::GetIO();
    const ScreenPoint mouse{io.MousePos.x, io.MousePos.y};
    bool over_overlay = false;
    for (const ScreenRect& r : blocking_)
        if (r.contains(mouse)) over_overlay = true;

    // Stay open while the mouse is on the card (or the gap between word and card).
    if (open_card_ >= 0 && !open_card_by_key_ && open_card_rect_.expanded(6.0f).contains(mouse)) return;

    int candidate = -1;
    if (!over_overlay && ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && view_.clip.contains(mouse)) {
        if (const auto off = geometry_.offset_at(view_.transform.to_doc(mouse))) candidate = annotation_at(*off);
    }
    if (candidate != hover_candidate_) {
        hover_candidate_ = candidate;
        hover_since_ = view_.time;
        if (open_card_ >= 0 && !open_card_by_key_ && candidate != open_card_) open_card_ = -1;
    }
    if (candidate >= 0 && open_card_ != candidate) {
        if (view_.time - hover_since_ >= hover_delay_) {
            open_card_ = candidate;
            open_card_by_key_ = false;
        }
        if (host_) host_->request_redraw(); // keep frames coming until the delay has passed
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Marks, gutter, density strip
//-----------------------------------------------------------------------------

int Overlay::first_rect(int index, ScreenRect* out) const {
    DocRect r[1];
    const std::size_t n = geometry_.range_to_rects(set_.items[index].range, r, 1);
    if (n == 0) return 0;
    *out = view_.transform.to_screen(r[0]);
    return static_cast<int>(n);
}

// Draw commands, which a software rasteriser pays for one by one: with the
// font's texture and the window's clip, the focus ring and (beside the text)
// the legend's box and labels continue the reader's text command; then, over
// the pattern texture when the host gives one, the gutter, the marks, the
// density strip and the legend's marks are one more command.
void Overlay::draw_marks(ImDrawList* dl) {
    const Palette pal = palette_for(view_.dark);
    // Presenter mode: marks as thick as the zoomed text calls for (a whole
    // multiple, as the pattern texture is made at whole scales), to be read
    // from the back of a room.
    const float s = view_.transform.scale * view_.dpi_scale * (present_.active ? presenter_scale() : 1.0f);
    const MarkTexture tex = mark_texture(s);
    DocRect rects[kMaxFragments];
    float baselines[kMaxFragments];
    if (focused_ >= 0 && kind_shown(set_.items[focused_].kind) &&
        std::find(visible_.begin(), visible_.end(), focused_) != visible_.end()) {
        const std::size_t n = std::min(geometry_.range_to_rects(set_.items[focused_].range, rects, kMaxFragments), kMaxFragments);
        for (std::size_t k = 0; k < n; ++k) {
            const ScreenRect r = view_.transform.to_screen(rects[k]);
            if (r.y1 > view_.clip.y0 && r.y0 < view_.clip.y1)
                dl->AddRect({r.x0 - 2, r.y0}, {r.x1 + 2, r.y1}, pal.focus, 3.0f, 0, 2.0f);
        }
    }
    const bool legend_first = !legend_.over_text;
    if (legend_first) {
        draw_legend_box(dl, MarkTexture{});
        draw_legend_labels(dl);
    }
    // One clip for the gutter and the text: draw_gutter keeps its shapes inside the gutter.
    dl->PushClipRect({std::min(view_.gutter_x0, view_.clip.x0), view_.clip.y0}, {view_.clip.x1, view_.clip.y1}, true);
    if (tex.id) dl->PushTextureID(tex.id);
    draw_gutter(dl, tex);
    for (int i : visible_) {
        const Annotation& a = set_.items[i];
        if (!kind_shown(a.kind) || a.kind == AnnotationKind::Conflict) continue;
        const bool date_like = is_date_like(a);
        if (date_like && !show_dates_) continue;
        if (present_.active && !shown_on_projector(i)) continue;
        const std::size_t n = std::min(geometry_.range_to_rects(a.range, rects, kMaxFragments, baselines), kMaxFragments);
        for (std::size_t k = 0; k < n; ++k) {
            const ScreenRect r = view_.transform.to_screen(rects[k]);
            const float base = view_.transform.to_screen(DocPoint{0, baselines[k]}).y;
            if (date_like || (a.kind == AnnotationKind::SourceCheck && !source_check_has_problem(a.check())))
                draw_quiet_citation_mark(dl, pal, r.x0, r.x1, base, s, tex);
            else
                draw_text_mark(dl, pal, a.kind, r.x0, r.y0, r.x1, base, s, tex);
        }
    }
    draw_density(dl, tex);
    if (!legend_first) draw_legend_box(dl, tex);
    draw_legend_marks(dl, tex);
    if (tex.id) dl->PopTextureID();
    if (!legend_first) draw_legend_labels(dl);
    dl->PopClipRect();
}

void Overlay::draw_gutter(ImDrawList* dl, const MarkTexture& tex) {
    const float need = 12.0f * view_.dpi_scale + 1.0f;  // one marker: its radius, margins and a pinned marker's growth
    if (view_.gutter_x1 - view_.gutter_x0 < need) {
        if (view_.gutter_x1 > view_.gutter_x0 || view_.gutter_x0 != 0.0f)
            warn_once(WarnNarrowGutter, "gloss: the gutter is " + std::to_string(static_cast<int>(view_.gutter_x1 - view_.gutter_x0)) +
                                            " px wide; its markers need at least " + std::to_string(static_cast<int>(std::ceil(need))) +
                                            " px: widen gloss_view.gutter_x0..gutter_x1 (or set both to 0 for no gutter)");
        return;
    }
    const Palette pal = palette_for(view_.dark);
    int first = 0, last = 0;
    geometry_.lines_in_y(view_.visible_y0, view_.visible_y1, &first, &last);
    if (first >= last) return;
    line_marks_.assign(static_cast<std::size_t>(last - first) * 5, -1);
    for (int i : visible_) {
        const Annotation& a = set_.items[i];
        if (!navigable(i) || (present_.active && !shown_on_projector(i))) continue;
        const int line = geometry_.line_at_or_after(a.range.begin);
        if (line < first || line >= last) continue;
        int& slot = line_marks_[static_cast<std::size_t>(line - first) * 5 + static_cast<int>(a.kind)];
        if (slot < 0) slot = i;
    }
    const float s = view_.dpi_scale;
    const float r = 4.0f * s, pitch = 11.0f * s;
    static const AnnotationKind order[] = {AnnotationKind::SourceCheck, AnnotationKind::Figure, AnnotationKind::Definition,
                                           AnnotationKind::Note};
    for (int line = first; line < last; ++line) {
        const TextLine& l = geometry_.lines()[line];
        const float cy = view_.transform.to_screen(DocPoint{0, (l.box.y0 + l.box.y1) * 0.5f}).y;
        float cx = view_.gutter_x1 - r - 3.0f * s;
        for (AnnotationKind k : order) {
            const int ann = line_marks_[static_cast<std::size_t>(line - first) * 5 + static_cast<int>(k)];
            if (ann < 0) continue;
            const bool pinned = std::find(pinned_.begin(), pinned_.end(), ann) != pinned_.end();
            if (cx - 1.25f * r - 1.0f < view_.gutter_x0) break;  // no room left in the gutter
            const float radius = pinned ? r * 1.25f : r;
            const ShapeSprite* dot = tex.id ? (pinned ? &tex.patterns->pinned_dot : &tex.patterns->dot) : nullptr;
            if (k == AnnotationKind::Figure && dot && dot->radius == radius) {
                draw_dot_over(dl, *tex.patterns, *dot, {cx, cy}, kind_colour(pal, k));  // one quad, not 6 triangles
            } else {
                const int first_vertex = dl->VtxBuffer.Size;
                draw_kind_shape(dl, k, {cx, cy}, radius, kind_colour(pal, k));
                if (tex.id) use_solid_texel(dl, *tex.patterns, first_vertex);
            }
            next_regions_.push_back({ScreenRect{cx - pitch * 0.5f, cy - pitch * 0.5f, cx + pitch * 0.5f, cy + pitch * 0.5f},
                                     Action::GutterPin, ann, 0});
            next_blocking_.push_back(next_regions_.back().rect);
            cx -= pitch;
        }
    }
}

void Overlay::draw_density(ImDrawList* dl, const MarkTexture& tex) {
    const Palette pal = palette_for(view_.dark);
    const float s = view_.dpi_scale;
    const ScreenRect strip{view_.clip.x1 - 7.0f * s, view_.clip.y0, view_.clip.x1 - 1.0f * s, view_.clip.y1};
    if (strip.height() < 8.0f || geometry_.content_height() <= 0) return;
    auto fill = [&](ImVec2 a, ImVec2 b, ImU32 col) {
        if (tex.id) draw_solid_over(dl, *tex.patterns, a, b, col);
        else dl->AddRectFilled(a, b, col);
    };
    const float bin_h = strip.height() / kDensityBins;
    if (tex.id && bin_h >= 1.0f) {
        // One quad: row b of the texture's density band is bin b's colour, or the strip's background.
        const MarkPatterns& p = *tex.patterns;
        const float ih = 1.0f / static_cast<float>(p.height);
        dl->PrimReserve(6, 4);
        dl->PrimRectUV({strip.x0, strip.y0}, {strip.x1, strip.y1}, {0.0f, static_cast<float>(p.density.y) * ih},
                       {1.0f, static_cast<float>(p.density.y + p.density.height) * ih}, IM_COL32_WHITE);
    } else {
        // The background, then each bin's most important shown kind; a run of bins of one kind is one rectangle.
        fill({strip.x0, strip.y0}, {strip.x1, strip.y1}, pal.density_bg);
        for (int b = 0; b < kDensityBins;) {
            const int k = density_kind(b);
            int e = b + 1;
            while (e < kDensityBins && density_kind(e) == k) ++e;
            if (k >= 0) {
                const float y0 = strip.y0 + b * bin_h, y1 = strip.y0 + e * bin_h;
                fill({strip.x0, y0}, {strip.x1, std::max(y1, y0 + 2.0f)}, kind_colour(pal, static_cast<AnnotationKind>(k)));
            }
            b = e;
        }
    }
    // The visible part: a 1 px frame; in a long document, where it is too
    // short to show a hollow, one bar (2 triangles instead of 8).
    const float h = geometry_.content_height();
    const float v0 = std::max(strip.y0, strip.y0 + view_.visible_y0 / h * strip.height());
    const float v1 = std::min(strip.y1, strip.y0 + view_.visible_y1 / h * strip.height());
    const float x0 = strip.x0 - 1, x1 = strip.x1 + 1;
    if (v1 - v0 < 4.0f) {
        const float mid = (v0 + v1) * 0.5f;
        fill({x0, std::min(v0, mid - 1.0f)}, {x1, std::max(v1, mid + 1.0f)}, pal.density_view);
    } else {
        fill({x0, v0}, {x1, v0 + 1}, pal.density_view);
        fill({x0, v1 - 1}, {x1, v1}, pal.density_view);
        fill({x0, v0 + 1}, {x0 + 1, v1 - 1}, pal.density_view);
        fill({x1 - 1, v0 + 1}, {x1, v1 - 1}, pal.density_view);
    }
    next_regions_.push_back({strip, Action::DensityJump, 0, 0});
    next_blocking_.push_back(strip);
}

// The kind bin b of the density strip shows: its most important shown kind, or -1.
int Overlay::density_kind(int b) const {
    static const AnnotationKind priority[] = {AnnotationKind::SourceCheck, AnnotationKind::Figure, AnnotationKind::Definition,
                                              AnnotationKind::Note};
    if (!density_[b]) return -1;
    for (AnnotationKind k : priority)
        if ((density_[b] & (1u << static_cast<int>(k))) && kind_shown(k)) return static_cast<int>(k);
    return -1;
}

//-----------------------------------------------------------------------------
// [SECTION] Textures from the host's renderer
//-----------------------------------------------------------------------------

void Overlay::set_renderer_textures(RendererTextures* textures) {
    release_textures();
    textures_ = textures;
    texture_refused_ = false;
}

void Overlay::release_textures() {
    if (textures_ && pattern_texture_) textures_->destroy_texture(pattern_texture_);
    pattern_texture_ = nullptr;
    patterns_ = MarkPatterns{};
    pattern_key_ = 0;
}

void* Overlay::make_texture(int width, int height, const std::uint8_t* rgba) {
    if (!textures_ || texture_refused_) return nullptr;
    void* t = textures_->create_texture(width, height, rgba);
    if (!t) {
        texture_refused_ = true;
        host_->log(GLOSS_LOG_WARNING, "gloss: the host could not make a texture; marks are drawn as triangles");
    }
    return t;
}

// The pattern texture for marks at scale s and this frame's density strip
// (document, theme, shown kinds), remade when any of them changed: rarely.
MarkTexture Overlay::mark_texture(float s) {
    const int k = std::max(1, static_cast<int>(std::lround(s)));
    std::uint64_t key = (static_cast<std::uint64_t>(density_generation_) << 16) | (static_cast<std::uint64_t>(k & 0xff) << 8) |
                        (view_.dark ? 0x80u : 0u);
    for (int kind = 0; kind < 5; ++kind)
        if (shown_[kind]) key |= 1u << kind;
    if (pattern_texture_ && pattern_key_ != key) {
        textures_->destroy_texture(pattern_texture_);
        pattern_texture_ = nullptr;
    }
    if (!pattern_texture_ && textures_ && !texture_refused_) {
        if (patterns_.scale != k) patterns_ = make_mark_patterns(k, kDensityBins);
        std::vector<int> bins(kDensityBins);
        for (int b = 0; b < kDensityBins; ++b) bins[static_cast<std::size_t>(b)] = density_kind(b);
        const Palette pal = palette_for(view_.dark);
        std::uint32_t colours[5];
        for (int kind = 0; kind < 5; ++kind) colours[kind] = kind_colour(pal, static_cast<AnnotationKind>(kind));
        paint_density(patterns_, bins, colours, 5, pal.density_bg);
        paint_edged_boxes(patterns_, pal.figure_tint, pal.figure_edge, pal.note_tint, pal.note_edge);
        pattern_texture_ = make_texture(patterns_.width, patterns_.height, patterns_.rgba.data());
        pattern_key_ = key;
    }
    MarkTexture t;
    if (pattern_texture_) {
        t.id = static_cast<ImTextureID>(pattern_texture_);
        t.patterns = &patterns_;
    }
    return t;
}

} // namespace gloss
