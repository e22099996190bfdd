#!/usr/bin/env bash
# Make the .deb with CPack from this build and check what it holds and what it
# depends on (dpkg-deb -c / -f), as a user's `apt install ./gloss_*.deb` will see it.
# Usage: deb_contents.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work" >/dev/null)
deb=$(ls "$work"/gloss_*.deb)
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' > "$work/contents"
missing=0
for path in /usr/bin/gloss-annotate /usr/bin/gloss-reader /usr/include/gloss/gloss_plugin.h \
            /usr/include/gloss/gloss_imgui_binding.hpp /usr/share/man/man1/gloss-annotate.1 \
            /usr/share/gloss/packs/glossary.json /usr/share/gloss/articles/edm-belarus-transit-2024.txt; do
  grep -qx "$path" "$work/contents" || { echo "missing from the .deb: $path"; missing=1; }
done
for pattern in '/gloss/gloss_plugin\.so$' '/cmake/Gloss/GlossConfig\.cmake$' '/pkgconfig/gloss\.pc$' '/libgloss_analysis\.a$'; do
  grep -q "$pattern" "$work/contents" || { echo "missing from the .deb: $pattern"; missing=1; }
done
# Everything lives under /usr; the build folder's path never shows up.
if grep -v '^/usr\(/\|$\)\|^/$' "$work/contents" | grep -q .; then echo "a path outside /usr in the .deb"; missing=1; fi
if grep -qF "$build" "$work/contents"; then echo "the build folder's path leaked into the .deb"; missing=1; fi
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libglfw3 libfontconfig1 fonts-dejavu-core libstdc++6 libc6; do
  echo "$depends" | grep -q "$dep" || { echo "Depends lacks $dep"; missing=1; }
done
exit $missing
