#!/usr/bin/env python3
"""run_gc_bench.py: the cost of one full gc.collect(), minipy against python3.

    tests/bench/run_gc_bench.py [--bin build/bin/minipy] [--python python3]
                                [--runs 5] [--out build/bench] [--sizes 10000,100000,1000000]

Runs tests/bench/collector/collect.py KIND N under both interpreters, RUNS times
each, alternating them so that a busy machine slows both alike, for two
kinds of heap:

    live    N empty lists kept alive in one big list (the collector walks
            them and frees nothing: gc.collect() returns 0);
    cycles  N/2 garbage pairs a = []; b = [a]; a.append(b) (it finds and
            frees N objects: gc.collect() returns N).

Each run is a fresh process, and the program times only its one
gc.collect() with time.perf_counter(), so start-up and building do not
count. The start-up objects are collected and then frozen (gc.freeze()),
so that the measured collection walks the N objects and nothing else on
both sides; the N = 0 row is the fixed cost of a collection that finds
nothing. The cost per object is the median time over N:

    ns per object = median time at N / N

Writes OUT/gc.tsv, OUT/gc.md (the table) and, when gnuplot is installed,
OUT/gc.svg (total time and cost per object against N, log axes).

These are measurements, not tests: nothing here fails because of a time.
It exits 1 only if an interpreter fails or the two print different
"collected" lines (the number gc.collect() returned must agree).
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAM = os.path.join(HERE, "collector", "collect.py")
KINDS = ("live", "cycles")
SIDES = ("minipy", "python3")


def python_version(python):
    out = subprocess.run([python, "-c", "import platform; print(platform.python_version())"],
                         capture_output=True, text=True)
    return out.stdout.strip() or "?"


def run_once(command, kind, n):
    """(nanoseconds, the "collected" line, frozen count) of one run."""
    argv = command + [PROGRAM, kind, str(n)]
    proc = subprocess.run(argv, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit("run_gc_bench: %s failed (status %d):\n%s%s" % (
            " ".join(argv), proc.returncode, proc.stdout[-1000:], proc.stderr[-2000:]))
    collected, ns, frozen = None, None, None
    for line in proc.stdout.splitlines():
        if line.startswith("collected "):
            collected = line
        elif line.startswith("ns "):
            ns = int(line.split()[1])
        elif line.startswith("frozen "):
            frozen = int(line.split()[1])
    if collected is None or ns is None:
        sys.exit("run_gc_bench: %s printed no result:\n%s" % (" ".join(argv), proc.stdout[-1000:]))
    return ns, collected, frozen


def bench_case(sides, kind, n, runs):
    """{side: {"ns": [..], "frozen": ..}} and the agreed "collected" line."""
    result = {name: {"ns": [], "frozen": None} for name, _ in sides}
    lines = {}
    for _ in range(runs):
        for name, command in sides:
            ns, collected, frozen = run_once(command, kind, n)
            result[name]["ns"].append(ns)
            result[name]["frozen"] = frozen
            lines.setdefault(name, set()).add(collected)
    seen = set().union(*lines.values())
    if len(seen) != 1:
        sys.exit("run_gc_bench: %s N=%d: the interpreters disagree:\n%s" % (
            kind, n, "\n".join("  %s: %s" % (name, " | ".join(sorted(got)))
                               for name, got in lines.items())))
    collected = seen.pop()
    expected = 0 if kind == "live" else n
    if int(collected.split()[3]) != expected:
        # Both sides agree, so this is not an error; but say so.
        print("note: %s N=%d: gc.collect() returned %s on both sides, expected %d"
              % (kind, n, collected.split()[3], expected))
    return result, collected


def summarize(row):
    """Add min/median/max and, for N > 0, ns per object and the ratio."""
    for s in SIDES:
        times = row[s]["ns"]
        row[s]["min"], row[s]["median"], row[s]["max"] = (
            min(times), statistics.median(times), max(times))
        if row["n"]:
            row[s]["per_object"] = row[s]["median"] / row["n"]
    if row["n"]:
        p = row["python3"]["per_object"]
        row["ratio"] = row["minipy"]["per_object"] / p if p > 0 else float("nan")


def found(row):
    """What gc.collect() returned (the same on both sides)."""
    return int(row["collected"].split()[3])


def spread(side, sep):
    """min, median and max of one side, in milliseconds."""
    return sep.join("%.3f" % (side[key] / 1e6) for key in ("min", "median", "max"))


def gnuplot_script(plot, tsv, python_label):
    """Two panels against N on a log axis: the median total time (log-log,
    where linear cost is a line of slope 1) and ns per object (flat when
    linear). Colour is the interpreter, the point the kind of heap; the
    key, in the first panel, serves both."""
    # TSV columns: 1 kind, 2 n, 4 minipy median ns, 7 python median ns,
    # 9 and 10 ns per object. The N = 0 rows are left out (log axis).
    def column(kind, expr):
        return "(strcol(1) eq '%s' && $2 > 0 ? %s : NaN)" % (kind, expr)

    def curves(minipy_expr, python_expr):
        parts = []
        for side, expr, style in (
                ("minipy", minipy_expr, "lc rgb '#6a3d9a' dt 1"),
                (python_label, python_expr, "lc rgb '#e08000' dt 2")):
            for kind, point in (("live", 7), ("cycles", 5)):
                parts.append("'%s' using 2:%s with linespoints %s pt %d lw 1.5 title '%s %s'"
                             % (tsv, column(kind, expr), style, point, side, kind))
        return ", ".join(parts)

    return (
        "set terminal svg size 900,360 font 'sans,11';"
        "set output '%s';"
        "set datafile separator tab; set key top left; set grid;"
        "set logscale x; set format x '10^{%%L}'; set xlabel 'N (objects)';"
        "set multiplot layout 1,2;"
        "set logscale y; set format y '10^{%%L}';"
        "set ylabel 'median gc.collect() time (ms)'; set title 'total time (slope 1 = linear)';"
        "plot %s;"
        "unset logscale y; set format y '%%g'; set yrange [0:*];"
        "unset key; set ylabel 'ns per object'; set title 'cost per object (flat = linear)';"
        "plot %s;"
        "unset multiplot"
        % (plot, curves("$4/1e6", "$7/1e6"), curves("$9", "$10")))


def write_reports(rows, out_dir, python_label, runs):
    os.makedirs(out_dir, exist_ok=True)
    tsv = os.path.join(out_dir, "gc.tsv")
    with open(tsv, "w") as f:
        f.write("kind\tn\tminipy_min_ns\tminipy_median_ns\tminipy_max_ns\t"
                "python_min_ns\tpython_median_ns\tpython_max_ns\t"
                "minipy_ns_per_object\tpython_ns_per_object\tratio\tfound\n")
        for r in rows:
            m, p = r["minipy"], r["python3"]
            f.write("%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%d\n" % (
                r["kind"], r["n"], m["min"], m["median"], m["max"],
                p["min"], p["median"], p["max"],
                "%.2f" % m["per_object"] if r["n"] else "",
                "%.2f" % p["per_object"] if r["n"] else "",
                "%.3f" % r["ratio"] if r["n"] else "", found(r)))
    md = os.path.join(out_dir, "gc.md")
    frozen = {s: rows[0][s]["frozen"] for s in SIDES}
    with open(md, "w") as f:
        f.write("One full `gc.collect()` over N objects, minipy against %s: the time of "
                "the call alone (min / median / max of %d runs, ms) and the median over N "
                "in nanoseconds per object. The start-up objects are frozen first "
                "(%s in minipy, %s in %s), so both sides walk the same N objects; "
                "the N = 0 rows are the fixed cost of an empty collection. `found` is "
                "what `gc.collect()` returned, the same on both sides. "
                "`live`: N empty lists kept in one list (nothing found); `cycles`: "
                "N/2 dropped pairs `a = []; b = [a]; a.append(b)` (N found and freed). "
                "Ratio: minipy / %s per object.\n\n"
                % (python_label, runs, frozen["minipy"], frozen["python3"], python_label,
                   python_label))
        f.write("| heap | N | found | minipy ms | %s ms | minipy ns/object | %s ns/object "
                "| ratio |\n" % (python_label, python_label))
        f.write("|---|---:|---:|---:|---:|---:|---:|---:|\n")
        for r in rows:
            m, p = r["minipy"], r["python3"]
            f.write("| %s | %d | %d | %s | %s |" % (
                r["kind"], r["n"], found(r), spread(m, " / "), spread(p, " / ")))
            if r["n"]:
                f.write(" %.1f | %.1f | %.2f |\n" % (m["per_object"], p["per_object"], r["ratio"]))
            else:
                f.write(" | | |\n")
    plot = None
    if shutil.which("gnuplot"):
        plot = os.path.join(out_dir, "gc.svg")
        subprocess.run(["gnuplot", "-e", gnuplot_script(plot, tsv, python_label)], check=True)
    return tsv, md, plot


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/bin/minipy")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", default="build/bench")
    ap.add_argument("--sizes", default="10000,100000,1000000",
                    help="comma-separated N (objects per heap)")
    args = ap.parse_args()
    if args.runs < 1:
        sys.exit("run_gc_bench: --runs must be at least 1")
    try:
        sizes = sorted({int(s) for s in args.sizes.split(",")})
    except ValueError:
        sys.exit("run_gc_bench: --sizes takes numbers, like 10000,100000")
    if not sizes or sizes[0] < 2 or any(n % 2 for n in sizes):
        sys.exit("run_gc_bench: --sizes must be even numbers of at least 2")
    if not os.access(args.bin, os.X_OK):
        sys.exit("run_gc_bench: %s is missing (make programs)" % args.bin)
    if shutil.which(args.python) is None:
        sys.exit("run_gc_bench: %s not found" % args.python)

    python_label = "python3 " + python_version(args.python)
    # Run the interpreter itself, not a wrapper such as a pyenv shim (a
    # shell script that costs a third of a second per start here).
    python = subprocess.run([args.python, "-c", "import sys; print(sys.executable)"],
                            capture_output=True, text=True).stdout.strip() or args.python
    sides = [("minipy", [args.bin]), ("python3", [python])]
    print("%-7s %8s %28s %28s %8s %8s %6s" % (
        "heap", "N", "minipy min/median/max ms", "python3 min/median/max ms",
        "minipy", "python3", "ratio"))
    print("%-7s %8s %28s %28s %8s %8s %6s" % ("", "", "", "", "ns/obj", "ns/obj", ""))
    rows = []
    for kind in KINDS:
        for n in [0] + sizes:
            result, collected = bench_case(sides, kind, n, args.runs)
            row = {"kind": kind, "n": n, "collected": collected}
            row.update(result)
            summarize(row)
            rows.append(row)
            m, p = row["minipy"], row["python3"]
            if n:
                print("%-7s %8d %28s %28s %8.1f %8.1f %6.2f" % (
                    kind, n, spread(m, "/"), spread(p, "/"),
                    m["per_object"], p["per_object"], row["ratio"]))
            else:
                print("%-7s %8d %28s %28s" % (kind, n, spread(m, "/"), spread(p, "/")))
            sys.stdout.flush()
    for report in write_reports(rows, args.out, python_label, args.runs):
        if report:
            print("wrote", report)


if __name__ == "__main__":
    main()
