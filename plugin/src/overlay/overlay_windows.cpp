// Gloss — the overlay's own windows: hover and pinned cards, the side panel,
// the shortcuts sheet and the note editor.
//
// Index of this file:
// [SECTION] Window helpers
// [SECTION] Cards
// [SECTION] Side panel
// [SECTION] Shortcuts and note editor
//
// Cards are ImGuiWindowFlags_NoInputs windows: the mouse wheel
// always reaches the reader underneath (a card never steals scrolling), and
// the overlay answers clicks on them itself through ClickRegions recorded
// while drawing and tested on the next frame. Every Push has its Pop in the
// same function.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "gloss/gloss_plugin.h"
#include "overlay.hpp"
#include "palette.hpp"

namespace gloss {

//-----------------------------------------------------------------------------
// [SECTION] Window helpers
//-----------------------------------------------------------------------------

namespace {

constexpr ImGuiWindowFlags kPassiveWindow = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                            ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                            ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoInputs |
                                            ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                                            ImGuiWindowFlags_NoCollapse;

// Colours and spacing of a card-like window; pops what it pushed.
struct CardStyleScope {
    CardStyleScope(const Palette& p, float s) {
        ImGui::PushStyleColor(ImGuiCol_WindowBg, p.card_bg);
        ImGui::PushStyleColor(ImGuiCol_Border, p.card_border);
        ImGui::PushStyleColor(ImGuiCol_Text, p.card_text);
        ImGui::PushStyleColor(ImGuiCol_Separator, p.card_border);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10.0f * s, 8.0f * s));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 6.0f * s);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(6.0f * s, 3.0f * s));
    }
    ~CardStyleScope() {
        ImGui::PopStyleVar(4);
        ImGui::PopStyleColor(4);
    }
    CardStyleScope(const CardStyleScope&) = delete;
    CardStyleScope& operator=(const CardStyleScope&) = delete;
};

ScreenRect item_rect() {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    return {a.x, a.y, b.x, b.y};
}

const char* group_label(AnnotationKind k) {
    switch (k) {
    case AnnotationKind::Figure: return "Figures";
    case AnnotationKind::SourceCheck: return "Source checks";
    case AnnotationKind::Definition: return "Definitions";
    case AnnotationKind::Conflict: return "Conflicts";
    case AnnotationKind::Note: return "Notes";
    }
    return "";
}

