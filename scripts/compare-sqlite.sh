#!/usr/bin/env bash
# compare-sqlite.sh — time `interactions list` against the same queries on
# SQLite, with indexes, over the same data, in one run.
#
# Usage: scripts/compare-sqlite.sh [DB] [BIN]
#   DB   an Interactions database (default /tmp/m1.db; make one with
#        `interactions --db /tmp/m1.db demo --size 1000000`)
#   BIN  the command-line program (default: interactions-cli built from this
#        tree into the temp folder with `CGO_ENABLED=0 go build -tags "cli
#        lean"` and the GOEXPERIMENT of scripts/lean-goexperiment.sh, which
#        needs no cgo or X; bin/interactions-cli of scripts/build.sh is the
#        same program)
# Environment: RUNS — timed runs per query and side (default 5);
# START_RUNS — the same for the start-up row (default 20); PAGE_RUNS — the
# same for the queries of one page of 50 rows (default 41: a few ms each,
# where a median of few runs moves with the machine's load by more than
# the two sides differ, and cheap to repeat); MONTH — YYYY-MM,
# the whole month query 5 lists (default: this month up to today, which on
# the 1st is one day); the median wall time is reported. GOSQLITE=1 also
# times, in the same alternation, the same SQL through two Go programs on
# the same SQLite file (scripts/startfloor/gosqlite: database/sql with
# github.com/mattn/go-sqlite3, cgo, with FTS5, and with modernc.org/sqlite,
# pure Go), what a Go desktop program on SQLite would do; they get their
# own table.
# The cgo build needs a C compiler (scripts/setup.sh installs one) and
# takes about a minute the first time.
#
# Steps: export every interaction with `list --limit 0 --format csv`,
# import the CSV with sqlite3 into a new database in a temp folder (dates
# kept as local ISO text 'YYYY-MM-DDTHH:MM:SS', which sorts), create the
# indexes the queries need and an FTS5 text index, ANALYZE; time the
# start-up of both programs alone (row 0: `help list` against
# `sqlite3 :memory: 'SELECT 1'`); then run each
# query both ways — a whole `interactions list` process against a whole
# `sqlite3 FILE "SQL"` process, both printing CSV to /dev/null — RUNS times,
# alternating, after one untimed warm-up run whose output is counted. Each
# row also checks, untimed, that both sides select the same interactions
# (by number) or the same groups (key and count) when nothing limits them.
#
# Progress goes to stderr, the report to stdout. Writes nothing outside its
# temp folder, which is removed on exit.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DB=${1:-/tmp/m1.db}
BIN=${2:-}
RUNS=${RUNS:-5}
START_RUNS=${START_RUNS:-20}
PAGE_RUNS=${PAGE_RUNS:-41}

log() { printf '[compare] %s\n' "$*" >&2; }
die() {
  printf '[compare] ERROR: %s\n' "$*" >&2
  exit 1
}

command -v sqlite3 >/dev/null || die "sqlite3 not found: run scripts/setup.sh"
[ -f "$DB" ] || die "no database $DB (make one: interactions --db $DB demo --size 1000000)"
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS=$RUNS: want a positive whole number"
[[ $START_RUNS =~ ^[1-9][0-9]*$ ]] || die "START_RUNS=$START_RUNS: want a positive whole number"
[[ $PAGE_RUNS =~ ^[1-9][0-9]*$ ]] || die "PAGE_RUNS=$PAGE_RUNS: want a positive whole number"
if [ -n "${MONTH:-}" ]; then
  [[ $MONTH =~ ^[0-9]{4}-(0[1-9]|1[0-2])$ ]] || die "MONTH=$MONTH: want YYYY-MM"
fi
sqlite3 :memory: "CREATE VIRTUAL TABLE f USING fts5(a)" 2>/dev/null ||
  die "this sqlite3 has no FTS5"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/compare-sqlite.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
ERR=$tmp/stderr.log # stderr of every command run, shown when one fails
: >"$ERR"

