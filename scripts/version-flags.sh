#!/usr/bin/env bash
# version-flags.sh — print the -ldflags that stamp the source revision into
# the program (data.revision, data.revisionTime, data.modified), for builds
# where Go records none itself (GOFLAGS=-buildvcs=false, or no .git folder).
# The About box and `interactions --version` show them.
#
# Usage: go build -ldflags "$(bash scripts/version-flags.sh)" .
# Prints nothing outside a git checkout.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v git >/dev/null && rev=$(git rev-parse HEAD 2>/dev/null) || exit 0
when=$(git log -1 --format=%cI HEAD)
modified=false
[ -z "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] || modified=true
printf -- '-X=interactions/data.revision=%s -X=interactions/data.revisionTime=%s -X=interactions/data.modified=%s\n' \
  "$rev" "$when" "$modified"
