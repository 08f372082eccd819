#!/usr/bin/env python3
"""cbuild.py: compile a chapter snapshot into a program, one object file per
source file, each compiled once.

    cbuild.py [--cache DIR] [--cc CC] SRC:OUT [SRC:OUT ...] -- FLAGS...

SRC is a snapshot (build/src/chNN: folders core/, objects/, parser/,
modules/ and main.c); OUT the program to link. The object file of a .c is
cached under DIR, named by a hash of the compiler, the flags, the .c's text
and the text of every header it includes (directly or through another
header, `#include "name.h"` found by name in its snapshot): twelve chapters
whose files are mostly identical compile each distinct file once (a file
that includes no header with chapter guards, such as the Unicode name
table, once for all twelve), and an edit to one file recompiles that file
only (an edit to a header, the files that include it). All programs named share one pool of compiler processes, as many
as the machine has cores. The grader (exercises/grade.py) builds a learner's
snapshot with the same Builder.
"""
import hashlib
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor


def snapshot_files(srcdir, suffix):
    """Paths of the files ending in `suffix` under srcdir, sorted, hidden
    files and folders left out."""
    found = []
    for root, dirs, files in os.walk(srcdir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, n) for n in files
                     if n.endswith(suffix) and not n.startswith("."))
    return sorted(found)


LOCAL_INCLUDE = re.compile(rb'^[ \t]*#[ \t]*include[ \t]+"([^"]+)"', re.M)


def include_flags(srcdir):
    """-I for every folder of the snapshot that holds a header: sources say
    `#include "object.h"` whatever folder they are in."""
    folders = sorted({os.path.dirname(h) for h in snapshot_files(srcdir, ".h")})
    return [flag for d in folders for flag in ("-I", d)]


class Builder:
    """Compiles snapshots with object files cached by content (see above)."""

    def __init__(self, cc, flags, cache):
        self.cc, self.flags, self.cache = cc, list(flags), cache

    def header_key(self, srcdir):
        """What keys the objects of srcdir: the flags, and a function that
        gives the text of the headers a source text includes."""
        headers = {}
        for path in snapshot_files(srcdir, ".h"):
            with open(path, "rb") as f:
                headers[os.path.basename(path)] = (os.path.relpath(path, srcdir).encode(), f.read())

        def included(text):
            seen, todo, out = set(), LOCAL_INCLUDE.findall(text), []
            while todo:
                name = os.path.basename(todo.pop()).decode()
                if name in seen or name not in headers:
                    continue
                seen.add(name)
                todo.extend(LOCAL_INCLUDE.findall(headers[name][1]))
            for name in sorted(seen):
                out.append(headers[name][0] + b"\0" + headers[name][1])
            return b"\0".join(out)

        flags = hashlib.sha256((" ".join([self.cc] + self.flags)).encode()).hexdigest()
        return flags, included

    def compile_one(self, srcdir, header_key, c, uncached):
        """Object file for c, or (None, compiler's message)."""
        flags, included = header_key
        with open(c, "rb") as f:
            text = f.read()
        key = hashlib.sha256(flags.encode() + b"\0" + included(text) + b"\0" + text).hexdigest()[:32]
        cached = os.path.join(self.cache, key + ".o")
        if not uncached and os.path.exists(cached):
            return cached, None
        os.makedirs(self.cache, exist_ok=True)
        tmp_obj = cached + ".%d.%d.tmp" % (os.getpid(), id(c))
        p = subprocess.run([self.cc] + self.flags + include_flags(srcdir)
                           + ["-c", "-o", tmp_obj, c], capture_output=True, text=True)
        if p.returncode != 0:
            return None, p.stderr + p.stdout
        if uncached:
            # A learner's file: never cached, so the next answer recompiles.
            obj = tmp_obj[:-len(".tmp")] + ".answer.o"
            os.replace(tmp_obj, obj)
            return obj, None
        os.replace(tmp_obj, cached)     # atomic: parallel builds share the cache
        return cached, None

    def build_many(self, jobs, libs=("-lm", "-ledit")):
        """jobs: (srcdir, out_exe, uncached_files, extra_c, drop) tuples.
        Returns {out_exe: None or the first error message}; errors in an
        uncached file come first, they are the learner's."""
        plan = []
        for srcdir, out_exe, uncached, extra_c, drop in jobs:
            key = self.header_key(srcdir)
            sources = [c for c in snapshot_files(srcdir, ".c")
                       if os.path.relpath(c, srcdir) not in drop] + list(extra_c)
            for c in sources:
                plan.append((out_exe, srcdir, key, c,
                             c in extra_c or os.path.basename(c) in uncached))
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            results = list(pool.map(lambda p: self.compile_one(p[1], p[2], p[3], p[4]), plan))
        outcome = {}
        for srcdir, out_exe, *_ in jobs:
            mine = [(p, r) for p, r in zip(plan, results) if p[0] == out_exe]
            errors = sorted(((not p[4], r[1]) for p, r in mine if r[1] is not None))
            if errors:
                outcome[out_exe] = errors[0][1]
                continue
            os.makedirs(os.path.dirname(out_exe) or ".", exist_ok=True)
            tmp_exe = out_exe + ".tmp"
            p = subprocess.run([self.cc] + self.flags + ["-o", tmp_exe]
                               + [r[0] for _, r in mine] + list(libs),
                               capture_output=True, text=True)
            if p.returncode != 0:
                outcome[out_exe] = p.stderr + p.stdout
                continue
            os.replace(tmp_exe, out_exe)
            outcome[out_exe] = None
        return outcome

    def build(self, srcdir, out_exe, changed_file=None, extra_c=(), drop=()):
        """One program; None or the first error message."""
        uncached = (changed_file,) if changed_file else ()
        if changed_file and changed_file.endswith(".h"):
            uncached = tuple(os.path.basename(c) for c in snapshot_files(srcdir, ".c"))
        return self.build_many([(srcdir, out_exe, uncached, tuple(extra_c), tuple(drop))])[out_exe]


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
    outcome = builder.build_many([(src, out, (), (), ()) for src, out in pairs])
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
