#!/usr/bin/env bash
# package-check.sh — check a Linux archive of scripts/package.sh the way a
# user installs it: unpack it, `make user-install` into a temporary HOME,
# then check the program, the menu entry and the icons, run the installed
# program, and `make user-uninstall` must remove every file again.
#
# Usage: scripts/package-check.sh dist/interactions-VERSION-linux-amd64.tar.xz
set -euo pipefail

ARCHIVE=$(realpath "${1:?usage: package-check.sh ARCHIVE}")
ID=ru.interactions.organizer
SIZES=(16 22 24 32 48 64 128 256 512)

log() { printf '[package-check] %s\n' "$*"; }
fail() { printf '[package-check] FAILED: %s\n' "$*" >&2; exit 1; }

TMP=$(mktemp -d /tmp/interactions-package-check.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
mkdir "$TMP/unpacked" "$TMP/home"
tar -xJf "$ARCHIVE" -C "$TMP/unpacked"
top=$TMP/unpacked/interactions
[ -f "$top/Makefile" ] || fail "the archive has no interactions/Makefile"

make -s -C "$top" user-install HOME="$TMP/home" >"$TMP/make.log" 2>&1 || { cat "$TMP/make.log" >&2; fail "make user-install"; }
local_dir=$TMP/home/.local
bin=$local_dir/bin/interactions
desktop=$local_dir/share/applications/$ID.desktop
[ -x "$bin" ] || fail "user-install put no program at ~/.local/bin/interactions"
[ -f "$desktop" ] || fail "user-install put no menu entry $ID.desktop"
for want in 'Type=Application' 'Name=Interactions' 'Name[ru]=Взаимодействия' 'Categories=Office;' \
            "Icon=$ID" "Exec=$bin"; do
  grep -qxF "$want" "$desktop" || fail "the menu entry lacks the line $want"
done
for s in "${SIZES[@]}"; do
  icon=$local_dir/share/icons/hicolor/${s}x${s}/apps/$ID.png
  [ -f "$icon" ] || fail "no ${s}x${s} icon"
  got=$(identify -format '%wx%h' "$icon")
  [ "$got" = "${s}x${s}" ] || fail "the ${s}x${s} icon is $got"
done
log "user-install: program, menu entry (Interactions, «Взаимодействия», Office), icons ${SIZES[*]}"

version=$(HOME="$TMP/home" "$bin" --version) || fail "the installed program does not run"
log "installed program: $version"
HOME="$TMP/home" "$bin" --db "$TMP/check.db" demo --size 50 --seed 1 >/dev/null || fail "the installed program's demo"
HOME="$TMP/home" "$bin" --db "$TMP/check.db" check >/dev/null || fail "the installed program's check"

make -s -C "$top" user-uninstall HOME="$TMP/home" >"$TMP/make.log" 2>&1 || { cat "$TMP/make.log" >&2; fail "make user-uninstall"; }
left=$(find "$TMP/home" -type f)
[ -z "$left" ] || fail "user-uninstall left: $left"
log "user-uninstall removed every file"
