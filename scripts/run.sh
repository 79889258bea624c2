#!/usr/bin/env bash
# run.sh — set the machine up (see setup.sh), build both programs into bin/
# (see build.sh) and start the window.
#
# Usage: scripts/run.sh [app arguments...]
#   With no arguments the window opens; on first start the app offers demo data.
#   Examples: scripts/run.sh --db /tmp/demo.db
#             scripts/run.sh --db /tmp/demo.db demo --size 2000 --seed 1
#   Commands run in bin/interactions too; bin/interactions-cli runs them faster.
# The first build compiles the OpenGL bindings with cgo and takes a few minutes.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

bash scripts/setup.sh
bash scripts/build.sh

echo "[run] bin/interactions $*"
exec "$ROOT/bin/interactions" "$@"
