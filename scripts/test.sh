#!/usr/bin/env bash
# test.sh — every check the project runs before a change lands (CI runs this).
#
#   1. setup       scripts/setup.sh (packages, Go version, modules)
#   2. gofmt       no file may need reformatting
#   3. go vet      CGO_ENABLED=0 go vet -tags ci ./... (and -tags cli for main_cli.go)
#   4. go test     CGO_ENABLED=0 go test -tags ci ./...   (LANG=en_US.UTF-8); among
#                  them the damage test (random bytes in live pages of demo files,
#                  120 trials, damage_test.go) and the crash test (32 SIGKILLs of
#                  demo --size 100000, crash_test.go): a few minutes of CPU, hence
#                  the longer timeout
#   5. fuzz        every importer's fuzz target for 10 s (go test -fuzz)
#   6. quiet       the command-line program (scripts/build.sh --cli-only; it must
#                  not link Fyne) and the window program
#                  (-tags ci, Fyne linked in) run `list --limit 1` under
#                  LANG=C.UTF-8, C, POSIX and no locale: stderr must stay empty
#   7. smoke       scripts/smoke.sh: the real window under Xvfb, in Russian,
#                  English and C.UTF-8
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
CGO_ENABLED=0 go vet -tags cli . || fail "go vet"

step "go test"
LANG=en_US.UTF-8 CGO_ENABLED=0 go test -tags ci -timeout 40m "$@" ./... || fail "go test"

step fuzz
# Each importer's fuzz target runs briefly; what it finds stays in the
# package's testdata/fuzz.
# One worker each: on a loaded machine several workers can stall long
# enough for the fuzzing engine to call them hung.
fuzz_log=$(mktemp /tmp/interactions-fuzz.XXXXXX)
for target in data/csvio:FuzzReadPartners data/csvio:FuzzReadPersons data/vcard:FuzzRead; do
  if ! CGO_ENABLED=0 go test -run XXX -fuzz "^${target#*:}\$" -fuzztime 10s -parallel 1 "./${target%%:*}" >"$fuzz_log" 2>&1; then
    tail -n 30 "$fuzz_log" >&2
    rm -f "$fuzz_log"
    fail fuzz
  fi
done
rm -f "$fuzz_log"

step quiet
quiet_dir=$(mktemp -d /tmp/interactions-quiet.XXXXXX)
trap 'rm -rf "$quiet_dir"' EXIT
if go list -deps -tags cli . | grep -q '^fyne\.io/'; then
  printf '[test] the command-line program (-tags cli) links Fyne:\n%s\n' "$(go list -deps -tags cli . | grep '^fyne\.io/')" >&2
  fail quiet
fi
bash scripts/build.sh --cli-only "$quiet_dir" || fail quiet
CGO_ENABLED=0 go build -tags ci -o "$quiet_dir/interactions" . || fail quiet
quiet_db=$quiet_dir/demo.db
LANG=en_US.UTF-8 "$quiet_dir/interactions-cli" --db "$quiet_db" demo --size 100 --seed 1 >/dev/null || fail quiet
for prog in interactions-cli interactions; do
  for locale in C.UTF-8 C POSIX unset; do
    env_args=(-u LANG -u LC_ALL -u LC_MESSAGES -u LANGUAGE)
    [ "$locale" = unset ] || env_args+=(LANG="$locale")
    err=$quiet_dir/err
    if ! env "${env_args[@]}" "$quiet_dir/$prog" --db "$quiet_db" list --limit 1 >/dev/null 2>"$err"; then
      printf '[test] %s list --limit 1 failed under LANG=%s:\n' "$prog" "$locale" >&2
      cat "$err" >&2
      fail quiet
    fi
    if [ -s "$err" ]; then
      printf '[test] %s list --limit 1 wrote to stderr under LANG=%s (it must print only its own output):\n' \
        "$prog" "$locale" >&2
      cat "$err" >&2
      fail quiet
    fi
  done
done
log "no stderr output under LANG=C.UTF-8, C, POSIX or no locale"

step smoke
bash scripts/smoke.sh || fail smoke

log "all checks passed in $(( $(date +%s) - started )) s"
