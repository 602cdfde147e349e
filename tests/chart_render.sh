#!/bin/sh
# Opens charts written by revalo in headless Chromium (Debian's `chromium`) and saves each as a PNG, to check that a
# real browser renders them ("opened once in headless Chromium"). Run by CTest (tests/charts.cmake) with
# SKIP_RETURN_CODE 77: without Chromium the test is skipped, saying why; .ci/run installs it.
#   tests/chart_render.sh OUTDIR FILE.svg|FILE.html...
# A PNG under MIN_BYTES is taken for a blank page (a white 1200×900 PNG is about 5 KB; a chart is 50 KB or more).
set -u
MIN_BYTES=20000
[ $# -ge 2 ] || { echo "usage : chart_render.sh OUTDIR FICHIER..." >&2; exit 2; }
out=$1
shift
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "SKIPPED : chromium n'est pas installé (apt-get install chromium) ; rendu des graphiques non vérifié"
  exit 77
fi
mkdir -p "$out"
failed=0
for file in "$@"; do
  if [ ! -s "$file" ]; then
    echo "ÉCHEC : $file absent ou vide"
    failed=1
    continue
  fi
  abs=$(cd "$(dirname "$file")" && pwd)/$(basename "$file")
  png=$out/$(basename "$file").png
  rm -f "$png"
  # A fresh profile each time (no state from a user's browser); no sandbox: CI runs as root. Timeout: a browser
  # that hangs must not hold CI.
  profile=$(mktemp -d)
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --window-size=1200,900 --screenshot="$png" "file://$abs" >"$png.log" 2>&1
  rc=$?
  rm -rf "$profile"
  size=$(wc -c <"$png" 2>/dev/null || echo 0)
  if [ "$rc" -ne 0 ] || [ "$size" -lt "$MIN_BYTES" ]; then
    echo "ÉCHEC : $file → $png (code $rc, $size octets ; blanc ou absent sous $MIN_BYTES octets)"
    tail -5 "$png.log"
    failed=1
  else
    echo "rendu : $file → $png ($size octets)"
  fi
done
exit $failed
