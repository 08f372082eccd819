#!/usr/bin/env python3
"""The grader's own tests, independent of the minipy runtime.

fixture/src/ is a fake chapter snapshot (a tiny line interpreter with two
replaceable C functions) and fixture/exercises/ holds one exercise of each
kind for it. Each test builds a fresh repository-like tree in a temporary
directory (exercises/, tools/extract.py, tools/cbuild.py and the
tools/amalgamate.py it imports, build/src/ch01, build/bin/ch01),
runs exercises/grade.py there and checks what it prints and writes. The
lab kind is tested on an exercise made from the malloc lab's own driver,
reference and starter (exercises/11-memory-pools/3-malloc-lab) with two
small traces (test_lab_kind; it needs valgrind).

    python3 tests/grader_selftest/run.py        last line: "grader fixtures: N passed, M failed"
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
GRADE = os.path.join(REPO, "exercises", "grade.py")
TOOLS = [os.path.join(REPO, "tools", name) for name in ("extract.py", "cbuild.py", "amalgamate.py")]
CC = os.environ.get("CC", "cc")


def make_root():
    root = tempfile.mkdtemp(prefix="grader-fixture-")
    shutil.copytree(os.path.join(HERE, "fixture", "exercises"), os.path.join(root, "exercises"))
    os.makedirs(os.path.join(root, "tools"))
    for tool in TOOLS:
        shutil.copy(tool, os.path.join(root, "tools", os.path.basename(tool)))
    src = os.path.join(root, "build", "src", "ch01")
    shutil.copytree(os.path.join(HERE, "fixture", "src"), src)
    os.makedirs(os.path.join(root, "build", "bin"))
    sources = sorted(os.path.join(src, n) for n in os.listdir(src) if n.endswith(".c"))
    subprocess.run([CC, "-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic", "-o",
                    os.path.join(root, "build", "bin", "ch01")] + sources, check=True)
    return root


def grade(root, *args, timeout=None):
    argv = [sys.executable, GRADE, "--root", root]
    if timeout:
        argv += ["--timeout", str(timeout)]
    p = subprocess.run(argv + list(args), capture_output=True, text=True, timeout=600)
    return p.returncode, p.stdout + p.stderr


def write(root, rel, text):
    with open(os.path.join(root, "exercises", "01-fake", rel), "w") as f:
        f.write(text)


def tree_hash(path):
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in sorted(os.walk(path)):
        dirnames.sort()
        for n in sorted(filenames):
            p = os.path.join(dirpath, n)
            with open(p, "rb") as f:
                h.update(p.encode() + f.read())
            h.update(str(os.stat(p).st_mtime_ns).encode())
    return h.hexdigest()


def expect(cond, what, output=""):
    if not cond:
        raise AssertionError(what + ("\n--- output ---\n" + output if output else ""))


# ---------------------------------------------------------------- the tests

def test_selftest_passes_and_leaves_exercises_alone(root):
    before = tree_hash(os.path.join(root, "exercises"))
    rc, out = grade(root, "selftest")
    expect(rc == 0, "selftest exit status %d" % rc, out)
    expect(out.rstrip().split("\n")[-1] == "grader: 4 passed, 0 failed", "final line", out)
    expect(tree_hash(os.path.join(root, "exercises")) == before, "selftest touched exercises/")
    rc, out = grade(root)
    expect(tree_hash(os.path.join(root, "exercises")) == before, "grading touched exercises/")


def test_starters_fail_with_reasons(root):
    rc, out = grade(root)
    expect(rc == 0, "grade exit status", out)
    lines = out.split("\n")
    row = {l.split()[0]: l for l in lines if l[:3] == "01-"}
    expect("FAIL" in row["01-1"] and "snippet 1: no prediction yet" in row["01-1"], "01-1 row", out)
    expect("snippet 2 `add 2 3`: expected `5`, your program printed `-1`" in row["01-2"], "01-2 row", out)
    expect("0/3" in row["01-1"], "01-1 points", out)
    expect("program.txt never uses `set`" in row["01-4"], "01-4 row", out)


def test_predict_partial_credit(root):
    write(root, "1-predict/predictions.txt",
          "# mine\n[1]\none\n2\n\n[2]\nValueError: bang\n\n[3]\n  42  \n")
    rc, out = grade(root, "01-1")
    expect("2/3" in out, "2 of 3 snippets right", out)
    expect("snippet 2: line 1 of your prediction (`ValueError: bang`) is not what it prints" in out,
           "message without the answer", out)
    expect("boom" not in out, "the answer is not revealed", out)
    rc, out = grade(root, "01-1", "--reveal")
    expect("it prints `ValueError: boom`" in out, "--reveal shows it", out)
    write(root, "1-predict/predictions.txt", "[1]\none\n[2]\nValueError: boom\n[3]\n42\n")
    rc, out = grade(root, "01-1")
    expect("snippet 1: it prints 2 lines, you predicted 1" in out, "line count message", out)


def test_predict_spacing(root):
    # Blanks next to , : [ ] { } ( ) do not count, other runs of blanks count
    # as one space: `[1,2] True` matches `[1, 2] True`, `12` does not match `1 2`.
    write(root, "1-predict/snippets/1.txt", "print [1, 2] True {'k': (3, 4)}\nprint 12 x\n")
    write(root, "1-predict/predictions.txt",
          "[1]\n[1,2]  True {'k' :(3,4) }\n 12   x \n[2]\nValueError:boom\n[3]\n42\n")
    rc, out = grade(root, "01-1")
    expect("3/3  PASS" in out, "blanks next to punctuation ignored", out)
    write(root, "1-predict/predictions.txt",
          "[1]\n[1,2]True {'k':(3,4)}\n1 2 x\n[2]\nValue Error: boom\n[3]\n4 2\n")
    rc, out = grade(root, "01-1")
    expect("snippet 1: line 2 of your prediction (`1 2 x`) is not what it prints" in out,
           "a blank inside a word counts", out)
    expect("snippet 2: line 1 of your prediction (`Value Error: boom`)" in out, "blank in a name", out)
    expect("snippet 3: line 1 of your prediction (`4 2`)" in out, "blank in a number", out)
    expect("0/3" in out, "no points", out)


def test_predict_spacing_unit(root):
    # The comparison itself, on both sides (prediction and output).
    import importlib.util
    spec = importlib.util.spec_from_file_location("grade", GRADE)
    g = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(g)

    def same(a, b):
        return g.loosen(g.normalize(a)) == g.loosen(g.normalize(b))
    for a, b in [("[1,2] True", "[1, 2] True"), ("[1, [...], [[...]]]", "[1,[...],[[...]]]"),
                 ("{'list': [{...}], 'self': {...}}", "{'list':[{...}],'self':{...}}"),
                 ("f ( x , y )", "f(x, y)"), ("True   False", "True False"), ("a\tb ", " a b")]:
        expect(same(a, b), "%r should match %r" % (a, b))
    for a, b in [("12", "1 2"), ("True False", "TrueFalse"), ("a b", "a\nb"), ("[1, 2]", "[1; 2]"),
                 ("x = 1", "x=1")]:
        expect(not same(a, b), "%r should not match %r" % (a, b))


def test_predict_message_names_the_snippet(root):
    meta = os.path.join(root, "exercises", "01-fake", "1-predict", "exercise.json")
    with open(meta) as f:
        data = json.load(f)
    data["checks"][2]["about"] = "the answer"
    with open(meta, "w") as f:
        json.dump(data, f)
    write(root, "1-predict/predictions.txt", "[1]\none\n2\n[2]\nValueError: boom\n[3]\n41\n")
    rc, out = grade(root, "01-1")
    expect("snippet 3 (the answer): line 1 of your prediction (`41`) is not what it prints" in out,
           "the about label is shown", out)


def test_driver_message_says_fail_once(root):
    write(root, "2-implement/answer.c",
          "long add(long a, long b)\n{\n    return a == -3 ? 1 : a + b;\n}\n")
    rc, out = grade(root, "01-2")
    expect("FAIL test 4 (C test of opposites): add(-3, 3) gave 1" in out, "driver message", out)
    expect("FAIL: add" not in out and out.count("FAIL") == 2, "FAIL only once per line", out)


def test_timeout_larger_of_option_and_exercise(root):
    write(root, "2-implement/answer.c",
          "long add(long a, long b)\n{\n    if (a == -7) for (;;) ;\n    return a + b;\n}\n")
    meta = os.path.join(root, "exercises", "01-fake", "2-implement", "exercise.json")
    with open(meta) as f:
        data = json.load(f)
    data["timeout"] = 1
    with open(meta, "w") as f:
        json.dump(data, f)
    rc, out = grade(root, "01-2", timeout=2)
    expect("gave no result within 2 s" in out, "--timeout above the exercise's timeout wins", out)
    data["timeout"] = 3
    with open(meta, "w") as f:
        json.dump(data, f)
    rc, out = grade(root, "01-2", timeout=2)
    expect("gave no result within 3 s" in out, "the exercise's larger timeout wins", out)


def test_results_json(root):
    write(root, "2-implement/answer.c", "long add(long a, long b)\n{\n    return a + b;\n}\n")
    grade(root)
    with open(os.path.join(root, "build", "grade", "results.json")) as f:
        data = json.load(f)
    expect(data["schema"] == 1 and "timestamp" in data, "schema and timestamp", json.dumps(data))
    ex = data["exercises"]["01-2"]
    for key in ("title", "kind", "points", "max", "passed", "checks", "graded_at",
                "first_failure", "hints_shown"):
        expect(key in ex, "results.json lacks " + key, json.dumps(ex))
    expect(ex["passed"] and ex["points"] == ex["max"] == 4, "01-2 full marks", json.dumps(ex))
    expect(not data["exercises"]["01-1"]["passed"], "01-1 fails", json.dumps(data))
    expect(data["total"]["max"] == 13, "total max", json.dumps(data["total"]))
    # Grading one exercise keeps the others' results.
    grade(root, "01-3")
    with open(os.path.join(root, "build", "grade", "results.json")) as f:
        expect(len(json.load(f)["exercises"]) == 4, "results kept")


def test_compile_error_points_into_answer(root):
    write(root, "2-implement/answer.c", "/* mine */\nlong add(long a, long b)\n{\n    return a + b\n}\n")
    rc, out = grade(root, "01-2")
    expect("answer.c does not compile: answer.c:4:" in out and "error:" in out,
           "compiler message with answer.c line", out)
    expect("0/4" in out, "no points", out)


def test_missing_function(root):
    write(root, "2-implement/answer.c", "long sum(long a, long b)\n{\n    return a + b;\n}\n")
    rc, out = grade(root, "01-2")
    expect("answer.c does not define the function add()" in out, "missing function", out)


def test_crash_and_endless_loop(root):
    # The default 10 s lets a busy machine finish the crash report; the
    # endless loop gets its own run with a short timeout.
    write(root, "2-implement/answer.c",
          "long add(long a, long b)\n{\n    if (a == 2) { volatile long *p = 0; *p = 1; }\n"
          "    return a + b;\n}\n")
    rc, out = grade(root, "01-2")
    expect("snippet 2 `add 2 3`: your program crashed" in out, "crash reported", out)
    write(root, "2-implement/answer.c",
          "long add(long a, long b)\n{\n    if (a == -7) for (;;) ;\n    return a + b;\n}\n")
    rc, out = grade(root, "01-2", timeout=1)
    expect("snippet 3 (a negative number): your program gave no result within 1 s" in out,
           "endless loop reported", out)


def test_sanitizer_report_past_deadline_is_a_crash(root):
    sys.path.insert(0, os.path.join(REPO, "exercises"))
    import grade as grader
    late = grader.Run("", "==1==ERROR: AddressSanitizer: SEGV on unknown address", -1,
                      timed_out=True)
    expect(late.failure(2).startswith("crashed: SEGV"), "report wins over timeout", late.failure(2))
    loop = grader.Run("", "", -1, timed_out=True)
    expect(loop.failure(2) == "gave no result within 2 s (an endless loop?)", "plain timeout",
           loop.failure(2))


def test_fix_kind(root):
    fixed = open(os.path.join(root, "exercises/01-fake/3-fix/answer.c")).read().replace(
        "return low;\n    return value", "return high;\n    return value")
    write(root, "3-fix/answer.c", fixed)
    rc, out = grade(root, "01-3")
    expect("2/2  PASS" in out, "fixed answer passes", out)


def test_program_kind(root):
    write(root, "4-program/program.txt", "set a 40\nprint done\n")
    rc, out = grade(root, "01-4")
    expect("check 4 (a holds 42): after your program, `show a` must print `42`; it printed `40`"
           in out, "probe message", out)
    write(root, "4-program/program.txt", "set a 42\nfail oops\n")
    rc, out = grade(root, "01-4")
    expect("check 1 (it runs): program.txt stops with `ValueError: oops`" in out, "runs message", out)
    write(root, "4-program/program.txt", "# set a 42\nprint 42\nset b 1\n")
    rc, out = grade(root, "01-4")
    expect("check 2 (uses set): program.txt never uses `set`" not in out, "set b counts", out)
    expect("check 3 (no cheating): program.txt must not match /print 42/" in out, "forbid", out)


def test_hints_in_order(root):
    rc, out = grade(root, "hint", "01-2")
    expect("hint 1 of 3" in out and "Hint 1 for 2-implement." in out, "first hint", out)
    rc, out = grade(root, "hint", "01-2", "--tier", "3")
    expect("here is hint 2 first" in out and "Hint 2 for" in out, "tiers in order", out)
    rc, out = grade(root, "hint", "01-2")
    expect("Hint 3 for" in out and "last hint" in out, "third hint", out)
    rc, out = grade(root, "hint", "01-2", "--tier", "1")
    expect("Hint 1 for" in out, "re-show tier 1", out)
    with open(os.path.join(root, "build", "grade", "hints.json")) as f:
        expect(json.load(f) == {"01-2": [1, 2, 3]}, "hints.json")
    rc, out = grade(root, "01-2", "--hint")
    expect("hint 3 of 3" in out, "grade --hint shows a hint", out)
    grade(root)
    with open(os.path.join(root, "build", "grade", "results.json")) as f:
        expect(json.load(f)["exercises"]["01-2"]["hints_shown"] == 3, "hints_shown recorded")


def test_selftest_catches_solved_starter(root):
    ref = "/* The sum. */\nlong add(long a, long b)\n{\n    return a + b;\n}\n"
    write(root, "2-implement/answer.c", ref)
    rc, out = grade(root, "selftest")
    expect(rc != 0, "selftest must fail", out)
    expect("01-2: the starter answer.c scores full marks: it must fail" in out, "message", out)
    expect(out.rstrip().split("\n")[-1] == "grader: 3 passed, 1 failed", "final line", out)


def test_selftest_catches_wrong_reference(root):
    write(root, "1-predict/reference/predictions.txt", "[1]\none\n2\n[2]\nValueError: boom\n[3]\n43\n")
    rc, out = grade(root, "selftest", "01-1")
    expect(rc != 0 and "reference/predictions.txt scores only 2/3: snippet 3" in out,
           "stale reference caught", out)
    expect(out.rstrip().split("\n")[-1] == "grader: 0 passed, 1 failed", "final line", out)


def test_selftest_catches_statement_drift(root):
    write(root, "1-predict/exercise.md", "# Fake predict\n\n    print one\n    add 1 1\n")
    rc, out = grade(root, "selftest", "01-1")
    expect(rc != 0 and "snippet 2 (snippets/2.txt) is not shown verbatim in exercise.md" in out,
           "statement drift caught", out)


def test_missing_program(root):
    os.remove(os.path.join(root, "build", "bin", "ch01"))
    rc, out = grade(root, "01-1")
    expect(rc != 0 and "build/bin/ch01 is missing: run `make programs`" in out, "missing binary", out)
    rc, out = grade(root, "selftest")
    expect(rc != 0 and out.rstrip().endswith("grader: 0 passed, 4 failed"), "selftest", out)


def test_select_by_chapter(root):
    rc, out = grade(root, "01")
    expect(all(i in out for i in ("01-1", "01-2", "01-3", "01-4")), "chapter selects all", out)
    rc, out = grade(root, "07-1")
    expect(rc != 0 and "no exercise 07-1" in out, "unknown id", out)


LAB = os.path.join(REPO, "exercises", "11-memory-pools", "3-malloc-lab")


def make_lab(root):
    """A lab exercise (02-1) built from the malloc lab's own driver,
    interface, reference and starter, on two small traces made here."""
    ex = os.path.join(root, "exercises", "02-lab", "1-lab")
    os.makedirs(os.path.join(ex, "traces"))
    for sub in ("lab", "reference", "hints"):
        shutil.copytree(os.path.join(LAB, sub), os.path.join(ex, sub))
    for name in ("mm.c", "exercise.md"):
        shutil.copy(os.path.join(LAB, name), os.path.join(ex, name))
    seed, slots, lines = 1, [None] * 300, []
    for _ in range(3000):
        seed = (seed * 1103515245 + 12345) % 2**31
        i = seed % len(slots)
        if slots[i] is None:
            slots[i] = True
            lines.append("a %d %d" % (i, 1 + (seed >> 9) % 700))
        else:
            slots[i] = None
            lines.append("f %d" % i)
    with open(os.path.join(ex, "traces", "churn.rep"), "w") as f:
        f.write("# churn\n" + "\n".join(lines) + "\n")
    with open(os.path.join(ex, "traces", "grow.rep"), "w") as f:
        f.write("a 0 16\n" + "".join("r 0 %d\n" % (16 * k) for k in range(2, 200)) + "f 0\n")
    with open(os.path.join(ex, "exercise.json"), "w") as f:
        json.dump({"id": "02-1", "title": "Fake lab", "kind": "lab", "chapter": "02",
                   "points": 10, "answer": "mm.c", "timeout": 120,
                   "checks": [{"trace": "traces/churn.rep", "points": 3},
                              {"trace": "traces/grow.rep", "points": 1}]}, f)
    return ex


def test_lab_kind(root):
    if shutil.which("valgrind") is None:
        print("     (no valgrind: the lab kind is not tested)")
        return
    ex = make_lab(root)
    rc, out = grade(root, "selftest", "02-1")
    expect(rc == 0 and "02-1: reference/mm.c scores 10/10" in out, "reference full marks", out)
    expect("02-1: the starter mm.c fails" in out, "starter fails", out)
    # The starter earns part of a trace: the message gives both figures.
    rc, out = grade(root, "02-1")
    expect("FAIL trace churn: utilisation" in out and "of its points" in out, "partial", out)
    with open(os.path.join(root, "build", "grade", "results.json")) as f:
        first = json.load(f)["exercises"]["02-1"]
    expect(0 < first["points"] < 10 and 0 < first["checks"][1]["score"] < 1, "fractional", out)
    # Instruction counts, not times: the same points on a second run.
    rc, again = grade(root, "02-1")
    with open(os.path.join(root, "build", "grade", "results.json")) as f:
        expect(json.load(f)["exercises"]["02-1"]["points"] == first["points"], "deterministic",
               out + again)
    # Wrong blocks score 0 on their trace, whatever the utilisation.
    ref = open(os.path.join(ex, "reference", "mm.c")).read()
    for broken, said in (
            (ref.replace("#define CLASS(n)    (((n) - 1) >> 4)",
                         "#define CLASS(n)    ((((n) - 1) >> 4) & ~1u)"), "overlaps live block"),
            (ref.replace("    b->next = *head;\n", "    b->next = *head;\n    ((char *)b)[size] = 1;\n"),
             "was overwritten while the block was live"),
            (ref.replace("    void *p = top;", "    void *p = top + 8;"), "not 16-byte aligned")):
        expect(broken != ref, "mutation applies: " + said)
        with open(os.path.join(ex, "mm.c"), "w") as f:
            f.write(broken)
        rc, out = grade(root, "02-1")
        expect("FAIL trace churn: op " in out and said in out, said, out)
    with open(os.path.join(ex, "mm.c"), "w") as f:
        f.write(ref.replace("#include <string.h>", "#include <stdlib.h>\n#include <string.h>")
                   .replace("    return 0;\n}", "    top = malloc(16);\n    return 0;\n}", 1))
    rc, out = grade(root, "02-1")
    expect("mm.c calls malloc(): every byte must come from mem_sbrk" in out, "no malloc", out)


def main():
    tests = [(n, f) for n, f in sorted(globals().items()) if n.startswith("test_")]
    only = sys.argv[1:]
    passed = failed = 0
    for name, fn in tests:
        if only and not any(o in name for o in only):
            continue
        root = make_root()
        try:
            fn(root)
            print("ok   %s" % name)
            passed += 1
        except Exception as e:  # report every failure, then go on
            print("FAIL %s: %s" % (name, e if isinstance(e, AssertionError) else traceback.format_exc()))
            failed += 1
        finally:
            shutil.rmtree(root, ignore_errors=True)
    print("grader fixtures: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
