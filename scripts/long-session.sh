#!/usr/bin/env bash
# long-session.sh — a long session in the real window under Xvfb: 100
# filter, grouping, sort, search, selection and navigation actions driven
# by xdotool, with the window's resident memory (VmRSS) sampled every ten.
#
# Usage: scripts/long-session.sh DB [OUT_DIR]
#   DB       a database file (bin/interactions-cli --db DB demo --size 1000000)
#   OUT_DIR  where the samples (rss.tsv), the app's stderr and the last
#            screenshot go (default /tmp/long-session)
# Needs bin/interactions (scripts/build.sh), Xvfb, xdotool and imagemagick.
# Stops only what it started, by PID.
set -euo pipefail
DB=$1 OUT=${2:-/tmp/long-session}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$OUT"
W=1600 H=900
for d in $(seq 140 190); do [ -e /tmp/.X11-unix/X$d ] || break; done
Xvfb :$d -screen 0 ${W}x${H}x24 -nolisten tcp >/dev/null 2>&1 & XPID=$!
APID=""
cleanup() { [ -n "$APID" ] && kill "$APID" 2>/dev/null; kill "$XPID" 2>/dev/null || true; }
trap cleanup EXIT
sleep 1
export DISPLAY=:$d
LANG=${APP_LANG:-ru_RU.UTF-8} "$ROOT/bin/interactions" --db "$DB" 2>"$OUT/stderr.log" & APID=$!
WID=$(LC_ALL=C.UTF-8 timeout 60 xdotool search --sync --onlyvisible --pid $APID | head -1)
x() { LC_ALL=C.UTF-8 xdotool "$@"; }
x windowsize "$WID" $W $H
sleep 5

n=0
# VmRSS counts the pages of the database file bbolt maps and the list
# has read (RssFile: page cache the kernel takes back under pressure) as
# well as the program's own memory (RssAnon: heap, stacks, GL buffers).
rss() { awk '/VmRSS|RssAnon|RssFile/{printf "%s\t", $2}' /proc/$APID/status; }
printf 'actions\tVmRSS_kB\tRssAnon_kB\tRssFile_kB\n' >"$OUT/rss.tsv"
printf '0\t%s\n' "$(rss)" >>"$OUT/rss.tsv"
act() { # one action, then a pause for the list to answer
  "$@"; n=$((n + 1)); sleep "${PAUSE:-1.2}"
  if [ $((n % 10)) = 0 ]; then printf '%d\t%s\n' $n "$(rss)" | tee -a "$OUT/rss.tsv"; fi
}
click() { x mousemove "$1" "$2" click 1; }
key() { x key "$@"; }
# Where things are in a 1600×900 window (Russian).
HEAD_Y=149 ROW_Y=185 ROW_H=39
SORT_X=(538 770 990 1143 1264 1450) # date, topic, contacts, subject, responsible, review after
STATUS=(418 70) GROUP=(1473 70)
NAV_X=330 NAV_Y0=325 NAV_H=58

for round in 1 2 3 4; do
  for c in "${SORT_X[@]}"; do act click "$c" $HEAD_Y; done          # 6 sorts
  act click ${SORT_X[0]} $HEAD_Y                                     # back to date
  act click 700 $((ROW_Y + ROW_H * 2))                               # a row
  act key Down; act key Down; act key shift+Down; act key Next       # moves
  act key End; act key Home                                          # ends
  act click ${STATUS[0]} ${STATUS[1]}; act key Down Return           # a status
  act click ${GROUP[0]} ${GROUP[1]}; act key Down Down Return        # a grouping
  act click ${GROUP[0]} ${GROUP[1]}; act key Home Return             # no grouping
  act key ctrl+f; act x type --delay 60 "$((round * 1371))"          # a search
  act key ctrl+a BackSpace; act key Escape
  act click $NAV_X $((NAV_Y0 + NAV_H * round))                       # a subject of the panel
  act click $NAV_X 265                                               # all again
done
import -window root "$OUT/last.png"
printf 'peak VmHWM: %s\n' "$(awk '/VmHWM/{print $2 " kB"}' /proc/$APID/status)" | tee -a "$OUT/rss.tsv"
echo "actions: $n"
