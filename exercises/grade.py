#!/usr/bin/env python3
"""grade.py: grade the book's exercises (see exercises/README.md).

    grade.py [grade] [EX ...] [--hint] [--reveal]   grade all exercises, or those named
    grade.py hint EX [--tier N]                     show the next hint (or tier N)
    grade.py watch EX                               re-grade EX whenever its answer changes
    grade.py selftest [EX ...]                      reference scores full marks, starter fails
    grade.py list                                   the exercises and their titles
    grade.py answers EX                             (authors) predict EX's answers, from a run

EX is an exercise id (`01-2`) or a chapter (`01`: all of its exercises).
Options: --root DIR (the repository; default: the parent of exercises/),
--timeout SECONDS (per program run, default 10; an exercise's own
"timeout" applies when it is larger).

The grader never writes into exercises/: every answer is copied into a
temporary directory and graded there. It writes build/grade/results.json
(the last result of every exercise graded) and build/grade/hints.json (which
hint tiers were shown).

Environment: CC (default cc), GRADE_CFLAGS (default "-O0 -g"),
GRADE_SANITIZE=0 to build learners' code without ASan/UBSan.
"""
import argparse
import datetime
import hashlib
import importlib.util
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

KINDS = ("implement", "fix", "predict", "program", "lab")
# The flags every snapshot must compile with (the top Makefile's CSTD).
CSTD = ["-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic"]
UNANSWERED = "?"
NOT_RUN = "not run"


# ---------------------------------------------------------------- small helpers

def quote(text, limit=120):
    """Show program output inline: lines joined by ' / ', in backquotes."""
    lines = text.split("\n") if text else []
    shown = " / ".join(lines) if lines else "(nothing)"
    if len(shown) > limit:
        shown = shown[:limit - 3] + "..."
    return "`%s`" % shown if lines else shown


def normalize(text):
    """Output as compared: runs of blanks become one space, trailing blanks and
    leading/trailing empty lines go, and addresses (0x7f...) are masked, since
    they differ from run to run."""
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return re.sub(r"0x[0-9a-fA-F]{4,}", "0x...", "\n".join(lines))


# Predictions are compared after normalize() and then this: blanks next to
# these punctuation marks go, so `[1,2]` matches `[1, 2]` (but `12` is not `1 2`).
LOOSE_BLANKS = re.compile(r" ?([,:\[\]{}()]) ?")


def loosen(text):
    """A normalized prediction (or output) as predictions are compared: without
    the blanks next to , : [ ] { } ( ) in any line."""
    return "\n".join(LOOSE_BLANKS.sub(r"\1", line) for line in text.split("\n"))


def now_iso():
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()


def signal_name(number):
    try:
        return signal.Signals(number).name
    except ValueError:
        return "signal %d" % number


class ExerciseError(Exception):
    """The exercise itself is broken (bad exercise.json, missing file): an
    author's problem, never the learner's."""


# ---------------------------------------------------------------- the setting

class Env:
    """Where things are: the repository root and what lives under it."""

    def __init__(self, root, timeout=10.0):
        self.root = os.path.abspath(root)
        self.exercises = os.path.join(self.root, "exercises")
        self.state = os.path.join(self.root, "build", "grade")
        self.timeout = timeout
        self.cc = os.environ.get("CC") or "cc"
        self.cflags = shlex.split(os.environ.get("GRADE_CFLAGS", "-O0 -g"))
        self._sanitize = None
        self._extract = None
        self._python = None

    def src(self, chapter):
        return os.path.join(self.root, "build", "src", "ch" + chapter)

    def binary(self, chapter):
        return os.path.join(self.root, "build", "bin", "ch" + chapter)

    def rel(self, path):
        return os.path.relpath(path, self.root)

    def tool(self, name):
        """tools/NAME.py, imported: the same code the build and the book use."""
        path = os.path.join(self.root, "tools", name + ".py")
        sys.dont_write_bytecode = True      # no __pycache__ in tools/
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    @property
    def extract(self):
        """tools/extract.py: the same cutting the book's listings use."""
        if self._extract is None:
            self._extract = self.tool("extract")
        return self._extract

    @property
    def sanitize(self):
        """ASan/UBSan flags, if this compiler and machine can run them."""
        if self._sanitize is None:
            self._sanitize = []
            if os.environ.get("GRADE_SANITIZE", "1") != "0":
                flags = ["-fsanitize=address,undefined", "-fno-sanitize-recover=all",
                         "-fno-omit-frame-pointer"]
                with tempfile.TemporaryDirectory() as tmp:
                    c = os.path.join(tmp, "probe.c")
                    with open(c, "w") as f:
                        f.write("int main(void) { return 0; }\n")
                    exe = os.path.join(tmp, "probe")
                    try:
                        ok = subprocess.run([self.cc] + flags + ["-o", exe, c],
                                            capture_output=True, timeout=60).returncode == 0 \
                            and subprocess.run([exe], capture_output=True, timeout=30,
                                               env=run_env()).returncode == 0
                    except (OSError, subprocess.TimeoutExpired):
                        ok = False
                    if ok:
                        self._sanitize = flags
        return self._sanitize

    @property
    def cpython(self):
        """The python3 to compare with, when it is CPython 3.11 (else None)."""
        if self._python is None:
            self._python = ""
            exe = shutil.which("python3")
            if exe:
                try:
                    out = subprocess.run(
                        [exe, "-c", "import sys, platform; print(platform.python_implementation(),"
                         " *sys.version_info[:2])"], capture_output=True, text=True,
                        timeout=30).stdout.split()
                    if out == ["CPython", "3", "11"]:
                        self._python = exe
                except (OSError, subprocess.TimeoutExpired):
                    pass
        return self._python or None


def run_env():
    env = dict(os.environ)
    # Leak reports depend on the machine (ptrace); minipy frees its objects at
    # exit anyway. Make a sanitizer report end the run with a clear status.
    env["ASAN_OPTIONS"] = "detect_leaks=0:abort_on_error=0:exitcode=86"
    env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1:exitcode=86"
    env["PYTHONHASHSEED"] = "0"
    return env


# ---------------------------------------------------------------- running programs

