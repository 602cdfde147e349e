#!/usr/bin/env bash
# The employer cost against mon-entreprise's model (tests/modele-social/compare.mjs), as `.ci/run` runs it:
#   bash tests/modele-social/run.sh build/revalo
# The npm packages modele-social and publicodes, at the versions below, are fetched with npm once into
# ~/.cache/revalo-modele-social/VERSION/ and kept between runs. Without node, npm or the registry the comparison is
# SKIPPED (exit 0) and says why; a difference that is not a known one fails (exit 1).
set -uo pipefail
revalo=$(realpath "${1:?usage: run.sh REVALO_BINARY}")
here=$(cd "$(dirname "$0")" && pwd)
modele_social=11.1.0   # published 2026-07-16
publicodes=1.10.3      # the engine of its rules (peer dependency publicodes ^1.0.4)
cache="${HOME:-/root}/.cache/revalo-modele-social/$modele_social"
modules="$cache/node_modules"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "modele-social comparison SKIPPED: node or npm is not installed"
  exit 0
fi
if [ ! -s "$modules/modele-social/dist/index.js" ] || [ ! -s "$modules/publicodes/package.json" ] ||
   ! grep -q "\"version\": \"$publicodes\"" "$modules/publicodes/package.json"; then
  mkdir -p "$cache"
  # A package.json of its own, so that npm installs here and not in a parent folder's project.
  echo '{"name": "revalo-modele-social-cache", "private": true}' >"$cache/package.json"
  if (cd "$cache" && rm -rf node_modules package-lock.json &&
      timeout 600 npm install --no-audit --no-fund --ignore-scripts --no-package-lock \
        "modele-social@$modele_social" "publicodes@$publicodes" >npm.log 2>&1); then
    echo "modele-social comparison: fetched modele-social@$modele_social and publicodes@$publicodes into $cache"
  else
    echo "modele-social comparison SKIPPED: npm could not fetch modele-social@$modele_social (registry unreachable?):"
    tail -5 "$cache/npm.log" || true
    rm -rf "$modules"
    exit 0
  fi
fi
echo "modele-social comparison: node tests/modele-social/compare.mjs $revalo $modules"
node "$here/compare.mjs" "$revalo" "$modules"
