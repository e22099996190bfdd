#!/usr/bin/env bash
# Main-text extraction benchmark: Gloss vs Mozilla Readability (npm, on jsdom 26)
# on the html-devset pages, in one run: F1 / precision / recall of 4-word
# shingles against the expected text, and pages per second on one core.
# Usage: tests/bench/extraction/run.sh [PAGES_DIR]
#   PAGES_DIR defaults to $GLOSS_HTML_DEVSET/pages or ../shared/html-devset/pages
#   beside the repository; build folder build-bench-extraction/ (or $GLOSS_BENCH_BUILD);
#   GLOSS_BENCH_ROUNDS (default 3): timing is the best of these rounds per page;
#   GLOSS_BENCH_WORST=N also lists each system's N worst pages.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
build="${GLOSS_BENCH_BUILD:-$root/build-bench-extraction}"
pages="${1:-${GLOSS_HTML_DEVSET:-$root/../shared/html-devset}/pages}"
rounds="${GLOSS_BENCH_ROUNDS:-3}"
[ -d "$pages" ] || { echo "run.sh: no pages folder at $pages" >&2; exit 2; }

echo "== build (Release)" >&2
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DGLOSS_BUILD_TESTS=OFF -DGLOSS_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j "${GLOSS_JOBS:-2}" --target extraction_bench >/dev/null
echo "== peer (npm ci)" >&2
(cd "$here" && npm ci --no-audit --no-fund --silent)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "== Gloss" >&2
"$build/tests/bench/extraction/extraction_bench" "$pages" "$work/gloss" "$rounds" > "$work/gloss.json"
echo "== Readability (node $(node --version))" >&2
node "$here/readability_peer.mjs" "$pages" "$work/readability" "$rounds" > "$work/readability.json"
node "$here/score.mjs" "$pages" --worst "${GLOSS_BENCH_WORST:-0}" \
  "Gloss=$work/gloss:$work/gloss.json" \
  "Readability.js=$work/readability:$work/readability.json"
