#!/usr/bin/env python3
"""listing.py: tools/extract.py for the book's listings.

    listing.py SRC NAME [FILE]   print one piece
    listing.py --batch           cut every piece that stdin asks for

Prints the file the piece was found in (first line: its path in code/, like
objects/list.c), then the piece, using extract.py's own search so the book
and the grader agree on what a name means. FILE (a path in code/ like
objects/object.c) restricts the search to one file.
Exit status 1 when the piece is missing: the book must not build then.

--batch reads one request a line, SRC, NAME and FILE (maybe empty) separated
by tabs, and answers each in order: a line "ok N" then the N bytes (UTF-8)
that the one-piece form prints, or "missing N" then the N bytes of the
message it would write on stderr. book/filters/minipy.lua asks for all the
listings of a chapter at once: a Python start per listing cost as much as
the rest of the chapter's build.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import extract  # noqa: E402


def cut(root, name, file=None):
    """(True, the file's path and the piece) or (False, why not)."""
    src = root
    if file:
        src = os.path.join(root, file)
        if not os.path.isfile(src):
            return False, "listing.py: no file %s\n" % src
    found = extract.locate(src, name)
    if not found:
        return False, "listing.py: no %s in %s\n" % (name, src)
    path, lines, (start, end) = found
    return True, os.path.relpath(path, root) + "\n" + "\n".join(lines[start:end]).rstrip("\n") + "\n"


def batch():
    out = sys.stdout.buffer
    for line in sys.stdin.read().splitlines():
        root, name, file = (line.split("\t") + ["", ""])[:3]
        ok, text = cut(root, name, file)
        data = text.encode("utf-8")
        out.write(b"%s %d\n" % (b"ok" if ok else b"missing", len(data)) + data)
    return 0


def main(argv):
    if argv[1:] == ["--batch"]:
        return batch()
    if len(argv) not in (3, 4):
        sys.stderr.write(__doc__)
        return 2
    ok, text = cut(*argv[1:])
    (sys.stdout if ok else sys.stderr).write(text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
