#!/usr/bin/env bash
# Builds the wasm packages: cargo (wasm32, release) -> wasm-bindgen --target web -> wasm-opt -Oz (and flags below).
# Usage: scripts/build.sh [OUT_DIR]   (default: pkg/, which is committed)
# Reproducible: paths are remapped, and the toolchain, wasm-bindgen and wasm-opt are pinned,
# so CI rebuilding into a temporary directory must give the committed bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-pkg}
root=$(pwd)
cargo_home=${CARGO_HOME:-$HOME/.cargo}
# Panic locations embed source paths: make them independent of where the repo and registry live.
# For the wasm target only: the native `cargo run`s below keep the flags of `cargo test`, so
# they reuse its build instead of rebuilding every crate.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$root=/gansu-zones --remap-path-prefix=$cargo_home=/cargo"
# One build per audience: pkg/ holds the explorer's (the whole API but the finder),
# pkg/embed/ the articles' embed (charts only: `--no-default-features` leaves out the
# explorer's API, plotters' SVG backend and the CSV writer), pkg/find/ the figure finder's.
wasm() { # wasm OUT_DIR NPM_NAME DESCRIPTION [CARGO_FLAGS...]   (NPM_NAME "": no package.json)
  local dir=$1 name=$2 description=$3
  shift 3
  # (A build with other flags has its own target directory: cargo keeps one artifact per crate.)
  local tdir=${TARGET_DIR:-target/pkg-build}
  cargo ${TOOLCHAIN:+"+$TOOLCHAIN"} build --quiet --release --lib --target wasm32-unknown-unknown --target-dir "$tdir" "$@"
  mkdir -p "$dir"
  wasm-bindgen --target web --out-dir "$dir" --out-name gansu_zones \
    "$tdir/wasm32-unknown-unknown/release/gansu_zones.wasm"
  # The glue throws "call init() first" before init(); pkg/ and pkg/embed/ get a package.json.
  node scripts/npm-package.mjs "$dir" ${name:+"$name" "$description"}
  bash scripts/bundle.sh glue "$dir/gansu_zones.js"
  # --low-memory-unused lets binaryen fold address offsets: Rust uses nothing in the first KB
  # (data and heap lie above the stack, which grows down from its size toward 0 and would
  # have to overflow: the embed's 64 KB holds every view with 51 KB to spare, tests/web.rs).
  # The producers and target-features sections are for tools only.
  # -ocimfs 20: big one-caller functions are not inlined into the exports; their hundreds of
  # 2-byte local indexes compress badly (embed wasm −2,147 bytes gzip, bench/SIZE.md).
  local features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
    --enable-mutable-globals --enable-reference-types --enable-multivalue)
  node_modules/.bin/wasm-opt -Oz --converge -ocimfs 20 --low-memory-unused --strip-producers --strip-target-features \
    "${features[@]}" "$dir/gansu_zones_bg.wasm" -o "$dir/gansu_zones_bg.wasm"
  node scripts/short-names.mjs "$dir" "${features[@]}"
  echo "built $dir: $(wc -c < "$dir/gansu_zones_bg.wasm") bytes wasm, $(gzip -9c "$dir/gansu_zones_bg.wasm" | wc -c) gzip"
}
# The cores carry code only: the data is written beside them. The embed's: the whole file
# and one part per view the embeds offer (each checked natively to draw as the whole does);
# the explorer's: the whole file, which it loads (the same file: a copy in each package).
rm -rf "$out/embed/data" "$out/data"
cargo run --quiet -- data "$out/embed/data"
mkdir -p "$out/data"
cp "$out/embed/data/all.txt" "$out/data/all.txt"
# npm packages (`npm install ./pkg`, `npm install ./pkg/embed`): the version is Cargo.toml's.
wasm "$out" gansu-zones "Charts and data of the economy of Gansu's development zones: the whole API (charts, data, CSV, SVG, embed snippets), Rust compiled to WebAssembly" \
  --no-default-features --features explorer
# Its stack is 64 KB, not Rust's 1 MB: every view the embeds offer draws within 13 KB
# (tests/web.rs measures it), and a page's memory is the core's linear memory plus the JS heap.
# The embed alone is built on a pinned nightly (scripts/nightly-toolchain, installed by
# setup.sh) with std rebuilt for size and panics as bare traps: no panic machinery, messages,
# locations or Debug output (wasm −2.9 KB gzip, bench/SIZE.md). A panic was already a trap
# without message in the browser (the default hook writes to stderr, which is discarded).
# std is compiled from the toolchain's rust-src, so its path is remapped too.
nightly=$(tr -d '[:space:]' < scripts/nightly-toolchain)
nightly_sysroot=$(rustc +"$nightly" --print sysroot)
embed() { # embed OUT_DIR NPM_NAME DESCRIPTION FEATURE: one embed core on the nightly
  TOOLCHAIN=$nightly TARGET_DIR=target/pkg-embed \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS --remap-path-prefix=$nightly_sysroot=/rust -C link-arg=-zstack-size=65536 -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
  wasm "$1" "$2" "$3" --no-default-features --features "$4" -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
}
embed "$out/embed" gansu-zones-embed "Charts of the economy of Gansu's development zones, charts only: the small core that embeds in articles load" all-charts
# One core per chart, for pages that show one chart (www/src/embed/core.js picks it): the
# all-charts core less the other charts' code, 8 KB gzip lighter (bench/SIZE.md). Not npm
# packages: the element's.
rm -rf "$out/embed/charts"
for id in $(cargo run --quiet -- charts | cut -d' ' -f1); do
  embed "$out/embed/charts/$id" "" "" "chart-$id" > /dev/null
  rm "$out/embed/charts/$id/"*.d.ts # the element's, not a package: no types
done
echo "built $out/embed/charts: $(ls "$out/embed/charts" | wc -l) one-chart cores, $(cat "$out"/embed/charts/*/gansu_zones_bg.wasm | wc -c) bytes wasm in all"
# The figure finder's page: the explorer's API and the finder with OpenCC's tables.
wasm "$out/find" "" ""
# The dataset as CSV beside the wasm: the page's table when wasm cannot run.
cargo run --quiet -- csv > "$out/dataset.csv"
# Every embeddable view as SVG, drawn natively by the same Rust: the embeds' fallback.
rm -rf "$out/fallback"
cargo run --quiet -- fallbacks "$out/fallback" > /dev/null
