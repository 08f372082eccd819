#!/usr/bin/env python3
"""run_corpus.py: run the CPython-recorded corpus against the chapter programs.

    tests/run_corpus.py BIN_DIR [--upto N] [--mode script|repl|both]
                        [--verify-cpython] [-k PATTERN] [-j JOBS] [-v]

Every program tests/corpus/NAME.py starts with `# chapter: N`: the first
chapter whose runtime it needs. It runs under BIN_DIR/chNN (N two digits),
with the corpus copied to a fresh temporary directory as the working
directory and the relative path NAME.py as its argument, exactly as
record_corpus.py ran python3. Its stdout, stderr and exit status are compared
with NAME.out, NAME.err and NAME.code, written by tests/record_corpus.py from
a real CPython 3.11.

When NAME.repl exists, the program also has a REPL session: the lines of
NAME.repl are fed on stdin to `chNN -q -i`; stdout, stderr (prompts
included, as CPython writes them when stdin is not a terminal) and the exit
status are compared with NAME.repl.out, NAME.repl.err and NAME.repl.code.

Normalisation, applied to the recording and to the run alike:
  - stderr: lines made only of spaces, `~` and `^` (CPython 3.11's caret
    lines under a traceback's source line) are dropped; minipy omits them;
  - stderr: `File "/some/dir/NAME.py"` becomes `File "NAME.py"`;
  - stdout and stderr: ` at 0x7f12...` (an address in a repr) becomes
    ` at 0xADDR`.

--verify-cpython re-runs python3 (when it is 3.11.x) on every selected
program first and fails any whose recording no longer matches CPython.

The last line is exactly `corpus: N passed, M failed` (`, K skipped` is added
when --upto leaves programs out). A test is one program in one mode. The exit
status is 1 when anything failed.
"""

import argparse
import concurrent.futures
import difflib
import fnmatch
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
# The limit of one run, in seconds of CPU time (a program takes well under
# one), so that a machine busy with other work does not fail a test; and, far
# above it, in seconds of waiting, for a run that hangs without computing.
TIMEOUT = 20
WALL_TIMEOUT = 6 * TIMEOUT

CHAPTER_LINE = re.compile(r"#\s*chapter:\s*(\d+)\s*$")
CARET_LINE = re.compile(r"^[ ~^]*[~^][ ~^]*$")
FILE_PATH = re.compile(r'File "(?:[^"\n]*/)?([^"/\n]+)"')
# A warning's "PATH:LINE: SyntaxWarning: ..." names the script by its path.
WARNING_PATH = re.compile(r"^(?:[^\n:]*/)?([^/\n:]+\.py):(\d+): (\w+Warning): ", re.M)
ADDRESS = re.compile(r"\bat 0x[0-9a-fA-F]+")


# ---- normalisation, shared with record_corpus.py ---------------------------

def normalise_stdout(text):
    return ADDRESS.sub("at 0xADDR", text)


def normalise_stderr(text):
    lines = text.split("\n")
    kept = [line for line in lines if not CARET_LINE.match(line)]
    text = "\n".join(kept)
    text = FILE_PATH.sub(r'File "\1"', text)
    text = WARNING_PATH.sub(r"\1:\2: \3: ", text)
    return ADDRESS.sub("at 0xADDR", text)


# ---- the corpus ------------------------------------------------------------

class Program:
    def __init__(self, name, chapter):
        self.name = name          # file stem: 01-print-1
        self.chapter = chapter    # int
        self.has_repl = os.path.exists(os.path.join(CORPUS, name + ".repl"))

    @property
    def file(self):
        return self.name + ".py"


