#!/usr/bin/env bash
# smoke.sh — smoke test of the real (cgo/OpenGL) window under Xvfb.
#
# Builds the real binary and the command-line program (interactions-cli,
# `-tags cli`), fills a fresh database with demo data through the latter,
# then for each locale starts the app on a private Xvfb display, waits for
# its window, screenshots the screen and checks that:
#   - the app is still running,
#   - its window appeared within the time limit,
#   - the window is not blank (it has several colours and some contrast),
#   - its stderr has no Fyne thread errors, panics or fatal errors, and no
#     "Error parsing user locale" (C.UTF-8 must read as English, quietly).
# All languages are tried; the script fails if any of them failed.
#
# Env:
#   SMOKE_OUT        keep screenshots and logs in this folder (default: a temp
#                    folder, deleted at the end)
#   SMOKE_PKG        folder of the main package to build (default: the repo root)
#   SMOKE_SKIP_DEMO  1 = skip the `demo` command step (start with an empty database)
#   SMOKE_LANGS      locales to try (default: "ru_RU.UTF-8 en_US.UTF-8 C.UTF-8")
#   SMOKE_WAIT       max seconds to wait for the window (default 30)
#   SMOKE_SETTLE     seconds between the window appearing and the shot (default 2)
#   SMOKE_SIZE       Xvfb screen size (default 1280x800)
#
# The app runs with its working directory and HOME/XDG folders inside the temp
# folder: it leaves nothing in the user's home, and no FyneApp.toml is found
# next to it, so its `fyneDo` migration flag cannot switch Fyne's thread checks
# off — the checks stay on, as they must in a smoke run.
# Only the processes this script started (Xvfb, the app) are stopped, by PID.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Paths given in the environment are relative to the caller's directory.
PKG_DIR=$(realpath "${SMOKE_PKG:-$ROOT}")
[ -z "${SMOKE_OUT:-}" ] || SMOKE_OUT=$(realpath -m "$SMOKE_OUT")
cd "$ROOT"

LANGS=${SMOKE_LANGS:-ru_RU.UTF-8 en_US.UTF-8 C.UTF-8}
WAIT=${SMOKE_WAIT:-30}
SETTLE=${SMOKE_SETTLE:-2}
SIZE=${SMOKE_SIZE:-1280x800}

log() { printf '[smoke %s] %s\n' "$(date +%T)" "$*" >&2; }
now_ms() { date +%s%3N; }
tail_err() { # file — the last lines of an app log, indented
  if [ -s "$1" ]; then
    log "stderr tail ($1):"
    tail -n 30 "$1" | sed 's/^/    /' >&2
  else
    log "stderr ($1) is empty"
  fi
}

for tool in Xvfb xdotool import convert identify; do
  command -v "$tool" >/dev/null || { log "$tool not found: run scripts/setup.sh"; exit 1; }
done
command -v go >/dev/null || export PATH=$PATH:/usr/local/go/bin

TMP=$(mktemp -d /tmp/interactions-smoke.XXXXXX)
if [ -n "${SMOKE_OUT:-}" ]; then
  mkdir -p "$SMOKE_OUT"
  OUT=$SMOKE_OUT
  KEEP_HINT=""
else
  OUT=$TMP/out
  mkdir -p "$OUT"
  KEEP_HINT="; set SMOKE_OUT=<dir> to keep it"
fi

