// Gloss — the site of a link's address (see gloss/document.hpp).
#include "gloss/document.hpp"

namespace gloss {

std::string link_site(std::string_view address) {
    std::string u(address);
    for (char& c : u)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    std::size_t start;
    if (u.compare(0, 7, "http://") == 0) start = 7;
    else if (u.compare(0, 8, "https://") == 0) start = 8;
    else return "";
    std::size_t end = u.find_first_of("/?#", start);
    if (end == std::string::npos) end = u.size();
    std::string host = u.substr(start, end - start);
    const std::size_t at = host.rfind('@');
    if (at != std::string::npos) host.erase(0, at + 1);
    const std::size_t colon = host.find(':');
    if (colon != std::string::npos) host.resize(colon);
    if (host.compare(0, 4, "www.") == 0) host.erase(0, 4);
    return host;
}

} // namespace gloss
