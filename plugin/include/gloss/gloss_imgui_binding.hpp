// Gloss — for C++ hosts: the gloss_imgui_binding of the host's current ImGui context.
//
// Every host fills the same fields the same way: its IMGUI_VERSION, the
// data-layout fingerprint IMGUI_CHECKVERSION() compares, its context, its
// allocator and the fonts the overlay may use. This header does it once, from
// the host's own ImGui headers (which is the point: the fingerprint must be
// the host's, not the plugin's). Header-only; not part of the C ABI.
#pragma once
#include <imgui.h>

#include "gloss_plugin.h"

// [main-thread] The binding for the ImGui context current in the host now.
// `body` / `bold` are fonts of the host's atlas (NULL: ImGui's current font /
// the body font). The result borrows the context and fonts: call attach() again
// after the host rebuilds its font atlas.
inline gloss_imgui_binding gloss_imgui_binding_for_current_context(ImFont* body, ImFont* bold) {
    gloss_imgui_binding b{};
    b.struct_size = sizeof b;
    b.imgui_version = IMGUI_VERSION;
    b.imgui_version_num = IMGUI_VERSION_NUM;
    b.sizeof_io = sizeof(ImGuiIO);
    b.sizeof_style = sizeof(ImGuiStyle);
    b.sizeof_vec2 = sizeof(ImVec2);
    b.sizeof_vec4 = sizeof(ImVec4);
    b.sizeof_drawvert = sizeof(ImDrawVert);
    b.sizeof_drawidx = sizeof(ImDrawIdx);
    b.context = ImGui::GetCurrentContext();
    ImGui::GetAllocatorFunctions(&b.alloc_func, &b.free_func, &b.alloc_user_data);
    b.font_body = body;
    b.font_bold = bold;
    return b;
}
