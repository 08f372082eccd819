#!/usr/bin/env python3
"""run_objmem_bench.py: bytes per object held alive, minipy against python3.

    tests/bench/run_objmem_bench.py [--bin build/bin/minipy] [--python python3]
                                    [--measure build/bench/measure]
                                    [--runs 3] [-n 1000000] [--out build/bench]

For each kind of object (int, float, empty list, two-key dict, two-item
tuple, instance with two attributes) both interpreters run
tests/bench/objmem/hold.py twice: once holding N objects of that kind in a
list, once with the list of N slots alone (kind "none").
The difference of the two peak resident sizes (the kernel's ru_maxrss,
taken by the launcher tests/bench/measure.c), divided by N, is what one
object costs while it is alive: its struct, its headers, the allocator's
rounding and the buffers it owns. The median over RUNS pairs is reported,
with sys.getsizeof for comparison, and written to OUT/objmem.md.

A measurement, not a test: it fails only if an interpreter fails.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["int", "float", "list", "dict", "tuple", "instance"]
GETSIZEOF = {
    "int": "1000", "float": "0.5", "list": "[]", "dict": '{"a": None, "b": None}',
    "tuple": "(P, None)", "instance": "P(None, None)",
}


def peak_kib(launcher, command, kind, n, tmp):
    with open(os.path.join(HERE, "objmem", "hold.py")) as f:
        body = f.read()
    path = os.path.join(tmp, "hold_%s_%d.py" % (kind, n))
    with open(path, "w") as f:
        f.write("KIND = %r\nN = %d\n%s" % (kind, n, body))
    proc = subprocess.run([launcher] + command + [path], capture_output=True)
    lines = proc.stderr.decode(errors="replace").splitlines()
    if proc.returncode != 0 or not lines or not lines[-1].startswith("measure: "):
        sys.exit("run_objmem_bench: %s on %s failed:\n%s"
                 % (" ".join(command), kind, "\n".join(lines[-10:])))
    return int(lines[-1].split()[2])


def getsizeof(command, kind):
    with open(os.path.join(HERE, "objmem", "hold.py")) as f:
        body = f.read()
    code = "KIND = 'int'\nN = 0\n%s\nimport sys\nprint(sys.getsizeof(%s))\n" % (
        body, GETSIZEOF[kind])
    out = subprocess.run(command + ["-c", code], capture_output=True, text=True)
    return out.stdout.split()[-1] if out.returncode == 0 else "?"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/bin/minipy")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--measure", default="build/bench/measure")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("-n", type=int, default=1000000)
    ap.add_argument("--out", default="build/bench")
    ap.add_argument("-k", dest="kinds", help="comma-separated kinds (default: all)")
    args = ap.parse_args()
    launcher = os.path.abspath(args.measure)
    sides = [("minipy", [args.bin]), ("python3", [args.python])]
    kinds = args.kinds.split(",") if args.kinds else KINDS
    rows = []
    print("%-9s %16s %16s %6s" % ("kind", "minipy B/obj", "python3 B/obj", "ratio"))
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            per = {name: [] for name, _ in sides}
            for _ in range(args.runs):
                for name, command in sides:
                    full = peak_kib(launcher, command, kind, args.n, tmp)
                    empty = peak_kib(launcher, command, "none", args.n, tmp)
                    per[name].append((full - empty) * 1024.0 / args.n)
            m, p = statistics.median(per["minipy"]), statistics.median(per["python3"])
            sizes = {name: getsizeof(command, kind) for name, command in sides}
            print("%-9s %9.1f (%4s) %9.1f (%4s) %6.2f"
                  % (kind, m, sizes["minipy"], p, sizes["python3"], m / p))
            rows.append((kind, m, p, sizes))
    os.makedirs(args.out, exist_ok=True)
    md = os.path.join(args.out, "objmem.md")
    with open(md, "w") as f:
        f.write("| kind | minipy bytes/object | python3 bytes/object | ratio "
                "| minipy getsizeof | python3 getsizeof |\n|---|---:|---:|---:|---:|---:|\n")
        for kind, m, p, sizes in rows:
            f.write("| %s | %.1f | %.1f | %.2f | %s | %s |\n"
                    % (kind, m, p, m / p, sizes["minipy"], sizes["python3"]))
    print("wrote", md)


if __name__ == "__main__":
    main()
