#!/usr/bin/env bash
# Install Gloss from this build into a temporary prefix, build the minimal host
# of docs/examples against the installed package — with find_package(Gloss)
# and with pkg-config — and run its headless checks (hover a term, keys with
# the host's text focused, two instances side by side).
# Usage: installed_host.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" >/dev/null
article="$work/prefix/share/gloss/articles/edm-belarus-transit-2024.txt"
test -f "$article"

echo "== find_package(Gloss)"
cmake -S "$src/docs/examples/minimal-host" -B "$work/with-cmake" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/with-cmake" -j 2 >/dev/null
"$work/with-cmake/gloss-minimal-host" "$article" --check

echo "== pkg-config gloss"
PKG_CONFIG_PATH="$(dirname "$(find "$work/prefix" -name gloss.pc)")" \
  cmake -S "$src/docs/examples/minimal-host" -B "$work/with-pkg-config" -DGLOSS_WITH_PKG_CONFIG=ON >/dev/null
cmake --build "$work/with-pkg-config" -j 2 >/dev/null
"$work/with-pkg-config/gloss-minimal-host" "$article" --check
