#!/usr/bin/env python3
"""test_unicode_names.py: "\\N{...}" in minipy against python3 (3.11).

    tests/test_unicode_names.py BIN_DIR

1. The committed table (code/parser/unicode_name_table.[ch]) is what
   tools/gen_unicode_names.py writes today, byte for byte.
2. Every named character of python3's unicodedata, every name alias, and
   every stored name and alias in lowercase, as "\\N{...}" escapes in
   string literals: BIN_DIR/minipy prints the same code points as python3
   running the same program; each other chapter program, every 97th name.
3. Malformed and unknown names, in strings and f-strings: the same
   SyntaxError, carets included, as python3 (a file, and -c).
Prints "unicode-names: N passed, M failed".
"""
import concurrent.futures
import os
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(REPO, "tools"))
import gen_unicode_names as gen  # noqa: E402

CHUNK = 2000            # escapes per string literal

# Programs whose SyntaxError python3 and minipy must print alike, run as a
# file and with -c.
ERRORS = [
    'x = "\\N{NO SUCH}"', 'x = "\\N"', 'x = "\\N{"', 'x = "\\N{}"', 'x = "\\N{abc',
    'x = "\\N{abc"', 'x = "\\NX"', 'x = "\\N{DIGIT ONE"', 'x = "a" "\\N{BAD}" + 1',
    'x = "\\N{BAD}" "a"', 'x = ("\\N{BAD}"\n)',
    'x = "\\N{BULLET}\\x1"', 'x = "\\N{DIGIT ONE}\\U00110000"',
    'x = "\\N{cjk unified ideograph-4e00}"', 'x = "\\N{CJK UNIFIED IDEOGRAPH-4e00}"',
    'x = "\\N{CJK UNIFIED IDEOGRAPH-2A6E0}"', 'x = "\\N{hangul syllable GA}"',
    'x = "\\N{HANGUL SYLLABLE ga}"', 'x = "\\N{HANGUL SYLLABLE GAGG}"',
    'x = "\\N{TANGUT IDEOGRAPH-17000}"', 'x = "\\N{NUSHU CHARACTER-01B170}"',
    'x = "\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"',
    'x = 1\ny = f"\\N{NO SUCH}{x}"', 'x = 1\ny = f"{x}\\N{BAD}"', 'y = f"ab{{\\N{BAD}"',
    'y = f"\\N{DIGIT ONE"', 'y = f"\\N{DIGIT ONE}}"', 'y = f"\\N}"', 'y = f"\\N{{x}"',
    'y = f"\\N"', 'x = 1\ny = f"{x:\\N{BAD}}"', 'y = f"a\\}"', 'y = f"\\x1" + 1',
]
# A string of two lines: as a file only (with -c, CPython shows the
# error's line and caret from its tokenizer's buffer, minipy does not).
ERRORS_FILE_ONLY = ['x = """\n\\N{BAD}"""', 'x = """\u00e9\n\\x1"""']
# A non-ASCII character before the error on its line: with -c only (in a
# file CPython counts the caret's column in bytes, for every error its
# parser raises, minipy in characters).
ERRORS_C_ONLY = ['x = "\u00e9\\N{BAD}"', 'x = "\\N{\u00e9}"', 'x = "\\\u00e9\\N{BAD}"']
# Programs that run: the same output.
RUNS = [
    'print(ascii("\\N{latin small letter a}\\N{Latin Small Letter A}\\N{BULLET}"))',
    'print(ascii(r"\\N{X}" "\\N{LF}\\N{NBSP}\\N{BYTE ORDER MARK}"))',
    'x = 1\nprint(f"\\N{DIGIT ONE}{x}", f"{x:\\N{DIGIT ONE}}", rf"\\N{x}")',
    'print(f"\\{6}", ascii(f"\\N{LEFT CURLY BRACKET}{{\\N{RIGHT CURLY BRACKET}}}"))',
]


def committed_table_is_current(failures):
    for name, text in gen.generate(gen.DEFAULT_ALIASES).items():
        with open(os.path.join(REPO, "code", "parser", name), "rb") as f:
            if f.read() != text.encode("ascii"):
                failures.append("code/parser/%s is stale: run python3 "
                                "tools/gen_unicode_names.py" % name)
    return 1


def all_names():
    """Every name \\N{} accepts that this test tries, in a stable order."""
    names = [unicodedata.name(chr(cp)) for cp in range(0x110000)
             if unicodedata.name(chr(cp), None)]
    aliases = sorted(gen.read_aliases(gen.DEFAULT_ALIASES, {}))
    lowered = []
    for name in names + aliases:
        try:
            unicodedata.lookup(name.lower())
            lowered.append(name.lower())
        except KeyError:
            pass                        # computed names: exact case only
    return names + aliases + lowered


def program_of(names):
    lines = []
    for i in range(0, len(names), CHUNK):
        escapes = "".join("\\N{%s}" % n for n in names[i:i + CHUNK])
        lines.append('s = "%s"' % escapes)
        lines.append('print(" ".join([str(ord(c)) for c in s]))')
    return "\n".join(lines) + "\n"


def run(command, source, as_file, tmp):
    if as_file:
        path = os.path.join(tmp, "t%d.py" % abs(hash(source)))
        with open(path, "w", encoding="utf-8") as f:
            f.write(source + "\n")
        argv = command + [path]
    else:
        argv = command + ["-c", source]
    p = subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd=tmp)
    return p.returncode, p.stdout, p.stderr.replace(tmp + os.sep, "")


def same(failures, label, command, source, as_file, tmp):
    expected = run(["python3"], source, as_file, tmp)
    got = run(command, source, as_file, tmp)
    if got != expected:
        failures.append("%s: %r\n  python3: %r\n  minipy:  %r" % (label, source, expected, got))
    return 1


def main(bin_dir):
    failures, tests = [], 0
    tests += committed_table_is_current(failures)
    names = all_names()
    with tempfile.TemporaryDirectory() as tmp:
        minipy = [os.path.abspath(os.path.join(bin_dir, "minipy"))]
        tests += same(failures, "every name (%d)" % len(names), minipy,
                      program_of(names), True, tmp)
        for n in range(1, 12):
            program = [os.path.abspath(os.path.join(bin_dir, "ch%02d" % n))]
            tests += same(failures, "ch%02d: every 97th name" % n, program,
                          program_of(names[::97]), True, tmp)
        small = [(source, True) for source in ERRORS + RUNS + ERRORS_FILE_ONLY] \
            + [(source, False) for source in ERRORS + RUNS + ERRORS_C_ONLY]
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            tests += sum(pool.map(lambda case: same(failures, "file" if case[1] else "-c", minipy,
                                                    case[0], case[1], tmp), small))
    for f in failures:
        print(f[:2000])
    print("unicode-names: %d passed, %d failed" % (tests - len(failures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
