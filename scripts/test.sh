#!/usr/bin/env bash
# Set up, build and run every test: the normal build, the ASan+UBSan build, then
# each libFuzzer target for GLOSS_FUZZ_SECONDS (20 s) on its seeds.
# Usage: scripts/test.sh            (from anywhere; builds in build/ and build-asan/)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${GLOSS_JOBS:-$(nproc)}

scripts/setup.sh

# Window tests need an X server; without one, run the suite under Xvfb. -noreset:
# tests open and close windows in parallel, and a server that resets when its
# last client leaves refuses the next one for a moment ("cannot open display").
run() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1600x1200x24 -noreset" "$@"; fi
}

echo "== build (RelWithDebInfo, warnings are errors)"
cmake -S . -B build -DGLOSS_WERROR=ON >/dev/null
cmake --build build -j "$jobs"
echo "== tests"
run ctest --test-dir build --output-on-failure -j "$jobs" --timeout 300

echo "== build (ASan + UBSan)"
cmake -S . -B build-asan -DGLOSS_SANITIZE=ON -DGLOSS_WERROR=ON -DGLOSS_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j "$jobs"
echo "== tests (ASan + UBSan)"
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/support/lsan.supp:print_suppressions=0} \
  run ctest --test-dir build-asan --output-on-failure -j "$jobs" --timeout 600

echo "== fuzz (each target ${GLOSS_FUZZ_SECONDS:-20} s; a crash, sanitizer report or slow input fails)"
scripts/fuzz.sh all "${GLOSS_FUZZ_SECONDS:-20}"
