#!/usr/bin/env python3
"""run_alloc_bench.py: chapter 11's pools against malloc (make bench-alloc).

    tests/bench/run_alloc_bench.py --trace build/bench/alloc_trace
                                   --bin build/bin/minipy [--runs 3]

Two measurements, written to OUT/alloc.md (default build/bench):
  1. the synthetic trace of alloc_trace.c: nanoseconds per operation for
     the pools and for the C library's malloc, and the pools' utilisation;
  2. whole allocation-heavy scripts (tests/bench/scripts/*.py) run by
     minipy with its pools and with MINIPY_MALLOC=malloc, minimum wall time
     of RUNS runs each, alternating. The two runs must print the same.
Measurements, not tests: nothing fails because of a time.
"""
import argparse
import glob
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run_script(binary, path, env):
    start = time.perf_counter()
    proc = subprocess.run([binary, path], capture_output=True, env=env)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit("run_alloc_bench: %s %s failed:\n%s" % (binary, path, proc.stderr.decode()[-2000:]))
    return elapsed, proc.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trace", required=True)
    ap.add_argument("--bin", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", default="build/bench")
    args = ap.parse_args()

    lines = ["# Chapter 11: the pools against malloc", ""]
    trace = subprocess.run([args.trace], capture_output=True, text=True, check=True).stdout.split("\n")
    result = {}
    for line in trace:
        if line.strip():
            name, ns, util = line.split()
            result[name] = (float(ns), util)
    lines += ["Synthetic trace (20 million steps over 100,000 slots, sizes 16-512 bytes):", "",
              "| allocator | ns per operation | utilisation |", "|---|---:|---:|"]
    for name in ("malloc", "pools"):
        ns, util = result[name]
        lines.append("| %s | %.1f | %s |" % (name, ns, util + " %" if util != "-" else "-"))
    ratio = result["malloc"][0] / result["pools"][0]
    lines += ["", "pools throughput / malloc throughput: %.2f" % ratio, ""]

    lines += ["Whole scripts, build/bin/minipy, minimum of %d runs:" % args.runs, "",
              "| script | pools (s) | MINIPY_MALLOC=malloc (s) | malloc / pools |",
              "|---|---:|---:|---:|"]
    pools_env = dict(os.environ)
    pools_env.pop("MINIPY_MALLOC", None)
    malloc_env = dict(os.environ, MINIPY_MALLOC="malloc")
    for path in sorted(glob.glob(os.path.join(HERE, "scripts", "*.py"))):
        best = {"pools": 1e9, "malloc": 1e9}
        outputs = {}
        for _ in range(args.runs):
            for side, env in (("pools", pools_env), ("malloc", malloc_env)):
                t, out = run_script(args.bin, path, env)
                best[side] = min(best[side], t)
                outputs[side] = out
        if outputs["pools"] != outputs["malloc"]:
            sys.exit("run_alloc_bench: %s prints differently with and without the pools" % path)
        lines.append("| %s | %.3f | %.3f | %.2f |" % (
            os.path.basename(path), best["pools"], best["malloc"], best["malloc"] / best["pools"]))
    os.makedirs(args.out, exist_ok=True)
    text = "\n".join(lines) + "\n"
    with open(os.path.join(args.out, "alloc.md"), "w") as f:
        f.write(text)
    print(text, end="")


if __name__ == "__main__":
    main()