fail() {
  local rc=$?
  if [ "$BASH_SUBSHELL" -eq 0 ]; then
    printf '[compare] ERROR: line %s failed (exit %s); last messages:\n' "$1" "$rc" >&2
    tail -n 20 "$ERR" >&2 || true
  fi
  exit "$rc"
}
trap 'fail $LINENO' ERR

if [ -z "$BIN" ]; then
  command -v go >/dev/null || die "go not found: run scripts/setup.sh"
  lean=$(bash "$ROOT/scripts/lean-goexperiment.sh")
  log "building the command-line program (GOEXPERIMENT=$lean CGO_ENABLED=0 go build -tags \"cli lean\")"
  (cd "$ROOT" && GOEXPERIMENT=$lean CGO_ENABLED=0 go build -tags "cli lean" -o "$tmp/interactions-cli" .)
  # As an installer writes it, as sqlite3 was (scripts/write-as-installed.sh).
  bash "$ROOT/scripts/write-as-installed.sh" "$tmp/interactions-cli"
  BIN=$tmp/interactions-cli
fi
[ -x "$BIN" ] || die "$BIN is not an executable"

GOSQLITE=${GOSQLITE:-0}
GO_SQLITE=() # the Go programs on SQLite, when GOSQLITE=1
if [ "$GOSQLITE" = 1 ]; then
  command -v go >/dev/null || die "go not found: run scripts/setup.sh"
  log "building the Go programs on SQLite (scripts/startfloor/gosqlite: mattn with cgo, modernc)"
  (cd "$ROOT/scripts/startfloor/gosqlite" &&
    CGO_ENABLED=1 go build -tags "mattn sqlite_fts5" -o "$tmp/gosqlite-mattn" . &&
    CGO_ENABLED=0 go build -o "$tmp/gosqlite-modernc" . &&
    bash "$ROOT/scripts/write-as-installed.sh" "$tmp/gosqlite-mattn" "$tmp/gosqlite-modernc") 2>>"$ERR" ||
    die "the build of scripts/startfloor/gosqlite failed: $(tail -n 5 "$ERR")"
  GO_SQLITE=("$tmp/gosqlite-mattn" "$tmp/gosqlite-modernc")
fi

SDB=$tmp/interactions.sqlite
EXPORT=$tmp/data.csv

# ---------- helpers ----------

# stamp sets T to the wall clock in microseconds (no fork with bash 5).
stamp() {
  if [ -n "${EPOCHREALTIME:-}" ]; then
    T=${EPOCHREALTIME/[.,]/}
  else
    T=$(date +%s%6N)
  fi
}

ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }
size() { stat -c %s "$1"; }

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# rows_of FILE: data rows of a CSV file with a header row; quoted fields
# may hold line breaks, so a record ends where the quotes are balanced.
rows_of() {
  awk '{ q += gsub(/"/, "&"); if (q % 2 == 0) n++ } END { n += 0; print (n > 0) ? n - 1 : 0 }' "$1"
}

# timed CMD...: runs CMD once, its stdout to /dev/null; sets US.
timed() {
  local t0
  stamp
  t0=$T
  "$@" >/dev/null 2>>"$ERR"
  stamp
  US=$((T - t0))
}

# bench: runs the commands in the arrays I and S alternately RUNS times,
# and with GOSQLITE=1 each Go program on SQLite with the arguments in G
# too, stdout to /dev/null; sets I_US and S_US to the median times, and
# G_US to the Go programs' (space separated, in GO_SQLITE's order).
bench() {
  local k g ti=() ts=() tg=()
  for g in "${GO_SQLITE[@]}"; do "$g" "${G[@]}" >/dev/null 2>>"$ERR"; done # warm-up
  for ((k = 0; k < RUNS; k++)); do
    timed "${I[@]}"
    ti+=("$US")
    timed "${S[@]}"
    ts+=("$US")
    for g in "${!GO_SQLITE[@]}"; do
      timed "${GO_SQLITE[g]}" "${G[@]}"
      tg[g]+=" $US"
    done
  done
  I_US=$(median "${ti[@]}")
  S_US=$(median "${ts[@]}")
  G_US=""
  for g in "${!GO_SQLITE[@]}"; do
    # shellcheck disable=SC2086
    G_US+=" $(median ${tg[g]})"
  done
}

