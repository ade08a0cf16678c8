#!/usr/bin/env bash
# Installs the system libraries Qt needs (offscreen and on a desktop), LibreOffice headless (the
# tests' second spreadsheet writer) and poppler-utils, when missing. Debian/Ubuntu with apt;
# elsewhere it says what is missing and goes on (tests that need LibreOffice then skip).
set -euo pipefail
need=()
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have_lib libEGL.so.1 || need+=(libegl1)
have_lib libGL.so.1 || need+=(libgl1)
have_lib libxkbcommon.so.0 || need+=(libxkbcommon0)
have_lib libfontconfig.so.1 || need+=(libfontconfig1)
have_lib libdbus-1.so.3 || need+=(libdbus-1-3)
have_lib libxcb-cursor.so.0 || need+=(libxcb-cursor0)
have_lib libxkbcommon-x11.so.0 || need+=(libxkbcommon-x11-0)
have_lib libxcb-icccm.so.4 || need+=(libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "Installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${need[@]}" >/dev/null
elif command -v apt-get >/dev/null && command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  echo "Installing system packages: ${need[*]}"
  sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "Note: these system packages are missing and could not be installed here: ${need[*]}" >&2
fi
