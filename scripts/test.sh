#!/usr/bin/env bash
# Runs every test: formatting and lints, native tests, the pkg/ freshness check,
# wasm-bindgen tests in headless Chromium, and end-to-end tests of the pages.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

step() { printf '\n== %s\n' "$*"; }

step "format and lints"
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --lib --target wasm32-unknown-unknown -- -D warnings

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

step "size budget"
bash scripts/check-size.sh

step "wasm tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test web

step "end-to-end tests of the pages in headless Chromium"
node tests/e2e/run.mjs

echo
echo "all tests passed"
