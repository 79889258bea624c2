#!/usr/bin/env bash
# package.sh — the Linux package of Interactions, made by `fyne package`
# (fyne.io/tools v1.7.4) from FyneApp.toml, then completed:
#
#   dist/interactions-VERSION-linux-amd64.tar.xz
#     Makefile                                  make install / user-install (and un-)
#     usr/local/bin/interactions                the program (window and commands)
#     usr/local/share/applications/ru.interactions.organizer.desktop
#                                               menu entry: "Interactions",
#                                               «Взаимодействия» in Russian, category Office
#     usr/local/share/pixmaps/ru.interactions.organizer.png         Fyne's own icon
#     usr/local/share/icons/hicolor/NxN/apps/ru.interactions.organizer.png
#                                               the icon in the standard sizes (16–512)
#
# Fyne writes one icon and an English-only entry: this script adds the
# Russian name, generic name and comment, the hicolor sizes, and the lines
# of the Makefile that install and remove them.
#
# Usage: scripts/package.sh [--install | --user-install] [OUT_DIR]   (default OUT_DIR: dist/)
#   --user-install  then install it for this user (make user-install: ~/.local)
#   --install       then install it for everyone (sudo make install: /usr/local)
# The build needs what scripts/setup.sh installs (C compiler, X11/GL headers,
# ImageMagick for the icon sizes).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
install=""
case "${1:-}" in
  --install | --user-install) install=${1#--}; shift ;;
esac
OUT=$(realpath -m "${1:-$ROOT/dist}")
cd "$ROOT"
command -v go >/dev/null || export PATH=$PATH:/usr/local/go/bin

log() { printf '[package] %s\n' "$*"; }
die() { printf '[package] ERROR: %s\n' "$*" >&2; exit 1; }
for tool in convert tar xz make; do
  command -v "$tool" >/dev/null || die "$tool not found: run scripts/setup.sh"
done

FYNE=(go run fyne.io/tools/cmd/fyne@v1.7.4)
APP_ID=$(sed -n 's/^ *ID *= *"\(.*\)"/\1/p' FyneApp.toml)
VERSION=$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
[ -n "$APP_ID" ] && [ -n "$VERSION" ] || die "FyneApp.toml has no ID or Version"
ARCHIVE=$OUT/interactions-$VERSION-linux-$(go env GOARCH).tar.xz
SIZES=(16 22 24 32 48 64 128 256 512)

TMP=$(mktemp -d /tmp/interactions-package.XXXXXX)
# fyne package raises Build in FyneApp.toml after each package: keep the
# file as committed, so that packaging leaves the source tree untouched.
cp FyneApp.toml "$TMP/FyneApp.toml"
trap 'cp "$TMP/FyneApp.toml" FyneApp.toml; rm -rf "$TMP"' EXIT

# ---------- 1. fyne package ----------
# fyne passes the -ldflags it finds in GOFLAGS on to go build: the revision
# stamp for --version and the About box (scripts/version-flags.sh).
stamp=""
for f in $(bash scripts/version-flags.sh); do stamp+=" -ldflags=$f"; done
log "fyne package --target linux --release (the first build takes a few minutes)"
rm -f Interactions.tar.xz
GOFLAGS="${GOFLAGS:-}$stamp" CGO_ENABLED=1 "${FYNE[@]}" package --target linux --release \
  --source-dir . >"$TMP/fyne.log" 2>&1 || { cat "$TMP/fyne.log" >&2; die "fyne package failed"; }
made=$(ls -t ./*.tar.xz 2>/dev/null | head -n 1 || true)
[ -n "$made" ] || { cat "$TMP/fyne.log" >&2; die "fyne package made no archive"; }

# ---------- 2. complete the archive ----------
mkdir "$TMP/pkg"
tar -xJf "$made" -C "$TMP/pkg"
rm -f "$made"
top=$(find "$TMP/pkg" -mindepth 1 -maxdepth 1 -type d | head -n 1)
[ -f "$top/Makefile" ] || die "the archive of fyne package has no Makefile"
share=$(dirname "$(find "$top/usr" -type d -name applications | head -n 1)")
desktop=$share/applications/$APP_ID.desktop
[ -f "$desktop" ] || die "the archive has no $APP_ID.desktop"
rel=${share#"$top"/}   # usr/local/share or usr/share

# The Russian menu entry, next to the English lines Fyne wrote.
sed -i \
  -e '/^Name=/a Name[ru]=Взаимодействия' \
  -e '/^GenericName=/a GenericName[ru]=CRM-органайзер' \
  -e '/^Comment=/a Comment[ru]=История взаимодействий компании с партнерами' \
  "$desktop"

# The icon in the standard sizes of the hicolor theme.
for s in "${SIZES[@]}"; do
  d=$share/icons/hicolor/${s}x${s}/apps
  mkdir -p "$d"
  convert assets/icon.png -resize "${s}x${s}" -strip "PNG32:$d/$APP_ID.png"
done

# Install and remove them with the rest: one loop after the pixmaps line of
# each Makefile target.
sizes="${SIZES[*]}"
loop() { # command — a make recipe line running it for every size $${s}
  printf '\tfor s in %s; do %s; done\n' "$sizes" "$1"
}
awk -v rel="$rel" \
    -v inst="$(loop "install -Dm00644 $rel/icons/hicolor/\$\${s}x\$\${s}/apps/\$(Icon) \$(DESTDIR)\$(PREFIX)/share/icons/hicolor/\$\${s}x\$\${s}/apps/\$(Icon)")" \
    -v uninst="$(loop "rm -f \$(DESTDIR)\$(PREFIX)/share/icons/hicolor/\$\${s}x\$\${s}/apps/\$(Icon)")" \
    -v uinst="$(loop "install -Dm00644 $rel/icons/hicolor/\$\${s}x\$\${s}/apps/\$(Icon) \$(DESTDIR)\$(HOME)/.local/share/icons/hicolor/\$\${s}x\$\${s}/apps/\$(Icon)")" \
    -v uuninst="$(loop "rm -f \$(DESTDIR)\$(HOME)/.local/share/icons/hicolor/\$\${s}x\$\${s}/apps/\$(Icon)")" '
  /^[a-z-]+:/ { target = $1 }
  { print }
  /share\/pixmaps\/\$\(Icon\)|\.local\/share\/icons\/\$\(Icon\)/ {
    if (target == "install:") print inst
    else if (target == "uninstall:") print uninst
    else if (target == "user-install:") print uinst
    else if (target == "user-uninstall:") print uuninst
  }' "$top/Makefile" >"$TMP/Makefile"
mv "$TMP/Makefile" "$top/Makefile"
[ "$(grep -c 'icons/hicolor' "$top/Makefile")" = 4 ] || die "could not add the icon sizes to the Makefile"

mkdir -p "$OUT"
rm -f "$ARCHIVE"
tar -cJf "$ARCHIVE" -C "$TMP/pkg" "$(basename "$top")"
log "$ARCHIVE ($(du -h "$ARCHIVE" | cut -f1)):"
tar -tJvf "$ARCHIVE" | awk '$6 !~ /\/$/ { printf "[package]   %9s  %s\n", $3, $6 }' | sort -k3

# ---------- 3. install ----------
case "$install" in
  user-install)
    log "make user-install (~/.local)"
    make -C "$top" user-install
    log "installed: $HOME/.local/bin/interactions and the menu entry Interactions (Взаимодействия)"
    ;;
  install)
    SUDO=(); [ "$(id -u)" = 0 ] || SUDO=(sudo)
    log "make install (/usr/local)"
    "${SUDO[@]}" make -C "$top" install
    log "installed: interactions and the menu entry Interactions (Взаимодействия)"
    ;;
esac
