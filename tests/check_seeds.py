#!/usr/bin/env python3
"""check_seeds.py: is every seed of the written chapters tagged in the book?

    check_seeds.py [--chapters "01 02"] [--root chapters] [--seeds book/seeds.tsv]

book/seeds.tsv lists each seed id with the chapter(s) that must show it. A
chapter tags a seed with the attribute seeds="S01 S07" on a fenced block, a
Div (`::: {.claim seeds="S42"}`), a Span or a header. For every written
chapter, each seed listed for it must be tagged somewhere in that chapter;
an unknown id is an error too. Prints covered and missing ids per chapter,
then "seeds: N passed, M failed" (N: covered (seed, chapter) pairs).
"""
import argparse
import os
import re
import sys

TAG = re.compile(r"""\bseeds=(?:"([^"]*)"|'([^']*)'|([^\s}"']+))""")
FENCE = re.compile(r"^(`{3,}|~{3,})")


def read_catalogue(path):
    """{id: [chapter, ...]} from the tab-separated list."""
    seeds = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                sid, chapters = line.split("\t")[:2]
                seeds[sid] = ["%02d" % int(c) for c in chapters.split(",")]
    return seeds


def tags_in(path):
    """{id: first line number} of the seed tags in a chapter file; fence
    lines count, code bodies do not."""
    found, fence = {}, None
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            m = FENCE.match(line)
            if fence and m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) \
                    and not line.strip().strip(fence[0]):
                fence = None
                continue
            if fence:
                continue
            if m:
                fence = m.group(1)
            for t in TAG.finditer(line):
                for sid in (t.group(1) or t.group(2) or t.group(3)).replace(",", " ").split():
                    found.setdefault(sid, number)
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chapters", default="01")
    parser.add_argument("--root", default="chapters")
    parser.add_argument("--seeds", default="book/seeds.tsv")
    opts = parser.parse_args()
    written = ["%02d" % int(c) for c in opts.chapters.split()]
    catalogue = read_catalogue(opts.seeds)

    files = {}
    for name in sorted(os.listdir(opts.root)):
        m = re.match(r"(\d\d)-", name)
        path = os.path.join(opts.root, name, "chapter.md")
        if m and os.path.isfile(path):
            files[m.group(1)] = path

    passed = failed = 0
    for nn in sorted(files):
        tags = tags_in(files[nn])
        for sid in sorted(set(tags) - set(catalogue)):
            print("FAIL %s:%d: unknown seed %s" % (files[nn], tags[sid], sid))
            failed += 1
        if nn not in written:
            continue
        due = sorted(s for s, chapters in catalogue.items() if nn in chapters)
        covered = [s for s in due if s in tags]
        missing = [s for s in due if s not in tags]
        extra = sorted(s for s in tags if s in catalogue and s not in due)
        print("chapter %s: %d/%d seeds tagged%s%s%s" % (
            nn, len(covered), len(due),
            "; covered " + " ".join(covered) if covered else "",
            "; MISSING " + " ".join(missing) if missing else "",
            "; also tags " + " ".join(extra) if extra else ""))
        passed += len(covered)
        failed += len(missing)
    for nn in written:
        if nn not in files:
            print("FAIL chapter %s is written but has no chapter.md" % nn)
            failed += 1
    print("seeds: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