void draw_warning_sign(ImDrawList* dl, ImVec2 min, float size, ImU32 col) {
    const ImVec2 a{min.x + size * 0.5f, min.y + size * 0.1f}, b{min.x + size, min.y + size * 0.95f}, c{min.x, min.y + size * 0.95f};
    dl->AddTriangleFilled(a, b, c, col);
    dl->AddLine({a.x, min.y + size * 0.38f}, {a.x, min.y + size * 0.68f}, IM_COL32(255, 255, 255, 255), 1.5f);
    dl->AddRectFilled({a.x - 0.75f, min.y + size * 0.76f}, {a.x + 0.75f, min.y + size * 0.84f}, IM_COL32(255, 255, 255, 255));
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Cards
//-----------------------------------------------------------------------------

void Overlay::draw_cards() {
    // Pinned cards sit beside their paragraph, stacked in reading order.
    std::sort(pinned_.begin(), pinned_.end(),
              [&](int a, int b) { return set_.items[a].range.begin < set_.items[b].range.begin; });
    float stack_y = -1e9f;
    for (int i : pinned_) {
        ScreenRect anchor;
        if (!first_rect(i, &anchor)) continue;
        if (anchor.y1 < view_.clip.y0 || anchor.y0 > view_.clip.y1) continue; // paragraph scrolled away
        draw_card(i, anchor, true, true, &stack_y);
    }
    if (open_card_ < 0) return;
    if (std::find(pinned_.begin(), pinned_.end(), open_card_) != pinned_.end()) { open_card_ = -1; return; }
    ScreenRect anchor;
    if (!first_rect(open_card_, &anchor) || anchor.y1 < view_.clip.y0 || anchor.y0 > view_.clip.y1) {
        if (!open_card_by_key_) open_card_ = -1; // a keyboard card waits for the scroll it asked for
        return;
    }
    // A hover card opens next to the fragment under the mouse.
    if (!open_card_by_key_) {
        const ImVec2 m = ImGui::GetIO().MousePos;
        DocRect rects[16];
        const std::size_t n = std::min<std::size_t>(geometry_.range_to_rects(set_.items[open_card_].range, rects, 16), 16);
        for (std::size_t k = 0; k < n; ++k) {
            const ScreenRect r = view_.transform.to_screen(rects[k]);
            if (m.y >= r.y0 && m.y < r.y1) anchor = r;
        }
    }
    open_card_rect_ = draw_card(open_card_, anchor, false, false, nullptr);
}

// A small bar chart under the card text: conflict groups, derived bases.
void Overlay::draw_chart(const CardContent& c, ImDrawList* dl, float wrap, float fs, const Palette& pal) {
    double vmax = 0;
    for (const CardBar& b : c.chart) vmax = std::max(vmax, b.value);  // the scale of the whole chart, revealed or not
    const float row = fs * 1.25f;
    std::size_t shown = 0;
    for (const CardBar& b : c.chart) shown += card_stage_ < 0 || b.reveal <= card_stage_;
    if (shown == 0) return;
    ImGui::Dummy(ImVec2(wrap, row * static_cast<float>(shown) + 2.0f));
    const ImVec2 o = ImGui::GetItemRectMin();
    ImFont* font = ImGui::GetFont();
    // Columns sized to the labels and values (within limits); a label too long
    // for its column ends at a word with an ellipsis.
    float widest_label = 0, widest_value = 0;
    for (const CardBar& b : c.chart) {
        widest_label = std::max(widest_label, font->CalcTextSizeA(fs, FLT_MAX, 0.0f, b.label.c_str()).x);
        widest_value = std::max(widest_value, font->CalcTextSizeA(fs, FLT_MAX, 0.0f, b.value_text.c_str()).x);
    }
    const float label_w = std::clamp(widest_label, wrap * 0.25f, wrap * 0.5f), bar_x0 = o.x + label_w + 6.0f;
    const float bar_w = std::max(wrap * 0.12f, wrap - label_w - 14.0f - widest_value);
    const char* ellipsis = font->FindGlyphNoFallback(0x2026) ? "\xE2\x80\xA6" : "...";
    const float ellipsis_w = font->CalcTextSizeA(fs, FLT_MAX, 0.0f, ellipsis).x;
    std::size_t drawn = 0;
    for (std::size_t k = 0; k < c.chart.size(); ++k) {
        const CardBar& b = c.chart[k];
        if (card_stage_ >= 0 && b.reveal > card_stage_) continue;
        const float y = o.y + row * static_cast<float>(drawn++);
        const char* label = b.label.c_str();
        const char* label_end = label + b.label.size();
        if (font->CalcTextSizeA(fs, FLT_MAX, 0.0f, label, label_end).x <= label_w) {
            dl->AddText(font, fs, {o.x, y}, pal.card_dim, label, label_end);
        } else {
            const char* cut = font->CalcWordWrapPositionA(fs / font->FontSize, label, label_end, label_w - ellipsis_w);
            if (cut == label) cut = label_end;  // one long word: clipped below instead
            while (cut > label && cut[-1] == ' ') --cut;
            const ImVec4 clip_label(o.x, y, o.x + label_w, y + row);
            dl->AddText(font, fs, {o.x, y}, pal.card_dim, label, cut, 0.0f, &clip_label);
            if (cut != label_end) {
                const float x = o.x + font->CalcTextSizeA(fs, FLT_MAX, 0.0f, label, cut).x;
                dl->AddText(font, fs, {x, y}, pal.card_dim, ellipsis);
            }
        }
        const float len = vmax > 0 ? static_cast<float>(b.value / vmax) * bar_w : 0.0f;
        dl->AddRectFilled({bar_x0, y + row * 0.18f}, {bar_x0 + std::max(2.0f, len), y + row * 0.82f},
                          b.self ? pal.bar_self : pal.bar, 2.0f);
        dl->AddText(font, fs, {bar_x0 + std::max(2.0f, len) + 4.0f, y}, pal.card_text, b.value_text.c_str());
    }
}

// The card's lines (and its chart before the rule lines) in the current
// window. In presenter mode lines and bars of a later reveal stage than
// card_stage_ are left out, with a hint that more is to come.
void Overlay::draw_card_lines(int index, const CardContent& c, ImDrawList* dl, float wrap, float fs, const Palette& pal,
                              bool pinned, bool clickable) {
    const float s = view_.dpi_scale;
    bool held_back = false;
    // Lines in order, the chart before the rule lines (the rule closes the card, set apart).
    const std::size_t n_lines = c.lines.size();
    std::size_t first_rule = n_lines;
    while (first_rule > 0 && c.lines[first_rule - 1].style == CardStyle::Rule) --first_rule;
    for (std::size_t li = 0; li <= n_lines; ++li) {
        if (li == first_rule && !c.chart.empty()) draw_chart(c, dl, wrap, fs, pal);
        if (li == n_lines) break;
        const CardLine& line = c.lines[li];
        if (card_stage_ >= 0 && line.reveal > card_stage_) { held_back = true; continue; }
        switch (line.style) {
        case CardStyle::Kind: {
            ImGui::PushStyleColor(ImGuiCol_Text, kind_colour(pal, set_.items[index].kind));
            ImGui::TextUnformatted(line.text.c_str());
            ImGui::PopStyleColor();
            if (!clickable) break;
            ImGui::SameLine(0.0f, 12.0f * s);
            ImGui::PushStyleColor(ImGuiCol_Text, pal.card_dim);
            ImGui::TextUnformatted(pinned ? "\xC3\x97 unpin" : "pin"); // clickable: see ClickRegion
            ImGui::PopStyleColor();
            const ScreenRect r = item_rect();
            dl->AddLine({r.x0, r.y1}, {r.x1, r.y1}, pal.card_dim, 1.0f);
            next_regions_.push_back({r.expanded(3.0f), pinned ? Action::UnpinCard : Action::PinCard, index, 0});
            break;
        }
        case CardStyle::Title:
            if (font_bold_) { // the bold face at the body face's size
                ImGui::PushFont(font_bold_);
                if (font_body_ && font_bold_->FontSize > 0) ImGui::SetWindowFontScale(card_scale_ * font_body_->FontSize / font_bold_->FontSize);
            }
            ImGui::TextUnformatted(line.text.c_str());
            if (font_bold_) {
                ImGui::SetWindowFontScale(card_scale_);
                ImGui::PopFont();
            }
            break;
        case CardStyle::Body: ImGui::TextUnformatted(line.text.c_str()); break;
        case CardStyle::Quote:
            ImGui::PushStyleColor(ImGuiCol_Text, pal.card_dim);
            ImGui::Indent(6.0f * s);
            ImGui::TextUnformatted(line.text.c_str());
            ImGui::Unindent(6.0f * s);
            ImGui::PopStyleColor();
            break;
        case CardStyle::Warning: {
            ImGui::Dummy(ImVec2(fs * 0.9f, fs));
            draw_warning_sign(dl, ImGui::GetItemRectMin(), fs * 0.9f, pal.card_warning);
            ImGui::SameLine(0.0f, 4.0f * s);
            ImGui::PushStyleColor(ImGuiCol_Text, pal.card_warning);
            ImGui::TextUnformatted(line.text.c_str());
            ImGui::PopStyleColor();
            break;
        }
        case CardStyle::Link: {
            ImGui::PushStyleColor(ImGuiCol_Text, pal.card_link);
            ImGui::TextUnformatted(line.text.c_str());
            ImGui::PopStyleColor();
            const ScreenRect r = item_rect();
            dl->AddLine({r.x0, r.y1}, {r.x1, r.y1}, pal.card_link, 1.0f);
            if (clickable) next_regions_.push_back({r, Action::ScrollTo, index, line.link_offset});
            break;
        }
        case CardStyle::Rule:
            ImGui::Separator();
            ImGui::PushStyleColor(ImGuiCol_Text, pal.card_dim);
            ImGui::TextUnformatted(line.text.c_str());
            ImGui::PopStyleColor();
            break;
        }
    }

    if (held_back) {
        ImGui::PushStyleColor(ImGuiCol_Text, pal.card_dim);
        ImGui::TextUnformatted("\xE2\x80\xA6 next press: more");
        ImGui::PopStyleColor();
    }
}

// Where a card of annotation `index` goes (its size as last drawn): beside
// the text column or under its anchor, always fully on screen. Moves
// *stack_y below it (pinned cards stack).
ScreenPoint Overlay::card_position(int index, const ScreenRect& anchor, bool beside, float* stack_y) const {
    const float s = view_.dpi_scale;
    const ImVec2 disp = ImGui::GetIO().DisplaySize;
    const float w = card_w_[index], h = card_h_[index];
    const float margin = 4.0f * s;
    ImVec2 pos;
    if (beside) {
        const float column_right = view_.transform.to_screen(DocPoint{geometry_.content_width(), 0}).x + 24.0f * s;
        pos = {column_right, anchor.y0 - 6.0f * s};
        if (pos.x + w > disp.x - margin) pos = {anchor.x0 - 8.0f * s, anchor.y1 + 3.0f * s};
        if (stack_y && pos.y < *stack_y) pos.y = *stack_y;
    } else {
        pos = {anchor.x0 - 8.0f * s, anchor.y1 + 3.0f * s};
        if (pos.y + h > disp.y - margin) pos.y = anchor.y0 - 3.0f * s - h; // no room below: above the line
    }
    pos.x = std::clamp(pos.x, margin, std::max(margin, disp.x - w - margin));
    pos.y = std::clamp(pos.y, margin, std::max(margin, disp.y - h - margin));
    if (stack_y) *stack_y = pos.y + h + 6.0f * s;
    return {pos.x, pos.y};
}

ScreenRect Overlay::draw_card(int index, const ScreenRect& anchor, bool pinned, bool beside, float* stack_y) {
    const CardContent& c = card(index);
    const Palette pal = palette_for(view_.dark);
    const float s = view_.dpi_scale;
    const ImVec2 disp = ImGui::GetIO().DisplaySize;
    const float margin = 4.0f * s;
    const ScreenPoint at = card_position(index, anchor, beside, stack_y);
    const ImVec2 pos{at.x, at.y};

    char name[64];
    const bool step_card = card_stage_ >= 0;  // presenter mode's card of the current step
    // The step's card is one window whatever the step (no new window at each step).
    if (step_card) std::snprintf(name, sizeof name, "##gloss.step.%s", window_suffix_);
    else std::snprintf(name, sizeof name, pinned ? "##gloss.pin.%d.%s" : "##gloss.card.%d.%s", index, window_suffix_);
    ImGui::SetNextWindowPos(pos);
    CardStyleScope style(pal, s * card_scale_);
    ImGui::Begin(name, nullptr, kPassiveWindow);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    if (font_body_) ImGui::PushFont(font_body_); // the host's overlay font: a step smaller than its body text
    ImGui::SetWindowFontScale(card_scale_);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float fs = ImGui::GetFontSize();
    float wrap = fs * 21.0f; // about 40 characters
    if (step_card) {  // presenter mode: as wide as the room right of the text allows, 20 to 40 characters
        const float column_right = view_.transform.to_screen(DocPoint{geometry_.content_width(), 0}).x + 24.0f * s;
        wrap = std::clamp(disp.x - column_right - margin - 2.0f * ImGui::GetStyle().WindowPadding.x, fs * 10.0f, fs * 21.0f);
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
    draw_card_lines(index, c, dl, wrap, fs, pal, pinned, !step_card);
    ImGui::PopTextWrapPos();
    if (font_body_) ImGui::PopFont();
    const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    card_w_[index] = ws.x;
    card_h_[index] = ws.y;
    ImGui::End();
    const ScreenRect rect{wp.x, wp.y, wp.x + ws.x, wp.y + ws.y};
    next_blocking_.push_back(rect);
    return rect;
}

//-----------------------------------------------------------------------------
// [SECTION] Side panel
//-----------------------------------------------------------------------------

bool Overlay::write_classroom(ClassroomExport what) {
    if (!classroom_sink_) return false;
    classroom_status_.clear();
    const bool ok = classroom_sink_->write_classroom(what, &classroom_status_);
    if (host_) host_->log(ok ? GLOSS_LOG_INFO : GLOSS_LOG_WARNING, ("gloss: " + classroom_status_).c_str());
    panel_open_ = true;  // the outcome shows under the buttons
    return true;
}

// A book's chapters, the one being read selected; a click scrolls to it. At
// most eight rows high, clipped: a book's hundreds of chapters cost nothing.
void Overlay::draw_chapter_list() {
    if (chapters_.empty()) return;
    char header[64];
    std::snprintf(header, sizeof header, "Chapters (%d)###chapters", static_cast<int>(chapters_.size()));
    if (!ImGui::CollapsingHeader(header, ImGuiTreeNodeFlags_DefaultOpen)) return;
    const float row_h = ImGui::GetTextLineHeightWithSpacing();
    const int rows = std::min(static_cast<int>(chapters_.size()), 8);
    ImGui::BeginChild("##gloss.panel.chapters", ImVec2(0.0f, row_h * static_cast<float>(rows) + ImGui::GetStyle().WindowPadding.y));
    const int current = reading_chapter();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(chapters_.size()), row_h);
    while (clipper.Step()) {
        for (int c = clipper.DisplayStart; c < clipper.DisplayEnd; ++c) {
            const DocumentChapter& chapter = chapters_[static_cast<std::size_t>(c)];
            ImGui::PushID(c);
            const char* title = chapter.title.empty() ? "(untitled)" : chapter.title.c_str();
            if (ImGui::Selectable(title, c == current) && host_) host_->scroll_to(chapter.begin);
            if (ImGui::IsItemHovered() && ImGui::CalcTextSize(title).x > ImGui::GetContentRegionAvail().x)
                ImGui::SetTooltip("%s", title);  // a title too long for the panel
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
}

void Overlay::draw_panel() {
    const Palette pal = palette_for(view_.dark);
    // Docked at the right edge of the host window's work area: inside its
    // scrollbar, never over it (the whole display when that area is empty).
    const ImVec2 disp = ImGui::GetIO().DisplaySize;
    ScreenRect area = host_work_rect_;
    if (area.width() < 50.0f || area.height() < 50.0f) area = ScreenRect{0.0f, 0.0f, disp.x, disp.y};
    const float w = std::min(area.width(), std::max(300.0f * view_.dpi_scale, area.width() * 0.26f));
    panel_rect_ = ScreenRect{area.x1 - w, area.y0, area.x1, area.y1};
    ImGui::SetNextWindowPos(ImVec2(panel_rect_.x0, panel_rect_.y0));
    ImGui::SetNextWindowSize(ImVec2(w, area.height()));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing;
    char title[64];
    std::snprintf(title, sizeof title, "Gloss: annotations (Tab)###gloss.panel.%s", window_suffix_);
    if (!ImGui::Begin(title, &panel_open_, flags)) {
        ImGui::End();
        return;
    }
    if (font_body_) ImGui::PushFont(font_body_);
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows)) wants_mouse_ = true;
    next_blocking_.push_back(panel_rect_);

    draw_presenter_panel_section();  // presenter mode and the lesson path
    draw_chapter_list();

    // Filters: one toggle per kind, with its gutter shape.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    static const AnnotationKind kinds[] = {AnnotationKind::Definition, AnnotationKind::Figure, AnnotationKind::SourceCheck,
                                           AnnotationKind::Note};
    for (AnnotationKind k : kinds) {
        bool on = kind_shown(k);
        ImGui::PushID(static_cast<int>(k));
        if (ImGui::Checkbox("##show", &on)) set_kind_shown(k, on);
        ImGui::PopID();
        ImGui::SameLine();
        ImGui::Dummy(ImVec2(ImGui::GetFontSize() * 0.7f, ImGui::GetFontSize()));
        const ScreenRect r = item_rect();
        draw_kind_shape(dl, k, {(r.x0 + r.x1) * 0.5f, (r.y0 + r.y1) * 0.5f}, ImGui::GetFontSize() * 0.28f, kind_colour(pal, k));
        ImGui::SameLine();
        ImGui::Text("%s (%d)", group_label(k), static_cast<int>(per_kind_[static_cast<int>(k)].size()));
    }
    {  // the quiet kind: years, dates and identifiers, off by default
        bool on = show_dates_;
        if (ImGui::Checkbox("Dates & ids##dates", &on)) set_dates_shown(on);
    }
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputTextWithHint("##search", "Search annotations", search_, sizeof search_);
    if (ImGui::IsItemActive()) own_text_active_ = true;
    std::size_t q = 0;
    for (; search_[q] && q + 1 < sizeof search_lower_; ++q)
        search_lower_[q] = (search_[q] >= 'A' && search_[q] <= 'Z') ? static_cast<char>(search_[q] - 'A' + 'a') : search_[q];
    search_lower_[q] = 0;
    if (classroom_sink_) {  // classroom exports, written beside the document
        if (ImGui::SmallButton("Handout (H)")) write_classroom(ClassroomExport::Handout);
        ImGui::SameLine();
        if (ImGui::SmallButton("Worksheet (W)")) write_classroom(ClassroomExport::Worksheet);
        if (!classroom_status_.empty()) ImGui::TextWrapped("%s", classroom_status_.c_str());
    }
    ImGui::Separator();

    if (panel_rows_stale_ || panel_rows_search_ != search_lower_) rebuild_panel_rows();

    // Every row is one text line high, so only the rows in view are laid out
    // (ImGuiListClipper): a long document's thousands of annotations cost nothing
    // while they are scrolled away.
    ImGui::BeginChild("##gloss.panel.list");
    const float row_h = ImGui::GetTextLineHeightWithSpacing();
    if (panel_scroll_to_ >= 0) {  // the panel follows the reading position
        for (std::size_t r = 0; r < panel_rows_.size(); ++r)
            if (panel_rows_[r].type == PanelRow::Item && panel_rows_[r].value == panel_scroll_to_) {
                ImGui::SetScrollY(std::max(0.0f, static_cast<float>(r) * row_h - 0.3f * ImGui::GetWindowHeight()));
                break;
            }
        panel_scroll_to_ = -1;
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(panel_rows_.size()), row_h);
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const PanelRow row = panel_rows_[static_cast<std::size_t>(r)];
            ImGui::PushID(r);
            switch (row.type) {
            case PanelRow::Group: {
                const auto k = static_cast<AnnotationKind>(row.value);
                bool& open = group_open_[row.value];
                char label[96];
                std::snprintf(label, sizeof label, "     %s (%d)", group_label(k), static_cast<int>(per_kind_[row.value].size()));
                ImGui::PushStyleColor(ImGuiCol_Text, kind_colour(pal, k));
                if (ImGui::Selectable(label, false)) {
                    open = !open;
                    panel_rows_stale_ = true;
                }
                ImGui::PopStyleColor();
                const ScreenRect ir = item_rect();
                const float fs = ImGui::GetFontSize(), cx = ir.x0 + fs * 0.5f, cy = (ir.y0 + ir.y1) * 0.5f, a = fs * 0.22f;
                if (open) dl->AddTriangleFilled({cx - a, cy - a * 0.6f}, {cx + a, cy - a * 0.6f}, {cx, cy + a * 0.8f}, kind_colour(pal, k));
                else dl->AddTriangleFilled({cx - a * 0.6f, cy - a}, {cx + a * 0.8f, cy}, {cx - a * 0.6f, cy + a}, kind_colour(pal, k));
                break;
            }
            case PanelRow::Paragraph: ImGui::TextDisabled("\xC2\xB6%d", row.value + 1); break;
            case PanelRow::Orphans: ImGui::TextDisabled("Orphaned notes (passage not found)"); break;
            case PanelRow::Item: {
                const int i = row.value;
                const Annotation& a = set_.items[i];
                if (!shown_on_projector(i)) { ImGui::TextDisabled("(a private note)"); break; }
                const bool selected = i == focused_ || i == reading_item_;
                if (ImGui::Selectable(card(i).label.c_str(), selected)) {
                    if (!a.range.empty()) focus_and_reveal(i);
                    if (a.kind == AnnotationKind::Conflict && !a.conflict().members.empty() && host_)
                        host_->scroll_to(set_.items[a.conflict().members.front()].range.begin);
                }
                break;
            }
            }
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
    if (font_body_) ImGui::PopFont();
    ImGui::End();
}

