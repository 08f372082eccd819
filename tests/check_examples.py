#!/usr/bin/env python3
"""check_examples.py: run every example of the book and compare its output.

    check_examples.py [--chapters "01 02"] [--root chapters] [--bin build/bin]
    check_examples.py --accept ...    rewrite the expected outputs that differ
    check_examples.py --accept --all  rewrite every output (fresh addresses too)
    check_examples.py --selftest ...  prove that a changed output is caught
    check_examples.py --chapters "A"  only appendix A (book/appendices/a-*.md)

The conventions are those of book/README.md:

  ```{.python .run [exit=1] [args="--switch"] [normalise=ids] [chapter=3]}
  script
  ```
  ```output
  what the script prints on stdout and stderr, merged in order
  ```

  ```{.pycon .run}
  >>> a REPL transcript, checked against `chNN --transcript`
  ```

The appendices (book/appendices/*.md, --appendices DIR) are checked with
the chapters: their blocks run with chapter 12's program unless they say
chapter=N. A letter in --chapters ("A", "B") checks only that appendix;
with no letter, every appendix is checked; --appendices "" checks none.

A block with .cpython instead of .run shows what CPython 3.11 does: it is
run with python3 (CPYTHON=path overrides), and skipped when python3 is not
3.11. python="3.6" runs it under that version instead (from pyenv).

One script under several CPythons is one example and a version table:

  ```{.python .cpython versions="2.7 3.6 3.10 3.12"}
  script that prints one line
  ```
  ```{.output .versions}
  2.7   what 2.7 prints
  3.6   what 3.6 prints
  ...
  ```

Each row is a version and the line that version printed; the example is
skipped when one of the versions is missing from the machine.

Addresses (0x followed by 5 or more hex digits) always compare equal;
normalise=ids makes decimal numbers of 9 digits or more compare equal, and
normalise=floats does the same for numbers with a decimal point (timings);
normalise=numbers makes every number compare equal and ignores how many
spaces pad a column, since a table's widths follow its numbers.
Standard library only.
"""
import argparse
import difflib
import functools
import glob
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

FENCE = re.compile(r"^(`{3,}|~{3,})\s*(.*?)\s*$")
ATTR = re.compile(r"""\.([\w-]+)|#([\w-]+)|([\w-]+)=(?:"([^"]*)"|'([^']*)'|([^\s}]+))""")
# Seconds one example may run. A hang fails fast; valgrind-examples raises it
# (--timeout), because valgrind runs the million-object examples about 50x
# slower, more still on a loaded machine.
TIMEOUT = 30
CPYTHON = os.environ.get("CPYTHON", "python3")


def set_timeout(seconds):
    global TIMEOUT
    TIMEOUT = seconds

# CPython's REPL for a transcript: prompts, echo and errors on stdout.
REPL_DRIVER = r"""
import code, sys
sys.stderr = sys.stdout
interp, pending = code.InteractiveInterpreter({"__name__": "__main__"}), []
while True:
    sys.stdout.write("... " if pending else ">>> "); sys.stdout.flush()
    line = sys.stdin.readline()
    if not line:
        break
    sys.stdout.write(line)
    pending.append(line.rstrip("\n"))
    if not interp.runsource("\n".join(pending), "<stdin>", "single"):
        pending = []
"""


class Block:
    """A fenced code block of a chapter: lines[start] is the opening fence,
    lines[end] the closing one, the body lies between."""

    def __init__(self, start, end, info, lines):
        self.start, self.end = start, end
        self.classes, self.attrs = parse_info(info)
        self.body = lines[start + 1:end]

    @property
    def text(self):
        return "\n".join(self.body)


def parse_info(info):
    classes, attrs = [], {}
    if info.startswith("{"):
        for m in ATTR.finditer(info):
            if m.group(1):
                classes.append(m.group(1))
            elif m.group(3):
                attrs[m.group(3)] = next(g for g in m.group(4, 5, 6) if g is not None)
    elif info:
        classes.append(info.split()[0])
    return classes, attrs


