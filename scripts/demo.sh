#!/usr/bin/env bash
# Set up, build and run the reader on the demo article.
# With a display it opens the window; without one it renders under Xvfb to a
# PNG and prints where. Extra arguments go to gloss-reader (see --help).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)" --target gloss-reader gloss_plugin
article=assets/articles/edm-belarus-transit-2024.txt
if [ -n "${DISPLAY:-}" ]; then
  exec build/bin/gloss-reader "$article" "$@"
fi
out=$PWD/build/demo.png
xvfb-run -a -s "-screen 0 1600x1200x24 -noreset" build/bin/gloss-reader "$article" --screenshot "$out" "$@"
echo "No display: rendered the demo under Xvfb to $out"
