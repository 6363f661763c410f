#!/usr/bin/env bash
# Debian/Ubuntu packages the desk needs: Qt's offscreen and X11 libraries, a virtual display, poppler
# (PDF checks in tests), binutils (PyInstaller reads and strips the bundled libraries) and python3-venv.
# Installs what is missing when run as root; otherwise prints the command to run.
set -euo pipefail
PACKAGES=(
  python3-venv
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
  xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  poppler-utils zbar-tools
  binutils
  espeak-ng libpulse0 sox
)
command -v dpkg-query >/dev/null 2>&1 || { echo "not a Debian-like system: install the equivalents of: ${PACKAGES[*]}"; exit 0; }
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "missing system packages; run:  sudo apt-get install ${missing[*]}" >&2
fi