XPID="" APID=""
stop_pid() { # pid — TERM, wait up to 3 s, then KILL
  local p=$1
  [ -n "$p" ] || return 0
  if kill -0 "$p" 2>/dev/null; then
    kill -TERM "$p" 2>/dev/null
    for _ in $(seq 30); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$p" 2>/dev/null && kill -KILL "$p" 2>/dev/null
  fi
  wait "$p" 2>/dev/null || true
}
exit_status() { # pid of a finished child — its exit status
  local rc=0
  wait "$1" 2>/dev/null || rc=$?
  echo "$rc"
}
cleanup() {
  set +e
  stop_pid "$APID"   # the app first, then its X server
  stop_pid "$XPID"
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A private home for each run of the app: preferences, caches and backups land
# in $TMP, and one run's preferences do not leak into the next.
RUN_DIR=$TMP/run
mkdir -p "$RUN_DIR"
app_env=()
use_home() { # name — point HOME and the XDG folders at $TMP/home-<name>
  local h=$TMP/home-$1
  mkdir -p "$h"
  app_env=(HOME="$h" XDG_CONFIG_HOME="$h/.config" XDG_DATA_HOME="$h/.local/share"
           XDG_CACHE_HOME="$h/.cache" XDG_STATE_HOME="$h/.local/state")
}

# ---------- 1. build the real binary and the command-line program ----------
BIN=$TMP/interactions
CLI=$TMP/interactions-cli
DB=$TMP/smoke.db
t0=$(now_ms)
log "build: CGO_ENABLED=1 go build ($PKG_DIR) — the first build takes a few minutes"
CGO_ENABLED=1 go -C "$PKG_DIR" build -o "$BIN" . || { log "FAIL: build failed"; exit 1; }
log "build: CGO_ENABLED=0 go build -tags \"cli lean\" and -tags cli ($PKG_DIR)"
GOEXPERIMENT=$(bash "$ROOT/scripts/lean-goexperiment.sh") CGO_ENABLED=0 go -C "$PKG_DIR" build -tags "cli lean" -o "$CLI" . || { log "FAIL: build of the command-line program failed"; exit 1; }
CGO_ENABLED=0 go -C "$PKG_DIR" build -tags cli -o "$CLI-full" . || { log "FAIL: build of the full command-line program failed"; exit 1; }
log "built in $(( $(now_ms) - t0 )) ms"

# ---------- 2. demo data through the command line ----------
if [ "${SMOKE_SKIP_DEMO:-0}" = 1 ]; then
  log "demo step skipped (SMOKE_SKIP_DEMO=1)"
else
  use_home demo
  log "demo: interactions-cli --db $DB demo --size 2000 --seed 1"
  t0=$(now_ms)
  rc=0
  (cd "$RUN_DIR" && env "${app_env[@]}" LANG=en_US.UTF-8 timeout 300 \
     "$CLI" --db "$DB" demo --size 2000 --seed 1) >"$OUT/demo.out.log" 2>"$OUT/demo.err.log" || rc=$?
  if [ "$rc" != 0 ]; then
    log "FAIL: demo command exited with status $rc$( [ "$rc" = 124 ] && echo ' (timed out after 300 s)')"
    tail_err "$OUT/demo.err.log"
    exit 1
  fi
  [ -s "$DB" ] || { log "FAIL: demo command succeeded but $DB is missing or empty"; exit 1; }
  log "demo data written in $(( $(now_ms) - t0 )) ms ($(du -h "$DB" | cut -f1))"
fi

# ---------- 3. Xvfb on a free display (Xvfb picks it, -displayfd) ----------
exec 9>"$TMP/displayfd"
Xvfb -displayfd 9 -screen 0 "${SIZE}x24" -nolisten tcp -noreset +extension GLX >"$TMP/xvfb.log" 2>&1 &
XPID=$!
exec 9>&-
for _ in $(seq 200); do
  [ -s "$TMP/displayfd" ] && break
  kill -0 "$XPID" 2>/dev/null || break
  sleep 0.05
done
DNUM=$(tr -dc '0-9' <"$TMP/displayfd")
[ -n "$DNUM" ] || { log "FAIL: Xvfb did not start:"; cat "$TMP/xvfb.log" >&2; exit 1; }
export DISPLAY=:$DNUM
log "Xvfb pid $XPID on $DISPLAY ($SIZE)"

# ---------- 4. one run of the window per language ----------
# is_blank file — true when the image has fewer than 3 colours or almost no contrast.
is_blank() {
  local colours sd
  colours=$(identify -format '%k' "$1" 2>/dev/null) || return 0
  sd=$(convert "$1" -format '%[fx:standard_deviation]' info: 2>/dev/null) || return 0
  log "  $(basename "$1"): $colours colours, standard deviation $sd"
  [ "$colours" -lt 3 ] && return 0
  awk -v sd="$sd" 'BEGIN { exit !(sd < 0.005) }'
}

# run_lang LANG — start the app, check its window, stop it. Returns non-zero on failure.
run_lang() {
  local lang=$1 tag=${1%%.*} err out shot crop wid geom t1 deadline
  err=$OUT/app-$tag.stderr.log
  out=$OUT/app-$tag.stdout.log
  shot=$OUT/smoke-$tag.png
  crop=$OUT/smoke-$tag-window.png

  log "--- $lang"
  use_home "$tag"
  t1=$(now_ms)
  # Only LANG chooses the locale: variables inherited from the caller are dropped.
  (cd "$RUN_DIR" && exec env -u LC_ALL -u LC_MESSAGES -u LANGUAGE "${app_env[@]}" LANG="$lang" LIBGL_ALWAYS_SOFTWARE=1 \
     "$BIN" --db "$DB") >"$out" 2>"$err" &
  APID=$!
  log "app pid $APID"

  wid=""
  deadline=$(( t1 + WAIT * 1000 ))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    if ! kill -0 "$APID" 2>/dev/null; then
      log "FAIL [$lang]: the app exited (status $(exit_status "$APID")) before its window appeared"
      tail_err "$err"; APID=""; return 1
    fi
    wid=$(LC_ALL=C.UTF-8 xdotool search --onlyvisible --pid "$APID" 2>/dev/null | head -n 1 || true)
    [ -n "$wid" ] && break
    sleep 0.1
  done
  if [ -z "$wid" ]; then
    log "FAIL [$lang]: no window within ${WAIT} s"
    tail_err "$err"; stop_pid "$APID"; APID=""; return 1
  fi
  log "window $wid after $(( $(now_ms) - t1 )) ms: \"$(LC_ALL=C.UTF-8 xdotool getwindowname "$wid" 2>/dev/null || true)\""

  sleep "$SETTLE"
  local ok=0
  if ! import -window root "$shot" 2>"$TMP/import.log"; then
    log "FAIL [$lang]: screenshot failed"; cat "$TMP/import.log" >&2; ok=1
  fi
  if ! kill -0 "$APID" 2>/dev/null; then
    log "FAIL [$lang]: the app exited (status $(exit_status "$APID")) after its window appeared"
    APID=""; ok=1
  fi

  if [ $ok = 0 ]; then
    # Judge the window's own area: the bare root around it is flat black.
    geom=$(LC_ALL=C.UTF-8 xdotool getwindowgeometry --shell "$wid" 2>/dev/null || true)
    local X=0 Y=0 WIDTH=0 HEIGHT=0
    eval "$(printf '%s\n' "$geom" | grep -E '^(X|Y|WIDTH|HEIGHT)=[0-9-]+$' || true)"
    log "  window geometry ${WIDTH}x${HEIGHT}+${X}+${Y}"
    if [ "$WIDTH" -lt 100 ] || [ "$HEIGHT" -lt 100 ]; then
      log "FAIL [$lang]: the window is too small (${WIDTH}x${HEIGHT})"; ok=1
    else
      (( X < 0 )) && X=0; (( Y < 0 )) && Y=0
      convert "$shot" -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$crop"
      if is_blank "$crop"; then
        log "FAIL [$lang]: the window is blank (see $crop$KEEP_HINT)"; ok=1
      fi
    fi
  fi

  stop_pid "$APID"; APID=""

  if grep -qE 'Error in Fyne call thread|panic|fatal error|Error parsing user locale' "$err"; then
    log "FAIL [$lang]: the app's stderr reports errors:"
    grep -nE -A1 'Error in Fyne call thread|panic|fatal error|Error parsing user locale' "$err" | head -n 6 | sed 's/^/    /' >&2
    ok=1
  fi
  if grep -q 'Fyne error' "$err"; then
    log "  note: Fyne logged errors (not fatal for the smoke test):"
    grep -A1 'Fyne error' "$err" | head -n 6 | sed 's/^/    /' >&2
  fi
  if [ $ok != 0 ]; then
    tail_err "$err"
    return 1
  fi
  log "OK [$lang]: screenshot $shot"
}

failed=()
for lang in $LANGS; do
  run_lang "$lang" || failed+=("$lang")
done

if [ -n "${SMOKE_OUT:-}" ]; then
  log "screenshots and logs kept in $OUT"
fi
if [ ${#failed[@]} -gt 0 ]; then
  log "SMOKE TEST FAILED for: ${failed[*]}"
  exit 1
fi
log "smoke test passed ($LANGS)"
