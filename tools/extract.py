#!/usr/bin/env python3
"""extract.py: find a named piece of C in a chapter snapshot.

The book never pastes code: its listings name a piece of the chapter's
snapshot, and this tool cuts it out. The grader uses the same tool to put a
learner's version of a function in place of the reference one.

    extract.py SRC NAME                 print the piece (function, struct, region)
    extract.py SRC NAME --replace FILE  replace the piece with FILE's text, in place

SRC is a .c/.h file or a directory (build/src/chNN, its folders included)
searched headers first, then by path.
NAME is
    a function name        `object_new`     its definition, with the comment above it
    `struct NAME`          `struct Object`  the struct (typedef or not), with its comment
    `region NAME`          `region heap`    the lines between `/* region NAME */`
                                            and `/* endregion */` (markers excluded)
Exit status 1 with a message when the piece is missing: a listing that names
something that is not there must fail the build.
"""
import os
import re
import sys


MARKER = re.compile(r"^\s*/\* (end)?region( \S+)? \*/\s*$")


def source_files(src):
    if os.path.isdir(src):
        paths = []
        for root, dirs, files in os.walk(src):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            paths.extend(os.path.join(root, n) for n in files if n.endswith((".c", ".h")))
        # Headers first: a struct is defined in its header.
        rel = lambda p: os.path.relpath(p, src)
        return sorted(paths, key=lambda p: (not p.endswith(".h"), rel(p)))
    return [src]


def leading_comment_start(lines, start):
    """Index of the first line of the comment block right above `start`."""
    i = start
    if i > 0 and lines[i - 1].rstrip().endswith("*/"):
        j = i - 1
        while j >= 0 and "/*" not in lines[j]:
            j -= 1
        if j >= 0:
            return j
    while i > 0 and lines[i - 1].lstrip().startswith("//"):
        i -= 1
    return i


def block_end(lines, start):
    """Index of the line holding the brace that closes the first `{` at or
    after `start` (braces in strings and comments are rare enough in this
    code base to ignore, but character literals are skipped)."""
    depth = 0
    seen = False
    for i in range(start, len(lines)):
        text = re.sub(r"'(\\.|[^'\\])'", "", lines[i])
        text = re.sub(r'"(\\.|[^"\\])*"', '""', text)
        text = re.sub(r"/\*.*?\*/|//.*", "", text)
        for ch in text:
            if ch == "{":
                depth += 1
                seen = True
            elif ch == "}":
                depth -= 1
                if seen and depth == 0:
                    return i
    return None


def find_function(lines, name):
    # A definition: a return type (no call, assignment or return before the
    # name), then the name and its parameter list.
    head = re.compile(r"^(?!return\b)[A-Za-z_][^(=]*[\s*]" + re.escape(name) + r"\s*\(")
    for i, line in enumerate(lines):
        if head.match(line) and not line.rstrip().endswith(";") \
                and not line.startswith(("#", "typedef")):
            # The definition's `{` may sit on a later line (long parameter lists).
            j = i
            while j < len(lines) and "{" not in lines[j] and not lines[j].rstrip().endswith(";"):
                j += 1
            if j == len(lines) or lines[j].rstrip().endswith(";"):
                continue
            end = block_end(lines, i)
            if end is not None:
                return leading_comment_start(lines, i), end + 1
    return None


def find_struct(lines, name):
    head = re.compile(r"^(typedef\s+)?struct\s+" + re.escape(name) + r"\s*\{")
    for i, line in enumerate(lines):
        if head.match(line):
            end = block_end(lines, i)
            if end is not None:
                return leading_comment_start(lines, i), end + 1
    return None


def find_region(lines, name):
    begin = re.compile(r"^\s*/\* region " + re.escape(name) + r" \*/\s*$")
    for i, line in enumerate(lines):
        if begin.match(line):
            for j in range(i + 1, len(lines)):
                if re.match(r"^\s*/\* endregion \*/\s*$", lines[j]):
                    return i + 1, j
    return None


def locate(src, name):
    if name.startswith("struct "):
        finder, key = find_struct, name[len("struct "):]
    elif name.startswith("region "):
        finder, key = find_region, name[len("region "):]
    else:
        finder, key = find_function, name
    for path in source_files(src):
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        span = finder(lines, key)
        if span:
            return path, lines, span
    return None


def main(argv):
    if len(argv) not in (3, 5) or (len(argv) == 5 and argv[3] != "--replace"):
        sys.stderr.write(__doc__)
        return 2
    src, name = argv[1], argv[2]
    if not os.path.exists(src):
        sys.stderr.write("extract.py: no such file or directory: %s\n" % src)
        return 2
    found = locate(src, name)
    if not found:
        sys.stderr.write("extract.py: no %s in %s\n" % (name, src))
        return 1
    path, lines, (start, end) = found
    if len(argv) == 3:
        # Region markers are for this tool, not for the reader.
        shown = [l for l in lines[start:end] if not MARKER.match(l)]
        sys.stdout.write("\n".join(shown) + "\n")
        return 0
    with open(argv[4], encoding="utf-8") as f:
        new_text = f.read().rstrip("\n").split("\n")
    lines[start:end] = new_text
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
