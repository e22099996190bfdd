// gloss-contact-sheet — several PNGs side by side on one page, each scaled to
// one width, with a thin frame: the headless demo's tour at a glance.
//
//   gloss-contact-sheet OUT.png IN.png... [--columns N] [--width PX]
//
// Exit status: 0 ok, 2 bad arguments or an unreadable image, 1 cannot write.
#include <stb/stb_image.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

struct Picture {
    int w = 0, h = 0;
    std::vector<unsigned char> rgb;
};

// Box-filter downscale of `in` to width `w` (keeps the aspect ratio).
Picture scaled(const Picture& in, int w) {
    Picture out;
    out.w = std::min(w, in.w);
    out.h = std::max(1, in.h * out.w / in.w);
    out.rgb.assign(static_cast<std::size_t>(out.w) * out.h * 3, 0);
    for (int y = 0; y < out.h; ++y)
        for (int x = 0; x < out.w; ++x) {
            const int sx0 = x * in.w / out.w, sx1 = std::max(sx0 + 1, (x + 1) * in.w / out.w);
            const int sy0 = y * in.h / out.h, sy1 = std::max(sy0 + 1, (y + 1) * in.h / out.h);
            long sum[3] = {0, 0, 0};
            for (int sy = sy0; sy < sy1; ++sy)
                for (int sx = sx0; sx < sx1; ++sx)
                    for (int c = 0; c < 3; ++c) sum[c] += in.rgb[(static_cast<std::size_t>(sy) * in.w + sx) * 3 + c];
            const long n = static_cast<long>(sx1 - sx0) * (sy1 - sy0);
            for (int c = 0; c < 3; ++c) out.rgb[(static_cast<std::size_t>(y) * out.w + x) * 3 + c] = static_cast<unsigned char>(sum[c] / n);
        }
    return out;
}

int usage(const char* msg) {
    std::fprintf(stderr, "gloss-contact-sheet: %s\nusage: gloss-contact-sheet OUT.png IN.png... [--columns N] [--width PX]\n", msg);
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    std::string out;
    std::vector<std::string> in;
    int columns = 3, width = 560;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "-h" || a == "--help") {
            std::printf("usage: gloss-contact-sheet OUT.png IN.png... [--columns N] [--width PX]\n"
                        "Puts the images side by side (N a row, default 3), each scaled to PX wide (default 560).\n");
            return 0;
        }
        if (a == "--columns" || a == "--width") {
            if (i + 1 >= argc) return usage((a + " needs a number").c_str());
            const int v = std::atoi(argv[++i]);
            if (v < 1 || v > 8192) return usage((a + " needs a number >= 1").c_str());
            (a == "--columns" ? columns : width) = v;
        } else if (out.empty()) {
            out = a;
        } else {
            in.push_back(a);
        }
    }
    if (out.empty() || in.empty()) return usage("needs an output and at least one image");
    std::vector<Picture> pics;
    for (const std::string& path : in) {
        Picture p;
        int n = 0;
        unsigned char* data = stbi_load(path.c_str(), &p.w, &p.h, &n, 3);
        if (!data) return usage(("cannot read image '" + path + "'").c_str());
        p.rgb.assign(data, data + static_cast<std::size_t>(p.w) * p.h * 3);
        stbi_image_free(data);
        pics.push_back(scaled(p, width));
    }
    const int gap = 16, cols = std::min<int>(columns, static_cast<int>(pics.size()));
    const int rows = (static_cast<int>(pics.size()) + cols - 1) / cols;
    std::vector<int> row_h(static_cast<std::size_t>(rows), 0);
    for (std::size_t i = 0; i < pics.size(); ++i) row_h[i / cols] = std::max(row_h[i / cols], pics[i].h);
    int W = gap + cols * (width + gap), H = gap;
    for (int h : row_h) H += h + gap;
    std::vector<unsigned char> sheet(static_cast<std::size_t>(W) * H * 3, 236);  // a light grey page
    int y = gap;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols && r * cols + c < static_cast<int>(pics.size()); ++c) {
            const Picture& p = pics[static_cast<std::size_t>(r * cols + c)];
            const int x0 = gap + c * (width + gap);
            for (int yy = -1; yy <= p.h; ++yy)  // a 1 px frame, then the picture
                for (int xx = -1; xx <= p.w; ++xx) {
                    unsigned char* d = &sheet[(static_cast<std::size_t>(y + yy) * W + x0 + xx) * 3];
                    if (yy < 0 || xx < 0 || yy == p.h || xx == p.w) d[0] = d[1] = d[2] = 150;
                    else for (int k = 0; k < 3; ++k) d[k] = p.rgb[(static_cast<std::size_t>(yy) * p.w + xx) * 3 + k];
                }
        }
        y += row_h[static_cast<std::size_t>(r)] + gap;
    }
    if (!stbi_write_png(out.c_str(), W, H, 3, sheet.data(), W * 3)) {
        std::fprintf(stderr, "gloss-contact-sheet: cannot write '%s'\n", out.c_str());
        return 1;
    }
    return 0;
}
