#!/usr/bin/env bash
# write-as-installed.sh FILE... — write each freshly built program again, as
# a copy of itself, the way an installer (install, cp, dpkg) writes it.
#
# go build writes its output through a memory mapping, which leaves the
# program's pages in the page cache one page at a time (1 481 single pages
# for interactions-cli); a file written with write() sits there in large
# folios (93 of them for the same file). Every start of the program maps
# its text from those pages, and from large folios it does so faster:
# `interactions-cli help list` 2.15 -> 1.89 ms, a first page of `list` at a
# million interactions 0.23-0.28 ms shorter (medians of 201 alternating
# whole processes, the same bytes). So the scripts that build programs to
# run or to time them write them as installed, as a user's copy is.
set -euo pipefail
for f in "$@"; do
  cp "$f" "$f.installing"
  mv -f "$f.installing" "$f"
done
