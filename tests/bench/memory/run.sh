#!/usr/bin/env bash
# Peak memory (max RSS) and time of gloss-annotate on a ~10 MB article, in each
# output format (`--format text` beside the two JSON forms); then the analysis
# alone, as analyze_text returns every annotation and as analyze_text_in_parts
# hands them out part by part. Each format also
# runs on a tiny article: its peak is the constant (program, knowledge, lexical
# data), and "per text byte" is (peak - constant) / text bytes, the figure the
# bound "at most 4x the text plus a constant" is about. Prints a table; see
# docs/benchmarks.md.
#
# Usage: tests/bench/memory/run.sh [BUILD_DIR] [MB]     (default: build, 10)
set -euo pipefail
cd "$(dirname "$0")/../../.."
build=${1:-build}
mb=${2:-10}
exe=$build/bin/gloss-annotate
cmake --build "$build" --target gloss-annotate bench_analysis_peak -j "${GLOSS_JOBS:-2}" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# An article-like text: the demo article and the test fixtures, repeated to MB megabytes.
article=$work/article.txt
: > "$article"
while [ "$(stat -c %s "$article")" -lt $((mb * 1000000)) ]; do
  cat assets/articles/*.txt tests/core/fixtures/*.txt >> "$article"
done
bytes=$(stat -c %s "$article")
tiny=tests/core/fixtures/cli-small.txt
peak_kb() {  # FILE FORMAT -> "KB SECONDS", output in $work/out
  /usr/bin/time -f '%M %e' -o "$work/time" "$exe" "$1" --date 2024-06-04 --format "$2" > "$work/out"
  cat "$work/time"
}
printf '%-8s %12s %14s %14s %10s %14s\n' format "max RSS MB" "constant MB" "per text byte" "seconds" "output MB"
for format in text json jsonl; do
  read -r base_kb _ < <(peak_kb "$tiny" "$format")
  read -r kb secs < <(peak_kb "$article" "$format")
  out=$(stat -c %s "$work/out")
  awk -v f="$format" -v kb="$kb" -v base="$base_kb" -v b="$bytes" -v s="$secs" -v o="$out" \
    'BEGIN { printf "%-8s %12.1f %14.1f %14.2f %10.2f %14.1f\n", f, kb / 1024, base / 1024, (kb - base) * 1024 / b, s, o / 1e6 }'
done
echo "text: $((bytes / 1000)) KB"
peak=$build/bin/bench_analysis_peak
[ -x "$peak" ] || peak=$(find "$build" -name bench_analysis_peak -type f | head -1)
printf '\n%-34s %12s %14s %14s %12s\n' "analysis" "max RSS MB" "constant MB" "per text byte" "annotations"
for form in whole parts; do
  read -r _ _ base_kb < <("$peak" "$tiny" "$form")
  read -r b n kb < <("$peak" "$article" "$form")
  label=$([ "$form" = whole ] && echo "analyze_text (all returned)" || echo "analyze_text_in_parts (streamed)")
  awk -v f="$label" -v kb="$kb" -v base="$base_kb" -v b="$b" -v n="$n" \
    'BEGIN { printf "%-34s %12.1f %14.1f %14.2f %12d\n", f, kb / 1024, base / 1024, (kb - base) * 1024 / b, n }'
done
