#!/usr/bin/env bash
# Runs every test: formatting and lints, native tests, the pkg/ and www/embed.js freshness checks,
# wasm-bindgen tests in headless Chromium, and end-to-end tests of the pages.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

step() { printf '\n== %s\n' "$*"; }

step "format and lints"
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --lib --target wasm32-unknown-unknown -- -D warnings
# The embed's cores: all charts, and one chart's (pkg/embed/charts/ID/).
cargo clippy --quiet --lib --target wasm32-unknown-unknown --no-default-features --features all-charts -- -D warnings
cargo clippy --quiet --lib --target wasm32-unknown-unknown --no-default-features --features chart-tax -- -D warnings
cargo clippy --quiet --lib --target wasm32-unknown-unknown --no-default-features --features explorer -- -D warnings

step "native tests"
cargo test --quiet

step "pkg/ is fresh (rebuilt from src/, compared with what is committed)"
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
bash scripts/build.sh "$fresh/pkg"
if ! diff -r pkg "$fresh/pkg"; then
  echo "pkg/ is stale: run scripts/build.sh and commit pkg/" >&2
  exit 1
fi

step "www/src/shared/rules.js and palette.css are fresh (generated from the Rust core)"
if ! cargo run --quiet -- js-rules | diff - www/src/shared/rules.js \
  || ! cargo run --quiet -- css-palette | diff - www/src/shared/palette.css; then
  echo "www/src/shared/ is stale: run scripts/bundle.sh and commit it" >&2
  exit 1
fi

step "www/*.js and www/*.css are fresh (bundled from www/src/)"
mkdir "$fresh/www"
bash scripts/bundle.sh "$fresh/www"
for f in www/*.js www/*.css "$fresh"/www/*; do
  if ! diff -q "www/$(basename "$f")" "$fresh/www/$(basename "$f")"; then
    echo "www/$(basename "$f") is stale or not built from www/src/: run scripts/bundle.sh and commit www/*.js and www/*.css" >&2
    exit 1
  fi
done

step "demo pages are fresh (rebuilt from www/demo/src/)"
bash scripts/demo.sh "$fresh/demo"
for page in "$fresh"/demo/*.html; do
  if ! diff -q "$page" "www/demo/$(basename "$page")"; then
    echo "www/demo is stale: run scripts/demo.sh and commit www/demo" >&2
    exit 1
  fi
done

step "the data version is frozen, and its data is today's data"
version=$(tr -d '[:space:]' < data/VERSION)
if [ ! -d "versions/$version" ]; then
  echo "data version $version is not frozen: run scripts/freeze.sh and commit versions/" >&2
  exit 1
fi
if ! diff -q pkg/dataset.csv "versions/$version/dataset.csv"; then
  echo "data/ changed since version $version was frozen: bump data/VERSION, run scripts/build.sh and scripts/freeze.sh" >&2
  exit 1
fi
for dir in versions/*/; do
  for f in gansu_zones.js gansu_zones_bg.wasm dataset.csv fallback; do
    [ -e "$dir$f" ] || { echo "$dir is incomplete: no $f" >&2; exit 1; }
  done
done

step "size budget"
bash scripts/check-size.sh

step "wasm tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test web

step "end-to-end tests of the pages in headless Chromium"
node tests/e2e/run.mjs
node tests/e2e/embed.mjs
node tests/e2e/xorigin.mjs
node tests/e2e/find.mjs
node tests/e2e/quality.mjs

step "the JS that reads the core's marks is type-checked against the core's declared types"
node_modules/.bin/tsc --noEmit --allowJs --checkJs --target es2022 --module es2022 \
  --moduleResolution bundler --lib esnext,dom,dom.iterable www/src/shared/marks.js

step "the npm packages as a developer installs them (npm pack, tsc, esbuild, the README's examples)"
node tests/npm/run.mjs

echo
echo "all tests passed"