def fenced_blocks(lines):
    """Every fenced block at column 0, in order."""
    blocks, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m:
            fence = m.group(1)
            j = i + 1
            while j < len(lines) and not (lines[j].startswith(fence[0] * len(fence))
                                         and lines[j].strip(fence[0]).strip() == ""):
                j += 1
            blocks.append(Block(i, j, m.group(2), lines))
            i = j
        i += 1
    return blocks


class Example:
    def __init__(self, path, chapter, code, expected, kind):
        self.path, self.code, self.expected, self.kind = path, code, expected, kind
        self.chapter = "%02d" % int(code.attrs.get("chapter", chapter))
        self.line = code.start + 1
        self.cpython = "cpython" in code.classes
        self.versions = code.attrs.get("versions", "").split()

    def where(self):
        return "%s:%d" % (self.path, self.line)


def find_examples(path, chapter, lines):
    """The examples of one chapter file; a malformed pair is an error."""
    examples, errors = [], []
    blocks = fenced_blocks(lines)
    for k, block in enumerate(blocks):
        if "run" not in block.classes and "cpython" not in block.classes:
            continue
        if "pycon" in block.classes:
            examples.append(Example(path, chapter, block, block, "repl"))
        elif "python" in block.classes:
            after = blocks[k + 1] if k + 1 < len(blocks) else None
            between = lines[block.end + 1:after.start] if after else []
            if not after or after.classes[:1] != ["output"] or any(l.strip() for l in between):
                errors.append("%s:%d: a {.python .run} or {.python .cpython} block must be "
                              "followed at once by an "
                              "```output block" % (path, block.start + 1))
                continue
            versioned = "versions" in block.attrs
            if versioned != ("versions" in after.classes) or (versioned and "cpython" not in block.classes):
                errors.append("%s:%d: a {.python .cpython versions=\"...\"} block and an "
                              "```{.output .versions} block go together" % (path, block.start + 1))
                continue
            examples.append(Example(path, chapter, block, after,
                                    "versions" if versioned else "script"))
        else:
            errors.append("%s:%d: .run needs .python or .pycon" % (path, block.start + 1))
    return examples, errors


def prompt_inputs(transcript):
    """The lines a reader would type: what follows each `>>> ` or `... `."""
    inputs = []
    for line in transcript.split("\n"):
        if line.startswith((">>> ", "... ")):
            inputs.append(line[4:])
        elif line in (">>>", "..."):
            inputs.append("")
    return inputs


def other_python(version):
    """A CPython of another version (python="3.6" on a .cpython block), as
    pyenv installs them; None when this machine has none."""
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    found = sorted(glob.glob(os.path.join(root, "versions", version + ".*", "bin", "python")))
    return found[-1] if found else None


# An older CPython's start-up touches small ints a number of times that moves
# with its environment (sys.getrefcount(1) under 3.10 reads 107 to 111
# depending on which variables make or the shell export), so examples run
# under another version get a fixed, minimal one.
OTHER_PYTHON_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"}


def example_env(ex, version=None):
    if ex.cpython and (version or "python" in ex.code.attrs):
        return OTHER_PYTHON_ENV
    return None


def version_program(version):
    """The interpreter of one row of a version table: python3 for 3.11
    (when it is 3.11), else pyenv's."""
    if version == "3.11" and cpython_is_311():
        return shutil.which(CPYTHON) or CPYTHON
    return other_python(version)


def runner(ex):
    """Who runs the example, for the diff's header."""
    if not ex.cpython:
        return "build/bin/ch" + ex.chapter
    if ex.versions:
        return "python " + ", ".join(ex.versions)
    version = ex.code.attrs.get("python")
    return "python " + version if version else CPYTHON


