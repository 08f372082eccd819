#!/usr/bin/env python3
"""cbuild.py: compile chapter snapshots into programs, a few source files
per compiler run, each run once.

    cbuild.py [--cache DIR] [--cc CC] SRC:OUT [SRC:OUT ...] -- FLAGS...

SRC is a snapshot (build/src/chNN: folders core/, objects/, parser/,
modules/ and main.c); OUT the program to link.

Unity groups. Most of what a compiler run costs for one of our files is not
its code but what every run repeats: starting the compiler, reading the
headers. So the .c files of each folder are compiled in groups
(`unity_groups`: at most GROUP_BYTES of source, in sorted order), each
group one translation unit, given to the compiler on its standard input,
written by the code that writes a chapter's single file
(tools/amalgamate.py, `translation_unit`): the headers the group includes,
then its files; a static that two files of the group both define renamed
with each file's prefix; a file's own macros #undef'd after it. A `#line`
before each file keeps compiler messages and the debug information (so
gdb's, valgrind's and ASan's reports) on the snapshot's own files and
lines.

Cache. A group's object file is cached under DIR, named by a hash of the
compiler, the flags and the group's text, written with its #line paths
relative to the snapshot: the same group in another chapter, or in the
grader's copy of a snapshot, is compiled once (its debug information names
the snapshot that compiled it first). An edit to one .c recompiles its
group (in every chapter whose snapshot of the file changed); an edit to a
header, the groups that include it.

All programs named share one pool of compiler processes, largest groups
first: as many as the machine has cores, one under `make -j`
(`compiler_processes`). The grader (exercises/grade.py)
builds a learner's snapshot with the same Builder: the learner's file is
compiled alone and never cached, the rest of its group as a group of its
own (compiled once per exercise, then cached), the other groups from the
cache.
"""
import hashlib
import itertools
import os
import subprocess
import sys
import zlib
from concurrent.futures import ThreadPoolExecutor


# tools/amalgamate.py writes the groups' text (imported as book/listing.py
# imports tools/extract.py).
sys.dont_write_bytecode = True      # no __pycache__ in tools/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amalgamate  # noqa: E402

# A group holds at most this much source (bytes of .c; a larger file is a
# group alone). Larger groups make a clean build cheaper and an edit dearer.
# Compiler CPU for the twelve chapters (1-10 at -O1 -g1, 11-12 at -O2 -g)
# in 315 groups of at most 60 KB: 127.5 s; 230 of 90 KB: 121.7 s; 179 of
# 120 KB: 120.3 s; 143 of 200 KB: 117.5 s. The group of core/eval.c, which
# an edit of that file recompiles: 0.51, 0.75, 1.01 s in chapter 5 (-O1
# -g1), 1.02, 1.17, 1.61 s in chapter 12 (-O2 -g), against 0.25 and 0.46 s
# for eval.c alone. (A loaded machine: ratios, not times.)
GROUP_BYTES = 90_000


def compiler_processes():
    """How many compilers to run at once: one per core, but only one under
    `make -j`, which already builds as many programs at once as it has job
    slots. Two per program there put twice as many compilers as cores on
    the machine, and they get in each other's way: a clean `make programs
    -j2` took 127 s of CPU (65 s wall) with two, 108 s (60 s) with one."""
    make_flags = os.environ.get("MAKEFLAGS", "").split()
    if any(f.startswith(("-j", "--jobserver")) for f in make_flags):
        return 1
    return os.cpu_count() or 2


def snapshot_files(srcdir, suffix):
    """Paths of the files ending in `suffix` under srcdir, sorted, hidden
    files and folders left out."""
    found = []
    for root, dirs, files in os.walk(srcdir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, n) for n in files
                     if n.endswith(suffix) and not n.startswith("."))
    return sorted(found)


def include_flags(srcdir):
    """-I for every folder of the snapshot that holds a header: sources say
    `#include "object.h"` whatever folder they are in."""
    folders = sorted({os.path.dirname(h) for h in snapshot_files(srcdir, ".h")})
    return [flag for d in folders for flag in ("-I", d)]


