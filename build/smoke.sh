#!/usr/bin/env bash
# Smoke test of the BUILT app (dist/samdrift by default), run with no Python anywhere on its
# path: every command runs under `env -i` with PATH set to an empty directory, HOME and the XDG
# folders in a temporary directory and QT_QPA_PLATFORM=offscreen, on a copy of the dist folder
# moved away from the source tree. Checks:
#   1. `samdrift --help` starts (and times the CLI start-up);
#   2. `samdrift demo DIR` builds the demo project; `samdrift status` reads it;
#   3. `samdrift scenario --new` saves a scenario, `--list` lists it, `--show --json` computes it;
#   4. `samdrift report PROJECT --scenario … --pdf … --xlsx … [--docx …]` (when the command
#      exists): the PDF renders with pdftoppm and names the scenario, the workbook and the
#      Word summary are OOXML files;
#   5. the GUI opens the demo project offscreen (console `samdrift gui` and the windowed
#      `Samdrift`, through the hidden option `--smoke-screenshot PNG`) and writes a
#      screenshot of a sensible size; it then imports every module of the app, so a module or
#      native library the window loads only when needed (dialogs, report preview with QtPdf)
#      and that the build lacks fails here too.
# Written for Linux (macOS should work, untested; on Windows see the README).
# Usage: build/smoke.sh [DIST_DIR] [OUT_DIR]   (OUT_DIR keeps the screenshots, PDF and workbook;
# default build/work/smoke). Exit status 0 when every check passed, 1 otherwise.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
dist=$(cd "${1:-$here/../dist/samdrift}" 2>/dev/null && pwd) || { echo "smoke: no built app at ${1:-dist/samdrift} (run make dist)" >&2; exit 1; }
out=${2:-$here/work/smoke}
rm -rf "$out" && mkdir -p "$out"
out=$(cd "$out" && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/samdrift-smoke.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/empty-path" "$tmp/home" "$tmp/config" "$tmp/data" "$tmp/cache" "$tmp/state" \
         "$tmp/runtime" "$tmp/tmp" "$tmp/work"
chmod 700 "$tmp/runtime"

failures=0
report=()
pass() { report+=("ok    $1"); }
fail() { report+=("FAIL  $1"); failures=$((failures + 1)); }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# A copy away from the checkout: nothing may be found through the source tree.
app="$tmp/app"
cp -a "$dist" "$app"
cli="$app/samdrift"; [ -x "$cli" ] || cli="$app/samdrift-cli"
gui="$app/Samdrift"
[ -x "$cli" ] || { echo "smoke: no console executable in $dist" >&2; exit 1; }

# The environment the app runs in: nothing inherited, no Python reachable.
run() {
  env -i PATH="$tmp/empty-path" HOME="$tmp/home" USER=smoke LANG=C.UTF-8 \
    XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" \
    XDG_STATE_HOME="$tmp/state" XDG_RUNTIME_DIR="$tmp/runtime" TMPDIR="$tmp/tmp" \
    QT_QPA_PLATFORM=offscreen "$@"
}
if [ -n "$(ls -A "$tmp/empty-path")" ]; then
  echo "smoke: PATH for the app is not empty" >&2; exit 1
fi

# step NAME LOGFILE COMMAND...: runs it, records ok/FAIL with the time it took; fails on a
# non-zero exit or a Python traceback in its output.
step() {
  local name=$1 log=$2; shift 2
  local t0 t1 rc
  t0=$(now); last_t0=$t0; run "$@" >"$log" 2>&1; rc=$?; t1=$(now)
  last_time=$(secs "$t0" "$t1")
  if [ $rc -ne 0 ] || grep -q "^Traceback" "$log"; then
    fail "$name (exit $rc, ${last_time} s) — its log is above"; sed 's/^/        /' "$log" | tail -20 >&2
    return 1
  fi
  pass "$name (${last_time} s)"
}

# 1. CLI start-up: the best of three.
step "samdrift --help" "$tmp/help.txt" "$cli" --help
best=; for _ in 1 2 3; do
  t0=$(now); run "$cli" --help >/dev/null 2>&1; t1=$(now); t=$(secs "$t0" "$t1")
  if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
done
cli_start=$best

# 2. The demo project.
project=
if step "samdrift demo" "$tmp/demo.txt" "$cli" demo "$tmp/work/demo"; then
  project=$(find "$tmp/work/demo" -maxdepth 1 -name '*.samdrift' | head -1)
  if [ -s "$project" ]; then pass "demo project written: $(basename "$project") ($(du -k "$project" | cut -f1) kB)"
  else fail "demo project file missing or empty"; project=; fi
fi
if [ -n "$project" ]; then
  step "samdrift status" "$tmp/status.txt" "$cli" status "$project"

  # 3. A scenario: create, list, compute.
  scenario="Røykprøve felles drift"
  members=4204,4215,4216,4218,4223
  step "samdrift scenario --new" "$tmp/scen-new.txt" "$cli" scenario "$project" \
    --new "$scenario" --participants "$members" --level 3
  if step "samdrift scenario --list" "$tmp/scen-list.txt" "$cli" scenario "$project" --list; then
    grep -q "$scenario" "$tmp/scen-list.txt" && pass "scenario listed" || fail "scenario not in --list"
  fi
  if step "samdrift scenario --show --json" "$tmp/scen-show.json" "$cli" scenario "$project" \
       --show "$scenario" --json --draws 500 --seed 1; then
    grep -q '"npv"' "$tmp/scen-show.json" && pass "scenario computed (npv in JSON)" \
      || fail "scenario JSON has no npv"
  fi

  # 4. The report, when this build has the command.
  if grep -qE "^\s+report\b|[{,]report[,}]" "$tmp/help.txt"; then
    run "$cli" report --help >"$tmp/report-help.txt" 2>&1
    docx=(); grep -q -- "--docx" "$tmp/report-help.txt" && docx=(--docx "$out/summary.docx")
    if step "samdrift report --pdf --xlsx${docx:+ --docx}" "$tmp/report.txt" "$cli" report "$project" \
         --scenario "$scenario" --pdf "$out/report.pdf" --xlsx "$out/report.xlsx" "${docx[@]}"; then
      if [ -s "$out/report.pdf" ] && [ "$(head -c 5 "$out/report.pdf")" = "%PDF-" ]; then
        if command -v pdftoppm >/dev/null; then
          if pdftoppm -r 40 -png "$out/report.pdf" "$tmp/page" 2>"$tmp/pdftoppm.txt"; then
            pages=$(find "$tmp" -maxdepth 1 -name 'page*.png' | wc -l)
            [ "$pages" -gt 0 ] && pass "report.pdf renders with pdftoppm ($pages pages, $(du -k "$out/report.pdf" | cut -f1) kB)" \
              || fail "pdftoppm rendered no page"
            first=$(find "$tmp" -maxdepth 1 -name 'page*.png' | sort | head -1)
            [ -n "$first" ] && cp "$first" "$out/report-page1.png"
          else
            fail "pdftoppm failed: $(head -3 "$tmp/pdftoppm.txt")"
          fi
        else
          report+=("skip  pdftoppm not installed: PDF not rendered (apt install poppler-utils)")
        fi
        if command -v pdftotext >/dev/null; then
          pdftotext "$out/report.pdf" "$tmp/report-text.txt" 2>/dev/null
          grep -q "$scenario" "$tmp/report-text.txt" && pass "report.pdf text names the scenario" \
            || fail "report.pdf text does not name the scenario"
        fi
      else
        fail "report.pdf missing, empty or not a PDF"
      fi
      # an OOXML file is a zip whose directory names its parts in plain text
      ooxml() {  # ooxml FILE PART LABEL
        if [ -s "$1" ] && [ "$(head -c 2 "$1")" = "PK" ] && grep -aq "$2" "$1"; then
          pass "$3 written ($(du -k "$1" | cut -f1) kB)"
        else
          fail "$3 missing, empty or not a valid file"
        fi
      }
      ooxml "$out/report.xlsx" "xl/workbook.xml" "report.xlsx"
      [ ${#docx[@]} -gt 0 ] && ooxml "$out/summary.docx" "word/document.xml" "summary.docx"
    fi
  else
    report+=("skip  samdrift report: this build has no 'report' command yet (not in samdrift --help)")
  fi
fi

# 5. The GUI, offscreen, on the demo project: console `samdrift gui` and windowed `Samdrift`.
check_png() {  # check_png FILE LABEL
  local png=$1 label=$2 sig w h
  sig=$(head -c 8 "$png" 2>/dev/null | od -An -tx1 | tr -d ' \n')
  if [ "$sig" != "89504e470d0a1a0a" ]; then fail "$label: $png is not a PNG"; return; fi
  # width and height: big-endian 32-bit integers at bytes 16..23 of the IHDR chunk
  w=$((16#$(od -An -tx1 -j16 -N4 "$png" | tr -d ' \n')))
  h=$((16#$(od -An -tx1 -j20 -N4 "$png" | tr -d ' \n')))
  if [ "$w" -ge 640 ] && [ "$h" -ge 400 ] && [ "$(wc -c <"$png" | tr -d " ")" -gt 20000 ]; then
    pass "$label: ${w}x${h} PNG, $(du -k "$png" | cut -f1) kB"
  else
    fail "$label: implausible screenshot ${w}x${h}, $(wc -c <"$png" | tr -d " ") bytes"
  fi
}
# seconds from starting the process to the window on screen (the app prints when it was shown)
shown_after() {
  local at; at=$(sed -n 's/.*at epoch \([0-9.]*\).*/\1/p' "$1" | head -1)
  [ -n "$at" ] && secs "$last_t0" "$at"
}
gui_start=
if [ -n "$project" ]; then
  if step "samdrift gui PROJECT (offscreen, screenshot)" "$tmp/gui.txt" "$cli" gui "$project" \
       --smoke-screenshot "$out/gui.png"; then
    gui_start=$(shown_after "$tmp/gui.txt")
    check_png "$out/gui.png" "samdrift gui screenshot"
  fi
  if [ -x "$gui" ]; then
    if step "Samdrift PROJECT (windowed executable)" "$tmp/gui2.txt" "$gui" "$project" \
         --smoke-screenshot "$out/gui-windowed.png"; then
      check_png "$out/gui-windowed.png" "Samdrift screenshot"
    fi
  else
    fail "windowed executable Samdrift missing"
  fi
fi
# Start-up to the first window without a project (the welcome screen).
if step "samdrift gui (welcome screen)" "$tmp/gui3.txt" "$cli" gui --smoke-screenshot "$out/gui-welcome.png"; then
  gui_empty=$(shown_after "$tmp/gui3.txt")
  check_png "$out/gui-welcome.png" "welcome screenshot"
fi

echo
echo "Samdrift smoke test of $dist"
echo "  run as: env -i PATH=<empty dir> HOME=<temp> XDG_*=<temp> QT_QPA_PLATFORM=offscreen, on a copy in $tmp"
printf '  %s\n' "${report[@]}"
echo "  figures: dist $(du -sh "$dist" | cut -f1); CLI start-up (samdrift --help, best of 3) ${cli_start:-?} s;" \
     "GUI start to first window: ${gui_empty:-?} s (welcome screen), ${gui_start:-?} s (demo project opened)"
grep -h "^screenshot" "$tmp"/gui*.txt 2>/dev/null | sed 's/^/  /'
echo "  outputs kept in $out"
if [ $failures -gt 0 ]; then
  echo "SMOKE TEST FAILED: $failures check(s)"; exit 1
fi
echo "SMOKE TEST PASSED"
