#!/usr/bin/env bash
# Sets up, builds pkg/ and serves the explorer on http://127.0.0.1:PORT (default 8000).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec python3 scripts/serve.py "${1:-8000}"
