#!/usr/bin/env bash
# time-start.sh — start-up and first pages, whole processes, against sqlite3:
# the rows 0–4 of compare-sqlite.sh (start-up alone, newest 50, type call 50,
# to review 50, responsible 50) for one or more builds of interactions-cli,
# without the export, import and indexing that script does first.
#
# Usage: scripts/time-start.sh DB SQLITE_DB RESPONSIBLE BIN...
#   DB           an Interactions database (opened read-only)
#   SQLITE_DB    the same rows in SQLite, table t as compare-sqlite.sh makes it
#   RESPONSIBLE  the employee of the "responsible" query
#   BIN          interactions-cli builds to compare (e.g. main's and yours),
#                written as installed (scripts/write-as-installed.sh): a file
#                straight from go build starts ~0.25 ms slower
# RUNS (default 21) runs per command, all commands of a row alternating, after
# one warm-up each; prints the median and the fastest run in ms.
# FLOOR=1 adds two rows for scale, each against sqlite3's: a Go program that
# prints one line (scripts/startfloor/hello), and one that opens DB with
# bbolt and prints the 50 newest date index entries in hex
# (scripts/startfloor/bboltpage) — what a Go program on bbolt needs at least.
set -euo pipefail

[ $# -ge 4 ] || { sed -n 2,19p "$0" >&2; exit 2; }
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DB=$1 SDB=$2 RESP=$3
shift 3
BINS=("$@")
RUNS=${RUNS:-21}

COLS="date, number, type, direction, topic, contacts, subject, responsible, reviewed, review_after"
TOREVIEW="reviewed = 0 AND (review_after IS NULL OR review_after <= strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))"

stamp() { T=${EPOCHREALTIME/[.,]/}; }
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
ms() { awk -v us="$1" 'BEGIN { printf "%7.1f", us / 1000 }'; }

# sqlite_cmd SQL: sqlite3 with SQL, or its start-up alone when SQL is empty.
sqlite_cmd() {
  if [ -z "$1" ]; then
    echo "sqlite3 -batch :memory: SELECT\ 1"
  else
    echo "sqlite3 -batch -csv -header $(printf %q "$SDB") $(printf %q "$1")"
  fi
}

# row LABEL SQL LIST_ARGS...: times sqlite3 with SQL (or the start-up when
# SQL is empty) and every BIN with LIST_ARGS, alternating.
row() {
  local label=$1 sql=$2
  shift 2
  local -a cmds=("$(sqlite_cmd "$sql")")
  local b
  for b in "${BINS[@]}"; do
    cmds+=("$(printf %q "$b") --db $(printf %q "$DB") $(printf '%q ' "$@")")
  done
  timed_row "$label" "${cmds[@]}"
}

# timed_row LABEL CMD...: runs the commands alternating, RUNS times after
# a warm-up, and prints each one's median and fastest time.
timed_row() {
  local label=$1
  shift
  local -a cmds=("$@") times=()
  local i k t0
  for ((k = 0; k < ${#cmds[@]}; k++)); do times[k]=""; done
  for ((i = 0; i <= RUNS; i++)); do
    for ((k = 0; k < ${#cmds[@]}; k++)); do
      stamp
      t0=$T
      eval "${cmds[k]}" >/dev/null 2>&1
      stamp
      [ "$i" -gt 0 ] && times[k]+=" $((T - t0))"
    done
  done
  printf '%-22s' "$label"
  for ((k = 0; k < ${#cmds[@]}; k++)); do
    # shellcheck disable=SC2086
    printf '  %s (%s)' "$(ms "$(median ${times[k]})")" "$(ms "$(printf '%s\n' ${times[k]} | sort -n | head -1)")"
  done
  echo
}

echo "median (fastest) of $RUNS whole processes, ms; $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s  %-19s' "" "sqlite3"
for b in "${BINS[@]}"; do printf '  %-19s' "$(basename "$b")"; done
echo
row "start-up, no query" "" help list
row "newest 50" "SELECT $COLS FROM t ORDER BY date DESC LIMIT 50" list --limit 50 --format csv
row "type call, 50" "SELECT $COLS FROM t WHERE type = 'call' ORDER BY date DESC LIMIT 50" list --type call --limit 50 --format csv
row "to review, 50" "SELECT $COLS FROM t WHERE $TOREVIEW ORDER BY date DESC LIMIT 50" list --status to-review --limit 50 --format csv
row "responsible, 50" "SELECT $COLS FROM t WHERE responsible = '$RESP' ORDER BY date DESC LIMIT 50" list --responsible "$RESP" --limit 50 --format csv

if [ "${FLOOR:-0}" = 1 ]; then
  command -v go >/dev/null || export PATH=$PATH:/usr/local/go/bin
  floor=$(mktemp -d "${TMPDIR:-/tmp}/time-start.XXXXXX")
  trap 'rm -rf "$floor"' EXIT
  (cd "$ROOT" && CGO_ENABLED=0 go build -o "$floor/hello" ./scripts/startfloor/hello &&
    CGO_ENABLED=0 go build -o "$floor/bboltpage" ./scripts/startfloor/bboltpage &&
    bash scripts/write-as-installed.sh "$floor/hello" "$floor/bboltpage")
  echo
  printf '%-22s  %-19s  %s\n' "for scale" "sqlite3" "the Go program"
  timed_row "Go, one line" "$(sqlite_cmd "")" "$(printf %q "$floor/hello")"
  timed_row "Go+bbolt, 50 entries" "$(sqlite_cmd "SELECT $COLS FROM t ORDER BY date DESC LIMIT 50")" \
    "$(printf '%q ' "$floor/bboltpage" "$DB")"
fi
