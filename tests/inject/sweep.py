#!/usr/bin/env python3
"""sweep.py: allocation-failure injection over a few programs.

    sweep.py --bin build/inject/minipy [--step K] PROGRAM...

PROGRAM is a .py file run as a script, or a .txt file fed to the REPL on
stdin (minipy -q). The binary is minipy built with -DMINIPY_FAIL_ALLOC under
ASan + UBSan (core/memory.c): a first run with MINIPY_FAIL_AT=0 counts the
program's allocations; then for every K-th point N (N = 1, 1+K, ..., and
the last) a run with MINIPY_FAIL_AT=N must end as CPython ends when memory
runs out: "MemoryError" on stderr, no signal, no sanitizer report
(LeakSanitizer's included), within the timeout; and exit status 1, unless
the MemoryError was an ordinary exception that did not end the program:
reported by the REPL, which goes on to its next statement, or reported as
"Exception ignored in" (raised in a __del__ or a callback), then status 0
as in CPython. One more ending is right: the runtime recovered from the
failure the way CPython does, without a trace, and the program ran exactly
as without it (status 0, stdout and stderr byte for byte those of the run
that failed nothing). CPython's constant folder does this: a fold whose
MemoryError it clears (ast_opt.c's make_const) is left for run time, where
the allocation succeeds."""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

TIMEOUT = 30
SANITIZER = re.compile(r"ERROR: (Address|Leak)Sanitizer|runtime error:|SUMMARY: UndefinedBehavior")


def run(binary, program, fail_at):
    env = dict(os.environ, MINIPY_FAIL_AT=str(fail_at), MINIPY_MALLOC="malloc",
               ASAN_OPTIONS="detect_leaks=1:abort_on_error=0",
               UBSAN_OPTIONS="print_stacktrace=1")
    if program.endswith(".txt"):
        with open(program, "rb") as f:
            stdin = f.read()
        args = [binary, "-q"]
    else:
        stdin, args = b"", [binary, program]
    try:
        p = subprocess.run(args, input=stdin, capture_output=True, env=env, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "timed out after %d s" % TIMEOUT
    return p.returncode, p.stderr.decode("utf-8", "replace"), p.stdout


def without_count(err):
    """stderr without the counting run's "minipy: N allocations" line."""
    return re.sub(r"minipy: \d+ allocations\n", "", err)


def verdict(binary, program, fail_at, clean):
    status, err, out = run(binary, program, fail_at)
    if status is None:
        return err
    if status < 0:
        return "killed by signal %d\n%s" % (-status, err[-3000:])
    if SANITIZER.search(err):
        return "sanitizer report\n" + err[-3000:]
    if "MemoryError" not in err:
        if status == 0 and (err, out) == clean:
            return None     # recovered as CPython recovers: nothing changed
        return "status %d without MemoryError\n%s" % (status, err[-2000:])
    went_on = program.endswith(".txt") or "Exception ignored in" in err
    if status != 1 and not (status == 0 and went_on):
        return "status %d after MemoryError\n%s" % (status, err[-2000:])
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--step", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("programs", nargs="+")
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)
    failed = points = runs = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for program in args.programs:
            status, err, out = run(binary, program, 0)
            m = re.search(r"minipy: (\d+) allocations", err)
            if status is None or status < 0 or SANITIZER.search(err) or not m:
                print("inject: %s: the counting run failed (status %s)\n%s" % (program, status, err[-2000:]))
                failed += 1
                continue
            total = int(m.group(1))
            points += total
            chosen = sorted(set(range(1, total + 1, args.step)) | {total})
            runs += len(chosen)
            clean = (without_count(err), out)
            results = pool.map(lambda n: (n, verdict(binary, program, n, clean)), chosen)
            bad = [(n, why) for n, why in results if why]
            for n, why in bad[:5]:
                print("inject: %s: MINIPY_FAIL_AT=%d: %s" % (program, n, why))
            failed += len(bad)
            print("inject: %s: %d allocations, %d runs, %d bad" % (program, total, len(chosen), len(bad)))
    print("inject: %d injection points, %d runs: %d passed, %d failed" % (points, runs, runs - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
