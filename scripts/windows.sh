#!/usr/bin/env bash
# windows.sh — cross-build Interactions for Windows (amd64) on Linux with the
# MinGW-w64 C compiler (Debian gcc-mingw-w64-x86-64):
#
#   OUT_DIR/interactions.exe      the window program: `fyne package --target
#                                 windows --release` (fyne.io/tools v1.7.4), the
#                                 icon and the version from FyneApp.toml embedded,
#                                 no console window; given a command it runs it
#   OUT_DIR/interactions-cli.exe  the command line for cmd.exe and scripts
#                                 (-tags "cli lean", no cgo, a console program);
#                                 it hands demo, report, export and import to
#   OUT_DIR/interactions-cli-full.exe  the same with every command (-tags cli)
#
# Usage: scripts/windows.sh [OUT_DIR]   (default: dist/windows)
# The first build compiles the OpenGL and GLFW bindings with MinGW and takes
# several minutes; later builds take seconds. scripts/wine.sh runs the result.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$(realpath -m "${1:-$ROOT/dist/windows}")
cd "$ROOT"
command -v go >/dev/null || export PATH=$PATH:/usr/local/go/bin

log() { printf '[windows] %s\n' "$*"; }
die() { printf '[windows] ERROR: %s\n' "$*" >&2; exit 1; }
CC=x86_64-w64-mingw32-gcc
command -v "$CC" >/dev/null || die "$CC not found: run scripts/setup.sh --windows"

stamp=$(bash scripts/version-flags.sh)
TMP=$(mktemp -d /tmp/interactions-windows.XXXXXX)
# fyne package raises Build in FyneApp.toml after each package: keep the
# file as committed, so that a build leaves the source tree untouched.
cp FyneApp.toml "$TMP/FyneApp.toml"
trap 'cp "$TMP/FyneApp.toml" FyneApp.toml; rm -rf "$TMP"' EXIT
mkdir -p "$OUT"

# ---------- the window program ----------
# fyne passes the -ldflags it finds in GOFLAGS on to go build.
goflags=${GOFLAGS:-}
for f in $stamp; do goflags+=" -ldflags=$f"; done
# The tool itself is built for this machine; it sets GOOS for the program.
GOBIN=$TMP/bin go install fyne.io/tools/cmd/fyne@v1.7.4 || die "go install fyne.io/tools/cmd/fyne@v1.7.4 failed"
log "fyne package --target windows --release (CC=$CC; the first build takes several minutes)"
rm -f Interactions.exe interactions.exe
if ! GOFLAGS="$goflags" GOARCH=amd64 CGO_ENABLED=1 CC=$CC \
     "$TMP/bin/fyne" package --target windows --release --source-dir . >"$TMP/fyne.log" 2>&1; then
  cat "$TMP/fyne.log" >&2
  die "fyne package --target windows failed"
fi
made=Interactions.exe
[ -f "$made" ] || made=interactions.exe
[ -f "$made" ] || { cat "$TMP/fyne.log" >&2; die "fyne package made no .exe"; }
mv "$made" "$OUT/interactions.exe"

# ---------- the command line ----------
log "go build -tags \"cli lean\" and -tags cli (GOOS=windows CGO_ENABLED=0)"
GOEXPERIMENT=$(bash scripts/lean-goexperiment.sh) GOOS=windows GOARCH=amd64 CGO_ENABLED=0 \
  go build -tags "cli lean" -ldflags "$stamp" -o "$OUT/interactions-cli.exe" . ||
  die "the build of interactions-cli.exe failed"
GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go build -tags cli -ldflags "$stamp" -o "$OUT/interactions-cli-full.exe" . ||
  die "the build of interactions-cli-full.exe failed"

for f in interactions.exe interactions-cli.exe interactions-cli-full.exe; do
  log "$OUT/$f: $(du -h "$OUT/$f" | cut -f1)"
done
