#!/usr/bin/env bash
# test.sh — every check the project runs before a change lands (CI runs this).
#
#   1. setup       scripts/setup.sh (packages, Go version, modules)
#   2. gofmt       no file may need reformatting
#   3. go vet      CGO_ENABLED=0 go vet -tags ci ./... (and -tags cli, -tags "cli lean"
#                  on Linux and Windows for main_cli.go and the hand-off)
#   4. go test     CGO_ENABLED=0 go test -tags ci ./...   (LANG=en_US.UTF-8); among
#                  them the damage test (random bytes in live pages of demo files,
#                  120 trials, damage_test.go) and the crash tests (32 SIGKILLs of
#                  demo --size 100000, crash_test.go; 30 of mail imports,
#                  crash_mail_test.go): a few minutes of CPU, hence
#                  the longer timeout
#   4b. race       the same tests under the race detector (CGO_ENABLED=1
#                  go test -race -tags ci ./...): the bulk writer, the check's
#                  pool of reads, the rebuild and the window's background
#                  work run goroutines side by side (~4 min with a warm cache)
#   5. fuzz        every importer's fuzz target for 100 000 inputs (go test -fuzz)
#   6. quiet       the command-line programs (scripts/build.sh --cli-only; they
#                  must not link Fyne, interactions-cli not the packages of the
#                  commands it hands to interactions-cli-full: its demo below
#                  runs there) and the window program
#                  (-tags ci, Fyne linked in) run `list --limit 1` under
#                  LANG=C.UTF-8, C, POSIX and no locale: stderr must stay empty
#   7. smoke       scripts/smoke.sh: the real window under Xvfb, in Russian,
#                  English and C.UTF-8
#   7. darwin vet  GOOS=darwin go vet of every package that needs no cgo there
#                  (those that do not import Fyne), and of the lean command line
#   8. package     scripts/package.sh: the Linux archive (fyne package), its
#                  contents listed; make user-install into a temp HOME installs
#                  the program, the menu entry (Name[ru]) and every icon size,
#                  the installed program runs, make user-uninstall removes them
#   9. windows     scripts/setup.sh --windows (MinGW-w64, Wine), then
#                  scripts/windows.sh: interactions.exe and interactions-cli.exe
#  10. wine        scripts/wine.sh: the .exe under Wine and Xvfb — version, demo,
#                  list, check, the window (screenshot), "already open" for a
#                  second process; a failure names its step
#
# TEST_SKIP_WINDOWS=1 skips steps 9 and 10 (a machine without Wine).
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
CGO_ENABLED=0 go vet -tags "cli lean" . ./ui/cli || fail "go vet"
GOOS=windows CGO_ENABLED=0 go vet -tags "cli lean" . ./ui/cli || fail "go vet"

step "go test"
LANG=en_US.UTF-8 CGO_ENABLED=0 go test -tags ci -timeout 40m "$@" ./... || fail "go test"

step race
LANG=en_US.UTF-8 CGO_ENABLED=1 go test -race -tags ci -timeout 40m "$@" ./... || fail race

step fuzz
# Each fuzz target of what reads outside input (the importers, the record
# codec and the readers of stored records' members, the folding of typed
# names) runs for a count of inputs, not a time: a
# time limit ends in "context deadline exceeded" when a loaded machine
# keeps the worker busy at the deadline. What it finds stays in the
# package's testdata/fuzz.
# One worker each: on a loaded machine several workers can stall long
# enough for the fuzzing engine to call them hung.
fuzz_log=$(mktemp /tmp/interactions-fuzz.XXXXXX)
for target in data/csvio:FuzzReadPartners data/csvio:FuzzReadPersons data/vcard:FuzzRead data/mail:FuzzParse data/ical:FuzzParse data:FuzzCodec data:FuzzJSONStringField data:FuzzJSONUintField data:FuzzFold data:FuzzHTMLText data:FuzzHTMLSearchText internal/thirdparty/netmail:FuzzParseAddress internal/thirdparty/netmail:FuzzValidIP internal/thirdparty/sha256:FuzzSum256; do
  if ! CGO_ENABLED=0 go test -run XXX -fuzz "^${target#*:}\$" -fuzztime 100000x -parallel 1 "./${target%%:*}" >"$fuzz_log" 2>&1; then
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
# interactions-cli (-tags "cli lean") links none of the packages of the
# commands it hands to interactions-cli-full, nor regexp (Unicode tables),
# net and net/netip, or crypto (the FIPS module): their initialisation
# would slow every start.
heavy='^(fyne\.io/|github\.com/jung-kurt/gofpdf|github\.com/emersion/|interactions/reports|interactions/data/(demo|mail|ical|vcard)$|regexp$|net$|net/netip$|crypto/)'
if go list -deps -tags "cli lean" . | grep -qE "$heavy"; then
  printf '[test] interactions-cli (-tags "cli lean") links:\n%s\n' "$(go list -deps -tags "cli lean" . | grep -E "$heavy")" >&2
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

step "darwin vet"
darwin_pkgs=$(GOOS=darwin CGO_ENABLED=0 go list -tags cli -f '{{.ImportPath}} {{join .Deps " "}}' ./... |
  awk '{ f = 0; for (i = 2; i <= NF; i++) if ($i ~ /^fyne\.io\//) f = 1; if (!f) print $1 }') || fail "darwin vet"
[ -n "$darwin_pkgs" ] || fail "darwin vet"
log "GOOS=darwin go vet -tags cli $(echo $darwin_pkgs)"
GOOS=darwin CGO_ENABLED=0 go vet -tags cli $darwin_pkgs || fail "darwin vet"
GOOS=darwin CGO_ENABLED=0 go vet -tags "cli lean" . ./ui/cli || fail "darwin vet" # the hand-off by execve

step package
dist=$(mktemp -d /tmp/interactions-dist.XXXXXX)
trap 'rm -rf "$quiet_dir" "$dist"' EXIT
bash scripts/package.sh "$dist" || fail package
bash scripts/package-check.sh "$dist"/interactions-*-linux-*.tar.xz || fail package

if [ "${TEST_SKIP_WINDOWS:-0}" = 1 ]; then
  log "windows and wine skipped (TEST_SKIP_WINDOWS=1)"
else
  step windows
  bash scripts/setup.sh --windows >/dev/null || fail windows
  bash scripts/windows.sh "$dist/windows" || fail windows

  step wine
  bash scripts/wine.sh "$dist/windows" || fail wine
fi

log "all checks passed in $(( $(date +%s) - started )) s"
