#!/usr/bin/env python3
"""amalgamate.py SNAPSHOT_DIR OUT.c: one file that compiles alone (`cc OUT.c -lm -ledit`).

Like SQLite's sqlite3.c: every header of the snapshot once, in an order where
each comes after the headers it includes, then every .c file, with the
project's own #include lines removed. System includes stay where they are.

tools/cbuild.py compiles each snapshot in unity groups, a few .c files as
one translation unit, made by `translation_unit` below: the same text, with
only the headers the group needs and `#line` before every file so that
messages and debug information name the snapshot's own files and lines.
"""
import os
import re
import sys

LOCAL_INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"\s*$')
FEATURES = ("_POSIX_C_SOURCE", "_DEFAULT_SOURCE", "_GNU_SOURCE")
FEATURE_MACRO = re.compile(r'^#define\s+(%s)\b(.*)$' % "|".join(FEATURES))
# A file-scope static definition: `static ... name(` or `static ... name =`,
# `name[`, `name;` (functions, tables, variables); `static struct {` opens a
# definition whose name comes after its closing `}` at the start of a line.
STATIC_NAME = re.compile(r'^static\s+[^=(;{]*?\b([A-Za-z_]\w*)\s*(\(|=|\[|;)')
STATIC_BLOCK = re.compile(r'^static\s+(struct|union|enum)\b[^=(;]*\{\s*$')
BLOCK_NAME = re.compile(r'^\}\s*([A-Za-z_]\w*)\s*(=|\[|;)')
MACRO = re.compile(r'^\s*#\s*(define|undef)\s+([A-Za-z_]\w*)')


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def local_includes(lines):
    return [m.group(1) for m in map(LOCAL_INCLUDE.match, lines) if m]


def header_order(paths, headers, texts=None):
    """`headers` (base names) in an order where each comes after the ones it
    includes."""
    ordered, visiting = [], set()

    def visit(name):
        if name in ordered or name not in headers:
            return
        if name in visiting:
            raise SystemExit("amalgamate.py: include cycle through " + name)
        visiting.add(name)
        for dep in local_includes(texts[name] if texts else read(paths[name])):
            visit(dep)
        visiting.discard(name)
        ordered.append(name)

    for name in sorted(headers):
        visit(name)
    return ordered


def needed_headers(texts, sources):
    """The headers (base names) that `sources` include, directly or through
    another header."""
    seen, todo = set(), [n for s in sources for n in local_includes(texts[s])]
    while todo:
        name = os.path.basename(todo.pop())
        if name not in seen and name in texts:
            seen.add(name)
            todo.extend(local_includes(texts[name]))
    return seen


def statics(lines):
    """Names a .c file defines as static at file scope."""
    names, in_block = set(), False
    for line in lines:
        m = STATIC_NAME.match(line)
        if m:
            names.add(m.group(1))
        elif STATIC_BLOCK.match(line):
            in_block = True
        elif in_block and line.startswith("}"):
            m = BLOCK_NAME.match(line)
            if m:
                names.add(m.group(1))
            in_block = False
    return sorted(names)


def macros(lines, kind="define"):
    """Names a file #defines (or #undefs), feature macros left out."""
    return {m.group(2) for m in map(MACRO.match, lines)
            if m and m.group(1) == kind and m.group(2) not in FEATURES}


def feature_macros(lines):
    """The strongest _POSIX_C_SOURCE any file asks for: it must come before
    the first system header of the whole amalgamation."""
    values = {}
    for m in map(FEATURE_MACRO.match, lines):
        if m:
            value = m.group(2).split("/*")[0].strip()
            values[m.group(1)] = max(values.get(m.group(1), value), value)
    return values


def snapshot_names(directory):
    """Every .c and .h of the snapshot (its folders included) by base name:
    sources include headers by base name, so base names must be unique."""
    paths = {}
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for n in files:
            if n.endswith((".c", ".h")) and not n.startswith("."):
                if n in paths:
                    raise SystemExit("amalgamate.py: two files named " + n)
                paths[n] = os.path.join(root, n)
    return paths


def translation_unit(directory, paths, texts, headers, sources, line_root=None):
    """The lines of one translation unit: the feature macros, `headers` (base
    names, in this order), then `sources`. With line_root, each file starts
    with `#line 1 "line_root/its/path"` and keeps its line numbers (a removed
    line becomes blank)."""
    features = {}
    for name in sources:
        for macro, value in feature_macros(texts[name]).items():
            features[macro] = max(features.get(macro, value), value)
    out = ["#define %s %s" % item for item in sorted(features.items())]
    # Two files may each have a static helper of the same name; once they
    # share one translation unit those would clash, so each such name gets
    # its file's prefix (only these: a blanket prefix would also rename
    # struct members that happen to share a name with a static).
    seen = {}
    for name in sources:
        for n in statics(texts[name]):
            seen[n] = seen.get(n, 0) + 1
    # A .c file's own macros end with it, so that they cannot change the
    # files after it; the headers' stay (a .c may repeat one, identically).
    shared = set().union(*(macros(texts[h]) for h in headers))
    for name in headers + sources:
        rel = os.path.relpath(paths[name], directory)
        out.append("/* ==== %s ==== */" % rel)
        renames, local = [], []
        if name.endswith(".c"):
            renames = [n for n in statics(texts[name]) if seen[n] > 1]
            local = sorted(macros(texts[name]) - shared)
            undone = sorted(macros(texts[name], "undef") & shared)
            if undone:
                raise SystemExit("amalgamate.py: %s #undefs %s, which a header defines: "
                                 "the files after it would not see the header's"
                                 % (rel, ", ".join(undone)))
        out.extend("#define %s %s__%s" % (n, os.path.splitext(name)[0], n) for n in renames)
        if line_root is not None:
            out.append('#line 1 "%s"' % os.path.join(line_root, rel))
        for line in texts[name]:
            m = LOCAL_INCLUDE.match(line)
            if (m and os.path.basename(m.group(1)) in paths) or FEATURE_MACRO.match(line):
                if line_root is not None:
                    out.append("")
            else:
                out.append(line)
        out.extend("#undef %s" % n for n in renames + local)
    return out


def main(directory, out_path):
    paths = snapshot_names(directory)
    names = sorted(paths)
    headers = [n for n in names if n.endswith(".h")]
    sources = [n for n in names if n.endswith(".c")]
    base = os.path.basename(out_path)
    out = ["/* %s: the whole chapter program in one file. Generated by" % base,
           " * tools/amalgamate.py from %s; compile with: cc -std=c11 %s -lm -ledit */"
           % (directory, base)]
    texts = {n: read(paths[n]) for n in names}
    out += translation_unit(directory, paths, texts, header_order(paths, headers, texts), sources)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
