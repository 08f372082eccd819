#!/usr/bin/env bash
# chapter-diffs.sh SRC 01 02 ...: SRC/chNN.diff = what chapter NN adds to
# chapter NN-1 (diff -u of the two snapshots). Chapter 1 is the whole program
# and has no diff.
set -uo pipefail
src=$1; shift
prev=""
for n in "$@"; do
    if [ -n "$prev" ]; then
        (cd "$src" && diff -ruN --exclude=.stamp "ch$prev" "ch$n") > "$src/ch$n.diff"
    fi
    prev=$n
done
exit 0
