// gloss-reader — host demo (placeholder until the reading surface lands).
#include <cstdio>

int main(int argc, char** argv) {
    (void)argc; (void)argv;
    std::fprintf(stderr, "gloss-reader: not implemented yet\n");
    return 0;
}
