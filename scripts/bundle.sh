#!/usr/bin/env bash
# Minifies what browsers load of the JS side, with esbuild (pinned in package.json).
# Usage:
#   scripts/bundle.sh [OUT]        bundles the embed's source www/src/embed.js (with marks.js,
#                                  and embed.css as text) into one classic script, OUT (default
#                                  www/embed.js, which is committed; CI rebuilds it and compares)
#   scripts/bundle.sh glue FILE    minifies wasm-bindgen's glue FILE in place (an ES module,
#                                  exports kept); scripts/build.sh calls it after wasm-bindgen
# Deterministic: the same sources and esbuild version give the same bytes.
set -euo pipefail
here=$(pwd)
cd "$(dirname "$0")/.."
abs() { case $1 in /*) echo "$1" ;; *) echo "$here/$1" ;; esac; }

if [ "${1:-}" = glue ]; then
  file=$(abs "${2:?usage: scripts/bundle.sh glue FILE}")
  # The first line tells TypeScript where the types are: kept.
  node_modules/.bin/esbuild "$file" --minify --format=esm --log-level=warning --allow-overwrite \
    --outfile="$file" --banner:js='/* @ts-self-types="./gansu_zones.d.ts" */'
  exit
fi

# esbuild's JS API, for the one step its command line lacks: the sheet, imported as text,
# is minified first (the minifier leaves strings alone).
node --input-type=module - "$(abs "${1:-www/embed.js}")" <<'JS'
import { build, transform } from "esbuild";
import { readFile } from "node:fs/promises";

const minifiedCssText = {
  name: "minified-css-text",
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async (file) => {
      const { code } = await transform(await readFile(file.path, "utf8"), { loader: "css", minify: true });
      return { contents: code.trim(), loader: "text" };
    });
  },
};

await build({
  entryPoints: ["www/src/embed.js"],
  outfile: process.argv[2],
  bundle: true,
  minify: true,
  format: "iife",
  banner: { js: "// Gansu Zones embed, built by scripts/bundle.sh from www/src/embed.js (read and edit that)." },
  plugins: [minifiedCssText],
  logLevel: "warning",
});
JS
