#!/usr/bin/env bash
# Builds what browsers load of the JS and CSS from their sources in www/src/, with esbuild
# (pinned in package.json). Every www/*.js and www/*.css is built output (committed; CI
# rebuilds and compares):
#   www/embed.js        the <gansu-zones-chart> element: www/src/embed/ with ../shared/marks.js
#                       and embed.css as text, one classic script (articles load it)
#   www/embed-resize.js for pages with iframe embeds, a classic script
#   www/embed-frame.js  the iframe page's module
#   www/early.js        the explorer's first-paint module (the page in the reader's language)
#   www/ui.js           the explorer's words, imported by early.js and app.js
#   www/app.js          the explorer
#   www/find.js         the figure finder's page
#   www/style.css, www/embed.css, www/find.css, www/embed-frame.css: the sheets, each with
#                       the generated palette.css it imports (embed.css is also in embed.js)
# The wasm cores (../pkg/…) and ui.js stay separate files, imported at run time.
# First it writes www/src/shared/rules.js and palette.css, what the pages read from the Rust
# core (`gansu-zones js-rules`: parameter names, sizes, table words; `css-palette`: the
# charts' colours and font), so no page holds a copy.
# Usage:
#   scripts/bundle.sh [OUT_DIR]    builds them all into OUT_DIR (default www/)
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

cargo run --quiet -- js-rules > www/src/shared/rules.js
cargo run --quiet -- css-palette > www/src/shared/palette.css

# esbuild's JS API, for what its command line lacks: the sheet, imported as text, is
# bundled (its @import) and minified first (the minifier leaves strings alone), and
# run-time imports stay imports.
node --input-type=module - "$(abs "${1:-www}")" <<'JS'
import { build } from "esbuild";

const out = process.argv[2];
const minifiedCssText = {
  name: "minified-css-text",
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async (file) => {
      const { outputFiles } = await build({ entryPoints: [file.path], bundle: true, minify: true, write: false, outdir: "/", logLevel: "warning" });
      return { contents: outputFiles[0].text.trim(), loader: "text" };
    });
  },
};
// The cores and the explorer's words are files of their own, loaded at run time: the path
// is kept as written (it is relative to the built file in www/, as to the page).
const runTime = {
  name: "run-time-imports",
  setup(b) {
    b.onResolve({ filter: /\/pkg\/|^\.\/ui\.js$/ }, (args) =>
      args.importer.endsWith("/explorer/ui.js") ? undefined : { path: args.path, external: true });
  },
};
const entries = [
  ["embed/index.js", "embed.js", "iife"],
  ["frame/embed-resize.js", "embed-resize.js", "iife"],
  ["frame/embed-frame.js", "embed-frame.js", "esm"],
  ["explorer/early.js", "early.js", "esm"],
  ["explorer/ui.js", "ui.js", "esm"],
  ["explorer/app.js", "app.js", "esm"],
  ["find/find.js", "find.js", "esm"],
  ["explorer/style.css", "style.css"],
  ["embed/embed.css", "embed.css"],
  ["find/find.css", "find.css"],
  ["frame/embed-frame.css", "embed-frame.css"],
];
for (const [entry, file, format] of entries) {
  await build({
    entryPoints: [`www/src/${entry}`],
    outfile: `${out}/${file}`,
    bundle: true,
    minify: true,
    format,
    banner: { [format ? "js" : "css"]: `${format ? "//" : "/*"} Gansu Zones: built by scripts/bundle.sh from www/src/${entry} (read and edit that).${format ? "" : " */"}` },
    plugins: format ? [minifiedCssText, runTime] : [],
    logLevel: "warning",
  });
}
JS
