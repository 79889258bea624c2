#!/usr/bin/env bash
# run.sh — set the machine up (see setup.sh), then build and start Interactions.
#
# Usage: scripts/run.sh [app arguments...]
#   With no arguments the window opens; on first start the app offers demo data.
#   Examples: scripts/run.sh --db /tmp/demo.db
#             scripts/run.sh --db /tmp/demo.db demo --size 2000 --seed 1
# The first build compiles the OpenGL bindings with cgo and takes a few minutes.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

bash scripts/setup.sh
command -v go >/dev/null || export PATH=$PATH:/usr/local/go/bin

echo "[run] go run . $*"
CGO_ENABLED=1 exec go run . "$@"