def read_chapter(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    m = CHAPTER_LINE.match(first.strip())
    if not m:
        raise SystemExit("%s: the first line must be `# chapter: N`" % path)
    return int(m.group(1))


def discover(pattern=None):
    """Every program of the corpus (helper_*.py are imported, not run)."""
    programs = []
    for entry in sorted(os.listdir(CORPUS)):
        if not entry.endswith(".py") or entry.startswith("helper_"):
            continue
        name = entry[:-3]
        if pattern and not matches(name, pattern):
            continue
        programs.append(Program(name, read_chapter(os.path.join(CORPUS, entry))))
    return programs


KNOWN = os.path.join(CORPUS, "known-differences.txt")


def read_known_differences():
    """NAME -> why minipy does not print what CPython prints yet.

    Each line of known-differences.txt is `NAME  reason`. A listed program
    that fails is reported as a known difference, not a failure; a listed
    program that passes fails the run, so that the list never outlives the
    difference it names."""
    known = {}
    if os.path.exists(KNOWN):
        with open(KNOWN) as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    name, _, why = line.partition(" ")
                    known[name] = why.strip()
    return known


def matches(name, pattern):
    if any(c in pattern for c in "*?["):
        return fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(name + ".py", pattern)
    return pattern in name


def clean_env():
    """The environment for a run: no PYTHON* variable may change CPython."""
    env = dict((k, v) for k, v in os.environ.items() if not k.startswith("PYTHON"))
    env["LC_ALL"] = "C.UTF-8"
    return env


def copy_corpus():
    """A scratch copy of the corpus: the working directory of every run."""
    work = tempfile.mkdtemp(prefix="corpus-")
    for entry in os.listdir(CORPUS):
        if entry.endswith(".py") or entry.endswith(".repl"):
            shutil.copy(os.path.join(CORPUS, entry), work)
    return work


# ---- running ---------------------------------------------------------------

class Result:
    def __init__(self, stdout, stderr, code):
        self.stdout, self.stderr, self.code = stdout, stderr, code


def run(argv, cwd, stdin_path=None):
    """Run argv in cwd; the normalised stdout, stderr and exit status."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        if not shutil.which(argv[0]):
            raise FileNotFoundError("no such program")
        # prlimit (util-linux), not preexec_fn: the runs start from threads.
        # SIGXCPU ends a run at the limit; no core file is left behind.
        limited = ["prlimit", "--cpu=%d:%d" % (TIMEOUT, TIMEOUT + 5), "--core=0", "--"]
        proc = subprocess.run(limited + argv, cwd=cwd, stdin=stdin, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=clean_env(), timeout=WALL_TIMEOUT)
        out = proc.stdout.decode("utf-8", "replace")
        err = proc.stderr.decode("utf-8", "replace")
        code = proc.returncode
        if code == -signal.SIGXCPU:
            err += "\n[timed out after %d s of CPU time]\n" % TIMEOUT
            code = "timeout"
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        err = (e.stderr or b"").decode("utf-8", "replace") + \
            "\n[timed out after %d s]\n" % WALL_TIMEOUT
        code = "timeout"
    except OSError as e:
        out, err, code = "", "[cannot run %s: %s]\n" % (argv[0], e), "not run"
    finally:
        if stdin_path:
            stdin.close()
    return Result(normalise_stdout(out), normalise_stderr(err), str(code))


def run_program(command, program, mode, cwd):
    """Run one program in one mode with command (a list: the interpreter)."""
    if mode == "script":
        return run(command + [program.file], cwd)
    return run(command + ["-q", "-i"], cwd, os.path.join(cwd, program.name + ".repl"))


def expectation_stem(program, mode):
    base = os.path.join(CORPUS, program.name)
    return base if mode == "script" else base + ".repl"


def read_expected(program, mode):
    stem = expectation_stem(program, mode)
    parts = []
    for ext in (".out", ".err", ".code"):
        try:
            with open(stem + ext, encoding="utf-8", newline="") as f:
                parts.append(f.read())
        except FileNotFoundError:
            return None
    return Result(parts[0], parts[1], parts[2].strip())


def write_expected(program, mode, result):
    stem = expectation_stem(program, mode)
    for ext, text in ((".out", result.stdout), (".err", result.stderr),
                      (".code", result.code + "\n")):
        with open(stem + ext, "w", encoding="utf-8", newline="") as f:
            f.write(text)


SANITIZER_REPORT = re.compile(r"ERROR: (Address|Leak)Sanitizer|runtime error:")


STRESS_SKIP = os.path.join(CORPUS, "stress-skip.txt")


def read_stress_skip():
    """Programs left out of --stress runs (stress-skip.txt: `NAME  reason`)."""
    skip = set()
    if os.path.exists(STRESS_SKIP):
        with open(STRESS_SKIP) as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    skip.add(line.split()[0])
    return skip


def stress_problems(program, expected, got):
    """Under the collector's stress mode (--stress) a program that looks at
    the collector (chapter 6 on) prints other counts, so only chapters 1-5
    must print exactly what CPython prints; every program must end as it
    does under CPython, with no sanitizer report."""
    report = SANITIZER_REPORT.search(got.stderr)
    if report:
        start = max(0, got.stderr.rfind("\n", 0, report.start()))
        return ["sanitizer report:"] + got.stderr[start:].splitlines()[:12]
    if program.chapter <= 5:
        return compare(expected, got)
    if expected.code != got.code:
        return ["exit status: expected %s, got %s" % (expected.code, got.code)]
    return []


def compare(expected, got, max_lines=14):
    """A list of problem lines (empty when they agree)."""
    problems = []
    for what, want, have in (("stdout", expected.stdout, got.stdout),
                             ("stderr", expected.stderr, got.stderr)):
        if want != have:
            diff = list(difflib.unified_diff(
                want.splitlines(), have.splitlines(), "expected " + what,
                "got " + what, n=1, lineterm=""))
            if not diff:   # differ only in a trailing newline
                diff = ["  (%s differs in its final newline)" % what]
            if len(diff) > max_lines:
                diff = diff[:max_lines] + ["  ... (%d more diff lines)" % (len(diff) - max_lines)]
            problems.append(what + " differs:")
            problems.extend("    " + line for line in diff)
    if expected.code != got.code:
        problems.append("exit status: expected %s, got %s" % (expected.code, got.code))
    return problems


# ---- CPython ---------------------------------------------------------------

def python_command(python):
    """[python executable] when `python --version` is 3.11.x, else None and why."""
    try:
        proc = subprocess.run([python, "-c",
                               "import sys; print(sys.version_info[0], sys.version_info[1],"
                               " sys.executable); print(sys.version.split()[0])"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=clean_env(), timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, "cannot run %s: %s" % (python, e)
    if proc.returncode != 0:
        return None, "cannot run %s: %s" % (python, proc.stderr.decode().strip())
    first, version = proc.stdout.decode().splitlines()[:2]
    major, minor, executable = first.split(" ", 2)
    if (major, minor) != ("3", "11"):
        return None, "%s is Python %s, not 3.11.x" % (python, version)
    return [executable or python], version


# ---- main ------------------------------------------------------------------

def modes_of(program, mode):
    modes = []
    if mode in ("script", "both"):
        modes.append("script")
    if mode in ("repl", "both") and program.has_repl:
        modes.append("repl")
    return modes


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("bin_dir", metavar="BIN_DIR", help="directory holding ch01..ch12")
    ap.add_argument("--upto", type=int, default=12, metavar="N",
                    help="only programs whose chapter is <= N (default 12)")
    ap.add_argument("--mode", choices=("script", "repl", "both"), default="both")
    ap.add_argument("--verify-cpython", action="store_true",
                    help="first check the recordings against python3 3.11")
    ap.add_argument("--python", default="python3", help="CPython to verify with")
    ap.add_argument("-k", dest="pattern", metavar="PATTERN",
                    help="only programs whose name contains PATTERN (or matches a glob)")
    ap.add_argument("-j", dest="jobs", type=int, default=max(2, os.cpu_count() or 2))
    ap.add_argument("-v", dest="verbose", action="store_true", help="print passes too")
    ap.add_argument("--stress", action="store_true",
                    help="the collector's stress mode: compare chapters 1-5 in full, the "
                         "rest only for their exit status and sanitizer reports")
    ap.add_argument("--program", metavar="NAME",
                    help="run every program under BIN_DIR/NAME (e.g. minipy, the complete "
                         "runtime) instead of under its own chapter's program")
    args = ap.parse_args()

    programs = discover(args.pattern)
    left_out = read_stress_skip() if args.stress else set()
    selected = [p for p in programs if p.chapter <= args.upto and p.name not in left_out]
    skipped = sum(len(modes_of(p, args.mode)) for p in programs if p not in selected)
    tests = [(p, m) for p in selected for m in modes_of(p, args.mode)]

    work = copy_corpus()
    failures = {}    # (program name, mode) -> [lines]
    try:
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs)

        if args.verify_cpython:
            python, why = python_command(args.python)
            if python is None:
                print("corpus: not verifying against CPython: %s" % why)
            else:
                def verify(test):
                    program, mode = test
                    expected = read_expected(program, mode)
                    if expected is None:
                        return test, ["no recording: run tests/record_corpus.py"]
                    problems = compare(expected, run_program(python, program, mode, work))
                    if problems:
                        problems.insert(0, "the recording no longer matches CPython %s" % why)
                    return test, problems
                print("corpus: verifying the recordings against CPython %s" % why)
                for test, problems in pool.map(verify, tests):
                    if problems:
                        failures[(test[0].name, test[1])] = ["[cpython] " + problems[0]] + problems[1:]

        def check(test):
            program, mode = test
            expected = read_expected(program, mode)
            if expected is None:
                return test, ["no recording: run tests/record_corpus.py"]
            binary = os.path.join(os.path.abspath(args.bin_dir),
                                  args.program or "ch%02d" % program.chapter)
            if not os.access(binary, os.X_OK):
                return test, ["missing program %s" % binary]
            got = run_program([binary], program, mode, work)
            if args.stress:
                return test, stress_problems(program, expected, got)
            return test, compare(expected, got)

        for test, problems in pool.map(check, tests):
            key = (test[0].name, test[1])
            if problems and key in failures:      # the CPython check failed too
                failures[key].append("[%s] %s" % (os.path.basename(args.bin_dir.rstrip("/")) or "bin",
                                                  "run:"))
                failures[key].extend("  " + p for p in problems)
            elif problems:
                failures[key] = problems
        pool.shutdown()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    known = {} if args.stress else read_known_differences()
    passed = 0
    known_failing = 0
    for program, mode in tests:
        key = (program.name, mode)
        label = "%s [%s, %s]" % (program.file if mode == "script" else program.name + ".repl",
                                 mode, args.program or "ch%02d" % program.chapter)
        is_cpython_problem = key in failures and failures[key][0].startswith("[cpython]")
        if program.name in known and not is_cpython_problem:
            if key in failures:
                del failures[key]
                known_failing += 1
                if args.verbose:
                    print("known %s: %s" % (label, known[program.name]))
                continue
            failures[key] = ["listed in tests/corpus/known-differences.txt but passes: "
                             "remove it from the list"]
        if key in failures:
            lines = failures[key]
            print("FAIL %s: %s" % (label, lines[0]))
            for line in lines[1:]:
                print("  " + line)
        else:
            passed += 1
            if args.verbose:
                print("ok   %s" % label)
    if known_failing:
        print("corpus: %d known differences (tests/corpus/known-differences.txt)" % known_failing)
    summary = "corpus: %d passed, %d failed" % (passed, len(failures))
    if skipped:
        summary += ", %d skipped" % skipped
    print(summary)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
