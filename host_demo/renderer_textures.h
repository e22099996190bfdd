// Gloss reader — OpenGL textures for the plugin: the texture functions of
// gloss_imgui_binding (ABI 1.2) for a host that draws with ImGui's OpenGL 3
// backend, where an ImTextureID is a GL texture name.
//
// The plugin asks for small pattern textures (dashes, teeth, the density
// strip) that repeat, so that each of its marks is one quad. Call these with
// the window's GL context current: the plugin calls them inside draw(),
// attach(), detach() and destroy().
#pragma once
#include <cstdint>

namespace gloss_reader {

// A width x height RGBA texture (rows top to bottom), NEAREST filtering,
// REPEAT wrapping; returns the texture name as a pointer, or nullptr when GL
// could not make it. Leaves the GL texture binding and unpack state as they were.
void* create_repeating_texture(void* user_data, std::int32_t width, std::int32_t height, const std::uint8_t* rgba);

// Deletes a texture create_repeating_texture made. Accepts nullptr.
void destroy_texture(void* user_data, void* texture);

} // namespace gloss_reader
