#!/usr/bin/env python3
"""run_compile_bench.py: the front end's time per source byte, minipy
against python3, from 10 KB to 10 MB of source (issue 8, item 2).

    tests/bench/run_compile_bench.py [--bin build/bin/minipy] [--python python3]
                                     [--runs 3] [--out build/bench]

The source is functions that are defined and never called, so running
the file is reading, tokenizing, parsing, scoping and folding it, and
hardly anything else. Each repeats a block of the constructs that
once made the front end quadratic: chains of `+` (folded once since),
subscripts, calls, attribute chains, constant expressions, and a fresh
name in every statement (the scope pass hashes its names now). The block
(one function of about 1 KB) is repeated until the file has the wanted
size, so the work per byte is
the same at every size: a linear front end shows a flat column of
microseconds per KB; a quadratic one grows tenfold per row.

Each size runs RUNS times for each interpreter, alternating them; the
median is kept. One shape stays quadratic, in CPython 3.11 as in minipy: a single
function with many locals and many lambdas (or nested defs), because the
scope pass hands each child scope a copy of the names its parents bind
(analyze_child_block); a 10 MB function of this block takes minutes in
both. A run of python3 pays its start-up (about 10 ms), which
the 10 KB row shows; minipy's start-up is smaller. Writes OUT/compile.tsv
and OUT/compile.md (the table, also printed).

A measurement, not a test: nothing fails because of a time. It exits 1
only if an interpreter fails on the source.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

SIZES = [10_000, 100_000, 1_000_000, 10_000_000]


def block(i):
    """A function of about 1 KB; names unique to block i."""
    terms = "+".join(f"a{i}" for _ in range(40))
    return (f"def never{i}():\n"
            f"    a{i} = {i}\n"
            f"    b{i} = {terms}\n"
            f"    c{i} = a{i}" + "[0]" * 30 + "\n"
            f"    d{i} = f{i}" + "()" * 30 + "\n"
            f"    e{i} = a{i}" + ".b" * 30 + "\n"
            f"    g{i} = (1 + 2 * 3 - 4, 'x' * 3, -{i}, not {i}, {i} if a{i} else -{i})\n"
            f"    if a{i} < b{i} <= c{i} and d{i} or e{i}:\n"
            f"        h{i} = [a{i}, b{i}, {{c{i}: d{i}}}, lambda: e{i} + g{i}]\n")


def source_of(size):
    parts, total, i = [], 0, 0
    while total < size:
        b = block(i)
        parts.append(b)
        total += len(b)
        i += 1
    parts.append("print('compiled')\n")
    return "".join(parts)


def time_run(program, path):
    start = time.perf_counter()
    r = subprocess.run([program, path], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if r.returncode != 0 or r.stdout.strip() != "compiled":
        sys.exit(f"compile bench: {program} failed on {path}: {r.stderr[-500:]}")
    return elapsed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="build/bin/minipy")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", default="build/bench")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rows = []
    for size in SIZES:
        source = source_of(size)
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write(source)
            path = f.name
        try:
            mini, py = [], []
            for _ in range(args.runs):
                mini.append(time_run(args.bin, path))
                py.append(time_run(args.python, path))
        finally:
            os.unlink(path)
        kb = len(source) / 1000
        m, p = statistics.median(mini), statistics.median(py)
        rows.append((len(source), m, m / kb * 1e6, p, p / kb * 1e6))
    header = "| source bytes | minipy s | minipy µs/KB | python3 s | python3 µs/KB |"
    lines = [header, "|---:|---:|---:|---:|---:|"]
    lines += [f"| {n:,} | {m:.3f} | {mk:.0f} | {p:.3f} | {pk:.0f} |" for n, m, mk, p, pk in rows]
    table = "\n".join(lines)
    print("compile time per source byte (functions defined, never called):")
    print(table)
    with open(os.path.join(args.out, "compile.md"), "w") as f:
        f.write(table + "\n")
    with open(os.path.join(args.out, "compile.tsv"), "w") as f:
        f.write("bytes\tminipy_s\tpython3_s\n")
        f.writelines(f"{n}\t{m:.4f}\t{p:.4f}\n" for n, m, _, p, _ in rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
