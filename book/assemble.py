#!/usr/bin/env python3
"""assemble.py: put the book together from the chapters' pandoc ASTs.

    assemble.py html   build/book/html/: index.html and one page per chapter
    assemble.py epub   build/book/minipy-book.epub
    assemble.py pdf    build/book/print.html, then minipy-book.pdf (WeasyPrint)

book/book.mk first turns each chapters/NN-slug/chapter.md (and the preface,
and any book/appendices/X-slug.md) into build/book/ast/NAME.json with
book/filters/minipy.lua; this script only arranges those documents: pages,
navigation, table of contents, links between pages. Any pandoc warning is
an error. Standard library only; run from the repository root.
"""
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys

BOOK = "build/book"
AST = os.path.join(BOOK, "ast")
HTML = os.path.join(BOOK, "html")
RENDER = ["--lua-filter", "book/filters/render.lua", "--highlight-style", "book/highlight.theme"]


def pandoc(doc, args):
    """Run pandoc on a JSON document; a warning fails the build."""
    proc = subprocess.run(["pandoc", "--fail-if-warnings", "-f", "json"] + args,
                          input=json.dumps(doc).encode("utf-8"), capture_output=True)
    if proc.returncode or proc.stderr:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        sys.exit("assemble.py: pandoc %s failed" % " ".join(args))


def stringify(node):
    """The plain text of a piece of the AST."""
    if isinstance(node, list):
        return "".join(stringify(n) for n in node)
    if isinstance(node, dict):
        t, c = node.get("t"), node.get("c")
        if t in ("Str", "Code", "Math", "RawInline"):
            return c if isinstance(c, str) else c[-1]
        if t in ("Space", "SoftBreak", "LineBreak"):
            return " "
        if t in ("Span", "Link", "Image", "Quoted", "Cite"):
            return stringify(c[1])
        return stringify(c) if isinstance(c, list) else ""
    return ""


def strip_secno(inlines):
    """Header text without the section number span."""
    out = [n for n in inlines if not (n.get("t") == "Span" and "secno" in n["c"][0][1])]
    return out[1:] if out and out[0].get("t") == "Space" else out


def walk(node, visit):
    if isinstance(node, list):
        for n in node:
            walk(n, visit)
    elif isinstance(node, dict):
        visit(node)
        c = node.get("c")
        if isinstance(c, list):
            walk(c, visit)


ATTR_AT = {"Header": 1, "Div": 0, "Span": 0, "CodeBlock": 0, "Image": 0, "Table": 0}


class Part:
    """One page of the site: the preface, a chapter or an appendix."""

    def __init__(self, name, kind, doc=None):
        self.name, self.kind = name, kind
        if doc is None:
            with open(os.path.join(AST, name + ".json"), encoding="utf-8") as f:
                doc = json.load(f)
        self.doc = doc
        self.page = "index.html" if kind == "preface" else name + ".html"
        heads = [b for b in self.doc["blocks"] if b["t"] == "Header"]
        first = heads[0]["c"] if heads and heads[0]["c"][0] == 1 else None
        self.title_inlines = first[2] if first else [{"t": "Str", "c": name}]
        self.title = stringify(self.title_inlines)
        self.sections = [(h["c"][1][0], h["c"][2]) for h in heads if h["c"][0] == 2]
        self.ids = set()
        anchor_listings(self)

        def collect(n):
            at = ATTR_AT.get(n.get("t"))
            if at is not None and n["c"][at][0]:
                self.ids.add(n["c"][at][0])
        walk(self.doc["blocks"], collect)


def anchor_listings(part):
    """Give each listing an id, lst-PART-NAME, so that the index can link
    to the place where a C function is shown."""
    seen = set()

    def give(n):
        if n.get("t") == "Div" and "listing" in n["c"][0][1] and not n["c"][0][0]:
            name = dict(n["c"][0][2]).get("listing", "")
            base = "lst-%s-%s" % (part.name, re.sub(r"[^\w-]+", "-", name).strip("-"))
            anchor, k = base, 1
            while anchor in seen:
                k += 1
                anchor = "%s-%d" % (base, k)
            seen.add(anchor)
            n["c"][0][0] = anchor
    walk(part.doc["blocks"], give)


