#!/usr/bin/env bash
# Installs the system libraries Qt needs (offscreen and on a desktop), LibreOffice headless (the
# tests' second spreadsheet writer), poppler-utils, python3-venv and PostgreSQL (the team
# engine; the tests run on it too), when missing. Debian/Ubuntu with apt; elsewhere, or when apt
# fails, it says what is missing and goes on (tests that need it then skip, saying why). On a
# machine that has everything it runs no apt-get at all.
set -euo pipefail
need=()
# Listings are read whole into a variable first: `ldconfig -p | grep -q` under pipefail fails
# when grep stops reading early (the writer gets SIGPIPE) and reported present things missing.
libs="$(ldconfig -p 2>/dev/null || true)"
fonts="$(fc-list 2>/dev/null || true)"
have_lib() { [[ "$libs" == *"$1"* ]]; }
have_lib libEGL.so.1 || need+=(libegl1)
have_lib libGL.so.1 || need+=(libgl1)
have_lib libxkbcommon.so.0 || need+=(libxkbcommon0)
have_lib libfontconfig.so.1 || need+=(libfontconfig1)
have_lib libdbus-1.so.3 || need+=(libdbus-1-3)
have_lib libxcb-cursor.so.0 || need+=(libxcb-cursor0)
have_lib libxkbcommon-x11.so.0 || need+=(libxkbcommon-x11-0)
have_lib libxcb-icccm.so.4 || need+=(libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1)
[[ "${fonts,,}" == *dejavu* ]] || need+=(fonts-dejavu-core)
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
python3 -c "import ensurepip, venv" 2>/dev/null || need+=(python3-venv)
if ! command -v initdb >/dev/null && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  need+=(postgresql)
fi
[ ${#need[@]} -eq 0 ] && exit 0
apt_install() {
  "$@" apt-get update -qq >/dev/null && "$@" apt-get install -y -qq "${need[@]}" >/dev/null
}
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "Installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt_install env || echo "Note: apt-get could not install: ${need[*]} (tests that need them skip)" >&2
elif command -v apt-get >/dev/null && command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  echo "Installing system packages: ${need[*]}"
  apt_install sudo DEBIAN_FRONTEND=noninteractive || echo "Note: apt-get could not install: ${need[*]} (tests that need them skip)" >&2
else
  echo "Note: these system packages are missing and could not be installed here: ${need[*]}" >&2
fi
exit 0
