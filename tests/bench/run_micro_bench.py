#!/usr/bin/env python3
"""run_micro_bench.py: function-level microbenchmarks, minipy against python3.

    tests/bench/run_micro_bench.py [--bin build/bin/minipy] [--python python3]
                                   [--runs 5] [--out build/bench] [-k PATTERN]

Each program of tests/bench/micro/ runs its loop inside a function, as real
code does, where both interpreters find locals by slot and not in a dict,
so that what is measured is the evaluator and the object allocator, not
the lookups of module-level names. Every program prints a checksum, and
both interpreters must print the same one.

The runs are paired: round r runs minipy and python3 once each, one right
after the other, minipy first in even rounds and python3 first in odd ones,
so that a load on the shared machine falls on both members of a pair. The
figure of a pair is the ratio of the two CPU times (user + system, taken
from the children's rusage); a benchmark reports the median ratio of its
RUNS pairs with their spread (smallest and largest ratio), the median CPU
time of each side and each side's peak resident memory (the kernel's
ru_maxrss, from the launcher tests/bench/measure.c). A ratio below 1.0
means minipy took less CPU time than CPython.

Writes OUT/micro.tsv, OUT/micro.md (the table) and, when gnuplot is
installed, OUT/micro.svg (the ratios with their spread). These are
measurements, not tests: nothing here fails because of a time; it exits 1
only if an interpreter fails or the two print different results.
"""

import os
import shutil
import statistics
import subprocess
import sys

from benchlib import measure, require_same_output, setup
WHO = "run_micro_bench"


def purpose(path):
    """The program's opening comment, joined into one sentence."""
    words = []
    with open(path) as f:
        for line in f:
            if not line.startswith("#"):
                break
            words.append(line[1:].strip())
    return " ".join(words)


def bench_pairs(path, sides, runs, launcher):
    """One benchmark's paired runs: {"ratios": [...], side: {"cpu": [...], "peak": KiB}}."""
    result = {"ratios": []}
    result.update({name: {"cpu": [], "peak": 0} for name, _ in sides})
    outputs = {}
    for r in range(runs):
        order = sides if r % 2 == 0 else sides[::-1]
        for name, command in order:
            _, cpu, peak, out = measure(launcher, command + [path], WHO)
            result[name]["cpu"].append(cpu)
            result[name]["peak"] = max(result[name]["peak"], peak)
            outputs[name] = out
        require_same_output(os.path.basename(path), outputs, WHO)
        mine, theirs = result["minipy"]["cpu"][-1], result["python3"]["cpu"][-1]
        result["ratios"].append(mine / theirs if theirs > 0 else float("inf"))
    return result


def summary(r):
    """(median ratio, min ratio, max ratio, minipy median s, python median s,
    minipy peak KiB, python peak KiB)."""
    ratios = r["ratios"]
    return (statistics.median(ratios), min(ratios), max(ratios),
            statistics.median(r["minipy"]["cpu"]), statistics.median(r["python3"]["cpu"]),
            r["minipy"]["peak"], r["python3"]["peak"])


def gnuplot_script(plot, tsv, python_label, runs):
    """One bar per benchmark at its median ratio, a bar from the smallest to
    the largest paired ratio, and the line at 1.0 where the two are even."""
    return (
        "set terminal svg size 820,400 font 'sans,11' noenhanced;"
        "set output '%s';"
        "set datafile separator tab; set key below horizontal;"
        "set style fill solid 0.7 border -1; set boxwidth 0.7;"
        "set ylabel 'CPU time, minipy / %s'; set yrange [0:*]; set grid ytics;"
        "set xtics rotate by -35; set xrange [-0.6:*];"
        "plot '%s' using 0:2:xtic(1) with boxes lc rgb '#6a3d9a' title 'median of %d paired ratios',"
        " '' using 0:3:(0):($4-$3) with vectors nohead lc rgb '#000000' lw 1.5"
        " title 'smallest to largest',"
        " 1 with lines lc rgb '#e08000' dt 2 lw 1.5 title 'as fast as %s'"
        % (plot, python_label, tsv, runs, python_label))


def write_reports(rows, out_dir, python_label, runs):
    os.makedirs(out_dir, exist_ok=True)
    tsv = os.path.join(out_dir, "micro.tsv")
    with open(tsv, "w") as f:
        f.write("benchmark\tratio_median\tratio_min\tratio_max\tminipy_cpu_median_s\t"
                "python_cpu_median_s\tminipy_peak_kib\tpython_peak_kib\n")
        for name, _, r in rows:
            f.write("%s\t%.3f\t%.3f\t%.3f\t%.4f\t%.4f\t%d\t%d\n" % ((name,) + summary(r)))
    md = os.path.join(out_dir, "micro.md")
    with open(md, "w") as f:
        f.write("Each benchmark's loop runs inside a function. Ratio: minipy's CPU time "
                "over %s's in %d paired runs, the median and, after it, the smallest "
                "and largest of the %d pairs; below 1.0, minipy is the faster. CPU: "
                "median seconds of each side, start-up included. Peak: the largest "
                "resident size of each side.\n\n" % (python_label, runs, runs))
        f.write("| benchmark | ratio | spread | minipy CPU | %s CPU | minipy peak | %s peak |\n"
                % (python_label, python_label))
        f.write("|---|---:|---:|---:|---:|---:|---:|\n")
        for name, _, r in rows:
            s = summary(r)
            f.write("| %s | %.2f | %.2f–%.2f | %.3f s | %.3f s | %.1f MiB | %.1f MiB |\n"
                    % (name, s[0], s[1], s[2], s[3], s[4], s[5] / 1024, s[6] / 1024))
        f.write("\n")
        for name, what, _ in rows:
            f.write("- `%s`: %s\n" % (name, what))
    plot = None
    if shutil.which("gnuplot"):
        plot = os.path.join(out_dir, "micro.svg")
        subprocess.run(["gnuplot", "-e", gnuplot_script(plot, tsv, python_label, runs)],
                       check=True)
    return tsv, md, plot


def main():
    args, launcher, python_label, sides, programs = setup(
        WHO, __doc__.split("\n")[0], "micro")
    print("%-17s %6s %13s %9s %9s %9s %9s" % (
        "benchmark", "ratio", "spread", "minipy", "python3", "minipy", "python3"))
    rows = []
    for path in programs:
        name = os.path.basename(path)[:-3]
        r = bench_pairs(path, sides, args.runs, launcher)
        s = summary(r)
        print("%-17s %6.2f %6.2f-%-6.2f %8.3fs %8.3fs %7.1fM %7.1fM"
              % (name, s[0], s[1], s[2], s[3], s[4], s[5] / 1024, s[6] / 1024))
        sys.stdout.flush()
        rows.append((name, purpose(path), r))
    for report in write_reports(rows, args.out, python_label, args.runs):
        if report:
            print("wrote", report)


if __name__ == "__main__":
    main()
