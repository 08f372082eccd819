#!/usr/bin/env python3
"""make_seeds.py: the fuzzer's seed corpus, one file per program.

    make_seeds.py OUTDIR

The book's examples (every {.python .run} script, and the lines typed at
the prompt of every {.pycon .run} session, run as one script) and the
comparison corpus tests/corpus/*.py. Files are named by content hash, so a
rerun writes the same set."""
import glob
import hashlib
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import check_examples  # noqa: E402


def programs():
    chapters = sorted(glob.glob("chapters/*/chapter.md")) + sorted(glob.glob("book/appendices/*.md"))
    for path in chapters:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        examples, _ = check_examples.find_examples(path, "12", lines)
        for ex in examples:
            if ex.cpython:
                continue
            if ex.kind == "script":
                yield ex.code.text + "\n"
            else:
                yield "\n".join(check_examples.prompt_inputs(ex.code.text)) + "\n"
    for path in sorted(glob.glob("tests/corpus/*.py")):
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            yield f.read()


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    count = 0
    for text in programs():
        data = text.encode("utf-8", "surrogateescape")
        name = hashlib.sha1(data).hexdigest()
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        count += 1
    print("fuzz seeds: %d programs in %s" % (count, out))


if __name__ == "__main__":
    main()
