#!/usr/bin/env python3
"""record_corpus.py: record the corpus expectations from a real CPython 3.11.

    tests/record_corpus.py [-k PATTERN] [--python PYTHON] [--check]

For every program tests/corpus/NAME.py, runs `python3 NAME.py` in a scratch
copy of the corpus and writes NAME.out (stdout), NAME.err (stderr) and
NAME.code (exit status); for every NAME.repl, feeds it to `python3 -q -i` and
writes NAME.repl.out, NAME.repl.err and NAME.repl.code. Both are normalised as
tests/run_corpus.py normalises minipy's output (caret-only lines dropped,
`File "NAME.py"` without its directory, ` at 0xADDR`).

Refuses to run unless PYTHON (default `python3`) is CPython 3.11.x: the
expectations are CPython 3.11's behaviour and nothing else.
--check writes nothing: it lists the recordings that would change (exit 1).
"""

import argparse
import concurrent.futures
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_corpus as rc  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-k", dest="pattern", metavar="PATTERN",
                    help="only programs whose name contains PATTERN (or matches a glob)")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; report recordings that differ")
    ap.add_argument("-j", dest="jobs", type=int, default=max(2, os.cpu_count() or 2))
    args = ap.parse_args()

    python, version = rc.python_command(args.python)
    if python is None:
        sys.exit("record_corpus: refusing to record: %s.\n"
                 "The corpus records CPython 3.11's behaviour; pass --python "
                 "/path/to/python3.11 (e.g. a pyenv 3.11 build)." % version)

    programs = rc.discover(args.pattern)
    tests = [(p, m) for p in programs for m in rc.modes_of(p, "both")]
    orphans = [e for e in os.listdir(rc.CORPUS)
               if e.endswith(".repl") and not os.path.exists(
                   os.path.join(rc.CORPUS, e[:-5] + ".py"))]
    if orphans:
        sys.exit("record_corpus: REPL scripts without a program: " + ", ".join(orphans))

    work = rc.copy_corpus()
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(
                lambda t: (t, rc.run_program(python, t[0], t[1], work)), tests))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    changed = 0
    for (program, mode), got in results:
        before = rc.read_expected(program, mode)
        same = before is not None and not rc.compare(before, got)
        if not same:
            changed += 1
            label = program.name + (".py" if mode == "script" else ".repl")
            print("%s %s" % ("differs:" if args.check else "recorded:", label))
            if not args.check:
                rc.write_expected(program, mode, got)
    scripts = sum(1 for _, m in tests if m == "script")
    print("record_corpus: CPython %s, %d programs, %d REPL sessions, %d %s"
          % (version, scripts, len(tests) - scripts, changed,
             "differ" if args.check else "changed"))
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
