#!/usr/bin/env bash
# snapshot.sh NN OUTDIR "DEFS" FILES...
# Writes chapter NN's clean sources: each file of code/ with every
# `#if CHAPTER >= CH_xxx` guard resolved by unifdef, and the include of
# chapters.h removed, at the same place under OUTDIR as under code/
# (code/objects/list.c -> OUTDIR/objects/list.c; a file outside code/ goes
# to OUTDIR itself). Files are rewritten only when their text changes.
set -euo pipefail
chapter=$((10#$1)); out=$2; defs=$3; shift 3
mkdir -p "$out"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
stamp="$out/.stamp"
for file in "$@"; do
    rel=${file#code/}; [ "$rel" != "$file" ] || rel=${file##*/}
    dest="$out/$rel"
    # Unchanged since the last snapshot (and so was this script): skip.
    if [ -e "$dest" ] && [ "$stamp" -nt "$file" ] && [ "$stamp" -nt "$0" ]; then continue; fi
    # unifdef exits 0 (unchanged) or 1 (changed); 2 means trouble.
    # shellcheck disable=SC2086
    unifdef -DCHAPTER=$chapter $defs -o "$tmp" "$file" || [ $? -eq 1 ]
    sed -i '/^#include "chapters.h"$/d' "$tmp"
    if grep -q '^\s*#\s*\(if\|elif\).*\(CHAPTER\|CH_[A-Z]\)' "$tmp"; then
        echo "snapshot.sh: unresolved chapter guard in $file" >&2; exit 2
    fi
    [ -d "${dest%/*}" ] || mkdir -p "${dest%/*}"
    cmp -s "$tmp" "$dest" 2>/dev/null || cp "$tmp" "$dest"
done
# Drop files that no longer exist in code/ (no process per name: this
# runs for every file of every chapter).
declare -A wanted=()
for file in "$@"; do
    rel=${file#code/}; [ "$rel" != "$file" ] || rel=${file##*/}
    wanted[$rel]=1
done
for dest in "$out"/*.[ch] "$out"/*/*.[ch]; do
    [ -e "$dest" ] || continue
    [ -n "${wanted[${dest#"$out"/}]:-}" ] || rm -f "$dest"
done
