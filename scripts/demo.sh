#!/usr/bin/env bash
# Writes the demo news pages (www/demo/*.html) from their templates in www/demo/src/:
# each <!-- gansu-zones: … --> line becomes that chart's embed snippet, fallback table
# included, so every number on the pages comes from the dataset.
# Usage: scripts/demo.sh [OUT_DIR]   (default www/demo, which is committed; CI compares)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-www/demo}
mkdir -p "$out"
cargo build --quiet
for template in www/demo/src/*.html; do
  target/debug/gansu-zones page "$template" > "$out/$(basename "$template")"
done
