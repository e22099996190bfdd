#!/usr/bin/env bash
# Install the Debian packages Gloss needs to build, test and run, if missing.
# As root it runs apt-get; otherwise it prints the exact command and exits 1.
set -euo pipefail

packages=(
  build-essential cmake pkg-config          # toolchain
  libimgui-dev libglfw3-dev libstb-dev      # Dear ImGui 1.86 (+ GLFW/OpenGL3 backends), GLFW, stb
  catch2 nlohmann-json3-dev                 # tests, JSON
  libfontconfig-dev fonts-dejavu-core       # finding the reading font
  libgl-dev libgl1-mesa-dri libglx-mesa0    # OpenGL (Mesa llvmpipe under Xvfb)
  xvfb xauth                                # headless window tests and screenshots
  dpkg-dev file                             # the .deb: CPack's dpkg-shlibdeps
  python3 python3-html5lib                  # the export tests read the handout and worksheet back with html5lib
  wordnet-base iso-codes                    # lexical data for definitions (docs/packs.md)
  clang-14 libclang-rt-14-dev               # libFuzzer targets (tests/fuzz, scripts/fuzz.sh)
  libgumbo-dev                              # HTML5 parser (web pages)
  libzip-dev libpugixml-dev                 # EPUB: zip container, XML package documents
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all packages present"
  exit 0
fi

cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing packages: ${missing[*]}" >&2
  echo "setup: run as root:  $cmd" >&2
  exit 1
fi
echo "setup: installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
