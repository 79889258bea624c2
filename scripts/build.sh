#!/usr/bin/env bash
# build.sh — build the programs of Interactions into bin/:
#
#   bin/interactions           the window (cgo, OpenGL); given a command it runs
#                              it too
#   bin/interactions-cli       the command line only: the same root package
#                              built with -tags "cli lean" (main_cli.go instead
#                              of main.go), no window toolkit linked in, static
#                              (CGO_ENABLED=0), so a process starts about three
#                              times faster: use it in scripts. It runs list,
#                              check, settings, backup … itself and hands demo,
#                              report, export and import to
#   bin/interactions-cli-full  the same command line with every command linked
#                              in (-tags cli): the demo generator, the PDF
#                              reports, the mail, vCard and iCalendar formats,
#                              whose packages would slow every list's start
#
# Usage: scripts/build.sh [--cli-only] [OUT_DIR]   (default OUT_DIR: bin/)
#   --cli-only  build only the two command-line programs (needs no C
#               compiler or X headers)
# The first build of the window compiles the OpenGL bindings with cgo and
# takes a few minutes; run scripts/setup.sh first on a fresh machine.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cli_only=0
if [ "${1:-}" = --cli-only ]; then
  cli_only=1
  shift
fi
OUT=$(realpath -m "${1:-$ROOT/bin}")
command -v go >/dev/null || export PATH=$PATH:/usr/local/go/bin
mkdir -p "$OUT"
cd "$ROOT"
# The source revision for --version and the About box (scripts/version-flags.sh).
stamp=$(bash scripts/version-flags.sh)
# The collector interactions-cli is built with (scripts/lean-goexperiment.sh).
lean=$(bash scripts/lean-goexperiment.sh)

echo "[build] $OUT/interactions-cli (GOEXPERIMENT=$lean CGO_ENABLED=0 go build -tags \"cli lean\")"
GOEXPERIMENT=$lean CGO_ENABLED=0 go build -tags "cli lean" -ldflags "$stamp" -o "$OUT/interactions-cli" .
echo "[build] $OUT/interactions-cli-full (CGO_ENABLED=0 go build -tags cli)"
CGO_ENABLED=0 go build -tags cli -ldflags "$stamp" -o "$OUT/interactions-cli-full" .
if [ "$cli_only" = 0 ]; then
  echo "[build] $OUT/interactions (CGO_ENABLED=1 go build)"
  CGO_ENABLED=1 go build -ldflags "$stamp" -o "$OUT/interactions" .
fi
# Written again as an installer writes them: they start faster (the
# script says why).
bash scripts/write-as-installed.sh "$OUT"/interactions-cli "$OUT"/interactions-cli-full
if [ "$cli_only" = 0 ]; then
  bash scripts/write-as-installed.sh "$OUT"/interactions
fi
