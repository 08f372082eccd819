#!/usr/bin/env python3
"""run_bench.py: whole-script benchmarks, minipy against python3.

    tests/bench/run_bench.py [--bin build/bin/minipy] [--python python3]
                             [--runs 5] [--out build/bench] [-k PATTERN]

Runs every tests/bench/scripts/NAME.py with both interpreters, RUNS times
each, alternating them so that a busy machine slows both alike. A script
whose output differs between the two is an error (exit 1): a benchmark must
compute the same thing on both sides. Reports the minimum and median wall
time and the peak resident memory (the kernel's ru_maxrss for the child,
taken by the launcher tests/bench/measure.c), and writes OUT/scripts.tsv, OUT/scripts.md (the table) and, when gnuplot is
installed, OUT/scripts.svg.

These are measurements, not tests: nothing here fails because of a time.
"""

import os
import shutil
import statistics
import subprocess

from benchlib import measure, require_same_output, setup


def bench_script(path, sides, runs, launcher):
    """{side: (min s, median s, peak KiB)} for one script, sides alternating."""
    times = {name: [] for name, _ in sides}
    peaks = {name: 0 for name, _ in sides}
    outputs = {}
    for _ in range(runs):
        for name, command in sides:
            seconds, _, rss, out = measure(launcher, command + [path], "run_bench")
            times[name].append(seconds)
            peaks[name] = max(peaks[name], rss)
            outputs[name] = out
    require_same_output(os.path.basename(path), outputs, "run_bench")
    return {name: (min(times[name]), statistics.median(times[name]), peaks[name])
            for name, _ in sides}


def write_reports(rows, out_dir, python_label):
    os.makedirs(out_dir, exist_ok=True)
    tsv = os.path.join(out_dir, "scripts.tsv")
    with open(tsv, "w") as f:
        f.write("script\tminipy_min_s\tminipy_median_s\tminipy_peak_kib\t"
                "python_min_s\tpython_median_s\tpython_peak_kib\n")
        for name, r in rows:
            m, p = r["minipy"], r["python3"]
            f.write("%s\t%.4f\t%.4f\t%d\t%.4f\t%.4f\t%d\n" % (name, *m, *p))
    md = os.path.join(out_dir, "scripts.md")
    with open(md, "w") as f:
        f.write("| script | minipy median | %s median | time ratio | minipy peak | %s peak |\n"
                % (python_label, python_label))
        f.write("|---|---:|---:|---:|---:|---:|\n")
        for name, r in rows:
            m, p = r["minipy"], r["python3"]
            f.write("| %s | %.3f s | %.3f s | %.2f | %.1f MiB | %.1f MiB |\n"
                    % (name, m[1], p[1], m[1] / p[1], m[2] / 1024, p[2] / 1024))
    plot = None
    if shutil.which("gnuplot"):
        plot = os.path.join(out_dir, "scripts.svg")
        script = (
            "set terminal svg size 720,360 font 'sans,11';"
            "set output '%s';"
            "set style data histograms; set style histogram clustered gap 1;"
            "set style fill solid 0.8 border -1; set boxwidth 0.9;"
            "set ylabel 'median wall time (s)'; set yrange [0:*]; set key top left;"
            "set xtics rotate by -30; set datafile separator '\\t';"
            "plot '%s' using 3:xtic(1) title 'minipy', '' using 6 title '%s'"
            % (plot, tsv, python_label))
        subprocess.run(["gnuplot", "-e", script], check=True)
    return tsv, md, plot


def main():
    args, launcher, python_label, sides, scripts = setup(
        "run_bench", __doc__.split("\n")[0], "scripts")
    print("%-12s %22s %22s %7s" % ("script", "minipy min/median", python_label + " min/median",
                                    "ratio"))
    rows = []
    for path in scripts:
        name = os.path.basename(path)[:-3]
        r = bench_script(path, sides, args.runs, launcher)
        m, p = r["minipy"], r["python3"]
        print("%-12s %9.3f/%7.3f s %6.1fM %9.3f/%7.3f s %6.1fM %6.2f"
              % (name, m[0], m[1], m[2] / 1024, p[0], p[1], p[2] / 1024, m[1] / p[1]))
        rows.append((name, r))
    for report in write_reports(rows, args.out, python_label):
        if report:
            print("wrote", report)


if __name__ == "__main__":
    main()
