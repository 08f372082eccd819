#!/usr/bin/env python3
"""test_repl_tty.py [BINDIR]: the REPL on a terminal, and stdout's buffering.

Each chapter program is started on a pseudo-terminal (the pty module) and
typed at: lines, the up-arrow (history), Ctrl-C at the prompt, at a
continuation line and while `while True: pass` runs, Ctrl-D. Then a script
is interrupted with SIGINT, and stdout's buffering is checked on a pipe and
on a terminal, with and without PYTHONUNBUFFERED; where python3 is 3.11,
the order of stdout and stderr merged (2>&1) must be CPython's.
Last line: "repl: N passed, M failed".
"""
import os
import pty
import re
import select
import signal
import subprocess
import sys
import tempfile
import time

UP = b"\x1b[A"
CTRL_C = b"\x03"
CTRL_D = b"\x04"
TIMEOUT = 10.0

passed = failed = 0


def check(name, condition, transcript=""):
    global passed, failed
    if condition:
        passed += 1
        return
    failed += 1
    print("FAIL: %s" % name)
    if transcript:
        print("   transcript: %r" % transcript[-600:])


class Terminal:
    """A program on a pseudo-terminal; `text` is all it has shown, with
    the terminal's \\r\\n made \\n."""

    def __init__(self, argv, env=None):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.execve(argv[0], argv, env if env is not None else os.environ)
            finally:
                os._exit(127)
        self.raw = b""
        self.status = None

    @property
    def text(self):
        return self.raw.decode("utf-8", "replace").replace("\r\n", "\n")

    def read(self, seconds):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            ready, _, _ = select.select([self.fd], [], [], 0.02)
            if not ready:
                continue
            try:
                data = os.read(self.fd, 4096)
            except OSError:         # the program has gone: EIO
                return False
            if not data:
                return False
            self.raw += data
        return True

    def wait_for(self, pattern, start):
        """Read until `pattern` matches the text shown since `start`."""
        end = time.monotonic() + TIMEOUT
        while time.monotonic() < end:
            if re.search(pattern, self.text[start:]):
                return True
            if not self.read(0.05):
                break
        return re.search(pattern, self.text[start:]) is not None

    def type(self, data, then, wait=0.0):
        """Type `data` (after `wait` seconds) and read until `then` shows;
        returns the text shown after typing."""
        if wait:
            self.read(wait)
        start = len(self.text)
        os.write(self.fd, data)
        self.wait_for(then, start)
        return self.text[start:]

    def finish(self):
        end = time.monotonic() + TIMEOUT
        while time.monotonic() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
                break
            self.read(0.05)
        else:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)
        return self.status


PROMPT = r">>> $"
MORE = r"\.\.\. $"