# ---- the index ----------------------------------------------------------
# Names of CPython's gc, sys and weakref modules, of its C API (Py..., the
# tp_ and ob_ fields), and minipy's C functions that a listing shows: each
# with the sections that use it in code, and the listings that show it.
INDEX_GROUPS = [
    ("index-gc", "The gc module", re.compile(r"^gc\.[A-Za-z_]\w*")),
    ("index-sys", "The sys module", re.compile(r"^sys\.[A-Za-z_]\w*")),
    ("index-weakref", "The weakref module", re.compile(r"^weakref\.[A-Za-z_]\w*")),
    ("index-capi", "CPython's C API and structs", re.compile(r"^(_?Py[A-Z_]\w*|(tp|ob)_[a-z]\w*)")),
]
INDEX_MINIPY = ("index-minipy", "minipy's C functions and structs")
INDEX_LINKS = 8         # places listed per name, the first in book order


def secno(inlines):
    """The section number of a header ("4.5", "B.2"), or its text."""
    for n in inlines:
        if n.get("t") == "Span" and "secno" in n["c"][0][1]:
            return stringify(n["c"][1])
    return stringify(strip_secno(inlines))


def index_places(parts):
    """{(group, name): [(anchor, label), ...]} in book order."""
    listed = {}
    for part in parts[1:]:
        def note(n):
            if n.get("t") == "Div" and "listing" in n["c"][0][1]:
                name = dict(n["c"][0][2]).get("listing", "")
                listed.setdefault(re.sub(r"^(struct|region) ", "", name), True)
        walk(part.doc["blocks"], note)
    places = {}

    def add(key, anchor, label):
        spots = places.setdefault(key, [])
        if anchor and (anchor, label) not in spots:
            spots.append((anchor, label))
    for part in parts[1:]:
        here = [None, None]

        def visit(n):
            t = n.get("t")
            if t == "Header" and n["c"][0] <= 2:
                here[0], here[1] = n["c"][1][0], secno(n["c"][2])
            elif t == "Code":
                text = n["c"][1]
                for gid, _, pattern in INDEX_GROUPS:
                    m = pattern.match(text)
                    if m:
                        add((gid, m.group(0)), here[0], here[1])
                        return
                name = re.match(r"^[A-Za-z_]\w*", text)
                if name and name.group(0) == text.rstrip("()") and name.group(0) in listed:
                    add((INDEX_MINIPY[0], name.group(0)), here[0], here[1])
            elif t == "Div" and "listing" in n["c"][0][1]:
                name = re.sub(r"^(struct|region) ", "", dict(n["c"][0][2]).get("listing", ""))
                add((INDEX_MINIPY[0], name), n["c"][0][0], "%s listing" % here[1])
        walk(part.doc["blocks"], visit)
    return places


def index_part(parts):
    """The index as one more part after the appendices: a list per group,
    each name followed by links to where it is used or shown."""
    places = index_places(parts)
    blocks = [{"t": "Header", "c": [1, ["book-index", ["unnumbered"], []], [{"t": "Str", "c": "Index"}]]},
              {"t": "Para", "c": [{"t": "Str", "c": "Each name links to the sections whose text or "
                                   "examples use it, and to the listings that show it, in book "
                                   "order (at most %d places)." % INDEX_LINKS}]}]
    for gid, title in [(g[0], g[1]) for g in INDEX_GROUPS] + [INDEX_MINIPY]:
        names = sorted((name for (g, name) in places if g == gid), key=lambda x: (x.lower(), x))
        if not names:
            continue
        items = []
        for name in names:
            spots = places[(gid, name)][:INDEX_LINKS]
            inlines = [{"t": "Code", "c": [["", [], []], name]}, {"t": "Space"}]
            for k, (anchor, label) in enumerate(spots):
                if k:
                    inlines += [{"t": "Str", "c": ","}, {"t": "Space"}]
                inlines.append(link("#" + anchor, [{"t": "Str", "c": label}]))
            items.append([plain(inlines)])
        blocks.append({"t": "Header", "c": [2, [gid, ["unnumbered"], []], [{"t": "Str", "c": title}]]})
        blocks.append({"t": "Div", "c": [["", ["book-index"], []], [{"t": "BulletList", "c": items}]]})
    doc = dict(parts[0].doc, blocks=blocks)
    # Written for whoever reads the ASTs; the html, epub and pdf builds each
    # write it (make -j runs them at once), so never a half-written file.
    path = os.path.join(AST, "book-index.json")
    with open("%s.%d" % (path, os.getpid()), "w", encoding="utf-8") as f:
        json.dump(doc, f)
    os.replace(f.name, path)
    return Part("book-index", "index", doc)