def unity_groups(sources, sizes, limit=GROUP_BYTES):
    """The .c files (paths, sorted) in groups of one folder each, of at
    most `limit` bytes (a larger file is a group alone). A group also ends
    after a file whose name's hash says so (one in eight) once it holds
    half of that: most cuts depend on names only, so that a file added or
    grown changes its own group and seldom the next, never the others."""
    groups, group, held = [], [], 0
    for c in sources:
        if group and (os.path.dirname(c) != os.path.dirname(group[0])
                      or held + sizes[c] > limit):
            groups.append(group)
            group, held = [], 0
        group.append(c)
        held += sizes[c]
        if zlib.crc32(os.path.basename(c).encode()) % 8 == 0 and held >= limit // 2:
            groups.append(group)
            group, held = [], 0
    if group:
        groups.append(group)
    return groups


class Snapshot:
    """The text of every file of a snapshot, by base name (amalgamate.py's
    form), and its .c files in unity groups."""

    def __init__(self, srcdir, limit):
        self.srcdir = srcdir
        self.includes = include_flags(srcdir)
        self.paths = amalgamate.snapshot_names(srcdir)
        self.texts = {n: amalgamate.read(p) for n, p in self.paths.items()}
        sources = snapshot_files(srcdir, ".c")
        sizes = {c: sum(len(l) + 1 for l in self.texts[os.path.basename(c)]) for c in sources}
        self.groups = unity_groups(sources, sizes, limit)

    def unit(self, sources, line_root):
        """The text of one group (base names), #line paths under line_root."""
        names = [os.path.basename(c) for c in sources]
        headers = amalgamate.header_order(
            self.paths, amalgamate.needed_headers(self.texts, names), self.texts)
        lines = amalgamate.translation_unit(self.srcdir, self.paths, self.texts,
                                            headers, names, line_root)
        return ("\n".join(lines) + "\n").encode()


