#!/usr/bin/env bash
# Re-anchoring benchmark: Gloss vs approx-string-match (npm) used the way the
# Hypothesis client uses it, on identical generated cases (fixed seed).
# Usage: tests/bench/anchoring/run.sh      (build folder: build-bench-anchoring/, or $GLOSS_BENCH_BUILD)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
build="${GLOSS_BENCH_BUILD:-$root/build-bench-anchoring}"

echo "== build (Release)" >&2
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DGLOSS_BUILD_TESTS=OFF -DGLOSS_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j "${GLOSS_JOBS:-2}" --target anchoring_bench >/dev/null
echo "== peer (npm ci)" >&2
(cd "$here" && npm ci --no-audit --no-fund --silent)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bench="$build/tests/bench/anchoring/anchoring_bench"
echo "== generating cases" >&2
"$bench" generate "$work/cases.json"
echo "== peer run (node)" >&2
node "$here/peer.mjs" "$work/cases.json" "$work/peer.json"
echo "== Gloss run and table" >&2
"$bench" run "$work/cases.json" "$work/peer.json"
