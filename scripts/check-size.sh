#!/usr/bin/env bash
# Fails when the embed (pkg's JS + wasm, gzip -9) outgrows bench/size-budget.
# Bytes are deterministic, unlike times: timings live in bench/, never in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
budget=$(cat bench/size-budget)
size=$(( $(gzip -9c pkg/gansu_zones.js | wc -c) + $(gzip -9c pkg/gansu_zones_bg.wasm | wc -c) ))
echo "embed: $size bytes gzip (budget $budget)"
if [ "$size" -gt "$budget" ]; then
  echo "the embed is over its size budget: shrink it, or raise bench/size-budget with a reason in the commit" >&2
  exit 1
fi
