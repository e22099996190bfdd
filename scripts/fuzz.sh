#!/usr/bin/env bash
# Build the libFuzzer targets (clang 14) and run one for N seconds.
#
# Usage: scripts/fuzz.sh TARGET SECONDS     e.g. scripts/fuzz.sh fuzz_analysis 600
#        scripts/fuzz.sh all SECONDS        every target in turn, SECONDS each
#        scripts/fuzz.sh list               the targets
#
# Builds in build-fuzz/ (ASan + UBSan + libFuzzer). The seeds are
# tests/fuzz/corpus/TARGET (read only); what the fuzzer learns goes to
# build-fuzz/corpus/TARGET; a finding (crash, sanitizer report, an input slower
# than the per-input limit, memory above the limit) is written to
# build-fuzz/findings/ and the script exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(fuzz_analysis fuzz_annotation_json fuzz_pack_loader fuzz_sidecar fuzz_hypothesis fuzz_anchoring fuzz_script)
if [ "${1:-}" = list ]; then printf '%s\n' "${targets[@]}"; exit 0; fi
target=${1:?usage: scripts/fuzz.sh TARGET|all SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET|all SECONDS}

# Per-input limits: a slow input (the analysis promises linear time) or a
# memory-hungry one is a finding, not a slow run.
timeout_s=${GLOSS_FUZZ_TIMEOUT:-10}
rss_mb=${GLOSS_FUZZ_RSS_MB:-2048}
max_len=${GLOSS_FUZZ_MAX_LEN:-65536}   # large enough for the slow shapes (> 4 KB)

if [ ! -f build-fuzz/CMakeCache.txt ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -DGLOSS_FUZZ=ON -DGLOSS_BUILD_TESTS=OFF \
    -DGLOSS_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build build-fuzz -j "${GLOSS_JOBS:-$(nproc)}" --target fuzz_all >/dev/null

run_one() {
  local t=$1
  mkdir -p "build-fuzz/corpus/$t" build-fuzz/findings
  echo "== $t for ${seconds}s"
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
    "build-fuzz/fuzz/$t" "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t" \
      -max_total_time="$seconds" -timeout="$timeout_s" -rss_limit_mb="$rss_mb" -max_len="$max_len" \
      -artifact_prefix="build-fuzz/findings/$t-" -print_final_stats=1
}
if [ "$target" = all ]; then
  for t in "${targets[@]}"; do run_one "$t"; done
else
  run_one "$target"
fi
