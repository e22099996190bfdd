// Gloss export — the handout and worksheet as files beside the document. See gloss/classroom.hpp.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include <unistd.h>

#include "gloss/classroom.hpp"

namespace gloss {

std::string classroom_path_for(std::string_view document_path, bool worksheet) {
    const std::size_t slash = document_path.rfind('/');
    const std::size_t dot = document_path.rfind('.');
    const bool has_ext = dot != std::string_view::npos && dot > 0 && (slash == std::string_view::npos || dot > slash + 1);
    std::string out(has_ext ? document_path.substr(0, dot) : document_path);
    out += worksheet ? ".worksheet.html" : ".handout.html";
    return out;
}

bool write_classroom_file(const std::string& path, const std::string& html, std::string* error) {
    if (path.empty()) { *error = "no file name to write to"; return false; }
    const std::string tmp = path + ".tmp" + std::to_string(static_cast<long>(getpid()));
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) { *error = path + ": cannot write (" + std::strerror(errno) + ")"; return false; }
    const bool written = std::fwrite(html.data(), 1, html.size(), f) == html.size();
    const int write_errno = errno;
    const bool closed = std::fclose(f) == 0;
    if (!written || !closed) {
        std::remove(tmp.c_str());
        *error = path + ": cannot write (" + std::strerror(written ? errno : write_errno) + ")";
        return false;
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        *error = path + ": cannot write (" + std::strerror(errno) + ")";
        std::remove(tmp.c_str());
        return false;
    }
    return true;
}

} // namespace gloss
