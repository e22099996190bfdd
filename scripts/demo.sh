#!/usr/bin/env bash
# Set up, build and run the reader on the demo article.
# With a display it opens the window (F5 presents; see docs/user-guide.md).
# Without one it renders a short tour under Xvfb -- the page, a hover card, a
# pinned conflict, presenter mode on a step, the presenter view -- as PNGs and
# one contact sheet, and prints where they are. Extra arguments go to
# gloss-reader (see --help).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)" --target gloss-reader gloss_plugin gloss-contact-sheet
article=assets/articles/edm-belarus-transit-2024.txt
if [ -n "${DISPLAY:-}" ]; then
  exec build/bin/gloss-reader "$article" "$@"
fi
out=$PWD/build/demo-tour
rm -rf "$out"
mkdir -p "$out"
sed "s|\$OUT|$out|g" scripts/tour.script > "$out/tour.script"
xvfb-run -a -s "-screen 0 1600x1200x24 -noreset" build/bin/gloss-reader "$article" --script "$out/tour.script" "$@"
shots=("$out"/[0-9]-*.png)
build/bin/gloss-contact-sheet "$out/contact-sheet.png" "${shots[@]}"
echo "No display: rendered a tour of the demo under Xvfb to $out:"
for f in "${shots[@]}" "$out/contact-sheet.png"; do echo "  $f"; done