class Builder:
    """Compiles snapshots in unity groups, their objects cached (see above)."""

    def __init__(self, cc, flags, cache, group_bytes=GROUP_BYTES):
        self.cc, self.flags, self.cache = cc, list(flags), cache
        self.group_bytes = group_bytes
        self.serial = itertools.count()     # names of temporary files
        self.flags_key = hashlib.sha256(" ".join([cc] + self.flags).encode()).hexdigest()

    def run_cc(self, snap, out_obj, source, stdin=None):
        """The compiler on `source` (a path, or "-" with the text as stdin):
        None or its message."""
        lang = ["-x", "c"] if source == "-" else []
        p = subprocess.run([self.cc] + self.flags + snap.includes
                           + ["-c", "-o", out_obj] + lang + [source],
                           input=stdin, capture_output=True)
        if p.returncode != 0:
            return (p.stderr + p.stdout).decode(errors="replace")
        return None

    def compile_group(self, snap, sources, cached):
        """Object file of a unity group, or (None, compiler's message)."""
        text = snap.unit(sources, "")
        key = hashlib.sha256(self.flags_key.encode() + b"\0" + text).hexdigest()[:32]
        obj = os.path.join(self.cache, key + ".o")
        if cached and os.path.exists(obj):
            return obj, None
        os.makedirs(self.cache, exist_ok=True)
        tmp_obj = "%s.%d.%d.tmp" % (obj, os.getpid(), next(self.serial))
        err = self.run_cc(snap, tmp_obj, "-", snap.unit(sources, snap.srcdir))
        if err is not None:
            return None, err
        if not cached:
            return tmp_obj, None        # removed once linked
        os.replace(tmp_obj, obj)        # atomic: parallel builds share the cache
        return obj, None

    def compile_alone(self, snap, c):
        """A learner's file (or a test driver): compiled on its own and never
        cached, so that the next answer recompiles."""
        os.makedirs(self.cache, exist_ok=True)
        obj = os.path.join(self.cache, "answer.%d.%d.tmp" % (os.getpid(), next(self.serial)))
        err = self.run_cc(snap, obj, c)
        return (None, err) if err is not None else (obj, None)

    def build_many(self, jobs, libs=("-lm", "-ledit")):
        """jobs: (srcdir, out_exe, alone, extra_c, drop, fresh) tuples: the .c
        files named in `alone` (base names) and the paths in extra_c are
        compiled on their own, uncached; those named in `drop` (paths
        relative to srcdir) left out; with `fresh` no group comes from the
        cache. Returns {out_exe: None or the first error message}; errors in
        a file compiled alone come first, they are the learner's."""
        plan = []           # (out_exe, compiled alone?, size, how to compile)
        for srcdir, out_exe, alone, extra_c, drop, fresh in jobs:
            snap = Snapshot(srcdir, self.group_bytes)
            for group in snap.groups:
                rest = [c for c in group if os.path.relpath(c, srcdir) not in drop]
                for c in rest:
                    if os.path.basename(c) in alone:
                        plan.append((out_exe, True, os.path.getsize(c), (snap, c)))
                rest = [c for c in rest if os.path.basename(c) not in alone]
                if rest:
                    size = sum(os.path.getsize(c) for c in rest)
                    plan.append((out_exe, False, size, (snap, rest, not fresh)))
            plan += [(out_exe, True, os.path.getsize(c), (snap, c)) for c in extra_c]

        def work(step):
            how = step[3]
            return self.compile_alone(*how) if step[1] else self.compile_group(*how)

        order = sorted(range(len(plan)), key=lambda i: -plan[i][2])
        with ThreadPoolExecutor(max_workers=compiler_processes()) as pool:
            done = dict(zip(order, pool.map(lambda i: work(plan[i]), order)))
        results = [done[i] for i in range(len(plan))]
        return {job[1]: self.link(job[1], [(p[1], r) for p, r in zip(plan, results)
                                          if p[0] == job[1]], libs)
                for job in jobs}

    def link(self, out_exe, compiled, libs):
        """The program from its objects: None or the first error message.
        Objects compiled for this program only (*.tmp) are removed."""
        objects = [r[0] for _, r in compiled if r[0] is not None]
        try:
            errors = sorted((not alone, r[1]) for alone, r in compiled if r[1] is not None)
            if errors:
                return errors[0][1]
            os.makedirs(os.path.dirname(out_exe) or ".", exist_ok=True)
            tmp_exe = out_exe + ".tmp"
            p = subprocess.run([self.cc] + self.flags + ["-o", tmp_exe] + objects + list(libs),
                               capture_output=True, text=True)
            if p.returncode != 0:
                return p.stderr + p.stdout
            os.replace(tmp_exe, out_exe)
            return None
        finally:
            for obj in objects:
                if obj.endswith(".tmp"):
                    os.remove(obj)

    def build(self, srcdir, out_exe, changed_file=None, extra_c=(), drop=()):
        """One program; None or the first error message. changed_file: the
        learner's (base name): a .c is compiled alone; after a header,
        every group is compiled again, uncached."""
        header = bool(changed_file) and changed_file.endswith(".h")
        alone = (changed_file,) if changed_file and not header else ()
        return self.build_many([(srcdir, out_exe, alone, tuple(extra_c),
                                 tuple(drop), header)])[out_exe]


def main(argv):
    cache, cc = "build/obj", os.environ.get("CC", "cc")
    args = argv[1:]
    if "--" not in args:
        sys.stderr.write(__doc__)
        return 2
    split = args.index("--")
    args, flags = args[:split], args[split + 1:]
    pairs = []
    while args:
        if args[0] in ("--cache", "--cc") and len(args) > 1:
            if args[0] == "--cache":
                cache = args[1]
            else:
                cc = args[1]
            args = args[2:]
            continue
        if ":" not in args[0]:
            sys.stderr.write(__doc__)
            return 2
        pairs.append(tuple(args.pop(0).split(":", 1)))
    builder = Builder(cc, flags, cache)
    outcome = builder.build_many([(src, out, (), (), (), False) for src, out in pairs])
    failed = 0
    for src, out in pairs:
        if outcome[out] is not None:
            failed += 1
            sys.stderr.write("cbuild.py: %s did not build:\n%s" % (out, outcome[out]))
        else:
            print("built %s from %s" % (out, src))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
