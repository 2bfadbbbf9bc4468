#!/usr/bin/env bash
# Installs everything the build and the tests need, skipping what is already there.
# Works on a fresh Debian 12 machine as root with only the package registries reachable.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')

# Rust target (rust-toolchain.toml pins the toolchain; rustup installs it on first use).
rustup show active-toolchain >/dev/null
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
# The embed's pinned nightly (scripts/build.sh): std is rebuilt from its rust-src.
nightly=$(tr -d '[:space:]' < scripts/nightly-toolchain)
if ! rustup toolchain list | grep -q "^$nightly-" \
  || ! rustup +"$nightly" component list --installed | grep -qx rust-src \
  || ! rustup +"$nightly" target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup toolchain install "$nightly" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

# wasm-bindgen CLI of exactly the library's version in Cargo.lock: its glue must match the library.
if ! command -v wasm-bindgen >/dev/null || [ "$(wasm-bindgen --version | cut -d' ' -f2)" != "$WASM_BINDGEN_VERSION" ]; then
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# Chromium, its driver and a CJK font for the browser tests and screenshots.
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

# wasm-opt (npm's binaryen; Debian's is too old) and puppeteer-core, pinned by package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
