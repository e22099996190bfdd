#!/usr/bin/env bash
# Overlay benchmark: per-frame time of the reader alone vs reader + Gloss (the
# real plugin module through the C ABI) on the demo article and a 1 MB
# article, headless (ImGui only) and as full frames in an OpenGL window
# (OpenGL 3 backend + glFinish), and the time from opening the demo article to
# its first annotated frame. Prints tables of medians.
# Usage: tests/bench/overlay/run.sh [--presenter]   (from anywhere; builds in build-bench-overlay/, Release;
#        --presenter: only the presenter-mode rows)
# Without DISPLAY, the benchmark runs under xvfb-run (Mesa's software OpenGL).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
build="${GLOSS_BENCH_BUILD:-$root/build-bench-overlay}"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DGLOSS_BUILD_TESTS=OFF -DGLOSS_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j "${GLOSS_JOBS:-2}" --target bench_overlay >/dev/null
bench="$build/tests/bench/overlay/bench_overlay"
if [ -n "${DISPLAY:-}" ]; then "$bench" "$@"; else xvfb-run -a -s "-screen 0 1600x1200x24 -noreset" "$bench" "$@"; fi
