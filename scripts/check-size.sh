#!/usr/bin/env bash
# Fails when the embed outgrows bench/size-budget: what an article loads for its charts,
# gzip -9. Two pages: one showing one chart (the benchmark's: gdp-by-zone in 2024), which
# loads that chart's own core (pkg/embed/charts/ID/), and one showing charts of several kinds,
# which loads the all-charts core; the budget file holds one line for each. Each counts the
# element's script (which bundles the tooltip module and the sheet), the core's JS glue and
# wasm, from the directory named by CORE in www/src/embed/config.js, and the data part of
# the benchmark chart's view, which the core reads beside it. (embed.css is fetched only
# where constructed sheets are missing, so it is not counted.)
# Bytes are deterministic, unlike times: timings live in bench/, never in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
{ read -r one_budget; read -r all_budget; } < bench/size-budget
core=$(node --input-type=module -e 'const { CORE } = await import(process.argv[1]); if (!CORE) throw new Error("no CORE"); console.log(CORE)' "$(pwd)/www/src/embed/config.js")
status=0
page() { # page NAME BUDGET CORE_DIR
  local size=0 bytes f
  for f in www/embed.js "$3gansu_zones.js" "$3gansu_zones_bg.wasm" "${core}data/gdp-by-zone.period-2024.txt"; do
    bytes=$(gzip -9c "$f" | wc -c)
    printf '  %-44s %6d\n' "$f" "$bytes"
    size=$((size + bytes))
  done
  echo "$1: $size bytes gzip (budget $2)"
  if [ "$size" -gt "$2" ]; then
    echo "the embed is over its size budget: shrink it, or raise bench/size-budget with a reason in the commit" >&2
    status=1
  fi
}
page "one chart" "$one_budget" "${core}charts/gdp-by-zone/"
page "charts of several kinds" "$all_budget" "$core"
exit $status
