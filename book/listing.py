#!/usr/bin/env python3
"""listing.py SRC NAME [FILE]: tools/extract.py for the book's listings.

Prints the file the piece was found in (first line: its path in code/, like
objects/list.c), then the piece, using extract.py's own search so the book
and the grader agree on what a name means. FILE (a path in code/ like
objects/object.c) restricts the search to one file.
Exit status 1 when the piece is missing: the book must not build then.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import extract  # noqa: E402


def main(argv):
    if len(argv) not in (3, 4):
        sys.stderr.write(__doc__)
        return 2
    src, name = argv[1], argv[2]
    if len(argv) == 4:
        src = os.path.join(src, argv[3])
        if not os.path.isfile(src):
            sys.stderr.write("listing.py: no file %s\n" % src)
            return 1
    found = extract.locate(src, name)
    if not found:
        sys.stderr.write("listing.py: no %s in %s\n" % (name, src))
        return 1
    path, lines, (start, end) = found
    root = argv[1]
    sys.stdout.write(os.path.relpath(path, root) + "\n" + "\n".join(lines[start:end]).rstrip("\n") + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