sq() { sqlite3 -batch -bail "$SDB" "$@" 2>>"$ERR"; }

# The report's rows.
R_ID=() R_KIND=() R_LABEL=() R_I=() R_S=() R_G=() R_ROWS=() R_ALL=() R_CHECK=() R_NOTE=() R_SQL=()

add_row() { # ID LABEL ROWS ALL CHECK NOTE SQL (times from I_US, S_US, G_US)
  R_ID+=("$1") R_KIND+=("$KIND") R_LABEL+=("$2") R_I+=("$I_US") R_S+=("$S_US") R_G+=("$G_US")
  R_ROWS+=("$3") R_ALL+=("$4") R_CHECK+=("$5") R_NOTE+=("$6") R_SQL+=("$7")
}

check_text() { # ONLY_IN_SQLITE ONLY_IN_INTERACTIONS
  if [ "$1" = 0 ] && [ "$2" = 0 ]; then echo same; else echo "+$1/-$2"; fi
}

COLS="date, number, type, direction, topic, contacts, subject, responsible, reviewed, review_after"
# Unreviewed and not deferred past now, with now read when the query runs,
# as interactions does.
TOREVIEW="reviewed = 0 AND (review_after IS NULL OR review_after <= strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))"

# rows_query ID LABEL LIMIT WHERE NOTE [LIST_FLAGS...]: the rows newest
# first, at most LIMIT (0: all).
rows_query() {
  local id=$1 label=$2 limit=$3 where=$4 note=$5
  shift 5
  local cond=${where:+ WHERE $where}
  local sql="SELECT $COLS FROM t$cond ORDER BY date DESC"
  if [ "$limit" -gt 0 ]; then sql+=" LIMIT $limit"; fi
  log "$id: $label"
  KIND=rows
  I=("$BIN" --db "$DB" list "$@" --limit "$limit" --format csv)
  S=(sqlite3 -batch -csv -header "$SDB" "$sql")
  G=("$SDB" "$sql")
  "${I[@]}" >"$tmp/i.csv" 2>>"$ERR" # warm-up, and the rows to count
  "${S[@]}" >"$tmp/s.csv" 2>>"$ERR"
  local rows
  rows="$(rows_of "$tmp/i.csv")/$(rows_of "$tmp/s.csv")"
  local runs=$RUNS
  if [ "$limit" -gt 0 ]; then RUNS=$PAGE_RUNS; fi
  bench
  RUNS=$runs
  # Untimed: every match on both sides, compared by interaction number.
  local full=$tmp/i.csv
  if [ "$limit" -gt 0 ]; then
    if [ $# -eq 0 ]; then
      full=$EXPORT
    else
      full=$tmp/full.csv
      "$BIN" --db "$DB" list "$@" --limit 0 --format csv >"$full" 2>>"$ERR"
    fi
  fi
  local out n_s only_s only_i
  out=$(sq -list -separator ' ' ".import --csv --schema temp \"$full\" x" \
    "SELECT (SELECT count(*) FROM t$cond),
            (SELECT count(*) FROM (SELECT number FROM t$cond EXCEPT SELECT number FROM temp.x)),
            (SELECT count(*) FROM (SELECT number FROM temp.x EXCEPT SELECT number FROM t$cond))")
  read -r n_s only_s only_i <<<"$out"
  add_row "$id" "$label" "$rows" "$(rows_of "$full")/$n_s" "$(check_text "$only_s" "$only_i")" "$note" "$sql"
}

# groups_query ID LABEL SQL NOTE [LIST_FLAGS...]: SQL selects k, n
# (key, count) with GROUP BY and no ORDER BY; LIST_FLAGS hold --group.
groups_query() {
  local id=$1 label=$2 sql=$3 note=$4
  shift 4
  log "$id: $label"
  KIND=groups
  I=("$BIN" --db "$DB" list "$@" --limit 0 --format csv)
  S=(sqlite3 -batch -csv -header "$SDB" "$sql")
  G=("$SDB" "$sql")
  "${I[@]}" >"$tmp/i.csv" 2>>"$ERR"
  "${S[@]}" >"$tmp/s.csv" 2>>"$ERR"
  local rows
  rows="$(rows_of "$tmp/i.csv")/$(rows_of "$tmp/s.csv")"
  bench
  # Untimed: the same groups with the same counts, and the interactions
  # they count in all.
  local out sum_i sum_s only_s only_i
  out=$(sq -list -separator ' ' ".import --csv --schema temp \"$tmp/i.csv\" x" \
    "SELECT (SELECT total(count) FROM temp.x), (SELECT total(n) FROM ($sql)),
            (SELECT count(*) FROM ($sql EXCEPT SELECT key, CAST(count AS INTEGER) FROM temp.x)),
            (SELECT count(*) FROM (SELECT key, CAST(count AS INTEGER) FROM temp.x EXCEPT $sql))")
  read -r sum_i sum_s only_s only_i <<<"$out"
  add_row "$id" "$label" "$rows" "${sum_i%.0}/${sum_s%.0}" "$(check_text "$only_s" "$only_i")" "$note" "$sql"
}

# ---------- export and import ----------

log "exporting $DB to CSV"
stamp
t0=$T
"$BIN" --db "$DB" list --limit 0 --format csv >"$EXPORT" 2>>"$ERR"
stamp
EXPORT_US=$((T - t0)) # one run, the first to read the file: it may be cold
head -n 1 "$EXPORT" | grep -qx 'date,number,type,direction,topic,contacts,subject,responsible,reviewed,review_after' ||
  die "unexpected CSV header: $(head -n 1 "$EXPORT")"
TOTAL=$(rows_of "$EXPORT")

log "importing $TOTAL rows into sqlite3"
stamp
t0=$T
sq <<EOF
CREATE TABLE t (
  id           INTEGER PRIMARY KEY,
  date         TEXT NOT NULL,    -- local time 'YYYY-MM-DDTHH:MM:SS': sorts as text
  number       TEXT NOT NULL,
  type         TEXT NOT NULL,    -- meeting, planned, call, sms, email
  direction    TEXT NOT NULL,    -- in, out or ''
  topic        TEXT NOT NULL,
  contacts     TEXT NOT NULL,    -- names, comma separated
  subject      TEXT NOT NULL,    -- name, 'chain: <topic>' or ''
  responsible  TEXT NOT NULL,
  reviewed     INTEGER NOT NULL, -- 0 or 1
  review_after TEXT              -- like date; NULL when not set
);
.import --csv --schema temp "$EXPORT" raw
INSERT INTO t (date, number, type, direction, topic, contacts, subject, responsible, reviewed, review_after)
SELECT substr(date, 1, 19), number, type, direction, topic, contacts, subject, responsible,
       reviewed = 'yes', nullif(substr(review_after, 1, 19), '')
FROM temp.raw;
EOF
stamp
IMPORT_US=$((T - t0))
[ "$(sq "SELECT count(*) FROM t")" = "$TOTAL" ] || die "sqlite holds $(sq "SELECT count(*) FROM t") rows, the export $TOTAL"
SIZE_TABLE=$(size "$SDB")

log "creating indexes"
stamp
t0=$T
sq <<'EOF'
CREATE INDEX t_date             ON t (date);
CREATE INDEX t_type_date        ON t (type, date);
CREATE INDEX t_responsible_date ON t (responsible, date);
CREATE INDEX t_reviewed_date    ON t (reviewed, date);
CREATE INDEX t_subject_date     ON t (subject, date);
CREATE INDEX t_number           ON t (number);
-- Covering indexes for the review reports (queries 11 and 12): without
-- them the planner answers 12 by reading every row in responsible order.
CREATE INDEX t_reviewed_responsible ON t (reviewed, responsible, review_after);
CREATE INDEX t_reviewed_subject     ON t (reviewed, subject, review_after);
EOF
stamp
INDEX_US=$((T - t0))

log "ANALYZE"
stamp
t0=$T
sq "ANALYZE"
stamp
ANALYZE_US=$((T - t0))
SIZE_INDEXED=$(size "$SDB")

log "creating the FTS5 text index"
stamp
t0=$T
sq <<'EOF'
CREATE VIRTUAL TABLE fts USING fts5 (topic, contacts, content = 't', content_rowid = 'id',
                                     tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO fts (rowid, topic, contacts) SELECT id, topic, contacts FROM t;
INSERT INTO fts (fts) VALUES ('optimize');
EOF
stamp
FTS_US=$((T - t0))
SIZE_FTS=$(size "$SDB")

# ---------- the queries ----------

if [ -n "${MONTH:-}" ]; then # a whole month of the caller's choice
  MONTH_FROM=$MONTH-01
  TODAY=$(date -d "$MONTH_FROM +1 month -1 day" +%F)
  TOMORROW=$(date -d "$MONTH_FROM +1 month" +%F)
else # this month up to today
  MONTH_FROM=$(date +%Y-%m-01)
  TODAY=$(date +%F)
  TOMORROW=$(date -d tomorrow +%F)
fi
WORD=поставк
WORD_CAP=Поставк
# Two words, each the start of a word: a partner's name and a common word
# (each interaction must hold both).
PAIR="ромашка договор"
PAIR_FTS="ромашка* договор*"

# first_resolved FLAG SQL: the first name the query lists that `list
# --FLAG NAME` resolves to one record.
first_resolved() {
  local flag=$1 name
  while IFS= read -r name; do
    if "$BIN" --db "$DB" list "--$flag" "$name" --limit 1 >/dev/null 2>&1; then
      printf '%s' "$name"
      return
    fi
  done < <(sq "$2")
}

# The responsible with the most interactions whose name interactions resolves.
RESP=$(first_resolved responsible "SELECT responsible FROM t GROUP BY responsible ORDER BY count(*) DESC")
[ -n "$RESP" ] || die "no responsible name that interactions resolves"
RESP_SQL=${RESP//\'/\'\'}

# The subject (not a chain) with the most interactions whose name
# interactions resolves to one subject (events often share a name).
SUBJ=$(first_resolved subject "SELECT subject FROM t WHERE subject <> '' AND subject NOT LIKE 'chain: %'
  GROUP BY subject ORDER BY count(*) DESC LIMIT 2000")
[ -n "$SUBJ" ] || die "no subject name that interactions resolves"
SUBJ_SQL=${SUBJ//\'/\'\'}

# Start-up alone, for scale: no query and no database file on either side.
log "0: start-up"
I=("$BIN" help list)
S=(sqlite3 -batch :memory: "SELECT 1")
G=(:memory: "SELECT 1")
"${I[@]}" >/dev/null 2>>"$ERR"
RUNS_QUERY=$RUNS
RUNS=$START_RUNS
bench
RUNS=$RUNS_QUERY
START_I=$I_US START_S=$S_US START_G=$G_US

rows_query 1 "newest 50" 50 "" ""
rows_query 2 "type call, 50" 50 "type = 'call'" "" --type call
rows_query 3 "to review, 50" 50 "$TOREVIEW" "" --status to-review
rows_query 4 "responsible, 50" 50 "responsible = '$RESP_SQL'" "" --responsible "$RESP"
rows_query 4b "subject, 50" 50 "subject = '$SUBJ_SQL'" "" --subject "$SUBJ"
rows_query 5 "this month, all rows" 0 "date >= '$MONTH_FROM' AND date < '$TOMORROW'" "" \
  --from "$MONTH_FROM" --to "$TODAY"
rows_query 6 "search, SQL LIKE, 50" 50 \
  "topic LIKE '%$WORD%' OR contacts LIKE '%$WORD%' OR topic LIKE '%$WORD_CAP%' OR contacts LIKE '%$WORD_CAP%'" \
  "LIKE: substring, no Unicode case folding [a]" --search "$WORD"
rows_query 6b "search, SQL FTS5, 50" 50 "id IN (SELECT rowid FROM fts WHERE fts MATCH '$WORD*')" \
  "FTS5 word prefix; CSV lacks description etc. [a]" --search "$WORD"
rows_query 6c "two words, SQL FTS5, 50" 50 "id IN (SELECT rowid FROM fts WHERE fts MATCH '$PAIR_FTS')" \
  "FTS5 word prefixes; CSV lacks description etc. [a]" --search "$PAIR"
rows_query 7 "call+to review+resp., 50" 50 "type = 'call' AND responsible = '$RESP_SQL' AND $TOREVIEW" "" \
  --type call --status to-review --responsible "$RESP"
groups_query 8 "group responsible" "SELECT responsible AS k, count(*) AS n FROM t GROUP BY responsible" \
  "same-named employees would merge [b]" --group responsible
groups_query 9 "group month" "SELECT substr(date, 1, 7) AS k, count(*) AS n FROM t GROUP BY k" "" --group month
groups_query 10 "group day" "SELECT substr(date, 1, 10) AS k, count(*) AS n FROM t GROUP BY k" "" --group day
groups_query 11 "to review by subject" \
  "SELECT CASE subject WHEN '' THEN '(none)' ELSE subject END AS k, count(*) AS n FROM t WHERE $TOREVIEW GROUP BY k" \
  "CSV has no chain roots, no ids [c]" --status to-review --group subject
groups_query 12 "to review by responsible" \
  "SELECT responsible AS k, count(*) AS n FROM t WHERE $TOREVIEW GROUP BY k" "" \
  --status to-review --group responsible
rows_query 13 "everything, all rows" 0 "" ""

# ---------- the report ----------

echo
echo "interactions list vs sqlite3, same data, same queries"
echo "  database      $DB: $TOTAL interactions, $(mb "$(size "$DB")") (bbolt file)"
echo "  machine       $(nproc) CPU,$(awk -F: '/model name/ { print $2; exit }' /proc/cpuinfo), $(date '+%F %T %Z')"
echo "  sqlite3       $(sqlite3 --version | cut -d' ' -f1), fresh file, default settings"
echo "  runs          median of $RUNS warm runs per side ($START_RUNS for start-up, $PAGE_RUNS for pages of 50), alternating,"
echo "                after one warm-up;"
echo "                each run a whole process (start-up included), CSV output to /dev/null"
echo "  responsible   $RESP (most interactions); subject $SUBJ (most interactions, no chain)"
echo "  period        month $MONTH_FROM..$TODAY; search word '$WORD', two words '$PAIR'"
echo
echo "preparing SQLite"
printf '  %-34s %10s ms  (one run, the first)\n' "export: list --limit 0 --format csv" "$(ms "$EXPORT_US")"
printf '  %-34s %10s ms\n' "import (.import, convert dates)" "$(ms "$IMPORT_US")"
printf '  %-34s %10s ms\n' "8 indexes" "$(ms "$INDEX_US")"
printf '  %-34s %10s ms\n' "ANALYZE" "$(ms "$ANALYZE_US")"
printf '  %-34s %10s ms\n' "FTS5 index on topic, contacts" "$(ms "$FTS_US")"
echo
echo "file sizes"
printf '  %-34s %12s\n' "interactions (bbolt)" "$(mb "$(size "$DB")")"
printf '  %-34s %12s\n' "CSV export" "$(mb "$(size "$EXPORT")")"
printf '  %-34s %12s\n' "sqlite, table only" "$(mb "$SIZE_TABLE")"
printf '  %-34s %12s\n' "sqlite, + 8 indexes" "$(mb "$SIZE_INDEXED")"
printf '  %-34s %12s\n' "sqlite, + FTS5" "$(mb "$SIZE_FTS")"
echo "  (the SQLite table holds the ten list columns of the CSV export, names as"
echo "  text; the interactions file holds whole records: descriptions, e-mail"
echo "  headers and text, SMS, calls, attributes, references, versions, and a"
echo "  text index over all of that text)"
echo
printf '%-3s %-25s %9s %9s %7s %7s  %-13s %-17s %-11s %s\n' \
  "#" "query" "inter. ms" "sqlite ms" "ratio" "after" "rows i/s" "all matches i/s" "same set" "note"
printf '%-3s %-25s %9s %9s %7s %7s  %-13s %-17s %-11s %s\n' \
  "0" "start-up, no query" "$(ms "$START_I")" "$(ms "$START_S")" \
  "$(awk -v a="$START_S" -v b="$START_I" 'BEGIN { printf "%.2f", a / b }')" "" "" "" "" "[s] not in the mean"
ratios=() # kind ratio, one a line
afters=() # kind ratio after start-up, one a line
for k in "${!R_ID[@]}"; do
  r=$(awk -v a="${R_S[k]}" -v b="${R_I[k]}" 'BEGIN { printf "%.2f", a / b }')
  ratios+=("${R_KIND[k]} $(awk -v a="${R_S[k]}" -v b="${R_I[k]}" 'BEGIN { printf "%.6f", a / b }')")
  # After start-up: each side's time less its own row 0, when both are above it.
  after=$(awk -v a="${R_S[k]}" -v b="${R_I[k]}" -v a0="$START_S" -v b0="$START_I" \
    'BEGIN { if (a > a0 && b > b0) printf "%.6f", (a - a0) / (b - b0); else print "-" }')
  if [ "$after" != - ]; then afters+=("${R_KIND[k]} $after"); after=$(printf '%.2f' "$after"); fi
  printf '%-3s %-25s %9s %9s %7s %7s  %-13s %-17s %-11s %s\n' \
    "${R_ID[k]}" "${R_LABEL[k]}" "$(ms "${R_I[k]}")" "$(ms "${R_S[k]}")" "$r" "$after" \
    "${R_ROWS[k]}" "${R_ALL[k]}" "${R_CHECK[k]}" "${R_NOTE[k]}"
done
geomean() { printf '%s\n' "${@:2}" | awk -v kind="$1" 'kind == "" || $1 == kind { s += log($2); n++ } END { printf "%.2f (%d queries)", exp(s / n), n }'; }
echo
echo "geometric mean of the ratios, queries ${R_ID[0]}-${R_ID[-1]}: $(geomean "" "${ratios[@]}")"
echo "  row listings: $(geomean rows "${ratios[@]}"); group counts: $(geomean groups "${ratios[@]}")"
echo "  after start-up: $(geomean "" "${afters[@]}"); row listings $(geomean rows "${afters[@]}"); group counts $(geomean groups "${afters[@]}")"
echo "ratio = sqlite ms / interactions ms: above 1 interactions is faster, below 1 SQLite is."
echo "after = the same ratio of the times less each side's start-up (row 0): opening the file,"
echo "the query and the output, without the process's start and exit [s]."
echo "rows i/s: rows printed by interactions / by sqlite. all matches i/s: the same query"
echo "without its limit (for groups: interactions counted in all groups). same set: the"
echo "interactions (by number) or groups (key and count) both select, untimed; +x/-y: x only"
echo "in SQLite's answer, y only in interactions'."
if [ "$GOSQLITE" = 1 ]; then
  echo
  echo "Go programs on the same SQLite file (GOSQLITE=1): the same SQL through database/sql,"
  echo "CSV out, whole processes timed in the same alternation; ratio = Go ms / interactions ms"
  printf '%-3s %-25s %9s %10s %7s %10s %7s\n' "#" "query" "inter. ms" "mattn ms" "ratio" "modernc ms" "ratio"
  # go_row ID LABEL I_US G_US: one line of this table.
  go_row() {
    local gm gc
    read -r gm gc <<<"$4"
    printf '%-3s %-25s %9s %10s %7s %10s %7s\n' "$1" "$2" "$(ms "$3")" "$(ms "$gm")" \
      "$(awk -v a="$gm" -v b="$3" 'BEGIN { printf "%.2f", a / b }')" "$(ms "$gc")" \
      "$(awk -v a="$gc" -v b="$3" 'BEGIN { printf "%.2f", a / b }')"
  }
  go_row 0 "start-up, no query" "$START_I" "$START_G"
  go_ratios=() # the mattn ratio, then modernc's, one a line each
  for k in "${!R_ID[@]}"; do
    go_row "${R_ID[k]}" "${R_LABEL[k]}" "${R_I[k]}" "${R_G[k]}"
    read -r gm gc <<<"${R_G[k]}"
    go_ratios+=("mattn $(awk -v a="$gm" -v b="${R_I[k]}" 'BEGIN { printf "%.6f", a / b }')")
    go_ratios+=("modernc $(awk -v a="$gc" -v b="${R_I[k]}" 'BEGIN { printf "%.6f", a / b }')")
  done
  echo "geometric mean, queries ${R_ID[0]}-${R_ID[-1]}: mattn $(geomean mattn "${go_ratios[@]}"), modernc $(geomean modernc "${go_ratios[@]}")"
  echo "Row 0 is \`gosqlite :memory: 'SELECT 1'\`. mattn: github.com/mattn/go-sqlite3 (cgo, SQLite's C"
  echo "source); modernc: modernc.org/sqlite (SQLite translated to Go). Both open the file read-only."
fi
echo
echo "notes"
echo "  [s] Row 0 is each program's start-up alone, whole processes: \`$(basename "$BIN") help list\`"
echo "      against \`sqlite3 :memory: 'SELECT 1'\`; every other row includes it on both sides."
echo "  Both sides print CSV (list --format csv, sqlite3 -csv -header); sqlite reads a fresh"
echo "  file with the default page cache, interactions its bbolt file; both files are in the"
echo "  OS page cache after the warm-up run. Group queries use --limit 0 on both sides."
echo "  [a] The search favours SQLite: interactions searches the topic, description, contact"
echo "      names and addresses, phone numbers, SMS and e-mail text; the CSV has only the"
echo "      topic and the contact names, so SQLite searches much less text. interactions"
echo "      matches word starts, case-insensitive, with ё read as е. SQLite's LIKE matches"
echo "      substrings and folds case only for ASCII letters, so query 6 tries both"
echo "      '$WORD' and '$WORD_CAP' (other spellings, e.g. all capitals, are missed);"
echo "      FTS5 (6b and 6c, unicode61 tokenizer) matches word starts and folds Cyrillic"
echo "      case but not ё. Their counts differ from interactions' by the matches in the"
echo "      text the CSV lacks."
echo "  [b] SQLite groups by the name in the CSV; interactions by the employee record"
echo "      (two employees with one name would be two groups, marked [employee:ID])."
echo "  [c] In the CSV the root of a chain has an empty subject and its members"
echo "      'chain: <topic>'; interactions counts the root in its chain's group, SQLite"
echo "      under (none); chains or subjects that share a name are one SQLite group and"
echo "      several interactions groups, marked [KIND:ID]. The set check shows how many."
echo "  interactions answers groups from counters kept with each write; SQLite counts the"
echo "  rows (or index entries) each time: an SQLite user could keep summary tables with"
echo "  triggers, which this comparison does not do."
echo
echo "SQLite query plans"
for k in "${!R_ID[@]}"; do
  plan=$(sq "EXPLAIN QUERY PLAN ${R_SQL[k]}" | sed -e '1d' -e 's/^[-|` ]*//' | paste -sd ';' - | sed 's/;/; /g')
  printf '  %-3s %s\n' "${R_ID[k]}" "$plan"
done
