#!/usr/bin/env bash
# test_snapshots.sh SRC BIN: the one-source-twelve-programs mechanism.
#  - the guard resolver works (a synthetic file, resolved for chapters 1 and 3);
#  - no snapshot keeps a guard or chapters.h;
#  - code that a later chapter introduces is absent from chapter 1's snapshot;
#  - every amalgamation compiles alone with -Werror;
#  - every file of code/ is on code/README.md's map and at most 900 lines.
set -uo pipefail
src=$1; bin=$2
passed=0; failed=0
ok()   { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
check() { if eval "$2"; then ok; else fail "$1"; fi; }

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
defs=""; i=1
for name in OBJECT_MODEL INTERNING REFCOUNT CONTAINERS DEL THRESHOLDS GENERATIONS CYCLES GC_REFS WEAKREF POOLS LEAKS; do
    defs="$defs -DCH_$name=$i"; i=$((i + 1))
done
cat > "$tmp/probe.c" <<'C'
#include "chapters.h"
int probe(void)
{
#if CHAPTER >= CH_REFCOUNT
    return 3;
#else
    return 1;
#endif
}
C
for ch in 01 03; do
    python3 tools/snapshot.py $ch "$tmp/ch$ch" "$defs" "$tmp/probe.c" >/dev/null
done
check "chapter 1 keeps the #else branch" "grep -q 'return 1;' $tmp/ch01/probe.c && ! grep -q 'return 3;' $tmp/ch01/probe.c"
check "chapter 3 keeps the #if branch" "grep -q 'return 3;' $tmp/ch03/probe.c && ! grep -q 'return 1;' $tmp/ch03/probe.c"
check "guards and chapters.h are gone" "! grep -q 'CHAPTER\|chapters.h' $tmp/ch01/probe.c"

for dir in "$src"/ch[0-9][0-9]; do
    n=$(basename "$dir")
    check "$n has no chapter guard" "! grep -rq --include='*.[ch]' '#if.*CHAPTER\|CH_[A-Z_]* *[<>=]' $dir"
    check "$n has no chapters.h" "[ ! -e $dir/chapters.h ] && ! grep -rq --include='*.[ch]' 'chapters.h' $dir"
    check "$n keeps code/'s folders" "[ -f $dir/main.c ] && [ -f $dir/core/gc.c ] && [ -f $dir/objects/list.c ] && [ -f $dir/parser/parser.c ] && [ -f $dir/modules/sysmodule.c ]"
    check "$n.c compiles alone" "cc -std=c11 -Wall -Wextra -Werror -pedantic -O0 -o $tmp/$n.bin $src/$n.c -lm -ledit 2>$tmp/$n.log"
done

# Reference counting frees objects from chapter 3 on: the code that does it
# is in ch03's snapshot and not in ch01's.
check "sys.getrefcount absent from chapter 1" "! grep -rq 'sys_getrefcount' $src/ch01"
check "sys.getrefcount present from chapter 3" "grep -rq 'sys_getrefcount' $src/ch03"
check "ch01 and ch03 differ" "! diff -rq --exclude=.stamp $src/ch01 $src/ch03 >/dev/null"
check "build/bin/minipy is chapter 12" "cmp -s $bin/minipy $bin/ch12"

# The layout (issue 12): every file of code/ is on code/README.md's map,
# by its name or its .[ch] pair, and none is over 900 lines.
on_map() {  # FILE: named on the map, alone (`int`) or as a pair (list.[ch])
    local b stem; b=$(basename "$1"); stem=${b%.*}
    grep -qF -e "$b" -e "\`$stem\`" -e "$stem.[ch]" code/README.md
}
for f in $(find code -name '*.[ch]' ! -name chapters.h | sort); do
    check "$f is on code/README.md's map" "on_map $f"
    check "$f is at most 900 lines" "[ \$(wc -l < $f) -le 900 ]"
done

echo "snapshots: $passed passed, $failed failed"
[ $failed -eq 0 ]
