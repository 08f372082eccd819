#!/usr/bin/env bash
# test_deep.sh SRC [BIN ASAN_BIN]: chapter 5's promise, under ASan + UBSan. A million-deep
# list, dict, tuple and instance chain are created and freed by the chapter
# 5 program (its amalgamation, built with sanitizers) without a crash; the
# trashcan keeps the C recursion bounded. Also checks the chapter 4 program,
# which has no trashcan yet, is NOT used here: the bound is chapter 5's.
set -uo pipefail
src=$1
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
passed=0; failed=0
cc -std=c11 -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
   -o "$out/ch05-asan" "$src/ch05.c" -lm -ledit || { echo "deep: 0 passed, 1 failed"; exit 1; }
# A small C stack makes unbounded recursion fail fast and for certain.
result=$(ulimit -s 1024; ASAN_OPTIONS=detect_leaks=1 "$out/ch05-asan" "$here/deep/deep_free.py" 2>&1)
if [ "$result" = $'built\nfreed' ]; then
    passed=$((passed + 1))
else
    failed=$((failed + 1)); echo "FAIL: deep_free.py under ASan printed:"; echo "$result" | head -20
fi
# Deep and long source and data (tests/deep/gen_deep.py): python3's
# outcome for each, no signal, no stall. minipy as built, then the
# sanitizer build on the deep ones, then that build with a 1 MB stack,
# where the limits move (the stack guard stops first) but nothing may
# crash.
if [ $# -ge 3 ]; then
    bin=$2; asan=$3
    for run in plain asan small-stack; do
        case $run in
        plain) python3 "$here/deep/gen_deep.py" --bin "$bin/minipy" > "$out/$run.log" ;;
        asan) ASAN_OPTIONS=detect_leaks=1 python3 "$here/deep/gen_deep.py" --bin "$asan/minipy" \
                  --deep-only > "$out/$run.log" ;;
        small-stack) (ulimit -s 1024; ASAN_OPTIONS=detect_leaks=1 python3 "$here/deep/gen_deep.py" \
                  --bin "$asan/minipy" --deep-only --signals-only) > "$out/$run.log" ;;
        esac
        if [ $? -eq 0 ]; then passed=$((passed + 1)); else
            failed=$((failed + 1)); echo "FAIL: deep inputs ($run):"; grep -v '^deep-inputs' "$out/$run.log" | head -20
        fi
    done
fi
echo "deep: $passed passed, $failed failed"
[ $failed -eq 0 ]