//-----------------------------------------------------------------------------
// [SECTION] Shortcuts and note editor
//-----------------------------------------------------------------------------

void Overlay::rebuild_panel_rows() {
    static const AnnotationKind groups[] = {AnnotationKind::SourceCheck, AnnotationKind::Conflict, AnnotationKind::Figure,
                                            AnnotationKind::Definition, AnnotationKind::Note};
    panel_rows_.clear();
    panel_rows_search_ = search_lower_;
    panel_rows_stale_ = false;
    for (AnnotationKind k : groups) {
        const int kind = static_cast<int>(k);
        const std::vector<int>& items = per_kind_[kind];
        if (items.empty() || !kind_shown(k)) continue;
        panel_rows_.push_back({PanelRow::Group, kind});
        if (!group_open_[kind]) continue;
        int last_para = -2;
        bool orphans_heading = false;
        for (int i : items) {
            const Annotation& a = set_.items[i];
            if (search_lower_[0] && card(i).search_key.find(search_lower_) == std::string::npos) continue;
            if (a.kind == AnnotationKind::Note && a.note().orphan) {
                if (!orphans_heading) panel_rows_.push_back({PanelRow::Orphans, 0});
                orphans_heading = true;
            } else if (a.paragraph != last_para) {
                panel_rows_.push_back({PanelRow::Paragraph, a.paragraph});
                last_para = a.paragraph;
            }
            panel_rows_.push_back({PanelRow::Item, i});
        }
    }
}

