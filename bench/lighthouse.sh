#!/usr/bin/env bash
# Lighthouse's mobile performance audit of the explorer, as issue 15 asks it measured: the
# site served by scripts/serve.py (the _headers rules, gzip as a host sends it), Lighthouse's
# default mobile emulation (simulated slow 4G, 4x CPU slowdown), RUNS runs per language,
# medians printed. Not part of the tests: a score moves with the machine's load, so it is a
# benchmark, reported with its spread. Lighthouse comes from npm into bench/.lighthouse
# (a pinned version, installed on first use; not a dependency of the site or the tests).
# Usage: bash bench/lighthouse.sh [RUNS] (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
version=12.8.2
dir=bench/.lighthouse
if [ ! -x "$dir/node_modules/.bin/lighthouse" ]; then
  npm install --silent --no-save --prefix "$dir" "lighthouse@$version" >/dev/null
fi
port=8191
python3 scripts/serve.py "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
sleep 1
out=$(mktemp -d)
for lang in zh en; do
  for i in $(seq "$runs"); do
    CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} "$dir/node_modules/.bin/lighthouse" \
      "http://127.0.0.1:$port/?lang=$lang" --only-categories=performance --quiet \
      --chrome-flags="--headless=new --no-sandbox" --output=json --output-path="$out/$lang-$i.json"
  done
done
node - "$out" "$runs" <<'EOF'
const fs = require("fs");
const [dir, runs] = process.argv.slice(2);
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const keys = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];
for (const lang of ["zh", "en"]) {
  const reports = [...Array(+runs).keys()].map((i) => JSON.parse(fs.readFileSync(`${dir}/${lang}-${i + 1}.json`)));
  const scores = reports.map((r) => Math.round(r.categories.performance.score * 100));
  const metric = (k) => median(reports.map((r) => r.audits[k].numericValue));
  console.log(`lang=${lang}: performance ${median([...scores])} (runs: ${scores.join(", ")}); ` +
    keys.map((k) => `${k} ${k === "cumulative-layout-shift" ? metric(k).toFixed(3) : Math.round(metric(k)) + " ms"}`).join(", "));
}
EOF
rm -rf "$out"