class Run:
    """One run of a program: what it printed and how it ended."""

    def __init__(self, stdout="", stderr="", status=0, timed_out=False):
        self.stdout, self.stderr, self.status, self.timed_out = stdout, stderr, status, timed_out

    def error_line(self):
        """The last line of stderr: `Type: message` after a traceback."""
        lines = [l for l in self.stderr.split("\n") if l.strip()]
        return lines[-1].strip() if lines else ""

    def failure(self, seconds):
        """Why the run went wrong, in words that follow "your program", or None
        if it ended normally (a minipy exception is a normal end: it is part
        of the output)."""
        # A sanitizer report that began before the deadline is a crash, even
        # if printing its stack (symbolizing) ran past the deadline on a busy
        # machine.
        if self.status == 86 or "Sanitizer" in self.stderr or "runtime error:" in self.stderr:
            return "crashed: " + sanitizer_summary(self.stderr)
        if self.timed_out:
            return "gave no result within %g s (an endless loop?)" % seconds
        if self.status < 0:
            return "crashed (%s)" % signal_name(-self.status)
        return None

    def observed(self, mode="script"):
        """What a reader would see: stdout, then the error line if the program
        stopped with an exception."""
        out = self.stdout
        if mode == "repl":
            # Prompts go to stderr when stdin is not a terminal; keep only the
            # `Type: message` lines of the tracebacks there.
            errors = [re.sub(r"^((>>>|\.\.\.) ?)+", "", l) for l in self.stderr.split("\n")]
            errors = [l for l in errors if re.match(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Iteration)\b", l)]
            return normalize("\n".join([out] + errors))
        if self.status != 0:
            out = (out.rstrip("\n") + "\n" if out else "") + self.error_line()
        return normalize(out)


def sanitizer_summary(stderr):
    """`heap-buffer-overflow (in list_compare, answer.c:12)` from an ASan or
    UBSan report: what went wrong and the innermost frame with a file."""
    what = ""
    m = re.search(r"ERROR: AddressSanitizer: ([\w-]+)", stderr)
    if m:
        what = m.group(1)
    m = re.search(r"runtime error: (.*)", stderr)
    if m and not what:
        what = "undefined behaviour: " + m.group(1).strip()
    frames = re.findall(r"#\d+ 0x[0-9a-f]+ in (\w+) ([^\s:()]+):(\d+)", stderr)
    where = ""
    if frames:
        func, path, line = frames[0]
        where = " (in %s, %s:%s)" % (func, os.path.basename(path), line)
    return (what or "a sanitizer report") + where


def run(argv, timeout, stdin=None, cwd=None):
    try:
        p = subprocess.run(argv, input=stdin, capture_output=True, timeout=timeout,
                           cwd=cwd, env=run_env())
    except subprocess.TimeoutExpired as e:
        return Run(decode(e.stdout), decode(e.stderr), -1, timed_out=True)
    return Run(decode(p.stdout), decode(p.stderr), p.returncode)


def decode(data):
    if data is None:
        return ""
    return data.decode("utf-8", "replace") if isinstance(data, bytes) else data


def run_snippet(exe_argv, code, workdir, name, mode, timeout):
    """Run minipy (or python3) code as a script file, or typed at the REPL."""
    if mode == "repl":
        return run(exe_argv + ["-q", "-i"], timeout, stdin=code.encode(), cwd=workdir)
    path = os.path.join(workdir, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(code)
    return run(exe_argv + [name], timeout, cwd=workdir)


# ---------------------------------------------------------------- exercises

class Exercise:
    def __init__(self, path):
        self.dir = path
        meta_path = os.path.join(path, "exercise.json")
        try:
            with open(meta_path, encoding="utf-8") as f:
                self.meta = json.load(f)
        except (OSError, ValueError) as e:
            raise ExerciseError("%s: %s" % (meta_path, e))
        m = self.meta
        for key in ("id", "title", "kind", "chapter", "points", "answer", "checks"):
            if key not in m:
                raise ExerciseError("%s: no %r" % (meta_path, key))
        if m["kind"] not in KINDS:
            raise ExerciseError("%s: kind %r is not one of %s" % (meta_path, m["kind"], ", ".join(KINDS)))
        if m["kind"] in ("implement", "fix") and "function" not in m:
            raise ExerciseError("%s: an %s exercise names its \"function\"" % (meta_path, m["kind"]))
        self.id, self.title, self.kind = m["id"], m["title"], m["kind"]
        self.chapter, self.points = m["chapter"], m["points"]
        self.answer = m["answer"]
        self.checks = m["checks"]
        self.timeout = m.get("timeout")

    def path(self, name):
        return os.path.join(self.dir, name)

    def read(self, name):
        try:
            with open(self.path(name), encoding="utf-8") as f:
                return f.read()
        except OSError as e:
            raise ExerciseError("%s: %s" % (self.path(name), e.strerror))

    def answer_text(self):
        with open(self.path(self.answer), encoding="utf-8") as f:
            return f.read()

    def hints(self):
        names = sorted((n for n in os.listdir(self.path("hints")) if re.match(r"^\d+\.md$", n)),
                       key=lambda n: int(n[:-3])) if os.path.isdir(self.path("hints")) else []
        return [self.path("hints/" + n) for n in names]

    def snippet_code(self, check):
        return check["code"] + "\n" if "code" in check else self.read(check["file"])


def run_limit(env, ex):
    """Seconds allowed per program run: --timeout (make's TIMEOUT=) or the
    exercise's own "timeout", whichever is larger."""
    return max(ex.timeout or 0, env.timeout)


def load_exercises(env):
    found = []
    if not os.path.isdir(env.exercises):
        return found
    for chapter in sorted(os.listdir(env.exercises)):
        cdir = os.path.join(env.exercises, chapter)
        if not os.path.isdir(cdir) or not re.match(r"^\d\d-", chapter):
            continue
        for name in sorted(os.listdir(cdir)):
            if os.path.isfile(os.path.join(cdir, name, "exercise.json")):
                found.append(Exercise(os.path.join(cdir, name)))
    found.sort(key=lambda e: [int(p) if p.isdigit() else p for p in e.id.split("-")])
    return found


def select(exercises, wanted):
    if not wanted:
        return exercises
    chosen = []
    for w in wanted:
        match = [e for e in exercises if e.id == w or e.id.startswith(w.rstrip("-") + "-")]
        if not match:
            sys.exit("grade: no exercise %s (`make grade-list` lists them all)" % w)
        chosen += [e for e in match if e not in chosen]
    return chosen


# ---------------------------------------------------------------- results

class Check:
    """One check. `score` (0..1) is the share of its weight earned, for the
    lab's scored traces; other checks earn all of it or nothing."""

    def __init__(self, name, weight, passed, message="", score=None):
        self.name, self.weight, self.passed, self.message = name, weight, passed, message
        self.score = (1.0 if passed else 0.0) if score is None else score

    def as_json(self):
        out = {"name": self.name, "weight": self.weight, "passed": self.passed,
               "message": self.message}
        if self.score not in (0.0, 1.0):
            out["score"] = round(self.score, 3)
        return out


class Result:
    def __init__(self, ex, checks, note=""):
        self.ex, self.checks, self.note = ex, checks, note
        total = sum(c.weight for c in checks) or 1
        earned = sum(c.weight * c.score for c in checks)
        self.max = ex.points
        self.points = round(ex.points * earned / total, 1)
        if self.points == int(self.points):
            self.points = int(self.points)
        self.passed = bool(checks) and all(c.passed for c in checks)

    def first_failure(self):
        for c in self.checks:
            if not c.passed:
                return c.message
        return self.note

    def as_json(self):
        return {"title": self.ex.title, "kind": self.ex.kind, "points": self.points,
                "max": self.max, "passed": self.passed, "graded_at": now_iso(),
                "first_failure": "" if self.passed else self.first_failure(),
                "checks": [c.as_json() for c in self.checks]}


def weight(check):
    return check.get("points", 1)


def check_name(check, index, word):
    if "name" in check:
        return check["name"]
    return "%s %d" % (word, index)


def describe(ex, check, name):
    """`snippet 3 (lists of different lengths)`, or with the code when short."""
    label = name
    if "about" in check:
        label += " (%s)" % check["about"]
    elif "code" in check and "\n" not in check["code"].strip() and len(check["code"]) <= 60:
        label += " `%s`" % check["code"].strip()
    return label


# ---------------------------------------------------------------- kind: predict

def parse_predictions(text):
    """predictions.txt: `[N]` starts the answer for snippet N; lines starting
    with `#` are comments. Returns {N: answer text}."""
    answers, current = {}, None
    for line in text.split("\n"):
        m = re.match(r"^\s*\[(\d+)\]\s*$", line)
        if m:
            current = int(m.group(1))
            answers[current] = []
        elif line.startswith("#"):
            continue
        elif current is not None:
            answers[current].append(line)
    return {n: normalize("\n".join(lines)) for n, lines in answers.items()}


def reference_outputs(env, ex, tmp):
    """Snippet number -> what the chapter program prints for it (a Run)."""
    exe = env.binary(ex.chapter)
    if not os.path.exists(exe):
        raise ExerciseError("%s is missing: run `make programs`" % env.rel(exe))
    runs = {}
    for i, check in enumerate(ex.checks, 1):
        if "file" in check or "code" in check:
            runs[i] = run_snippet([exe], ex.snippet_code(check), tmp, "snippet%d.py" % i,
                                  check.get("mode", "script"), run_limit(env, ex))
    return runs


def grade_predict(env, ex, answer, tmp, reveal=False):
    expected = reference_outputs(env, ex, tmp)
    predictions = parse_predictions(answer)
    checks = []
    for i, check in enumerate(ex.checks, 1):
        name = describe(ex, check, check_name(check, i, "snippet"))
        r = expected[i]
        trouble = r.failure(run_limit(env, ex))
        if trouble:
            raise ExerciseError("%s: the chapter program %s" % (name, trouble))
        want = r.observed(check.get("mode", "script"))
        got = predictions.get(i)
        if got is None:
            checks.append(Check(name, weight(check), False,
                                "%s: no [%d] section in %s" % (name, i, ex.answer)))
            continue
        if got in ("", UNANSWERED):
            checks.append(Check(name, weight(check), False, "%s: no prediction yet (still `?`)" % name))
            continue
        if loosen(got) == loosen(want):
            checks.append(Check(name, weight(check), True))
            continue
        if reveal:
            msg = "%s: you predicted %s, it prints %s" % (name, quote(got), quote(want))
        else:
            g, w = got.split("\n"), want.split("\n")
            wrong = [k for k in range(min(len(g), len(w))) if loosen(g[k]) != loosen(w[k])]
            if wrong:
                msg = "%s: line %d of your prediction (%s) is not what it prints" % (
                    name, wrong[0] + 1, quote(g[wrong[0]]))
            else:
                msg = "%s: it prints %d line%s, you predicted %d" % (
                    name, len(w), "" if len(w) == 1 else "s", len(g))
        checks.append(Check(name, weight(check), False, msg))
    return checks


def predictions_from_runs(ex, runs):
    """A predictions.txt holding exactly what the chapter program prints."""
    parts = ["# Reference predictions for %s, as printed by build/bin/ch%s." % (ex.id, ex.chapter)]
    for i, check in enumerate(ex.checks, 1):
        parts.append("[%d]\n%s\n" % (i, runs[i].observed(check.get("mode", "script"))))
    return "\n".join(parts)


# ---------------------------------------------------------------- kind: implement / fix

def compile_error(text, tmp):
    """The first error line of a compiler's output, with temp paths removed."""
    text = text.replace(tmp + "/src/", "").replace(tmp + "/", "")
    lines = text.split("\n")
    for line in lines:
        if re.search(r"\b(error|fatal error)\b:|undefined reference|multiple definition", line):
            return line.strip()
    rest = [l.strip() for l in lines if l.strip()]
    return rest[0] if rest else "(no message)"


def make_builder(env):
    """tools/cbuild.py's Builder: compiles a snapshot whose one function was
    replaced. The file that holds it is compiled alone, never cached; the
    other .c files in cbuild's unity groups, whose objects are cached in
    build/grade/objects by the group's text and the flags: the first
    exercise of a chapter compiles its groups, the next ones only the group
    their file was taken from, and a re-grade one file. A static helper that
    the reference calls and an answer does not is not the learner's fault:
    unused functions are no error here."""
    flags = CSTD + ["-Wno-unused-function"] + env.cflags + env.sanitize
    return env.tool("cbuild").Builder(env.cc, flags, os.path.join(env.state, "objects"))


def reference_function(env, ex):
    """The function as the chapter snapshot has it: the reference answer."""
    found = env.extract.locate(env.src(ex.chapter), ex.meta["function"])
    if not found:
        raise ExerciseError("no function %s in %s" % (ex.meta["function"],
                                                      env.rel(env.src(ex.chapter))))
    _, lines, (start, end) = found
    return "\n".join(lines[start:end]) + "\n"


def grade_implement(env, ex, answer, tmp):
    fn = ex.meta["function"]
    src = env.src(ex.chapter)
    ref_exe = env.binary(ex.chapter)
    for path in (src, ref_exe):
        if not os.path.exists(path):
            raise ExerciseError("%s is missing: run `make programs`" % env.rel(path))
    compile_check = Check("compile", 0, False)
    checks = [compile_check]
    # 1. The answer must define the function.
    if not env.extract.find_function(answer.split("\n"), fn):
        compile_check.message = "%s does not define the function %s()" % (ex.answer, fn)
        return checks + [Check(check_name(c, i, "snippet"), weight(c), False, NOT_RUN)
                         for i, c in enumerate(ex.checks, 1)]
    # 2. Put it in place of the reference in a copy of the snapshot. #line
    # makes compiler messages point into answer.c, and after it back into
    # the snapshot's own numbering.
    work = os.path.join(tmp, "src")
    shutil.copytree(src, work, ignore=shutil.ignore_patterns(".*"))
    found = env.extract.locate(work, fn)
    if not found:
        raise ExerciseError("no function %s in %s" % (fn, env.rel(src)))
    path, _, (_start, end) = found
    wrapped = os.path.join(tmp, "answer-wrapped.c")
    with open(wrapped, "w", encoding="utf-8") as f:
        f.write('#line 1 "%s"\n%s\n#line %d "%s"\n' % (
            ex.answer, answer.rstrip("\n"), end + 1, os.path.basename(path)))
    p = subprocess.run([sys.executable, os.path.join(env.root, "tools", "extract.py"),
                        work, fn, "--replace", wrapped], capture_output=True, text=True)
    if p.returncode != 0:
        raise ExerciseError("extract.py --replace failed: " + p.stderr.strip())
    # 3. Compile.
    exe = os.path.join(tmp, "minipy-answer")
    builder = make_builder(env)
    err = builder.build(work, exe, os.path.basename(path))
    if err is not None:
        compile_check.message = "%s does not compile: %s" % (ex.answer, compile_error(err, tmp))
        return checks + [Check(check_name(c, i, "snippet"), weight(c), False, NOT_RUN)
                         for i, c in enumerate(ex.checks, 1)]
    compile_check.passed = True
    # 4. The checks: snippets against the reference program, C drivers.
    runs_dir = os.path.join(tmp, "runs")
    os.makedirs(runs_dir)
    seconds = run_limit(env, ex)
    for i, check in enumerate(ex.checks, 1):
        if "driver" in check:
            name = check_name(check, i, "test")
            label = describe(ex, check, name)
            dexe = os.path.join(tmp, "driver%d" % i)
            err = builder.build(work, dexe, os.path.basename(path),
                                extra_c=[ex.path(check["driver"])], drop=("main.c",))
            if err is not None:
                raise ExerciseError("%s: the test driver does not compile: %s"
                                    % (name, compile_error(err, tmp)))
            r = run([dexe], seconds, cwd=runs_dir)
            trouble = r.failure(seconds)
            if trouble:
                checks.append(Check(label, weight(check), False, "%s: %s" % (label, trouble)))
            elif r.status != 0:
                said = [l for l in (r.stdout + "\n" + r.stderr).split("\n") if l.strip()]
                fail = [l for l in said if l.lstrip().startswith("FAIL")]
                line = (fail or said or ["exit status %d" % r.status])[0].strip()
                # The driver's own `FAIL` would repeat the word of the report.
                line = re.sub(r"^FAIL\b:?\s*", "", line) or line
                checks.append(Check(label, weight(check), False, "%s: %s" % (label, line)))
            else:
                checks.append(Check(label, weight(check), True))
            continue
        name = check_name(check, i, "snippet")
        label = describe(ex, check, name)
        code, mode = ex.snippet_code(check), check.get("mode", "script")
        want_run = run_snippet([ref_exe], code, runs_dir, "snippet%d.py" % i, mode, seconds)
        if want_run.failure(seconds):
            raise ExerciseError("%s: the reference program %s" % (name, want_run.failure(seconds)))
        got_run = run_snippet([exe], code, runs_dir, "snippet%d.py" % i, mode, seconds)
        trouble = got_run.failure(seconds)
        want, got = want_run.observed(mode), got_run.observed(mode)
        if trouble:
            checks.append(Check(label, weight(check), False, "%s: your program %s" % (label, trouble)))
        elif got != want:
            checks.append(Check(label, weight(check), False, "%s: expected %s, your program printed %s"
                                % (label, quote(want), quote(got))))
        else:
            checks.append(Check(label, weight(check), True))
    return checks


# ---------------------------------------------------------------- kind: program

def grade_program(env, ex, answer, tmp, exe_argv=None):
    exe_argv = exe_argv or [env.binary(ex.chapter)]
    if not os.path.exists(exe_argv[0]):
        raise ExerciseError("%s is missing: run `make programs`" % env.rel(exe_argv[0]))
    seconds = run_limit(env, ex)
    base = answer if answer.endswith("\n") else answer + "\n"
    main_run = run_snippet(exe_argv, base, tmp, "program.py", "script", seconds)
    checks = []
    for i, check in enumerate(ex.checks, 1):
        name = check_name(check, i, "check")
        label = describe(ex, check, name)
        w = weight(check)
        if "runs" in check:
            trouble = main_run.failure(seconds)
            if trouble:
                checks.append(Check(label, w, False, "%s: %s %s" % (label, ex.answer, trouble)))
            elif main_run.status != 0:
                checks.append(Check(label, w, False, "%s: %s stops with %s" % (
                    label, ex.answer, quote(main_run.error_line()))))
            else:
                checks.append(Check(label, w, True))
        elif "source_requires" in check or "source_forbids" in check:
            # Comments do not count: a rule reads the code.
            code = "\n".join(re.sub(r"#.*", "", l) for l in answer.split("\n"))
            if "source_requires" in check:
                n = len(re.findall(check["source_requires"], code, re.M))
                need = check.get("count", 1)
                ok = n >= need
                why = check.get("message", "%s must match /%s/ at least %d time%s" % (
                    ex.answer, check["source_requires"], need, "" if need == 1 else "s"))
            else:
                ok = re.search(check["source_forbids"], code, re.M) is None
                why = check.get("message", "%s must not match /%s/" % (ex.answer, check["source_forbids"]))
            checks.append(Check(label, w, ok, "" if ok else "%s: %s" % (label, why)))
        elif "output_matches" in check:
            ok = main_run.failure(seconds) is None and any(
                re.search(check["output_matches"], l) for l in main_run.stdout.split("\n"))
            why = check.get("message", "no line of the output matches /%s/" % check["output_matches"])
            checks.append(Check(label, w, ok, "" if ok else "%s: %s" % (label, why)))
        elif "probe" in check:
            # Run the program with the probe appended; the probe's last
            # output line must be the expected one.
            r = run_snippet(exe_argv, base + check["probe"].rstrip("\n") + "\n", tmp,
                            "probe%d.py" % i, "script", seconds)
            trouble = r.failure(seconds)
            lines = r.stdout.rstrip("\n").split("\n")
            got = r.error_line() if r.status != 0 else lines[-1].strip()
            ok = not trouble and r.status == 0 and got == check["expect"]
            if ok:
                checks.append(Check(label, w, True))
            else:
                why = check.get("message", "after your program, `%s` must print `%s`" % (
                    check["probe"].strip(), check["expect"]))
                checks.append(Check(label, w, False, "%s: %s; it printed %s" % (
                    label, why, trouble or quote(got))))
        else:
            raise ExerciseError("%s: unknown check %s" % (name, json.dumps(check)))
    return checks


# ---------------------------------------------------------------- kind: lab

# A lab exercise (the malloc lab, 11-3): the answer is a whole allocator,
# mm.c, compiled with the exercise's lab/mdriver.c and replayed on each of
# its traces. A trace is scored against the reference allocator
# (reference/mm.c) on the same trace: U = utilisation (peak bytes live /
# bytes taken from mem_sbrk) over the reference's, S = the reference's
# instructions inside mm_* over the answer's (counted by callgrind, so that
# the score is the same on every run), each capped at 1; the trace earns
# U x (LAB_UTIL + LAB_SPEED x S) of its weight. A trace on which the
# driver finds a wrong block earns 0.
LAB_UTIL, LAB_SPEED = 0.6, 0.4
LAB_STATIC_MAX = 4096       # bytes of .data and .bss an answer may keep


def lab_build(env, ex, source, tmp, name, flags):
    """(executable, None) or (None, the compiler's first error)."""
    lab = ex.path("lab")
    src = os.path.join(tmp, name + ".c")
    with open(src, "w", encoding="utf-8") as f:
        f.write('#line 1 "%s"\n%s' % (ex.answer, source))
    exe = os.path.join(tmp, name)
    p = subprocess.run([env.cc] + CSTD + flags + ["-I", lab, "-o", exe,
                                                  os.path.join(lab, "mdriver.c"), src],
                       capture_output=True, text=True)
    return (exe, None) if p.returncode == 0 else (None, compile_error(p.stderr, tmp))


def lab_static_bytes(env, ex, tmp):
    """Bytes of writable static data (.data, .bss) the answer defines."""
    obj = os.path.join(tmp, "mm-static.o")
    p = subprocess.run([env.cc] + CSTD + ["-O0", "-c", "-I", ex.path("lab"), "-o", obj,
                                          os.path.join(tmp, "mm-count.c")],
                       capture_output=True, text=True)
    if p.returncode != 0:
        return 0
    sizes = subprocess.run(["size", "-A", obj], capture_output=True, text=True).stdout
    return sum(int(m.group(2)) for m in re.finditer(r"^\.(data|bss)\S*\s+(\d+)", sizes, re.M))


def lab_counts(exe, traces, tmp, seconds):
    """Instructions spent in mm_* per trace: one callgrind run over every
    trace, with a dump before each mm_init. None for a trace it could not
    count (the run failed: the checking run says why)."""
    out = os.path.join(tmp, "callgrind.out")
    try:
        subprocess.run(["valgrind", "--tool=callgrind", "--toggle-collect=mm_*",
                        "--dump-before=mm_init", "--callgrind-out-file=" + out,
                        exe, "--count"] + traces, capture_output=True,
                       timeout=seconds * len(traces), cwd=tmp)
    except subprocess.TimeoutExpired:
        return [None] * len(traces)
    # out.1 holds what ran before the first mm_init; out.2 .. out.N the
    # traces but the last, which is in out itself, dumped at exit.
    parts = ["%s.%d" % (out, i) for i in range(2, len(traces) + 1)] + [out]
    counts = []
    for part in parts:
        try:
            with open(part) as f:
                found = re.search(r"^totals:\s*(\d+)", f.read(), re.M)
            counts.append(int(found.group(1)) if found else None)
        except OSError:
            counts.append(None)
    return counts


def lab_reference(env, ex, traces, seconds):
    """The reference's utilisation and count per trace, cached in
    build/grade/ by the text of everything they depend on."""
    key = hashlib.sha256()
    for path in [ex.path("reference/mm.c"), ex.path("lab/mdriver.c"), ex.path("lab/mm.h")] + traces:
        with open(path, "rb") as f:
            key.update(f.read())
    key.update((env.cc + " ".join(env.cflags)).encode())
    cache_path = os.path.join(env.state, "lab-%s.json" % ex.id)
    cache = load_json(cache_path, {})
    if cache.get("key") == key.hexdigest():
        return cache["traces"]
    with tempfile.TemporaryDirectory(prefix="grade-ref-%s-" % ex.id) as tmp:
        exe, err = lab_build(env, ex, ex.read("reference/mm.c"), tmp, "reference", ["-O2"])
        if err:
            raise ExerciseError("reference/mm.c does not compile: " + err)
        result = {}
        for trace in traces:
            r = run([exe, trace], seconds, cwd=tmp)
            got = re.match(r"OK ops=(\d+) peak=(\d+) heap=(\d+)", r.stdout)
            if not got:
                raise ExerciseError("the reference fails on %s: %s" % (
                    os.path.basename(trace), r.stdout.strip() or r.failure(seconds)))
            ops, peak, heap = (int(g) for g in got.groups())
            result[trace] = {"ops": ops, "util": peak / heap if heap else 1.0}
        for trace, count in zip(traces, lab_counts(exe, traces, tmp, seconds)):
            if count is None:
                raise ExerciseError("callgrind could not count the reference on " + trace)
            result[trace]["instructions"] = count
    by_name = {os.path.basename(t): v for t, v in result.items()}
    save_json(cache_path, {"key": key.hexdigest(), "traces": by_name})
    return by_name


def grade_lab(env, ex, answer, tmp):
    if shutil.which("valgrind") is None:
        raise ExerciseError("the lab counts instructions with valgrind's callgrind: install valgrind")
    seconds = run_limit(env, ex)
    traces = [ex.path(c["trace"]) for c in ex.checks]
    ref = lab_reference(env, ex, traces, seconds)
    compile_check = Check("compile", 0, False)
    checks = [compile_check]
    # The checking build has the sanitizers, so that a write outside the
    # heap is caught too; the counting build is plain -O2, as the reference.
    check_exe, err = lab_build(env, ex, answer, tmp, "mm-check", ["-O1", "-g"] + env.sanitize)
    count_exe = None
    if err is None:
        count_exe, err = lab_build(env, ex, answer, tmp, "mm-count", ["-O2"])
    if err is not None:
        compile_check.message = "%s does not compile: %s" % (ex.answer, err)
        return checks + [Check(c.get("name", "trace " + os.path.basename(c["trace"])[:-4]),
                               weight(c), False, NOT_RUN) for c in ex.checks]
    # All memory comes from mem_sbrk: no other allocator, and no static
    # array posing as a heap.
    code = re.sub(r"//.*|/\*.*?\*/", "", answer, flags=re.S)
    other = re.search(r"(?<![\w.>])(malloc|calloc|realloc|aligned_alloc|mmap|sbrk|brk|free)\s*\(", code)
    static_bytes = lab_static_bytes(env, ex, tmp)
    if other:
        compile_check.message = "%s calls %s(): every byte must come from mem_sbrk" % (
            ex.answer, other.group(1))
    elif static_bytes > LAB_STATIC_MAX:
        compile_check.message = "%s keeps %d bytes of static data (at most %d): the heap is " \
            "what mem_sbrk hands out" % (ex.answer, static_bytes, LAB_STATIC_MAX)
    if other or static_bytes > LAB_STATIC_MAX:
        return checks + [Check(c.get("name", "trace " + os.path.basename(c["trace"])[:-4]),
                               weight(c), False, NOT_RUN) for c in ex.checks]
    compile_check.passed = True
    utils = []
    for trace in traces:
        r = run([check_exe, trace], seconds, cwd=tmp)
        got = re.match(r"OK ops=(\d+) peak=(\d+) heap=(\d+)", r.stdout)
        if r.failure(seconds) or not got or r.status != 0:
            said = [l for l in (r.stdout + "\n" + r.stderr).split("\n") if l.strip()]
            fail = [l for l in said if l.lstrip().startswith("FAIL")]
            why = r.failure(seconds) or (fail or said or ["exit status %d" % r.status])[0].strip()
            utils.append(re.sub(r"^FAIL\b:?\s*", "", why))
        else:
            _, peak, heap = (int(g) for g in got.groups())
            utils.append(peak / heap if heap else 1.0)
    ok_traces = [t for t, u in zip(traces, utils) if not isinstance(u, str)]
    counts = dict(zip(ok_traces, lab_counts(count_exe, ok_traces, tmp, seconds))) if ok_traces else {}
    for i, (check, trace, util) in enumerate(zip(ex.checks, traces, utils), 1):
        name = check.get("name", "trace " + os.path.basename(trace)[:-4])
        label = describe(ex, check, name)
        w = weight(check)
        if isinstance(util, str):
            checks.append(Check(label, w, False, "%s: %s" % (label, util)))
            continue
        want = ref[os.path.basename(trace)]
        count = counts.get(trace)
        if count is None:
            checks.append(Check(label, w, False, "%s: callgrind could not count it" % label))
            continue
        u_share = min(1.0, util / want["util"]) if want["util"] else 1.0
        s_share = min(1.0, want["instructions"] / count) if count else 1.0
        # Speed is worth only as much as the space was: an allocator that
        # never reuses a block is fast, and must not earn for it.
        score = u_share * (LAB_UTIL + LAB_SPEED * s_share)
        passed = score >= 1.0 - 1e-9
        message = ("%s: utilisation %.1f %% (reference %.1f %%), %.1f instructions per operation "
                   "(reference %.1f): %.2f of its points" % (
                       label, 100 * util, 100 * want["util"], count / want["ops"],
                       want["instructions"] / want["ops"], score))
        checks.append(Check(label, w, passed, message, score))
    return checks


# ---------------------------------------------------------------- grading

def grade(env, ex, answer=None, reveal=False):
    """Grade one exercise. `answer` (text) stands in for the learner's file."""
    if answer is None:
        try:
            answer = ex.answer_text()
        except OSError:
            return Result(ex, [Check("answer", 1, False, "%s is missing (`git checkout %s` restores it)"
                                     % (ex.answer, env.rel(ex.path(ex.answer))))])
    with tempfile.TemporaryDirectory(prefix="grade-%s-" % ex.id) as tmp:
        if ex.kind == "predict":
            checks = grade_predict(env, ex, answer, tmp, reveal)
        elif ex.kind in ("implement", "fix"):
            checks = grade_implement(env, ex, answer, tmp)
        elif ex.kind == "lab":
            checks = grade_lab(env, ex, answer, tmp)
        else:
            checks = grade_program(env, ex, answer, tmp)
    return Result(ex, checks)


def grade_or_report(env, ex, answer=None, reveal=False):
    try:
        return grade(env, ex, answer, reveal)
    except ExerciseError as e:
        r = Result(ex, [Check("exercise", 1, False, "cannot grade: %s" % e)])
        r.broken = True
        return r


def load_json(path, default):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return default


def save_json(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, sort_keys=True)
        f.write("\n")
    os.replace(tmp, path)


def record(env, results):
    path = os.path.join(env.state, "results.json")
    data = load_json(path, {})
    if data.get("schema") != 1:
        data = {"schema": 1, "exercises": {}}
    shown = load_json(os.path.join(env.state, "hints.json"), {})
    for r in results:
        entry = r.as_json()
        entry["hints_shown"] = len(shown.get(r.ex.id, []))
        data["exercises"][r.ex.id] = entry
    data["timestamp"] = now_iso()
    data["total"] = {"points": sum(e["points"] for e in data["exercises"].values()),
                     "max": sum(e["max"] for e in data["exercises"].values())}
    save_json(path, data)
    return path


def print_table(results):
    rows = [(r.ex.id, r.ex.kind, "%s/%s" % (r.points, r.max), "PASS" if r.passed else "FAIL",
             "" if r.passed else r.first_failure()) for r in results]
    w_id = max([len("exercise")] + [len(r[0]) for r in rows])
    w_kind = max([len("kind")] + [len(r[1]) for r in rows])
    w_pts = max([len("points")] + [len(r[2]) for r in rows])
    print("%-*s  %-*s  %*s  %s" % (w_id, "exercise", w_kind, "kind", w_pts, "points", "result"))
    for id_, kind, pts, res, msg in rows:
        line = "%-*s  %-*s  %*s  %s" % (w_id, id_, w_kind, kind, w_pts, pts, res)
        print(line + ("  " + msg if msg else ""))
    total = sum(r.points for r in results)
    total = round(total, 1) if total != int(total) else int(total)
    print("%-*s  %-*s  %*s  %d of %d passed" % (w_id, "total", w_kind, "", w_pts,
                                                "%s/%s" % (total, sum(r.max for r in results)),
                                                sum(r.passed for r in results), len(results)))


def print_detail(env, r, hint_follows=False):
    ex = r.ex
    print("%s  %s  (%s, %s)" % (ex.id, ex.title, ex.kind, env.rel(ex.path(ex.answer))))
    not_run = 0
    for c in r.checks:
        if c.weight == 0 and c.passed:
            continue
        if c.message == NOT_RUN:
            not_run += 1
            continue
        print("  %-4s %s" % ("ok" if c.passed else "FAIL", c.message or c.name))
    if not_run:
        print("       (%d check%s not run)" % (not_run, "" if not_run == 1 else "s"))
    print("  %s/%s  %s" % (r.points, r.max, "PASS" if r.passed else "FAIL"))
    if not r.passed and not getattr(r, "broken", False) and not hint_follows:
        shown = len(load_json(os.path.join(env.state, "hints.json"), {}).get(ex.id, []))
        if shown < len(ex.hints()):
            print("  stuck? `make hint EX=%s` shows hint %d of %d" % (ex.id, shown + 1, len(ex.hints())))


def cmd_grade(env, args):
    exercises = select(load_exercises(env), args.ex)
    if not exercises:
        print("grade: no exercises found under %s" % env.rel(env.exercises))
        return 1
    results = [grade_or_report(env, ex, reveal=args.reveal) for ex in exercises]
    if len(results) == 1:
        print_detail(env, results[0], hint_follows=args.hint)
    else:
        print_table(results)
    print("results: %s" % env.rel(record(env, results)))
    if args.hint:
        for ex in exercises:
            show_hint(env, ex, None)
    return 1 if any(getattr(r, "broken", False) for r in results) else 0


# ---------------------------------------------------------------- hints

def show_hint(env, ex, tier):
    hints = ex.hints()
    if not hints:
        print("%s has no hints." % ex.id)
        return 0
    path = os.path.join(env.state, "hints.json")
    shown = load_json(path, {})
    seen = shown.get(ex.id, [])
    if tier is None:
        tier = min(len(seen) + 1, len(hints))
    elif tier < 1 or tier > len(hints):
        print("%s has hints 1 to %d." % (ex.id, len(hints)))
        return 1
    elif tier > len(seen) + 1:
        print("(hints come in order: here is hint %d first)" % (len(seen) + 1))
        tier = len(seen) + 1
    with open(hints[tier - 1], encoding="utf-8") as f:
        text = f.read().rstrip("\n")
    print("--- %s, hint %d of %d ---" % (ex.id, tier, len(hints)))
    print(text)
    if tier == len(hints):
        print("--- that was the last hint ---")
    else:
        print("--- `make hint EX=%s` shows hint %d ---" % (ex.id, tier + 1))
    if tier not in seen:
        shown[ex.id] = sorted(seen + [tier])
        save_json(path, shown)
    return 0


def cmd_hint(env, args):
    exercises = select(load_exercises(env), args.ex)
    if len(exercises) != 1:
        print("hint: name one exercise, e.g. `make hint EX=%s`" %
              (exercises[0].id if exercises else "01-1"))
        return 2
    return show_hint(env, exercises[0], args.tier)


# ---------------------------------------------------------------- watch

def cmd_watch(env, args):
    exercises = select(load_exercises(env), args.ex)
    if len(exercises) != 1:
        print("watch: name one exercise, e.g. `make grade-watch EX=01-1`")
        return 2
    ex = exercises[0]
    watched = [ex.path(ex.answer), env.binary(ex.chapter)]

    def stamp():
        out = []
        for p in watched:
            try:
                st = os.stat(p)
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:
                out.append(None)
        return out

    print("watching %s (Ctrl-C to stop)" % env.rel(watched[0]))
    last = None
    try:
        while True:
            now = stamp()
            if now != last:
                last = now
                print("\n=== %s ===" % time.strftime("%H:%M:%S"))
                r = grade_or_report(env, ex, reveal=args.reveal)
                print_detail(env, r)
                record(env, [r])
                sys.stdout.flush()
            time.sleep(1)
    except KeyboardInterrupt:
        print()
        return 0


# ---------------------------------------------------------------- self-check

def committed_version(env, path):
    """The text of `path` at git HEAD, or None."""
    try:
        p = subprocess.run(["git", "-C", env.root, "show", "HEAD:" + env.rel(path)],
                           capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return p.stdout if p.returncode == 0 else None


def validate(env, ex):
    """Problems with the exercise's files, as a list of sentences."""
    problems = []
    folder = os.path.basename(ex.dir)
    chapter_dir = os.path.basename(os.path.dirname(ex.dir))
    want_id = "%s-%s" % (chapter_dir[:2], folder.split("-")[0])
    if ex.id != want_id:
        problems.append("id %s does not match its folder (expected %s)" % (ex.id, want_id))
    if ex.chapter != chapter_dir[:2]:
        problems.append("chapter %s does not match its folder %s" % (ex.chapter, chapter_dir))
    for name in ("exercise.md", ex.answer):
        if not os.path.isfile(ex.path(name)):
            problems.append("%s is missing" % name)
    hints = ex.hints()
    if [os.path.basename(h) for h in hints] != ["%d.md" % i for i in range(1, len(hints) + 1)] \
            or len(hints) < 3:
        problems.append("hints/ must hold 1.md, 2.md, 3.md (nudge, approach, near-solution)")
    if not ex.checks:
        problems.append("no checks")
    for i, check in enumerate(ex.checks, 1):
        for key in ("file", "driver"):
            if key in check and not os.path.isfile(ex.path(check[key])):
                problems.append("check %d: %s is missing" % (i, check[key]))
    if ex.kind == "predict" and os.path.isfile(ex.path("exercise.md")):
        # Compared line by line without indentation, so that an indented
        # (4-space) code block counts as well as a fenced one.
        def flat(text):
            return "\n".join(l.strip() for l in text.strip().split("\n"))
        statement = flat(ex.read("exercise.md"))
        for i, check in enumerate(ex.checks, 1):
            if "file" in check and os.path.isfile(ex.path(check["file"])):
                if flat(ex.read(check["file"])) not in statement:
                    problems.append("snippet %d (%s) is not shown verbatim in exercise.md"
                                    % (i, check["file"]))
    if ex.kind == "lab":
        for name in ("reference/mm.c", "lab/mdriver.c", "lab/mm.h"):
            if not os.path.isfile(ex.path(name)):
                problems.append("a lab exercise keeps %s" % name)
        for i, check in enumerate(ex.checks, 1):
            if not os.path.isfile(ex.path(check.get("trace", ""))):
                problems.append("check %d: its trace %s is missing" % (i, check.get("trace")))
    if ex.kind == "program" and not os.path.isfile(ex.path(ex.meta.get("reference", ""))):
        problems.append("a program exercise keeps its reference program in \"reference\"")
    return problems


def compare_with_cpython(env, ex, tmp):
    """Snippets (and program probes) must print under CPython 3.11 what they
    print under the chapter program: the book promises CPython's behaviour."""
    py = env.cpython
    if not py or not ex.meta.get("cpython", False):
        return []
    problems = []
    seconds = run_limit(env, ex)
    if ex.kind == "program":
        ref = ex.read(ex.meta["reference"])
        for r in grade_program(env, ex, ref, tmp, exe_argv=[py]):
            if not r.passed:
                problems.append("under CPython: " + r.message)
        return problems
    for i, check in enumerate(ex.checks, 1):
        if "file" not in check and "code" not in check:
            continue
        code, mode = ex.snippet_code(check), check.get("mode", "script")
        mine = run_snippet([env.binary(ex.chapter)], code, tmp, "snippet%d.py" % i, mode, seconds)
        theirs = run_snippet([py], code, tmp, "snippet%d.py" % i, mode, seconds)
        if mine.observed(mode) != theirs.observed(mode):
            problems.append("snippet %d: ch%s prints %s, CPython 3.11 prints %s" % (
                i, ex.chapter, quote(mine.observed(mode)), quote(theirs.observed(mode))))
    return problems


def selftest_one(env, ex):
    """(ok, lines) for one exercise."""
    lines = []
    problems = validate(env, ex)
    if problems:
        return False, ["%s: %s" % (ex.id, p) for p in problems]
    # (a) the reference scores full marks.
    references = []
    if ex.kind in ("implement", "fix"):
        references.append(("the reference %s() from %s" % (ex.meta["function"], env.rel(env.src(ex.chapter))),
                           reference_function(env, ex)))
    elif ex.kind == "predict":
        with tempfile.TemporaryDirectory() as tmp:
            references.append(("a %s made from build/bin/ch%s's output" % (ex.answer, ex.chapter),
                               predictions_from_runs(ex, reference_outputs(env, ex, tmp))))
        if os.path.isfile(ex.path("reference/" + ex.answer)):
            references.append(("reference/" + ex.answer, ex.read("reference/" + ex.answer)))
    elif ex.kind == "lab":
        references.append(("reference/mm.c", ex.read("reference/mm.c")))
    else:
        references.append((ex.meta["reference"], ex.read(ex.meta["reference"])))
    ok = True
    for what, text in references:
        r = grade(env, ex, text)
        if r.passed and r.points == r.max:
            lines.append("%s: %s scores %s/%s" % (ex.id, what, r.points, r.max))
        else:
            ok = False
            lines.append("%s: %s scores only %s/%s: %s" % (ex.id, what, r.points, r.max,
                                                            r.first_failure()))
    # (b) the untouched starter fails, saying why.
    starter = ex.answer_text()
    r = grade(env, ex, starter)
    if r.passed:
        committed = committed_version(env, ex.path(ex.answer))
        if committed is not None and committed != starter:
            lines.append("%s: note: %s has been edited (solved?); checking the committed starter"
                         % (ex.id, ex.answer))
            r = grade(env, ex, committed)
    why = r.first_failure()
    if r.passed:
        ok = False
        lines.append("%s: the starter %s scores full marks: it must fail" % (ex.id, ex.answer))
    elif not why:
        ok = False
        lines.append("%s: the starter fails without saying why" % ex.id)
    else:
        lines.append("%s: the starter %s fails (%s/%s): %s" % (ex.id, ex.answer, r.points, r.max, why))
    # (c) what the exercise shows is what CPython 3.11 does.
    with tempfile.TemporaryDirectory() as tmp:
        for p in compare_with_cpython(env, ex, tmp):
            ok = False
            lines.append("%s: %s" % (ex.id, p))
    return ok, lines


def cmd_selftest(env, args):
    try:
        exercises = select(load_exercises(env), args.ex)
    except ExerciseError as e:
        print("grader: %s" % e)
        print("grader: 0 passed, 1 failed")
        return 1
    passed = failed = 0
    fixtures = os.path.join(env.root, "tests", "grader_selftest", "run.py")
    if not args.ex and os.path.isfile(fixtures):
        # The grader's own tests first: they need no chapter program.
        p = subprocess.run([sys.executable, fixtures], capture_output=True, text=True)
        said = (p.stdout + p.stderr).rstrip("\n").split("\n")
        for line in said:
            if not line.startswith("ok "):
                print("  " + line)
        ok = p.returncode == 0
        print("%s grader fixtures (tests/grader_selftest)" % ("ok  " if ok else "FAIL"))
        passed += ok
        failed += not ok
    for ex in exercises:
        try:
            ok, lines = selftest_one(env, ex)
        except ExerciseError as e:
            ok, lines = False, ["%s: cannot grade: %s" % (ex.id, e)]
        for line in lines:
            print("  " + line)
        print("%s %s" % ("ok  " if ok else "FAIL", ex.id))
        passed += ok
        failed += not ok
    if not exercises:
        print("grader: no exercises found")
        failed += 1
    print("grader: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def cmd_answers(env, args):
    """For authors: a predictions file made from the chapter program's output
    (e.g. to keep as reference/predictions.txt)."""
    for ex in select(load_exercises(env), args.ex):
        if ex.kind != "predict":
            continue
        with tempfile.TemporaryDirectory() as tmp:
            sys.stdout.write(predictions_from_runs(ex, reference_outputs(env, ex, tmp)))
    return 0


def cmd_list(env, args):
    for ex in load_exercises(env):
        print("%-6s %-9s %3s pts  %s" % (ex.id, ex.kind, ex.points, ex.title))
    return 0


def number_for(variable, kind):
    """An argparse type whose error names make's variable (TIER=, TIMEOUT=)."""
    def convert(text):
        try:
            return kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError("%s must be a number, not '%s'" % (variable, text))
    return convert


def main(argv):
    commands = {"grade": cmd_grade, "hint": cmd_hint, "watch": cmd_watch,
                "selftest": cmd_selftest, "list": cmd_list, "answers": cmd_answers}
    # The command may follow the global options; without one, grade.
    i = 0
    while i < len(argv) and argv[i] in ("--root", "--timeout"):
        i += 2
    if i >= len(argv) or argv[i] not in commands and argv[i] not in ("-h", "--help"):
        argv = argv[:i] + ["grade"] + argv[i:]
    ap = argparse.ArgumentParser(prog="grade.py", description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument("--timeout", type=number_for("TIMEOUT", float), default=10.0)
    sub = ap.add_subparsers(dest="command")
    for name in commands:
        p = sub.add_parser(name)
        p.add_argument("ex", nargs="*")
        p.add_argument("--root", default=argparse.SUPPRESS)
        p.add_argument("--timeout", type=number_for("TIMEOUT", float), default=argparse.SUPPRESS)
        if name in ("grade", "watch"):
            p.add_argument("--reveal", action="store_true",
                           help="predict exercises: show what the snippet prints")
        if name == "grade":
            p.add_argument("--hint", action="store_true", help="also show the next hint")
        if name == "hint":
            p.add_argument("--tier", type=number_for("TIER", int), metavar="TIER",
                           help="make hint TIER=N: show hint N again")
    args = ap.parse_args(argv)
    try:
        env = Env(args.root, args.timeout)
        return commands[args.command](env, args)
    except ExerciseError as e:
        print("grade: %s" % e)
        return 2


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BrokenPipeError:
        # `make grade | head`: the reader has seen enough; no traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
