#!/usr/bin/env python3
"""run_alloc_bench.py: chapter 11's pools against malloc (make bench-alloc).

    tests/bench/run_alloc_bench.py --trace build/bench/alloc_trace
                                   --bin build/bin/minipy [--runs 3]

Measurements, written to OUT/alloc.md (default build/bench):
  1. the synthetic trace of alloc_trace.c: nanoseconds per operation for
     the pools and for the C library's malloc, and the pools' utilisation,
     with where the rest of the arenas' bytes went; CPython 3.11's own
     utilisation on the same trace (cpython_alloc_util.py, fewer steps);
  2. the malloc lab's traces of real minipy runs (exercises/11-memory-pools/
     3-malloc-lab/traces), replayed against both;
  3. whole allocation-heavy scripts (tests/bench/scripts/*.py) run by
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
    result, losses, live_losses = {}, {}, {}
    for line in trace:
        words = line.split()
        if not words:
            continue
        if words[0] == "loss":
            losses = dict(zip(words[1::2], words[2::2]))
        elif words[0] == "loss_at_live_peak":
            live_losses = dict(zip(words[1::2], words[2::2]))
        elif words[0] in ("touched", "driver"):
            result[words[0]] = words[1]
        else:
            result[words[0]] = (float(words[1]), words[2])
    lines += ["Synthetic trace (20 million steps over 100,000 slots, sizes 16-512 bytes):", "",
              "| allocator | ns per operation | utilisation |", "|---|---:|---:|"]
    for name in ("malloc", "pools"):
        ns, util = result[name]
        lines.append("| %s | %.1f | %s |" % (name, ns, util + " %" if util != "-" else "-"))
    ratio = result["malloc"][0] / result["pools"][0]
    driver = float(result["driver"])
    lines += ["", "pools throughput / malloc throughput: %.2f" % ratio, ""]
    lines += ["The trace's own cost, the same replay with a stack of ready blocks as the "
              "allocator (picking a slot at random, the generator, writing 16 bytes of each "
              "block): %.1f ns per operation, in both times above. Less that: malloc %.1f ns, "
              "the pools %.1f ns (%.2f); throughput twice malloc's would need the whole "
              "operation in %.1f ns." % (
                  driver, result["malloc"][0] - driver, result["pools"][0] - driver,
                  (result["malloc"][0] - driver) / max(result["pools"][0] - driver, 0.1),
                  result["malloc"][0] / 2), ""]
    lines += ["Utilisation is the peak of bytes requested over the peak of arena bytes "
              "mapped. Counted over the pools cut from the arenas instead (the memory "
              "touched): %s %%. Where the arenas' bytes were when they peaked, in per cent: "
              "rounding up to 16 %s, free blocks in used pools %s, empty pools %s, pool "
              "headers and pool tails %s, pools never cut %s." % (
                  result["touched"], losses["quantization"], losses["free_blocks"],
                  losses["free_pools"], losses["headers"], losses["uncut"]), ""]
    lines += ["That moment is the one the last arena is mapped, when it is all uncut but one "
              "pool. When the bytes requested peaked: rounding up to 16 %s, free blocks in "
              "used pools %s, empty pools %s, pool headers and pool tails %s, pools never "
              "cut %s." % (live_losses["quantization"], live_losses["free_blocks"],
                           live_losses["free_pools"], live_losses["headers"],
                           live_losses["uncut"]), ""]
    cpython = os.path.join(HERE, "cpython_alloc_util.py")
    steps = "2000000"
    short = subprocess.run([args.trace + "-short"], capture_output=True, text=True, check=True).stdout
    ours = [l.split() for l in short.split("\n") if l.startswith("pools ")][0][2]
    theirs = subprocess.run([sys.executable, cpython, steps], capture_output=True, text=True,
                            check=True).stdout.split()[1]
    lines += ["The first %s steps of the same trace: utilisation %s %% with the pools, "
              "%s %% with CPython %s's own pymalloc (%s, through ctypes)." % (
                  "{:,}".format(int(steps)), ours, theirs, sys.version.split()[0],
                  os.path.basename(cpython)), ""]

    # The recorded runs and the small-object churn; the lab's other
    # synthetic traces are mostly blocks over 512 bytes, malloc's in both.
    traces = [t for t in sorted(glob.glob(os.path.join(HERE, "..", "..", "exercises", "11-memory-pools",
                                                       "3-malloc-lab", "traces", "*.rep")))
              if t.endswith("churn.rep") or open(t).readline().startswith("# minipy")]
    lab = subprocess.run([args.trace] + traces, capture_output=True, text=True, check=True).stdout
    lines += ["The malloc lab's traces of minipy runs, and its small-object churn, replayed "
              "as memory.c dispatches (over 512 bytes to malloc), best of 30 rounds; "
              "utilisation of the pools' part, over the arenas mapped and over the pools cut:", "",
              "| trace | operations | malloc ns/op | pools ns/op | malloc / pools | mapped | touched |",
              "|---|---:|---:|---:|---:|---:|---:|"]
    for line in lab.split("\n"):
        w = line.split()
        if w and w[0] == "trace":
            lines.append("| %s | %s | %s | %s | %.2f | %s %% | %s %% |" % (
                w[1], w[2], w[3], w[4], float(w[3]) / float(w[4]), w[5], w[6]))
    lines.append("")

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