def load_parts():
    """The preface, then the chapters and appendices present in the tree
    (not whatever old ASTs lie in build/book/ast)."""
    parts = [Part("preface", "preface")]
    chapters = os.environ.get("BOOK_CHAPTERS", "").split() or sorted(
        p.split("/")[1] for p in glob.glob("chapters/[0-9][0-9]-*/chapter.md"))
    parts += [Part(name, "chapter") for name in chapters]
    appendices = sorted(glob.glob("book/appendices/*.md"))
    parts += [Part("app-" + os.path.basename(p)[:-3], "appendix") for p in appendices]
    parts.append(index_part(parts))
    return parts


def link_pages(parts):
    """Point #id links at the page that holds the id."""
    home = {}
    for part in parts:
        for i in part.ids:
            home.setdefault(i, part.page)
    for part in parts:
        def fix(n, part=part):
            if n.get("t") == "Link":
                target = n["c"][2][0]
                if target.startswith("#") and home.get(target[1:], part.page) != part.page:
                    n["c"][2][0] = home[target[1:]] + target
        walk(part.doc["blocks"], fix)


def link(href, inlines):
    return {"t": "Link", "c": [["", [], []], inlines, [href, ""]]}


def plain(inlines):
    return {"t": "Plain", "c": inlines}


def contents(parts, page_of=lambda p, anchor: p.page + ("#" + anchor if anchor else "")):
    """The table of contents: chapters with their sections."""
    items = []
    for part in parts[1:]:
        sub = [[plain([link(page_of(part, sid), inl)])] for sid, inl in part.sections]
        entry = [plain([link(page_of(part, None), part.title_inlines)])]
        if sub:
            entry.append({"t": "BulletList", "c": sub})
        items.append(entry)
    return {"t": "Div", "c": [["contents", ["contents"], []], [
        {"t": "Header", "c": [2, ["contents-title", ["unnumbered"], []],
                              [{"t": "Str", "c": "Contents"}]]},
        {"t": "BulletList", "c": items}]]}