def run_example(ex, bin_dir, saved, version=None):
    """Run one example (under one CPython version of a version table);
    return (exit status, text it printed)."""
    program = os.path.abspath(os.path.join(bin_dir, "ch" + ex.chapter))
    if version:
        program = version_program(version)
    elif ex.cpython:
        program = shutil.which(CPYTHON) or CPYTHON
        if "python" in ex.code.attrs:
            program = other_python(ex.code.attrs["python"])
    elif not os.access(program, os.X_OK):
        return None, "%s is missing (make programs)\n" % program
    args = shlex.split(ex.code.attrs.get("args", ""))
    with tempfile.TemporaryDirectory(prefix="minipy-example-") as tmp:
        for name, text in saved.items():
            with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                f.write(text + "\n")
        if ex.kind != "repl":
            name = ex.code.attrs.get("script", "example.py")
            with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                f.write(ex.code.text + "\n")
            argv, stdin = [program] + args + [name], ""
        else:
            argv = [program, "-q", "--transcript"] + args
            if ex.cpython:
                argv = [program, "-c", REPL_DRIVER] + args
            stdin = "".join(line + "\n" for line in prompt_inputs(ex.code.text))
        try:
            proc = subprocess.run(argv, cwd=tmp, input=stdin.encode("utf-8"), env=example_env(ex, version),
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return None, "timed out after %d s\n" % TIMEOUT
    out = proc.stdout.decode("utf-8", errors="replace")
    # Tracebacks name the script by its absolute path, as CPython's do;
    # the temporary directory is left out so the book can show "example.py".
    for path in {tmp, os.path.realpath(tmp)}:
        out = out.replace(path + os.sep, "")
    if ex.kind == "repl":
        out = re.sub(r"(^|\n)>>> ?\n?$", r"\1", out)   # the prompt left at EOF
    return proc.returncode, out


def clean(text):
    """Trailing spaces and trailing blank lines do not count."""
    return [line.rstrip() for line in text.rstrip().split("\n")] if text.strip() else []


def normalise(lines, modes):
    out = []
    for line in lines:
        line = re.sub(r"0x[0-9a-fA-F]{5,}", "0x…", line)
        if "ids" in modes:
            # 7 digits and more: addresses are smaller under valgrind.
            line = re.sub(r"(?<![\w.])-?\d{7,}(?![\w.])", "N…", line)
        if "numbers" in modes:
            line = re.sub(r"\d+", "N", line)
            line = re.sub(r" {2,}", " ", line)
        if "floats" in modes:
            line = re.sub(r"(?<![\w.])-?\d+\.\d+(e-?\d+)?(?![\w.])", "F…", line)
        out.append(line)
    return out


@functools.lru_cache(maxsize=None)
def cpython_is_311():
    proc = subprocess.run([CPYTHON, "-c", "import sys; print(sys.version_info[:2] == (3, 11))"],
                          capture_output=True, text=True)
    return proc.stdout.strip() == "True"


def version_table(ex, bin_dir, saved):
    """Run a version table's script under each version; return (exit
    status, the table's rows). A version whose output is not one line
    gets a row that says so, which fails the comparison."""
    width = max(len(v) for v in ex.versions) + 2
    rows, worst = [], 0
    for version in ex.versions:
        status, out = run_example(ex, bin_dir, saved, version)
        lines = clean(out)
        text = lines[0] if len(lines) == 1 else "(%d lines of output: a table row needs one)" % len(lines)
        rows.append((version.ljust(width) + text).rstrip())
        worst = status if status is None or worst is None else max(worst, status)
    return worst, "\n".join(rows)


def why_skipped(ex):
    """Why a .cpython example cannot run on this machine, or None."""
    if ex.versions:
        missing = [v for v in ex.versions if version_program(v) is None]
        return "no CPython %s on this machine" % " ".join(missing) if missing else None
    if ex.cpython and "python" in ex.code.attrs:
        if other_python(ex.code.attrs["python"]) is None:
            return "no CPython %s on this machine" % ex.code.attrs["python"]
    elif ex.cpython and not cpython_is_311():
        return "%s is not CPython 3.11" % CPYTHON
    return None


def check_example(ex, bin_dir, saved):
    """Return (ok, actual lines, diff text); ok is None for a skipped one."""
    skipped = why_skipped(ex)
    if skipped:
        return None, clean(ex.expected.text), "skipped: " + skipped
    if ex.versions:
        status, out = version_table(ex, bin_dir, saved)
    else:
        status, out = run_example(ex, bin_dir, saved)
    modes = ex.code.attrs.get("normalise", "").replace(",", " ").split()
    want_status = int(ex.code.attrs.get("exit", "0"))
    expected, actual = clean(ex.expected.text), clean(out)
    a, b = normalise(expected, modes), normalise(actual, modes)
    problems = []
    if a != b:
        problems += difflib.unified_diff(a, b, "expected (%s)" % ex.where(),
                                         "actual (%s)" % runner(ex), lineterm="")
    if status is None:
        problems.append("not run")
    elif status != want_status:
        problems.append("exit status %s, expected %d" % (status, want_status))
    return not problems, actual, "\n".join(problems)


def chapter_dirs(root, chapters):
    found = {}
    for name in sorted(os.listdir(root)):
        m = re.match(r"(\d\d)-", name)
        if m and os.path.isfile(os.path.join(root, name, "chapter.md")):
            found[m.group(1)] = os.path.join(root, name, "chapter.md")
    return [(nn, found[nn]) for nn in chapters if nn in found], \
           [nn for nn in chapters if nn not in found]


def appendix_files(app_dir, letters):
    """The appendices to check: [(label, path)], every one when `letters`
    is empty, else those whose file name starts with one of the letters."""
    if not app_dir or not os.path.isdir(app_dir):
        return []
    found = sorted(n for n in os.listdir(app_dir) if n.endswith(".md"))
    if letters:
        found = [n for n in found if any(n.lower().startswith(l.lower() + "-") for l in letters)]
    return [("appendix " + n[:-3], os.path.join(app_dir, n)) for n in found]


def check_file(label, path, default_chapter, bin_dir, accept, refresh, say, part=None):
    """Check (or accept) the examples of one Markdown file; return
    (passed, failed). part (k, n): only its examples k, k+n, k+2n, ..."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    examples, errors = find_examples(path, default_chapter, lines)
    if part is not None:
        examples = examples[part[0]::part[1]]
    for e in errors:
        say("FAIL " + e)
    saved = {b.attrs["save"]: b.text for b in fenced_blocks(lines) if "save" in b.attrs}
    ok_here, bad_here, rewrites = 0, len(errors), []
    for ex in examples:
        ok, actual, diff = check_example(ex, bin_dir, saved)
        if ok is None:
            say("%s %s" % (ex.where(), diff))
        elif ok and refresh and actual != clean(ex.expected.text):
            rewrites.append((ex, actual))
            ok_here += 1
        elif ok:
            ok_here += 1
        elif accept:
            rewrites.append((ex, actual))
            say("accepted %s" % ex.where())
            ok_here += 1
        else:
            bad_here += 1
            say("FAIL %s (%s)\n%s" % (ex.where(), ex.kind, diff))
    if rewrites:
        rewrite(path, lines, rewrites)
    say("%s: %d examples, %d passed, %d failed" % (label, ok_here + bad_here - len(errors),
                                                   ok_here, bad_here))
    return ok_here, bad_here


def check(root, chapters, bin_dir, accept=False, quiet=False, refresh=False, appendices=(),
          part=None):
    """Check (or accept) the examples of the chapters, then of the
    appendices [(label, path)] (chapter 12 unless a block says chapter=N);
    return (passed, failed)."""
    say = (lambda *a: None) if quiet else print
    passed = failed = 0
    present, absent = chapter_dirs(root, chapters)
    for nn in absent:
        say("chapter %s: no chapters/%s-*/chapter.md" % (nn, nn))
        failed += 1
    files = [("chapter " + nn, path, nn) for nn, path in present]
    files += [(label, path, "12") for label, path in appendices]
    for label, path, default_chapter in files:
        ok_here, bad_here = check_file(label, path, default_chapter, bin_dir, accept, refresh, say,
                                       part)
        passed += ok_here
        failed += bad_here
    return passed, failed


def rewrite(path, lines, rewrites):
    """Put fresh outputs in place, last block first so line numbers hold."""
    for ex, actual in sorted(rewrites, key=lambda r: -r[0].expected.start):
        block = ex.expected
        lines[block.start + 1:block.end] = actual
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def mutate(path, kind):
    """Change one letter of the first script output (kind "script") or
    transcript result ("repl") in a chapter file, a letter outside any
    address; return a description of the change, or None."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    examples, _ = find_examples(path, "00", lines)
    for ex in (e for e in examples if e.kind == kind and why_skipped(e) is None):
        for n in range(ex.expected.start + 1, ex.expected.end):
            line = lines[n]
            if kind == "repl" and line.startswith((">>>", "...")):
                continue
            # A version table's row: a character of the output, not of the version.
            m = re.search(r"(?<=\s)\S", line) if kind == "versions" else re.search(r"[A-Za-z]", line)
            if m and "0x" not in line:
                i = m.start()
                lines[n] = line[:i] + ("Q" if line[i] != "Q" else "R") + line[i + 1:]
                with open(path, "w", encoding="utf-8") as f:
                    f.write("\n".join(lines))
                return "line %d %r -> %r" % (n + 1, line, lines[n])
    return None


def selftest(root, chapters, bin_dir):
    """Copy the chapters, accept their outputs, then break one expected
    output of each kind (script, transcript, version table) and expect
    exactly one failure."""
    results = []

    def expect(name, ok):
        results.append(ok)
        print("%s: %s" % ("pass" if ok else "FAIL", name))

    with tempfile.TemporaryDirectory(prefix="minipy-selftest-") as tmp:
        copy = os.path.join(tmp, "chapters")
        shutil.copytree(root, copy)
        # Start from outputs that match, whatever the state of the book.
        check(copy, chapters, bin_dir, accept=True, quiet=True)
        passed, failed = check(copy, chapters, bin_dir, quiet=True)
        expect("the copy passes after --accept (%d examples)" % passed, failed == 0 and passed > 0)
        present, _ = chapter_dirs(copy, chapters)
        kinds = (("script", "script output"), ("repl", "REPL transcript"),
                 ("versions", "version table"))
        proven = set()      # one chapter is proof enough for each kind
        for nn, path in present:
            with open(path, encoding="utf-8") as f:
                original = f.read()
            for kind, what in kinds:
                change = None if kind in proven else mutate(path, kind)
                if change is None:
                    continue
                proven.add(kind)
                passed, failed = check(copy, [nn], bin_dir, quiet=True)
                expect("a changed %s is caught (%s)" % (what, change), failed == 1)
                check(copy, [nn], bin_dir, accept=True, quiet=True)
                passed, failed = check(copy, [nn], bin_dir, quiet=True)
                expect("--accept repairs it", failed == 0)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(original)
            if len(proven) == len(kinds):
                break
    print("examples-selftest: %d passed, %d failed" % (results.count(True), results.count(False)))
    return all(results) and len(results) >= 3


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chapters", default="01", help='written chapters, e.g. "01 02"')
    parser.add_argument("--root", default="chapters")
    parser.add_argument("--appendices", default="book/appendices",
                        help='directory of the appendices ("" for none)')
    parser.add_argument("--bin", default=os.environ.get("MINIPY_BIN", "build/bin"))
    parser.add_argument("--accept", action="store_true")
    parser.add_argument("--all", action="store_true", help="with --accept: rewrite every output")
    parser.add_argument("--selftest", action="store_true")
    parser.add_argument("--timeout", type=int, default=TIMEOUT,
                        help="seconds one example may run (default %d)" % TIMEOUT)
    parser.add_argument("--part", metavar="K/N",
                        help="only examples K, K+N, K+2N, ... of each file (a bounded slice)")
    opts = parser.parse_args()
    set_timeout(opts.timeout)
    part = None
    if opts.part:
        m = re.fullmatch(r"(\d+)/(\d+)", opts.part)
        if not m or not int(m.group(1)) < int(m.group(2)) or opts.accept:
            parser.error("--part takes K/N with 0 <= K < N, and no --accept")
        part = (int(m.group(1)), int(m.group(2)))
    words = opts.chapters.split()
    chapters = ["%02d" % int(c) for c in words if c.isdigit()]
    letters = [c for c in words if not c.isdigit()]
    if opts.selftest:
        return 0 if selftest(opts.root, chapters, opts.bin) else 1
    appendices = appendix_files(opts.appendices, letters)
    if letters and not appendices:
        print("no appendix %s in %s" % (" ".join(letters), opts.appendices or "(none)"))
        return 1
    passed, failed = check(opts.root, chapters, opts.bin, accept=opts.accept,
                           refresh=opts.accept and opts.all, appendices=appendices, part=part)
    print("examples: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
