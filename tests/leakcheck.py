#!/usr/bin/env python3
"""leakcheck.py: the reference leak check at exit over many programs.

    leakcheck.py --bin build/bin/minipy [--every K] DIR_OR_FILE...

Each program runs as a script (stdin empty) with MINIPY_LEAKCHECK=1: at
exit, before freeing everything, minipy counts the objects that no cache
of the runtime accounts for (code/core/runtime.c, leak_check) and prints
"minipy: leak check: ..." if there are any. A program passes when that
line is absent and it ended without a signal; its own exit status and
output do not matter here (test-corpus checks those). --every K takes
every K-th program only (make test's slice)."""
import argparse
import concurrent.futures
import os
import subprocess
import sys


def check(binary, path):
    env = dict(os.environ, MINIPY_LEAKCHECK="1")
    try:
        p = subprocess.run([binary, os.path.basename(path)], cwd=os.path.dirname(path) or ".",
                           stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=120)
    except subprocess.TimeoutExpired:
        return "timed out"
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode < 0:
        return "killed by signal %d" % -p.returncode
    at = err.find("minipy: leak check:")
    return err[at:at + 2000] if at >= 0 else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    programs = []
    for p in args.paths:
        if os.path.isdir(p):
            programs += sorted(os.path.join(p, f) for f in os.listdir(p) if not f.startswith("."))
        else:
            programs.append(p)
    programs = programs[::args.every]
    binary = os.path.abspath(args.bin)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda p: (p, check(binary, p)), programs))
    bad = [(p, why) for p, why in results if why]
    for p, why in bad:
        print("leakcheck: %s: %s" % (p, why.rstrip()))
    print("leakcheck: %d programs: %d passed, %d failed" % (len(programs), len(programs) - len(bad), len(bad)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
