#!/usr/bin/env bash
# Fails when the whole embed outgrows bench/size-budget: what an article loads for its
# charts, gzip -9: the element's script (which bundles the tooltip module and the sheet)
# and the core it loads, wasm-bindgen's JS glue and the wasm, from the directory named by
# CORE in www/src/embed/config.js, and the data part of one view (the benchmark's chart,
# gdp-by-zone in 2024), which the core reads beside it. (embed.css is fetched only where constructed sheets are
# missing, so it is not counted.)
# Bytes are deterministic, unlike times: timings live in bench/, never in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
budget=$(cat bench/size-budget)
core=$(node --input-type=module -e 'const { CORE } = await import(process.argv[1]); if (!CORE) throw new Error("no CORE"); console.log(CORE)' "$(pwd)/www/src/embed/config.js")
size=0
for f in www/embed.js "${core}gansu_zones.js" "${core}gansu_zones_bg.wasm" "${core}data/gdp-by-zone.period-2024.txt"; do
  bytes=$(gzip -9c "$f" | wc -c)
  printf '  %-26s %6d\n' "$f" "$bytes"
  size=$((size + bytes))
done
echo "embed: $size bytes gzip (budget $budget)"
if [ "$size" -gt "$budget" ]; then
  echo "the embed is over its size budget: shrink it, or raise bench/size-budget with a reason in the commit" >&2
  exit 1
fi
