"""benchlib.py: what the benchmark runners share.

One run of a program under the launcher tests/bench/measure.c (wall time,
CPU time, peak resident memory, output), the version and real path of the
python3 to compare with, and the rule every runner keeps: both interpreters
must print the same thing, or the benchmark measured two different programs.
"""

import argparse
import glob
import os
import resource
import subprocess
import sys


def children_cpu():
    """User + system seconds of every child waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(launcher, argv, who="bench"):
    """(wall s, CPU s, peak RSS in KiB, stdout) of one run of argv, timed by
    the small C launcher so that the peak is the program's own. The CPU time
    is the growth of this process's children's rusage across the run: the
    launcher waits for the program, so its time is counted there, and the
    launcher's own share is a few hundred microseconds."""
    before = children_cpu()
    proc = subprocess.run([launcher] + argv, capture_output=True)
    cpu = children_cpu() - before
    lines = proc.stderr.decode(errors="replace").splitlines()
    if proc.returncode != 0 or not lines or not lines[-1].startswith("measure: "):
        sys.exit("%s: %s failed (status %d):\n%s" % (
            who, " ".join(argv), proc.returncode, "\n".join(lines[-10:])))
    seconds, peak, _ = lines[-1].split()[1:]
    return float(seconds), cpu, int(peak), proc.stdout


def require_same_output(name, outputs, who="bench"):
    """Exit 1 when the sides ({side: stdout}) printed different things."""
    if len(set(outputs.values())) != 1:
        sys.exit("%s: %s prints different results:\n%s" % (
            who, name,
            "\n".join("  %s: %r" % (side, out[:200]) for side, out in outputs.items())))


def python_version(python):
    out = subprocess.run([python, "-c", "import platform; print(platform.python_version())"],
                         capture_output=True, text=True)
    return out.stdout.strip() or "?"


def python_executable(python):
    """The interpreter itself, not a wrapper such as a pyenv shim (a shell
    script that costs a third of a second per start)."""
    out = subprocess.run([python, "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True)
    return out.stdout.strip() or python


def check_interpreters(who, minipy, python, launcher=None):
    """Exit with a clear message when a program the runner needs is missing."""
    if not os.access(minipy, os.X_OK):
        sys.exit("%s: %s is missing (make programs)" % (who, minipy))
    if subprocess.run(["sh", "-c", 'command -v "$0" >/dev/null', python]).returncode != 0:
        sys.exit("%s: %s not found" % (who, python))
    if launcher is not None and not os.access(launcher, os.X_OK):
        sys.exit("%s: %s is missing (make bench builds it)" % (who, launcher))


def setup(who, description, folder):
    """The options every runner of programs in tests/bench/FOLDER takes
    (--bin, --measure, --python, --runs, --out, -k), checked: the parsed
    arguments, the launcher's path, the label of the python3 compared with,
    the two sides [(name, command)] and the programs to run."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--bin", default="build/bin/minipy")
    ap.add_argument("--measure", default="build/bench/measure",
                    help="the launcher built from tests/bench/measure.c")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", default="build/bench")
    ap.add_argument("-k", dest="pattern", help="only programs whose name contains PATTERN")
    args = ap.parse_args()
    if args.runs < 1:
        sys.exit("%s: --runs must be at least 1" % who)
    check_interpreters(who, args.bin, args.python, args.measure)
    python_label = "python3 " + python_version(args.python)
    sides = [("minipy", [args.bin]), ("python3", [python_executable(args.python)])]
    here = os.path.dirname(os.path.abspath(__file__))
    programs = sorted(glob.glob(os.path.join(here, folder, "*.py")))
    if args.pattern:
        programs = [p for p in programs if args.pattern in os.path.basename(p)]
    if not programs:
        sys.exit("%s: no program matches" % who)
    return args, os.path.abspath(args.measure), python_label, sides, programs