def check_repl(program):
    name = os.path.basename(program)
    t = Terminal([program, "-q"])
    check(name + ": first prompt", t.wait_for(PROMPT, 0), t.text)
    t.type(b"x = 41\r", PROMPT)
    shown = t.type(b"x + 1\r", PROMPT)
    check(name + ": a line typed and run", "\n42\n" in shown, t.text)

    # The up-arrow brings `x + 1` back; Enter runs it, and the REPL is at
    # a fresh ">>> ", not stuck at "... ".
    shown = t.type(UP, r"x \+ 1$")
    check(name + ": up-arrow recalls the last line", shown.endswith("x + 1"), t.text)
    shown = t.type(b"\r", PROMPT + "|" + MORE)
    check(name + ": the recalled line runs", "\n42\n" in shown, t.text)
    check(name + ": not stuck at ... after the up-arrow",
          re.search(PROMPT, shown) is not None, t.text)

    # Ctrl-C at the prompt drops the half-typed line.
    t.type(b"z = 5", r"z = 5$")
    shown = t.type(CTRL_C, PROMPT)
    check(name + ": Ctrl-C at the prompt", re.search(r"\nKeyboardInterrupt\n>>> $", shown), t.text)
    shown = t.type(b"z\r", PROMPT)
    check(name + ": the interrupted line did not run",
          "NameError: name 'z' is not defined" in shown, t.text)

    # Ctrl-C at a continuation line drops the whole entry.
    t.type(b"if 1:\r", MORE)
    shown = t.type(CTRL_C, PROMPT)
    check(name + ": Ctrl-C at ... gives a fresh >>>",
          re.search(r"\nKeyboardInterrupt\n>>> $", shown), t.text)
    shown = t.type(b"x\r", PROMPT)
    check(name + ": the REPL goes on after Ctrl-C at ...", "\n41\n" in shown, t.text)

    # Ctrl-C while a statement runs: a traceback, then the prompt.
    t.type(b"while True: pass\r", MORE)
    t.type(b"\r", r"^\n$")
    shown = t.type(CTRL_C, PROMPT, wait=0.3)
    check(name + ": Ctrl-C stops a loop",
          re.search(r'Traceback \(most recent call last\):\n  File "<stdin>", line 1, in <module>\n'
                    r'KeyboardInterrupt\n>>> $', shown), t.text)
    t.type(b"def spin():\r", MORE)
    t.type(b"    while True: pass\r", MORE)
    t.type(b"\r", PROMPT)
    t.type(b"spin()\r", r"spin\(\)\n$")
    shown = t.type(CTRL_C, PROMPT, wait=0.3)
    check(name + ": Ctrl-C stops a loop in a function",
          re.search(r'line 1, in <module>\n  File "<stdin>", line 2, in spin\nKeyboardInterrupt\n>>> $',
                    shown), t.text)
    shown = t.type(b"x + 1\r", PROMPT)
    check(name + ": the REPL keeps its state after Ctrl-C", "\n42\n" in shown, t.text)

    # Ctrl-D leaves, with status 0.
    os.write(t.fd, CTRL_D)
    status = t.finish()
    check(name + ": Ctrl-D leaves the REPL", status is not None and os.WIFEXITED(status)
          and os.WEXITSTATUS(status) == 0, t.text)


