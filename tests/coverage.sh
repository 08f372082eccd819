#!/usr/bin/env bash
# coverage.sh: line and branch coverage of code/ over the test suite
# (`make coverage`). minipy is built with gcc --coverage (build/cov/), put
# in a folder of its own under every program name (ch01..ch12, minipy: the
# chapter-12 runtime answers for each), and that folder is given to the
# suites that run programs: the CPython comparison corpus (scripts and REPL),
# every example of the book, the command line, the REPL on a terminal, and
# the fuzzer's seeds plus whatever `make fuzz` has found (build/fuzz/corpus).
# Their pass/fail verdicts are not the point here (an early chapter's
# example run by the chapter-12 runtime can differ) and are not shown.
# Then gcov (gcc's own) sums lines and branches over every file of code/.
set -uo pipefail
bin=build/cov/bin
mkdir -p $bin
for n in 01 02 03 04 05 06 07 08 09 10 11 12; do ln -sf ../minipy $bin/ch$n; done
ln -sf ../minipy $bin/minipy
find build/cov/obj -name '*.gcda' -delete 2>/dev/null
log=build/cov/suites.log
: > $log
echo "coverage: running the suites with $bin (log: $log)"
python3 tests/run_corpus.py $bin --upto 12 --mode both --program minipy -j 2 >> $log 2>&1
python3 tests/check_examples.py --chapters "$WRITTEN" --bin $bin >> $log 2>&1
bash tests/unit/test_cli.sh $bin >> $log 2>&1
python3 tests/test_repl_tty.py $bin >> $log 2>&1
for f in build/fuzz/seeds/* build/fuzz/corpus/*; do
    [ -f "$f" ] || continue
    timeout 10 $bin/minipy "$f" < /dev/null > /dev/null 2>&1
done
cd build/cov/obj
find . -name '*.gcda' | sed 's|^\./||; s|\.gcda$|.c|' | sort > ../sources.txt
python3 - <<'PY'
import re, subprocess
lines = [0, 0]; branches = [0, 0]; per_file = []
for src in open("../sources.txt").read().split():
    out = subprocess.run(["gcov", "-b", "-n", "-o", src.rsplit("/", 1)[0] if "/" in src else ".",
                          "../../../code/" + src], capture_output=True, text=True).stdout
    block = out.split("File '")
    for b in block[1:]:
        name = b.split("'", 1)[0]
        if not name.endswith("code/" + src):
            continue
        m = re.search(r"Lines executed:([\d.]+)% of (\d+)", b)
        if m:
            n = int(m.group(2)); hit = round(float(m.group(1)) * n / 100)
            lines[0] += hit; lines[1] += n
            per_file.append((float(m.group(1)), src, n))
        m = re.search(r"Taken at least once:([\d.]+)% of (\d+)", b)
        if m:
            n = int(m.group(2)); branches[0] += round(float(m.group(1)) * n / 100); branches[1] += n
per_file.sort()
print("coverage: the least covered files:")
for pct, src, n in per_file[:8]:
    print("  %5.1f%% of %5d lines  code/%s" % (pct, n, src))
print("coverage: lines %.1f%% (%d of %d), branches taken %.1f%% (%d of %d) over %d files of code/"
      % (100 * lines[0] / lines[1], lines[0], lines[1],
         100 * branches[0] / branches[1], branches[0], branches[1], len(per_file)))
PY
