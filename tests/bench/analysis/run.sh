#!/usr/bin/env bash
# Build the analysis benchmark (Release), install the npm peers if needed, and
# print Gloss's throughput beside compromise@14, @microsoft/recognizers-text-number
# and chrono-node on the same ~1 MB corpus, plus the 10 MB linearity check.
# Usage: tests/bench/analysis/run.sh [RUNS]   (from anywhere; builds in build-bench-analysis/)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../../.."
runs="${1:-9}"
cmake -S . -B build-bench-analysis -DCMAKE_BUILD_TYPE=Release -DGLOSS_BUILD_TESTS=OFF -DGLOSS_BUILD_BENCH=ON >/dev/null
cmake --build build-bench-analysis -j "$(nproc)" --target bench_analysis >/dev/null
out=build-bench-analysis/bench-analysis
mkdir -p "$out"
build-bench-analysis/tests/bench/analysis/bench_analysis --runs "$runs" --write-corpus "$out/corpus-1mb.txt" --json "$out/gloss.json"
if command -v node >/dev/null; then
  [ -d "$here/node_modules" ] || (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
  node "$here/bench_peers.mjs" "$out/corpus-1mb.txt" "$out/gloss.json" 3
else
  echo "node not found: peers skipped"
fi
