#!/usr/bin/env bash
# Build the reader layout benchmark (Release) and print its table.
# Usage: tests/bench/layout/run.sh   (from anywhere; builds in build-bench-layout/)
set -euo pipefail
cd "$(dirname "$0")/../../.."
cmake -S . -B build-bench-layout -DCMAKE_BUILD_TYPE=Release -DGLOSS_BUILD_TESTS=OFF -DGLOSS_BUILD_BENCH=ON >/dev/null
cmake --build build-bench-layout -j "$(nproc)" --target bench_layout >/dev/null
build-bench-layout/tests/bench/layout/bench_layout "$@"
