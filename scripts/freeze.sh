#!/usr/bin/env bash
# Freezes the current data version: copies the embed's build (pkg/embed/: wasm, JS, the
# one-chart cores and the data they read),
# pkg/dataset.csv and the fallback SVGs
# to versions/<data version>/, where frozen embeds (version="…") load it from forever.
# Run it after bumping data/VERSION and rebuilding pkg/. A version, once frozen, is not
# rewritten: CI checks that versions/<data/VERSION>/dataset.csv matches the data.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(tr -d '[:space:]' < data/VERSION)
dir="versions/$version"
if [ -e "$dir" ] && [ "${1:-}" != "--force" ]; then
  echo "$dir exists: a frozen version is not rewritten (bump data/VERSION for new data)" >&2
  exit 1
fi
rm -rf "$dir"
mkdir -p "$dir"
cp -r pkg/embed/gansu_zones.js pkg/embed/gansu_zones_bg.wasm pkg/embed/data pkg/embed/charts pkg/dataset.csv pkg/fallback "$dir/"
echo "froze data version $version in $dir"
