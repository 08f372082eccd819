#!/usr/bin/env python3
"""snapshot.py NN OUTDIR "DEFS" FILES...

Writes chapter NN's clean sources: each file of code/ with every
`#if CHAPTER >= CH_xxx` guard resolved by unifdef, and the include of
chapters.h removed, at the same place under OUTDIR as under code/
(code/objects/list.c -> OUTDIR/objects/list.c; a file outside code/ goes
to OUTDIR itself). Files are rewritten only when their text changes, so
make recompiles only what a change touched; files no longer in code/ are
removed.

One unifdef process resolves every changed file of the chapter (`-m`
edits copies in place): a process per file made the twelve snapshots
take about a minute on a machine where starting a process costs 5 ms.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

GUARD = re.compile(rb"^\s*#\s*(if|elif).*(CHAPTER|CH_[A-Z])", re.M)
CHAPTERS_H = re.compile(rb'^#include "chapters.h"\n', re.M)


def destination(path):
    """The file's place under OUTDIR."""
    parts = os.path.normpath(path).split(os.sep)
    if parts[0] == "code" and len(parts) > 1:
        return os.path.join(*parts[1:])
    return parts[-1]


def stale(path, dest, made):
    """Must `path` be resolved again? Not when its snapshot exists and the
    last snapshot (`made`: the stamp's time, None when every file must be
    resolved) is newer than the file."""
    return made is None or not os.path.exists(dest) or made <= os.path.getmtime(path)


def resolve(chapter, defs, files):
    """{file: resolved text} for every file, through one unifdef run."""
    work = tempfile.mkdtemp(prefix="snapshot-")
    try:
        copies = []
        for i, path in enumerate(files):
            copy = os.path.join(work, "%d-%s" % (i, os.path.basename(path)))
            shutil.copyfile(path, copy)
            copies.append(copy)
        # unifdef exits 0 (all unchanged) or 1 (some changed); 2 means trouble.
        p = subprocess.run(["unifdef", "-m", "-DCHAPTER=%d" % chapter] + defs + copies)
        if p.returncode not in (0, 1):
            sys.exit("snapshot.py: unifdef failed (status %d)" % p.returncode)
        texts = {}
        for path, copy in zip(files, copies):
            with open(copy, "rb") as f:
                texts[path] = CHAPTERS_H.sub(b"", f.read())
        return texts
    finally:
        shutil.rmtree(work)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__.split("\n\n")[0])
    chapter, out, defs, files = int(argv[0], 10), argv[1], argv[2].split(), argv[3:]
    os.makedirs(out, exist_ok=True)
    stamp = os.path.join(out, ".stamp")
    made = os.path.getmtime(stamp) if os.path.exists(stamp) else None
    if made is not None and made <= os.path.getmtime(os.path.abspath(__file__)):
        made = None             # a newer script: every file again
    dests = {path: os.path.join(out, destination(path)) for path in files}
    todo = [path for path in files if stale(path, dests[path], made)]
    for path, text in (resolve(chapter, defs, todo) if todo else {}).items():
        if GUARD.search(text):
            sys.exit("snapshot.py: unresolved chapter guard in %s" % path)
        dest = dests[path]
        try:
            with open(dest, "rb") as f:
                if f.read() == text:
                    continue
        except FileNotFoundError:
            os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "wb") as f:
            f.write(text)
    wanted = {os.path.normpath(d) for d in dests.values()}
    for folder, _, names in os.walk(out):
        for name in names:
            path = os.path.normpath(os.path.join(folder, name))
            if name.endswith((".c", ".h")) and path not in wanted:
                os.remove(path)


if __name__ == "__main__":
    main(sys.argv[1:])
