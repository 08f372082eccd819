#!/usr/bin/env bash
# chapter-diffs.sh SRC 01 02 ...: SRC/chNN.diff = what chapter NN adds to
# chapter NN-1 (diff -u of the two snapshots). Chapter 1 is the whole program
# and has no diff.
set -uo pipefail
src=$1; shift
prev=""
for n in "$@"; do
    if [ -n "$prev" ]; then
        # Into a temporary file, then renamed only if it changed: `make test`
        # runs suites side by side, and a reader must never see half a diff.
        tmp=$(mktemp "$src/.ch$n.diff.XXXXXX")
        (cd "$src" && diff -ruN --exclude=.stamp "ch$prev" "ch$n") > "$tmp"
        if cmp -s "$tmp" "$src/ch$n.diff"; then rm -f "$tmp"; else mv "$tmp" "$src/ch$n.diff"; fi
    fi
    prev=$n
done
exit 0
