#!/usr/bin/env bash
# test.sh — every check the project runs before a change lands (CI runs this).
#
#   1. setup       scripts/setup.sh (packages, Go version, modules)
#   2. gofmt       no file may need reformatting
#   3. go vet      CGO_ENABLED=0 go vet -tags ci ./...
#   4. go test     CGO_ENABLED=0 go test -tags ci ./...   (LANG=en_US.UTF-8)
#   5. smoke       scripts/smoke.sh: the real window under Xvfb, in Russian and English
#
# Stops at the first failing step and names it. Extra arguments go to `go test`
# (e.g. scripts/test.sh -run TestStore -count=1).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1

started=$(date +%s)
log() { printf '[test] %s\n' "$*"; }
fail() {
  printf '[test] FAILED at step "%s"\n' "$1" >&2
  exit 1
}
step() { log "== $1"; }

step setup
bash scripts/setup.sh || fail setup
command -v go >/dev/null || export PATH=$PATH:/usr/local/go/bin

step gofmt
gofmt_bin=$(go env GOROOT)/bin/gofmt
unformatted=$("$gofmt_bin" -l .) || fail gofmt
if [ -n "$unformatted" ]; then
  printf '[test] these files need gofmt -w:\n%s\n' "$unformatted" >&2
  fail gofmt
fi

step "go vet"
CGO_ENABLED=0 go vet -tags ci ./... || fail "go vet"

step "go test"
LANG=en_US.UTF-8 CGO_ENABLED=0 go test -tags ci "$@" ./... || fail "go test"

step smoke
bash scripts/smoke.sh || fail smoke

log "all checks passed in $(( $(date +%s) - started )) s"
