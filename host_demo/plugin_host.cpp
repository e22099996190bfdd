// Gloss reader — plugin seam (placeholder until the plugin issue lands: nothing loads).
#include "plugin_host.h"

namespace gloss_reader {

struct PluginHost::Impl {};

PluginHost::PluginHost() : impl_(nullptr) {}
PluginHost::~PluginHost() { unload(); }
bool PluginHost::load(const std::string&, std::string* error) {
    if (error) *error = "plugin loading is not implemented yet";
    return false;
}
bool PluginHost::loaded() const { return false; }
void PluginHost::set_document(const std::string&, const std::string&) {}
void PluginHost::set_layout(const HostLayout&) {}
bool PluginHost::handle_key(int, int) { return false; }
bool PluginHost::wants_mouse() const { return false; }
void PluginHost::draw(const ReaderView&) {}
HostRequests PluginHost::take_requests() { return {}; }
void PluginHost::unload() {}

std::string default_plugin_path(const char* argv0) {
    std::string p = argv0 ? argv0 : "";
    const auto slash = p.rfind('/');
    const std::string dir = slash == std::string::npos ? std::string(".") : p.substr(0, slash);
    return dir + "/../plugin/gloss_plugin.so";
}

} // namespace gloss_reader
