#!/usr/bin/env bash
# Minifies what browsers load of the JS side, with esbuild (pinned in package.json).
# Usage:
#   scripts/bundle.sh [OUT]        bundles the embed's source www/src/embed.js (and what it
#                                  imports) into one classic script, OUT (default www/embed.js,
#                                  which is committed; CI rebuilds it and compares)
#   scripts/bundle.sh glue FILE    minifies wasm-bindgen's glue FILE in place (an ES module,
#                                  exports kept); scripts/build.sh calls it after wasm-bindgen
# Deterministic: the same sources and esbuild version give the same bytes.
set -euo pipefail
here=$(pwd)
cd "$(dirname "$0")/.."
esbuild=node_modules/.bin/esbuild
abs() { case $1 in /*) echo "$1" ;; *) echo "$here/$1" ;; esac; }

if [ "${1:-}" = glue ]; then
  file=$(abs "${2:?usage: scripts/bundle.sh glue FILE}")
  # The first line tells TypeScript where the types are: kept.
  "$esbuild" "$file" --minify --format=esm --log-level=warning --allow-overwrite --outfile="$file" \
    --banner:js='/* @ts-self-types="./gansu_zones.d.ts" */'
  exit
fi

out=$(abs "${1:-www/embed.js}")
"$esbuild" www/src/embed.js --bundle --minify --format=iife --log-level=warning --outfile="$out" \
  --banner:js='// Gansu Zones embed, built by scripts/bundle.sh from www/src/embed.js (read and edit that).'
