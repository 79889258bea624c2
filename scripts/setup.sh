#!/usr/bin/env bash
# setup.sh — prepare a Debian/Ubuntu machine to build, run and test Interactions.
#
# Installs the missing Debian packages (build: cgo toolchain and the X11/GL
# headers GLFW links against; run headless: Xvfb and Mesa; tools used by the
# tests: xdotool, ImageMagick, xclip, poppler-utils, qpdf, sqlite3), checks that
# Go 1.26 or newer is available and downloads the Go modules.
#
# Idempotent: when every package is already installed apt is not touched at all.
# Uses sudo for apt when not run as root.
#
# --windows also installs what the Windows build and its proof need: the
# MinGW-w64 C compiler (scripts/windows.sh) and Wine (scripts/wine.sh).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

log() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# ---------- Debian packages ----------
PKGS=(
  gcc libc6-dev pkg-config                                  # cgo toolchain
  libgl-dev libx11-dev libxcursor-dev libxrandr-dev         # GLFW / OpenGL headers
  libxinerama-dev libxi-dev libxxf86vm-dev
  xvfb libgl1-mesa-dri                                      # headless X with software GL
  xdotool imagemagick xclip                                 # driving and screenshotting the window
  poppler-utils qpdf                                        # PDF checks
  sqlite3
)
if [ "${1:-}" = --windows ]; then
  PKGS+=(gcc-mingw-w64-x86-64 wine64)                       # Windows cross-build, run under Wine
fi

command -v dpkg-query >/dev/null || die "dpkg-query not found: this script supports Debian/Ubuntu only"

missing=()
for p in "${PKGS[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true)
  [ "${status:0:2}" = "ii" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  log "Debian packages: all ${#PKGS[@]} installed"
else
  log "Debian packages missing: ${missing[*]}"
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "not root and sudo is not installed; install as root: ${missing[*]}"
    SUDO=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  APT_OPTS=(-o DPkg::Lock::Timeout=300)
  aptlog=$(mktemp /tmp/interactions-apt.XXXXXX.log)
  apt_update() {
    log "apt-get update"
    "${SUDO[@]}" apt-get "${APT_OPTS[@]}" update -qq >>"$aptlog" 2>&1
  }
  apt_install() {
    log "apt-get install ${missing[*]}"
    "${SUDO[@]}" apt-get "${APT_OPTS[@]}" install -y -qq --no-install-recommends "${missing[@]}" >>"$aptlog" 2>&1
  }
  # A fresh machine has no package lists yet: update first. Otherwise try the
  # install with the lists we have and update only if that fails.
  if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
    apt_update || { tail -20 "$aptlog" >&2; die "apt-get update failed (log: $aptlog)"; }
  fi
  if ! apt_install; then
    log "install failed, refreshing package lists and retrying"
    { apt_update && apt_install; } || { tail -20 "$aptlog" >&2; die "apt-get install failed (log: $aptlog)"; }
  fi
  rm -f "$aptlog"
  log "Debian packages installed"
fi

# ---------- Go ----------
if ! command -v go >/dev/null && [ -x /usr/local/go/bin/go ]; then
  export PATH=$PATH:/usr/local/go/bin
fi
command -v go >/dev/null || die "Go not found (looked in PATH and /usr/local/go/bin); install Go 1.26 or newer from https://go.dev/dl/"

gover=$(go env GOVERSION)            # e.g. go1.26.8
ver=${gover#go}
major=${ver%%.*}
rest=${ver#*.}
minor=${rest%%[!0-9]*}
if ! [[ $major =~ ^[0-9]+$ && $minor =~ ^[0-9]+$ ]] || (( major < 1 || (major == 1 && minor < 26) )); then
  die "Go $ver found at $(command -v go); Go 1.26 or newer is required"
fi
log "Go $ver ($(command -v go))"

# ---------- Go modules ----------
log "go mod download"
go mod download || die "go mod download failed"
log "done"