def metadata():
    """title, subtitle, author from book/metadata.yaml (simple key: value)."""
    meta = {}
    with open("book/metadata.yaml", encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^([\w-]+):\s*(.+?)\s*$", line)
            if m:
                meta[m.group(1)] = m.group(2).strip("'\"")
    return meta


def build_html(parts):
    os.makedirs(HTML, exist_ok=True)
    shutil.copy("book/css/book.css", HTML)
    if os.path.isdir(os.path.join(BOOK, "figures")):
        shutil.copytree(os.path.join(BOOK, "figures"), os.path.join(HTML, "figures"),
                        dirs_exist_ok=True)
    meta = metadata()
    link_pages(parts)
    for k, part in enumerate(parts):
        doc = part.doc
        if part.kind == "preface":
            doc = dict(doc, blocks=doc["blocks"] + [contents(parts)])
        var = {"booktitle": meta["title"], "page-kind": part.kind, "lang": meta.get("lang", "en"),
               "toc-title": {"appendix": "In this appendix", "index": "In this index"}.get(
                   part.kind, "In this chapter")}
        if part.kind == "preface":
            var.update({"subtitle": meta.get("subtitle", ""), "author": meta.get("author", ""),
                        "is-index": "true"})
        if k > 0:
            var.update({"prev-href": parts[k - 1].page, "prev-title": parts[k - 1].title})
        if k + 1 < len(parts):
            var.update({"next-href": parts[k + 1].page, "next-title": parts[k + 1].title})
        nn = part.name[:2]
        diff = os.path.join("build/src", "ch%s.diff" % nn)
        if part.kind == "chapter" and os.path.isfile(diff):
            os.makedirs(os.path.join(HTML, "diffs"), exist_ok=True)
            shutil.copy(diff, os.path.join(HTML, "diffs"))
            var["diff-href"] = "diffs/ch%s.diff" % nn
            var["diff-name"] = "build/src/ch%s.diff" % nn
        if part.kind == "chapter":
            var["program"] = "build/bin/ch" + nn
        args = ["-t", "html5", "--template", "book/templates/page.html", "-o",
                os.path.join(HTML, part.page), "-M", "pagetitle=%s · %s" % (
                    part.title if part.kind != "preface" else "Contents", meta["title"])]
        args += [] if part.kind == "preface" else ["--toc", "--toc-depth=2"]
        for key, value in var.items():
            args += ["-V", "%s=%s" % (key, html.escape(value, quote=True))]
        pandoc(doc, args + RENDER + ["-M", "site=true"])
    index_search()
    print("html: %s (%d pages)" % (os.path.join(HTML, "index.html"), len(parts)))


PAGEFIND = "tools/search/node_modules/.bin/pagefind"


def index_search():
    """The site's full-text search: pagefind (npm, pinned in
    tools/search/package-lock.json; tools/ensure-tools.sh installs it)
    indexes each page's <main> into build/book/html/pagefind/."""
    if not os.access(PAGEFIND, os.X_OK):
        sys.exit("assemble.py: no %s: run tools/ensure-tools.sh (npm ci in tools/search)" % PAGEFIND)
    shutil.rmtree(os.path.join(HTML, "pagefind"), ignore_errors=True)
    proc = subprocess.run([PAGEFIND, "--site", HTML], capture_output=True, text=True)
    if proc.returncode or not os.path.isfile(os.path.join(HTML, "pagefind", "pagefind-ui.js")):
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit("assemble.py: pagefind failed")


def whole_book(parts):
    """One document: preface, chapters, appendices."""
    doc = dict(parts[0].doc)
    doc["blocks"] = [b for p in parts for b in p.doc["blocks"]]
    return doc


def build_epub(parts):
    out = os.path.join(BOOK, "minipy-book.epub")
    pandoc(whole_book(parts), [
        "-t", "epub3", "-o", out, "--metadata-file", "book/metadata.yaml",
        "--toc", "--toc-depth=2", "--epub-chapter-level=1", "--css", "book/css/epub.css",
        "--resource-path", BOOK] + RENDER)
    print("epub: " + out)


def weasyprint():
    """The command that prints HTML to PDF: book/print_pdf.py (WeasyPrint's
    own command, faster) run by the Python on weasyprint's #! line, or
    `weasyprint` itself where that is not a Python script."""
    try:
        with open(shutil.which("weasyprint"), "rb") as f:
            line = f.readline().decode("utf-8", "replace")
    except (TypeError, OSError):
        return ["weasyprint"]
    if not line.startswith("#!") or "python" not in line:
        return ["weasyprint"]
    return line[2:].split() + ["book/print_pdf.py"]


def build_pdf(parts):
    page = os.path.join(BOOK, "print.html")
    shutil.copy("book/css/print.css", BOOK)
    pandoc(whole_book(parts), [
        "-t", "html5", "-s", "--template", "book/templates/print.html", "-o", page,
        "--metadata-file", "book/metadata.yaml", "--toc", "--toc-depth=2",
        "-V", "css=print.css"] + RENDER)
    out = os.path.join(BOOK, "minipy-book.pdf")
    proc = subprocess.run(weasyprint() + [page, out], capture_output=True, text=True)
    if proc.returncode:
        sys.stderr.write(proc.stderr)
        sys.exit("assemble.py: weasyprint failed")
    print("pdf: " + out)


def main(argv):
    builders = {"html": build_html, "epub": build_epub, "pdf": build_pdf}
    if len(argv) < 2 or any(a not in builders for a in argv[1:]):
        sys.exit(__doc__)
    for what in argv[1:]:
        builders[what](load_parts())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
