#!/usr/bin/env bash
# test_cli.sh [BINDIR]: the command line of DESIGN §5, for build/bin/minipy
# and every chapter program. Where a python3 3.11 is at hand, the REPL's
# stdout and stderr are also compared with python3 -q -i fed the same input.
# Last line: "cli: N passed, M failed".
set -u
bindir=$(cd "${1:-build/bin}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

ok()   { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

# expect NAME EXPECTED ACTUAL
expect() {
    if [ "$2" == "$3" ]; then ok; else
        fail "$1"
        diff <(printf '%s\n' "$2") <(printf '%s\n' "$3") | head -20
    fi
}

# Addresses differ from run to run.
normalise() { sed -E 's/0x[0-9a-f]+/0xADDR/g'; }

check_program() {
    local bin=$1 name
    name=$(basename "$bin")

    # A script: stdout, exit 0.
    printf 'a = [1, 2]\nprint(len(a), a)\n' > "$work/ok.py"
    out=$("$bin" "$work/ok.py" 2>"$work/err"); rc=$?
    expect "$name script output" "2 [1, 2]" "$out"
    expect "$name script status" "0" "$rc"
    expect "$name script stderr" "" "$(cat "$work/err")"

    # An uncaught exception: traceback on stderr, exit 1.
    printf 'print("before")\ndef f():\n    return 1 // 0\nf()\n' > "$work/bad.py"
    out=$("$bin" "$work/bad.py" 2>"$work/err"); rc=$?
    expect "$name failing script stdout" "before" "$out"
    expect "$name failing script status" "1" "$rc"
    expect "$name failing script traceback" "Traceback (most recent call last):
  File \"$work/bad.py\", line 4, in <module>
    f()
  File \"$work/bad.py\", line 3, in f
    return 1 // 0" "$(grep -v '^ *[~^]*$' "$work/err" | head -5)"
    expect "$name failing script last line" "ZeroDivisionError: integer division or modulo by zero" \
        "$(tail -n 1 "$work/err")"

    # -c
    out=$("$bin" -c 'x = 6
print(x * 7)' 2>&1); rc=$?
    expect "$name -c" "42" "$out"
    expect "$name -c status" "0" "$rc"
    out=$("$bin" -c 'nope' 2>&1); rc=$?
    expect "$name -c error" 'Traceback (most recent call last):
  File "<string>", line 1, in <module>
NameError: name '"'nope'"' is not defined' "$out"
    expect "$name -c error status" "1" "$rc"

    # An int literal beyond 64 bits is an int like any other (python3 -c
    # printed the expectation).
    out=$("$bin" -c 'x = 1
y = 0x1_0000_0000_0000_0000
print(y)' 2>&1); rc=$?
    expect "$name big literal" '18446744073709551616' "$out"
    expect "$name big literal status" "0" "$rc"

    # A compile-time warning comes before the program's output; -c has no
    # source text to show under it (as in CPython).
    out=$("$bin" -c 'x = 7
print(x is 7)' 2>&1); rc=$?
    expect "$name -c SyntaxWarning" '<string>:2: SyntaxWarning: "is" with a literal. Did you mean "=="?
True' "$out"
    expect "$name -c SyntaxWarning status" "0" "$rc"

    # The REPL, as python3 -q -i: prompts and tracebacks on stderr.
    printf 'x = [1]\nx\n1/0\nprint("go on")\n' > "$work/repl.in"
    "$bin" -q -i < "$work/repl.in" > "$work/out" 2> "$work/err"; rc=$?
    expect "$name REPL stdout" '[1]
go on' "$(cat "$work/out")"
    expect "$name REPL stderr" '>>> >>> >>> Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
ZeroDivisionError: division by zero
>>> >>> ' "$(cat "$work/err")"
    expect "$name REPL status" "0" "$rc"
    if [ -n "$python" ]; then
        "$python" -q -i < "$work/repl.in" > "$work/py.out" 2> "$work/py.err"
        expect "$name REPL stdout = python3" "$(cat "$work/py.out")" "$(cat "$work/out")"
        expect "$name REPL stderr = python3" "$(cat "$work/py.err")" "$(cat "$work/err")"
    fi

    # -i after -c: a SystemExit is reported and the REPL follows; the
    # status is then the REPL's (CPython's pymain_repl).
    out=$(printf 'print("in repl")\n' | "$bin" -q -i -c 'raise SystemExit(3)' 2> "$work/err"); rc=$?
    expect "$name -i after SystemExit" "in repl 0 SystemExit: 3" "$out $rc $(grep '^SystemExit' "$work/err")"
    out=$(printf 'exit(4)\nprint("not reached")\n' | "$bin" -q -i -c '1/0' 2> /dev/null); rc=$?
    expect "$name exit() in the REPL" " 4" "$out $rc"

    # A block, `_`, None not echoed.
    printf 'def f(n):\n    return n + 1\n\nf(1)\n_ + 10\nNone\n' > "$work/repl2.in"
    out=$("$bin" -q < "$work/repl2.in" 2>/dev/null)
    expect "$name REPL block and _" '2
12' "$out"

    # The banner without -q.
    "$bin" < /dev/null > /dev/null 2> "$work/err"
    expect "$name banner" "1" "$(grep -c 'a Python 3.11 subset' "$work/err")"

    # --transcript: what a terminal shows, on stdout, in order.
    out=$("$bin" -q --transcript < "$work/repl.in" 2>/dev/null)
    expect "$name transcript" '>>> x = [1]
>>> x
[1]
>>> 1/0
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
ZeroDivisionError: division by zero
>>> print("go on")
go on
>>> ' "$out"

    # A missing script: CPython's message and status 2.
    (cd "$work" && "$bin" nope.py > /dev/null 2> "$work/err"); rc=$?
    expect "$name missing file" "$bin: can't open file '$work/nope.py': [Errno 2] No such file or directory" \
        "$(cat "$work/err")"
    expect "$name missing file status" "2" "$rc"

    # An unknown option: message, usage, status 2.
    "$bin" -x > /dev/null 2> "$work/err"; rc=$?
    expect "$name unknown option" "$name: unknown option -x" "$(head -n 1 "$work/err")"
    expect "$name unknown option usage" "1" "$(grep -c "^usage: $name \[option\]" "$work/err")"
    expect "$name unknown option status" "2" "$rc"
    # --help names the program as it was started: ch03 says ch03, and a
    # copy under another name says that name.
    out=$("$bin" --help); rc=$?
    expect "$name --help" "0 usage: $name [option] ... [-c cmd | file]" "$rc $(printf '%s\n' "$out" | head -n 1)"
    expect "$name --help names it again" "With no script and no -c, $name starts the REPL." \
        "$(printf '%s\n' "$out" | tail -n 1)"
    ln -sf "$bin" "$work/renamed"
    expect "$name --help under another name" "usage: renamed [option] ... [-c cmd | file]" \
        "$("$work/renamed" --help | head -n 1)"

    # --dot FILE writes a drawing; a FILE naming Python source is refused,
    # so that `--dot script.py` cannot overwrite the script.
    "$bin" --dot "$work/names.dot" "$work/ok.py" > /dev/null 2>&1; rc=$?
    expect "$name --dot" "0 1" "$rc $(grep -c '^digraph' "$work/names.dot")"
    cp "$work/ok.py" "$work/keep.py"
    "$bin" --dot "$work/keep.py" < /dev/null > /dev/null 2> "$work/err"; rc=$?
    expect "$name --dot refuses a .py" "2 1" "$rc $(grep -c "refusing to overwrite '$work/keep.py'" "$work/err")"
    expect "$name --dot leaves the script" "$(cat "$work/ok.py")" "$(cat "$work/keep.py")"

    "$bin" --dot "$work/no/such/dir.dot" "$work/ok.py" > /dev/null 2> "$work/err"; rc=$?
    expect "$name --dot unwritable" "2 $name: can't write '$work/no/such/dir.dot': [Errno 2] No such file or directory" \
        "$rc $(cat "$work/err")"

    # A directory as the script: CPython's message when it has no __main__.py.
    mkdir -p "$work/adir"
    "$bin" "$work/adir" > /dev/null 2> "$work/err"; rc=$?
    expect "$name directory as script" "1 $bin: can't find '__main__' module in '$work/adir'" "$rc $(cat "$work/err")"

    # Mixed tabs and spaces: TabError, a subclass of IndentationError.
    printf 'if 1:\n        x = 1\n\ty = 2\n' > "$work/tab.py"
    "$bin" "$work/tab.py" > /dev/null 2> "$work/err"; rc=$?
    expect "$name TabError" "1 TabError: inconsistent use of tabs and spaces in indentation" \
        "$rc $(tail -n 1 "$work/err")"
    printf 'try:\n    import tab\nexcept IndentationError as e:\n    print(type(e).__name__)\n' \
        > "$work/importtab.py"
    out=$("$bin" "$work/importtab.py" 2>&1)
    expect "$name TabError is an IndentationError" "TabError" "$out"

    # A byte that is not UTF-8: CPython's SyntaxError, never a crash.
    printf '# \xe9\nprint(1)\n' > "$work/latin1.py"
    "$bin" "$work/latin1.py" > /dev/null 2> "$work/err"; rc=$?
    expect "$name non-UTF-8 source" "1 SyntaxError: Non-UTF-8 code starting with '\\xe9' in file $work/latin1.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details" \
        "$rc $(tail -n 1 "$work/err")"

    # --stats prints its report at exit (stderr).
    "$bin" --stats -c 'x = 1' 2> "$work/err" > /dev/null
    expect "$name --stats" "1" "$(grep -c 'objects alive' "$work/err")"

    # sys.argv
    out=$("$bin" "$work/ok.py" a b > /dev/null; "$bin" -c 'import sys
print(sys.argv)' x y)
    expect "$name sys.argv" "['-c', 'x', 'y']" "$out"

    # Modules beside the script; __name__.
    mkdir -p "$work/pkg"
    printf 'v = 5\nprint("imported", __name__)\n' > "$work/pkg/mod.py"
    printf 'import mod\nfrom mod import v\nif __name__ == "__main__":\n    print(v, mod.v)\n' > "$work/pkg/main.py"
    out=$("$bin" "$work/pkg/main.py" 2>&1)
    expect "$name import" "imported mod
5 5" "$out"
}

check_refcount_program() {
    local bin=$1 name
    name=$(basename "$bin")
    # --trace-dealloc (chapter 3 on): one line per object freed.
    "$bin" --trace-dealloc -c 'a = [1, 2, 3]
del a' > /dev/null 2> "$work/err"
    expect "$name --trace-dealloc" "dealloc list at 0xADDR" "$(grep '^dealloc list' "$work/err" | head -n 1 | normalise)"

    # Reference counts as CPython 3.11 prints them (script mode).
    cat > "$work/counts.py" <<'EOF'
import sys
a = [1, 2, 3]
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
def f(x):
    return sys.getrefcount(x)
print(f([]))
class A:
    def __init__(self):
        print(sys.getrefcount(self))
    def m(self):
        return sys.getrefcount(self)
o = A()
print(o.m())
bm = o.m
print(bm())
for x in [[]]:
    print(sys.getrefcount(x))
message = "Hello"
print(sys.getrefcount(message))
EOF
    out=$("$bin" "$work/counts.py" 2>&1 | tr '\n' ' ')
    expect "$name refcounts" "2 3 2 3 3 4 3 4 " "$out"
    # ... and __del__ at exit, when the module's globals are cleared.
    printf 'class A:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        print("del", self.n)\na = A("a")\nb = A("b")\n' > "$work/del.py"
    out=$("$bin" "$work/del.py" 2>&1 | tr '\n' ' ')
    expect "$name __del__ at exit" "del a del b " "$out"
}

python=""
if command -v python3 > /dev/null && python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
    python=python3
fi

# How the source is read (issue 8, item 9): a UTF-8 byte order mark,
# \r and \r\n line ends, a null byte; stdout, stderr and the exit status
# compared with python3's on the same file.
check_source_bytes() {
    local bin=$1 name kind
    name=$(basename "$bin")
    [ -n "$python" ] || return 0
    printf '\xef\xbb\xbfprint("bom")\n' > "$work/src-bom.py"
    printf 'x = 1\ry = 2\rprint(x + y)\r' > "$work/src-cr.py"
    printf 'x = 1\r\nif x:\r\n    print("crlf", x)\r\n' > "$work/src-crlf.py"
    printf 'print(1)\n\nprint(2)\x00\n' > "$work/src-nul.py"
    for kind in bom cr crlf nul; do
        (cd "$work" && "$python" "src-$kind.py" > py.out 2>&1; echo "status $?" >> py.out)
        (cd "$work" && "$bin" "src-$kind.py" > mp.out 2>&1; echo "status $?" >> mp.out)
        expect "$name source with $kind" "$(cat "$work/py.out")" "$(cat "$work/mp.out")"
    done
}

# MemoryError (issue 8, item 6): under `ulimit -v` a request the system
# refuses is an ordinary exception, caught or reported, and the program
# goes on, in a script and at the REPL; compared with python3 under the
# same limit (2 GB of address space: enough for python3 to start).
MEMORY_LIMIT_KB=2000000
check_memory_error() {
    local bin=$1 name mode
    name=$(basename "$bin")
    [ -n "$python" ] || return 0
    cat > "$work/memerr.py" <<'PY'
def attempt(label, make):
    try:
        make()
    except MemoryError as e:
        print(label, type(e).__name__, repr(e), e.args)
    else:
        print(label, "no error")


attempt("list * n", lambda: [0] * 10**9)
attempt("list * huge", lambda: [0, 1] * 2**62)
attempt("str * n", lambda: "ab" * (2 * 10**9))
attempt("str * huge", lambda: "x" * 2**62)
attempt("tuple * n", lambda: (1, 2) * 10**9)
attempt("join", lambda: "-".join(["ab" * 10**8] * 20))
attempt("list(range)", lambda: list(range(10**9)))
attempt("format width", lambda: format(1, "3000000000"))
attempt("%-format width", lambda: "%*d" % (3 * 10**9, 1))
attempt("ljust", lambda: "a".ljust(3 * 10**9))
attempt("shift", lambda: 1 << 3 * 10**10)
caught = 0
for i in range(40):
    try:
        [None] * 10**9
    except MemoryError:
        caught += 1

print("caught", caught, "the program goes on:", sum([1, 2, 3]))
try:
    "x" * 2**63
except OverflowError as e:
    print("OverflowError", e)

data = [0] * 10**9
print("not reached")
PY
    for mode in script repl; do
        # python3's run is the same for every program: made once.
        if [ $mode = script ]; then
            [ -f "$work/py-memerr-$mode.out" ] || (ulimit -v $MEMORY_LIMIT_KB; cd "$work" && "$python" memerr.py > py-memerr-$mode.out 2>&1; echo "status $?" >> py-memerr-$mode.out)
            (ulimit -v $MEMORY_LIMIT_KB; cd "$work" && "$bin" memerr.py > mp.out 2>&1; echo "status $?" >> mp.out)
        else
            [ -f "$work/py-memerr-$mode.out" ] || (ulimit -v $MEMORY_LIMIT_KB; cd "$work" && "$python" -q -i < memerr.py > py-memerr-$mode.out 2>&1; echo "status $?" >> py-memerr-$mode.out)
            (ulimit -v $MEMORY_LIMIT_KB; cd "$work" && "$bin" -q -i < memerr.py > mp.out 2>&1; echo "status $?" >> mp.out)
        fi
        # minipy prints no carets (Appendix A): python3's are left out.
        expect "$name MemoryError under ulimit -v ($mode)" "$(grep -v '^ *[~^]*$' "$work/py-memerr-$mode.out")" \
            "$(cat "$work/mp.out")"
        # The caught ones really were caught: a test that cannot pass vacuously.
        expect "$name MemoryError caught 40 times ($mode)" "1" \
            "$(grep -c 'caught 40 the program goes on: 6$' "$work/mp.out")"
    done
}

# A dict filled until memory runs out: its table's growth is the request
# the system refuses (tables of 64 KiB and more come through the fallible
# door), a MemoryError the program catches, and it goes on; python3 under
# the same limit (400 MB: a quick failure) prints the same.
check_dict_memory_error() {
    local bin=$1 name
    name=$(basename "$bin")
    [ -n "$python" ] || return 0
    cat > "$work/dictmem.py" <<'PY'
d = {}
try:
    for i in range(10**9):
        d[i] = None
except MemoryError as e:
    n = len(d)
    d = None
    print("dict growth:", type(e).__name__, e.args, n > 100000)
print("the program goes on:", sum(range(10)))
PY
    [ -f "$work/py-dictmem.out" ] || (ulimit -v 400000; cd "$work" && "$python" dictmem.py > py-dictmem.out 2>&1; echo "status $?" >> py-dictmem.out)
    (ulimit -v 400000; cd "$work" && "$bin" dictmem.py > mp-dictmem.out 2>&1; echo "status $?" >> mp-dictmem.out)
    expect "$name dict growth MemoryError under ulimit -v" "$(cat "$work/py-dictmem.out")" \
        "$(cat "$work/mp-dictmem.out")"
    expect "$name dict growth MemoryError caught" "1" \
        "$(grep -c '^dict growth: MemoryError () True$' "$work/mp-dictmem.out")"
}

# A write error on stdout (issue 8, item 9): `> /dev/full`. Buffered,
# CPython fails when it flushes: at print(flush=True) (a traceback), and
# at exit ("Exception ignored in: <_io.TextIOWrapper name='<stdout>'...>",
# status 120); unbuffered (PYTHONUNBUFFERED), at the print itself
# (traceback, status 1). stderr and status compared with python3's.
check_stdout_errors() {
    local bin=$1 name unbuffered case
    name=$(basename "$bin")
    { [ -n "$python" ] && [ -w /dev/full ]; } || return 0
    printf 'print(1)
print(2)
' > "$work/full.py"
    printf 'print(1)
1 + 1
' > "$work/full-repl.txt"
    for unbuffered in "" 1; do
        for case in 'print(1)' 'print(1, flush=True)' 'print(1); 1/0' 'import sys; sys.exit(3)' \
                    'print("x" * 10000); print("after", flush=True)' script repl; do
            for who in py mp; do
                prog=$bin
                [ $who = py ] && prog=$python
                key="$work/py-full-$(printf '%s' "$case$unbuffered" | cksum | cut -d' ' -f1)"
                if [ $who = py ] && [ -f "$key" ]; then cp "$key" "$work/py.out"; continue; fi
                case $case in
                    script) (cd "$work" && PYTHONUNBUFFERED=$unbuffered "$prog" full.py > /dev/full 2> $who.out; echo "status $?" >> $who.out) ;;
                    repl) (cd "$work" && PYTHONUNBUFFERED=$unbuffered "$prog" -q -i < full-repl.txt > /dev/full 2> $who.out; echo "status $?" >> $who.out) ;;
                    *) (cd "$work" && PYTHONUNBUFFERED=$unbuffered "$prog" -c "$case" > /dev/full 2> $who.out; echo "status $?" >> $who.out) ;;
                esac
                [ $who = py ] && cp "$work/py.out" "$key"
            done
            expect "$name > /dev/full: $case (PYTHONUNBUFFERED=$unbuffered)" \
                "$(grep -v '^ *[~^]*$' "$work/py.out")" "$(cat "$work/mp.out")"
        done
    done
    PYTHONUNBUFFERED= "$bin" -c 'print(1)' > /dev/full 2> /dev/null
    expect "$name > /dev/full is not a success" "120" "$?"
}

for bin in "$bindir"/minipy "$bindir"/ch[0-9][0-9]; do
    [ -x "$bin" ] || continue
    check_program "$bin"
    check_source_bytes "$bin"
    case $(basename "$bin") in
        # The full runtime, and a chapter before the collector (no
        # MemoryError goes back to the reserve there): enough to cover
        # both, at a fraction of the time of every program.
        minipy|ch03) check_memory_error "$bin"; check_dict_memory_error "$bin"; check_stdout_errors "$bin" ;;
    esac
    case $(basename "$bin") in
        ch01|ch02) ;;
        *) check_refcount_program "$bin" ;;
    esac
done
if [ $((passed + failed)) -eq 0 ]; then
    fail "no program found in $bindir"
fi
echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