def check_script_interrupt(program, work):
    """A script stopped by SIGINT: CPython's traceback, and the program
    dies of SIGINT (status 130 in a shell)."""
    name = os.path.basename(program)
    script = os.path.join(work, "spin.py")
    with open(script, "w") as f:
        f.write('print("spinning", flush=True)\nwhile True:\n    pass\n')
    proc = subprocess.Popen([program, script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    err = err.decode()
    check(name + ": the script ran", first == b"spinning\n", first)
    check(name + ": SIGINT in a script gives a traceback",
          err == 'Traceback (most recent call last):\n  File "%s", line 2, in <module>\n'
                 '    while True:\nKeyboardInterrupt\n' % script, err)
    check(name + ": a script interrupted dies of SIGINT", proc.returncode == -signal.SIGINT,
          str(proc.returncode))


def environment(unbuffered):
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    return env


def merged(argv, env, cwd):
    """stdout and stderr through one pipe, as `2>&1 | cat`."""
    proc = subprocess.run(argv, env=env, cwd=cwd, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, timeout=TIMEOUT)
    return re.sub(r"0x[0-9a-f]+", "0xADDR", proc.stdout.decode())


def check_ordering(program, work, python):
    """Output then an error, and output around an ignored exception, with
    the two streams merged: an ignored exception's report in one piece;
    the order CPython's where python3 3.11 runs here."""
    name = os.path.basename(program)
    scripts = {
        "raises.py": 'print("one")\nprint("two")\nraise ValueError("three")\n',
        "ignored.py": 'class A:\n    def __del__(self):\n        raise ValueError("in del")\n'
                      'print("before")\na = A()\ndel a\nprint("after")\n',
    }
    for script, text in scripts.items():
        with open(os.path.join(work, script), "w") as f:
            f.write(text)
    for unbuffered in (True, False):
        mode = "PYTHONUNBUFFERED=1" if unbuffered else "no PYTHONUNBUFFERED"
        env = environment(unbuffered)
        out = merged([program, "raises.py"], env, work).split("\n")
        check("%s: output before the traceback (%s)" % (name, mode),
              out[:3] == ["one", "two", "Traceback (most recent call last):"], out)
        out = merged([program, "ignored.py"], env, work).split("\n")
        start = next((i for i, line in enumerate(out) if line.startswith("Exception ignored in:")), None)
        report = out[start:start + 5] if start is not None else []
        check("%s: an ignored exception's report in one piece (%s)" % (name, mode),
              len(report) == 5 and report[1] == "Traceback (most recent call last):"
              and report[4] == "ValueError: in del", out)
        # Unbuffered, "before" is out at once; buffered, it waits in stdout's
        # buffer while the report goes straight to stderr (CPython's order).
        expected_first = "before" if unbuffered else "Exception ignored in: <function A.__del__ at 0xADDR>"
        check("%s: %s first (%s)" % (name, expected_first, mode), out[:1] == [expected_first], out)
        if python:
            for script in scripts:
                theirs = merged([python, script], env, work)
                ours = merged([program, script], env, work)
                check("%s: %s merged as python3's (%s)" % (name, script, mode), ours == theirs,
                      "minipy %r\npython3 %r" % (ours, theirs))


def check_buffering(program, work):
    """Line-buffered on a terminal, block-buffered on a pipe, unbuffered
    with PYTHONUNBUFFERED: a line printed before an endless loop shows
    before the loop is interrupted, or not."""
    name = os.path.basename(program)
    script = os.path.join(work, "wait.py")
    with open(script, "w") as f:
        f.write('print("early")\nwhile True:\n    pass\n')
    for unbuffered in (False, True):
        mode = "PYTHONUNBUFFERED=1" if unbuffered else "no PYTHONUNBUFFERED"
        proc = subprocess.Popen([program, script], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=environment(unbuffered))
        early = b""
        end = time.monotonic() + 1.0
        while not early.endswith(b"\n") and time.monotonic() < end:
            ready, _, _ = select.select([proc.stdout], [], [], 0.05)
            if ready:
                early += os.read(proc.stdout.fileno(), 100)
        proc.send_signal(signal.SIGINT)
        try:
            rest, _ = proc.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            rest, _ = proc.communicate()
        if unbuffered:
            check("%s: unbuffered on a pipe (%s)" % (name, mode), early == b"early\n", early)
        else:
            check("%s: block-buffered on a pipe (%s)" % (name, mode),
                  early == b"" and rest == b"early\n", early + rest)
        t = Terminal([program, script], env=environment(unbuffered))
        seen = t.wait_for(r"^early\n", 0)
        check("%s: a line shows at once on a terminal (%s)" % (name, mode), seen, t.text)
        os.kill(t.pid, signal.SIGINT)
        t.finish()


def main(argv):
    bindir = argv[1] if len(argv) > 1 else "build/bin"
    programs = [os.path.join(bindir, n) for n in ["minipy"] + ["ch%02d" % i for i in range(1, 13)]]
    programs = [os.path.abspath(p) for p in programs if os.access(p, os.X_OK)]
    python = None
    try:
        version = subprocess.run(["python3", "-c", "import sys; print(sys.version_info[:2] == (3, 11))"],
                                 capture_output=True, text=True).stdout.strip()
        python = "python3" if version == "True" else None
    except OSError:
        pass
    check("programs found in " + bindir, programs)
    with tempfile.TemporaryDirectory(prefix="minipy-repl-") as work:
        for program in programs:
            check_repl(program)
        # The last chapter and the first (the first with __del__ for the
        # ignored exception).
        for program in programs:
            chapter = os.path.basename(program)
            if chapter in ("minipy", "ch01"):
                check_script_interrupt(program, work)
                check_buffering(program, work)
            if chapter in ("minipy", "ch05"):
                check_ordering(program, work, python)
    print("repl: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