void Overlay::draw_help() {
    const Palette pal = palette_for(view_.dark);
    const ImVec2 disp = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(disp.x * 0.5f, disp.y * 0.4f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    CardStyleScope style(pal, view_.dpi_scale);
    char name[64];
    std::snprintf(name, sizeof name, "##gloss.help.%s", window_suffix_);
    ImGui::Begin(name, nullptr, kPassiveWindow);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    if (font_body_) ImGui::PushFont(font_body_);
    static const char* const rows[][2] = {
        {"] or n", "next annotation"},         {"[ or p", "previous annotation"},
        {"Enter", "open the card; again: pin it"}, {"Esc", "close cards (again: unpin all)"},
        {"g", "go to where the text defines the term"}, {"Tab or F2", "side panel"},
        {"a", "add a note on the selection"},  {"click a gutter mark", "pin its card beside the paragraph"},
        {"s", "add the focused annotation (or the selection) to my lesson path"},
        {"F5", "present: step with Right/Left, PageDown/PageUp, Space"},
        {"b / w", "presenting: blank to black / white (any key returns)"},
        {"l / h / c", "presenting: laser pointer / highlighter / clear ink"},
        {"r", "presenting: guess first (cover figures until their step)"},
        {"Esc", "presenting: leave, back to where you were"},
        {"Shift+H / Shift+W", "write the handout / worksheet"},
        {"?", "this sheet"},
    };
    ImGui::TextUnformatted("Gloss shortcuts");
    ImGui::Separator();
    const float col = ImGui::GetFontSize() * 9.0f;
    for (const auto& r : rows) {
        ImGui::TextUnformatted(r[0]);
        ImGui::SameLine(col);
        ImGui::TextUnformatted(r[1]);
    }
    if (font_body_) ImGui::PopFont();
    const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    ImGui::End();
    next_blocking_.push_back({wp.x, wp.y, wp.x + ws.x, wp.y + ws.y});
}

// "+ note (a)" just below the end of the reader's selection.
void Overlay::draw_note_chip() {
    DocRect rects[64];
    const std::size_t n = std::min<std::size_t>(geometry_.range_to_rects(selection_, rects, 64), 64);
    if (n == 0) return;
    const ScreenRect last = view_.transform.to_screen(rects[n - 1]);
    if (last.y1 < view_.clip.y0 || last.y0 > view_.clip.y1) return;
    const Palette pal = palette_for(view_.dark);
    ImGui::SetNextWindowPos(ImVec2(last.x1 - 4.0f, last.y1 + 2.0f));
    CardStyleScope style(pal, view_.dpi_scale);
    char name[64];
    std::snprintf(name, sizeof name, "##gloss.note.chip.%s", window_suffix_);
    ImGui::Begin(name, nullptr, kPassiveWindow);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    if (font_body_) ImGui::PushFont(font_body_);
    ImGui::PushStyleColor(ImGuiCol_Text, pal.card_link);
    ImGui::TextUnformatted("+ note (a)");
    ImGui::PopStyleColor();
    if (font_body_) ImGui::PopFont();
    const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    ImGui::End();
    const ScreenRect r{wp.x, wp.y, wp.x + ws.x, wp.y + ws.y};
    next_regions_.push_back({r, Action::OpenNoteEditor, 0, 0});
    next_blocking_.push_back(r);
}

void Overlay::draw_note_editor() {
    const ImVec2 disp = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(disp.x * 0.5f, disp.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize;
    char title[64];
    std::snprintf(title, sizeof title, "Add a note###gloss.note.%s", window_suffix_);
    if (ImGui::Begin(title, &note_editor_open_, flags)) {
        if (font_body_) ImGui::PushFont(font_body_);
        if (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows)) wants_mouse_ = true;
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::InputTextMultiline("##text", note_buffer_, sizeof note_buffer_, ImVec2(ImGui::GetFontSize() * 22.0f, ImGui::GetFontSize() * 5.0f));
        if (ImGui::IsItemActive()) own_text_active_ = true;
        if (ImGui::Button("Add note")) {
            std::string error;
            if (!note_sink_) {
                if (host_) host_->log(2, "gloss: notes are not available in this build");
            } else if (!note_sink_->add_note(note_range_, note_buffer_, &error)) {
                if (host_) host_->log(2, ("gloss: note not added: " + error).c_str());
            }
            note_editor_open_ = false;
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) note_editor_open_ = false;
        if (font_body_) ImGui::PopFont();
        const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
        next_blocking_.push_back({wp.x, wp.y, wp.x + ws.x, wp.y + ws.y});
    }
    ImGui::End();
}

} // namespace gloss
