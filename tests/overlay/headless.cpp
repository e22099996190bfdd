// Headless Dear ImGui for tests and benchmarks (see headless.hpp).
#include "headless.hpp"

#include <map>
#include <string>
#include <vector>
#include <utility>

#include <fontconfig/fontconfig.h>
#include <algorithm>
#include <imgui.h>

namespace gloss_test {

FakeLayout fake_layout(const std::string& text, int columns, float advance, float line_height, float paragraph_gap) {
    FakeLayout out;
    out.advance = advance;
    out.line_height = line_height;
    float y = 0;
    auto cp_len = [&](std::size_t i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        return c < 0x80 ? 1u : c < 0xE0 ? 2u : c < 0xF0 ? 3u : 4u;
    };
    auto emit = [&](std::uint32_t b, std::uint32_t e) {
        gloss::TextLine l;
        l.begin = b;
        l.end = e;
        l.first_caret = static_cast<std::uint32_t>(out.caret_x.size());
        float x = 0;
        out.caret_x.push_back(x);
        for (std::uint32_t i = b; i < e; i += cp_len(i)) {
            x += advance;
            out.caret_x.push_back(x);
        }
        l.caret_count = static_cast<std::uint32_t>(out.caret_x.size()) - l.first_caret;
        l.box = gloss::DocRect{0, y, x, y + line_height};
        l.baseline = y + line_height * 0.75f;
        out.width = std::max(out.width, x);
        out.lines.push_back(l);
        y += line_height;
    };
    std::size_t p = 0;
    while (p <= text.size()) {
        std::size_t nl = text.find('\n', p);
        if (nl == std::string::npos) nl = text.size();
        if (nl > p) {
            // Greedy wrap of text[p, nl) at `columns` code points, breaking after spaces.
            std::size_t start = p;
            while (start < nl) {
                std::size_t i = start, last_space = std::string::npos;
                int n = 0;
                while (i < nl && n < columns) {
                    if (text[i] == ' ') last_space = i;
                    i += cp_len(i);
                    ++n;
                }
                std::size_t end = i;
                if (i < nl && last_space != std::string::npos && last_space > start) end = last_space + 1;
                emit(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end));
                start = end;
            }
            y += paragraph_gap;
        }
        if (nl == text.size()) break;
        p = nl + 1;
    }
    out.height = y;
    return out;
}

std::string find_font_file(const char* family) {
    std::string path;
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (!config) return path;
    FcPattern* pat = FcNameParse(reinterpret_cast<const FcChar8*>(family));
    FcConfigSubstitute(config, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult result = FcResultNoMatch;
    if (FcPattern* match = FcFontMatch(config, pat, &result)) {
        FcChar8* file = nullptr;
        if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch && file) path = reinterpret_cast<const char*>(file);
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pat);
    FcConfigDestroy(config);
    return path;
}

namespace {

// Every glyph quad of the last rendered frame, in draw order: the codepoint and
// the quad's centre; a codepoint of '\n' separates draw lists.
std::vector<std::pair<unsigned, ImVec2>> drawn_glyphs(ImGuiContext* ctx) {
    ImGui::SetCurrentContext(ctx);
    std::map<std::pair<float, float>, std::pair<ImWchar, float>> glyph_at;  // (U0, V0) -> (codepoint, U1)
    for (ImFont* f : ImGui::GetIO().Fonts->Fonts)
        for (const ImFontGlyph& g : f->Glyphs)
            if (g.Visible) glyph_at[{g.U0, g.V0}] = {static_cast<ImWchar>(g.Codepoint), g.U1};
    std::vector<std::pair<unsigned, ImVec2>> out;
    const ImDrawData* dd = ImGui::GetDrawData();
    for (int l = 0; dd && l < dd->CmdListsCount; ++l) {
        const ImDrawList* dl = dd->CmdLists[l];
        for (int v = 0; v + 2 < dl->VtxBuffer.Size; ++v) {
            const ImDrawVert& a = dl->VtxBuffer[v];
            const auto it = glyph_at.find({a.uv.x, a.uv.y});
            if (it == glyph_at.end() || dl->VtxBuffer[v + 1].uv.x != it->second.second) continue;
            const ImDrawVert& c = dl->VtxBuffer[v + 2];
            out.push_back({it->second.first, ImVec2((a.pos.x + c.pos.x) * 0.5f, (a.pos.y + c.pos.y) * 0.5f)});
            v += 3;
        }
        out.push_back({'\n', ImVec2(-1, -1)});
    }
    return out;
}

void append_utf8(std::string& out, unsigned c) {
    if (c < 0x80) out += static_cast<char>(c);
    else if (c < 0x800) { out += static_cast<char>(0xC0 | (c >> 6)); out += static_cast<char>(0x80 | (c & 0x3F)); }
    else { out += static_cast<char>(0xE0 | (c >> 12)); out += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); out += static_cast<char>(0x80 | (c & 0x3F)); }
}

} // namespace

std::string drawn_text(ImGuiContext* ctx) {
    std::string out;
    for (const auto& [c, at] : drawn_glyphs(ctx)) append_utf8(out, c);
    return out;
}

DrawnAt drawn_text_position(ImGuiContext* ctx, const std::string& needle) {
    const std::vector<std::pair<unsigned, ImVec2>> glyphs = drawn_glyphs(ctx);
    std::string text;
    std::vector<std::size_t> glyph_of_byte;  // the glyph each byte of `text` came from
    for (std::size_t g = 0; g < glyphs.size(); ++g) {
        append_utf8(text, glyphs[g].first);
        glyph_of_byte.resize(text.size(), g);
    }
    const std::size_t at = text.find(needle);
    if (at == std::string::npos) return DrawnAt{};
    return DrawnAt{glyphs[glyph_of_byte[at]].second.x, glyphs[glyph_of_byte[at]].second.y};
}

HeadlessImGui::HeadlessImGui(float width, float height) : width_(width), height_(height) {
    ctx_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2000, 0x206F, 0x2200, 0x22FF, 0};
    const std::string regular = find_font_file("DejaVu Sans");
    const std::string boldf = find_font_file("DejaVu Sans:bold");
    if (!regular.empty()) body_ = io.Fonts->AddFontFromFileTTF(regular.c_str(), 18.0f, nullptr, ranges);
    if (!body_) body_ = io.Fonts->AddFontDefault();
    if (!boldf.empty()) bold_ = io.Fonts->AddFontFromFileTTF(boldf.c_str(), 18.0f, nullptr, ranges);
    if (!bold_) bold_ = body_;
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);
}

HeadlessImGui::~HeadlessImGui() {
    ImGui::DestroyContext(ctx_);
}

void HeadlessImGui::frame(const std::function<void()>& inside, float dt) {
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = dt;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("article", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoMove);
    inside();
    ImGui::End();
    ImGui::Render();
    io.MouseWheel = 0;
}

void HeadlessImGui::mouse(float x, float y) {
    ImGui::SetCurrentContext(ctx_);
    ImGui::GetIO().MousePos = ImVec2(x, y);
}

void HeadlessImGui::mouse_down(bool down) {
    ImGui::SetCurrentContext(ctx_);
    ImGui::GetIO().MouseDown[0] = down;
}

void HeadlessImGui::wheel(float dy) {
    ImGui::SetCurrentContext(ctx_);
    ImGui::GetIO().MouseWheel = dy;
}

} // namespace gloss_test
