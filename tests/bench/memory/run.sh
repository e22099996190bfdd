#!/usr/bin/env bash
# Peak memory (max RSS) and time of gloss-annotate on a ~10 MB article, in each
# output format, beside reading the text alone (`--format text` writes a short
# report: it is the analysis' own peak). Prints a table; see docs/benchmarks.md.
#
# Usage: tests/bench/memory/run.sh [BUILD_DIR] [MB]     (default: build, 10)
set -euo pipefail
cd "$(dirname "$0")/../../.."
build=${1:-build}
mb=${2:-10}
exe=$build/bin/gloss-annotate
cmake --build "$build" --target gloss-annotate -j "${GLOSS_JOBS:-2}" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# An article-like text: the demo article and the test fixtures, repeated to MB megabytes.
article=$work/article.txt
: > "$article"
while [ "$(stat -c %s "$article")" -lt $((mb * 1000000)) ]; do
  cat assets/articles/*.txt tests/core/fixtures/*.txt >> "$article"
done
bytes=$(stat -c %s "$article")
printf '%-8s %12s %10s %10s %14s\n' format "max RSS MB" "x text" "seconds" "output MB"
for format in text json jsonl; do
  /usr/bin/time -f '%M %e' -o "$work/time" "$exe" "$article" --date 2024-06-04 --format "$format" > "$work/out"
  read -r kb secs < "$work/time"
  out=$(stat -c %s "$work/out")
  awk -v f="$format" -v kb="$kb" -v b="$bytes" -v s="$secs" -v o="$out" \
    'BEGIN { printf "%-8s %12.1f %10.2f %10.2f %14.1f\n", f, kb / 1024, kb * 1024 / b, s, o / 1e6 }'
done
echo "text: $((bytes / 1000)) KB"
