#!/usr/bin/env python3
"""check_html.py: check the built book (run `make book` first).

    check_html.py [--book build/book]

- the EPUB passes epubcheck; the PDF exists and is a PDF;
- every page (index.html, one per chapter under chapters/, one per appendix)
  is loaded in headless Chromium (one browser loads them all in turn,
  tests/dump_dom.mjs), and its DOM, after its scripts ran, must have the
  pager nav, a title, as many listings, figures and examples as its
  chapter.md asks for, no empty listing, for each figure an SVG file with
  graph nodes, and each CPython example labelled with the version it was
  checked with;
- every exercise of a chapter (exercises/NN-*/K-*/) shows in the chapter's
  page: its statement, word for word as exercise.md renders it, its kind,
  its points and the command that grades it;
- the site's full-text search (pagefind) works in Chromium: typing a word
  gives a result that links to the section about it (tests/check_search.mjs);
- the PDF leaves no page half empty inside a chapter (a long code block
  splits instead of moving whole to the next page), and it is set in Linux
  Libertine with code in DejaVu Sans Mono (pdffonts);
- every link between the site's pages reaches an existing page and anchor,
  and every entry of the glossary (book/appendices/*-glossary.md) links to
  at least one;
- the index of names (gc, sys, weakref, the C API, minipy's functions) has
  entries that each link to a place, in the site, the EPUB and the PDF;
- the appendices are lettered A, B, ... in order: each page's title, the
  site's contents, the EPUB's table of contents (nav.xhtml) and the PDF's
  (its text, read by pdftotext).

Prints one line per check and "book: N passed, M failed". Standard library only.
"""
import argparse
import functools
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.join(ROOT, "tools"))
sys.path.insert(0, os.path.join(ROOT, "exercises"))
import extract  # noqa: E402
import grade  # noqa: E402

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Element:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children, self.text = [], []
        self.parts = []         # text and children, in document order

    @property
    def classes(self):
        return (self.attrs.get("class") or "").split()

    def all_text(self):
        return "".join(p if isinstance(p, str) else p.all_text() for p in self.parts)

    def find(self, tag=None, cls=None):
        """Every descendant with this tag and/or class."""
        found = []
        for c in self.children:
            if (tag is None or c.tag == tag) and (cls is None or cls in c.classes):
                found.append(c)
            found += c.find(tag, cls)
        return found


class Tree(HTMLParser):
    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.root = self.node = Element("#root", [], None)
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        el = Element(tag, attrs, self.node)
        self.node.children.append(el)
        self.node.parts.append(el)
        if tag not in VOID:
            self.node = el

    def handle_endtag(self, tag):
        n = self.node
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.node = n.parent

    def handle_data(self, data):
        self.node.text.append(data)
        self.node.parts.append(data)


def dump_doms(paths):
    """{path: (dom, error)}: each page's DOM after its scripts ran, as
    `chromium --dump-dom` printed it, from one headless Chromium that loads
    every page in turn (tests/dump_dom.mjs); error says why a page has none."""
    try:
        proc = subprocess.run(["node", os.path.join(ROOT, "tests", "dump_dom.mjs")] + paths,
                              capture_output=True, text=True, timeout=120 * (1 + len(paths)))
    except subprocess.TimeoutExpired:
        return {p: ("", "tests/dump_dom.mjs timed out") for p in paths}
    try:
        found = {r["page"]: (r["dom"], r["error"]) for r in json.loads(proc.stdout)}
    except ValueError:
        lines = [l.strip() for l in proc.stderr.splitlines() if l.strip()]
        why = [l for l in lines if re.match(r"\w*Error\b", l)][:1] or lines[-1:] or ["no output"]
        return {p: ("", "tests/dump_dom.mjs failed (exit status %d): %s" % (proc.returncode, why[0]))
                for p in paths}
    return {p: found.get(p, ("", "tests/dump_dom.mjs did not load it")) for p in paths}


def epubcheck():
    """Debian's /usr/bin/epubcheck is a link to a jar, runnable only where
    binfmt_misc knows jars: call java ourselves. A short run is cheaper
    with the JVM's quick compiler alone and its serial collector: the
    optimizing compiler's and the parallel collector's threads cost more
    than they save (19 s of CPU against 8 s here; the same verdict)."""
    path = os.path.realpath(shutil.which("epubcheck") or "/usr/share/java/epubcheck.jar")
    return (["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", path]
            if path.endswith(".jar") else [path])


def wanted(md_path):
    """How many listings, figures and examples the source asks for."""
    if not md_path:
        return None
    with open(md_path, encoding="utf-8") as f:
        fences = [l for l in f if re.match(r"^(```|~~~)\s*\{", l)]
    return {"listing": sum(1 for l in fences if "listing=" in l),
            "minipy-figure": sum(1 for l in fences if ".minipy-figure" in l),
            "example": sum(1 for l in fences if re.search(r"\.(run|cpython)\b", l))}


def cpython_versions(md_path):
    """The CPython version of each .cpython block, in order (python="3.6",
    else 3.11; a version table's versions="3.6 3.12" as "3.6, 3.12")."""
    with open(md_path, encoding="utf-8") as f:
        fences = [l for l in f if re.match(r"^(```|~~~)\s*\{", l) and ".cpython" in l]
    found = []
    for l in fences:
        table = re.search(r'versions="([^"]+)"', l)
        found.append(", ".join(table[1].split()) if table
                     else (re.search(r'python="([^"]+)"', l) or [None, "3.11"])[1])
    return found


def answer_lines(md_path, name):
    """The body lines of function NAME in the chapter's snapshot: what the
    page must not show when an exercise asks for that body."""
    nn = os.path.basename(os.path.dirname(md_path))[:2]
    found = extract.locate(os.path.join("build", "src", "ch" + nn), name)
    if not found:
        return ["(no %s in build/src/ch%s)" % (name, nn)]
    _, lines, (start, end) = found
    piece = lines[start:end]
    body = piece[piece.index("{") + 1:] if "{" in piece else piece
    return [l.strip() for l in body if len(l.strip()) > 3]


def implement_exercises(md_path):
    """(id, function) of each implement exercise of the page's chapter, as
    the grader reads them."""
    nn = os.path.basename(os.path.dirname(md_path))[:2]
    return [(ex.id, ex.meta["function"]) for ex in grade.load_exercises(grade.Env(ROOT))
            if ex.chapter == nn and ex.kind == "implement"]


def check_exercise_listings(html_path, root, md_path):
    """A function an implement exercise asks for is listed with exercise=ID:
    its head is shown, no line of its body (the answer) is."""
    with open(html_path, encoding="utf-8") as f:
        page = html.unescape(re.sub(r"<[^>]+>", "", f.read()))
    page_lines = {l.strip() for l in page.split("\n")}
    problems = []
    for ex, name in implement_exercises(md_path):
        for listing in root.find("div", "listing"):
            if listing.attrs.get("data-listing") == name and listing.attrs.get("data-exercise") != ex:
                problems.append("listing %s lacks exercise=\"%s\"" % (name, ex))
        # A line or two may also belong to a neighbouring listing
        # (repr_leave shares repr_enter's first line): a quarter is too many.
        distinct = [l for l in answer_lines(md_path, name) if len(l) > 20]
        shown = [l for l in distinct if l in page_lines]
        if len(shown) >= 2 and 4 * len(shown) > len(distinct):
            problems.append("the answer to exercise %s shows on the page: %s" % (ex, shown[:2]))
    return problems


def words(text):
    return " ".join(text.split())


def statement_texts():
    """{exercise id: the text of its statement as pandoc renders exercise.md,
    without its title line (the chapter prints its own heading)}. One pandoc
    run renders them all, each exercise.md in a div of its own."""
    fence = ":" * 24
    source = []
    for ex in grade.load_exercises(grade.Env(ROOT)):
        with open(os.path.join(ex.dir, "exercise.md"), encoding="utf-8") as f:
            source.append('%s {.statement exercise="%s"}\n%s\n%s\n' % (fence, ex.id, f.read(), fence))
    proc = subprocess.run(["pandoc", "-f", "markdown-auto_identifiers", "-t", "html5"],
                          input="\n".join(source), capture_output=True, text=True, check=True)
    texts = {}
    for div in Tree(proc.stdout).root.children:     # a <section> when a heading leads
        if "statement" in div.classes:
            parts = list(div.parts)
            while parts and isinstance(parts[0], str) and not parts[0].strip():
                parts.pop(0)
            if parts and not isinstance(parts[0], str) and parts[0].tag == "h1":
                parts.pop(0)
            texts[div.attrs.get("data-exercise")] = words(
                "".join(p if isinstance(p, str) else p.all_text() for p in parts))
    return texts


def check_exercises(root, md_path, statements):
    """Every exercise of the page's chapter is printed in it, once, in order,
    with its statement as STATEMENTS (statement_texts()) has it."""
    nn = os.path.basename(os.path.dirname(md_path))[:2]
    problems = []
    expected = [ex for ex in grade.load_exercises(grade.Env(ROOT)) if ex.chapter == nn]
    shown = root.find(None, "exercise")   # a <section> when the heading leads it
    ids = [d.attrs.get("data-exercise") for d in shown]
    if ids != [ex.id for ex in expected]:
        problems.append("exercises on the page %s, in exercises/ %s" % (ids, [ex.id for ex in expected]))
    for ex in expected:
        divs = [d for d in shown if d.attrs.get("data-exercise") == ex.id]
        if not divs:
            continue
        on_page = divs[0].find("div", "exercise-statement")
        if not on_page or words(on_page[0].all_text()) != statements.get(ex.id):
            problems.append("exercise %s: the statement on the page is not %s/exercise.md"
                            % (ex.id, os.path.relpath(ex.dir, ROOT)))
        meta = words(" ".join(m.all_text() for m in divs[0].find("div", "exercise-meta")))
        for want in (ex.kind, "%s point" % ex.points, "make grade EX=%s" % ex.id):
            if want not in meta:
                problems.append("exercise %s: %r is not in its heading line (%r)" % (ex.id, want, meta))
    return problems


def appendix_titles():
    """(letter, title) of each appendix, in order: A, B, ..."""
    found = []
    for k, path in enumerate(sorted(glob.glob("book/appendices/*.md"))):
        with open(path, encoding="utf-8") as f:
            title = re.sub(r"\s*\{[^}]*\}\s*$", "", f.readline()[2:].strip())
        found.append((chr(ord("A") + k), title.replace("`", "")))
    return found


def lettered(text, where):
    """Problems unless TEXT lists every appendix as "X Title", in order."""
    text = words(text)
    problems, at = [], 0
    for letter, title in appendix_titles():
        m = re.compile(r"%s\.? %s" % (letter, re.escape(title))).search(text, at)
        if not m:
            problems.append("%s: no \"%s %s\" (in order)" % (where, letter, title))
        else:
            at = m.end()
    return problems


def check_appendix_letters(book):
    problems = []
    html_dir = os.path.join(book, "html")
    for (letter, title), path in zip(appendix_titles(), sorted(glob.glob("book/appendices/*.md"))):
        page = os.path.join(html_dir, "app-%s.html" % os.path.basename(path)[:-3])
        with open(page, encoding="utf-8") as f:
            h1 = Tree(f.read()).root.find("h1")
        got = words(h1[0].all_text()) if h1 else ""
        if not got.startswith("%s %s" % (letter, title)):
            problems.append("%s: title %r, not \"%s %s\"" % (page, got, letter, title))
    with open(os.path.join(html_dir, "index.html"), encoding="utf-8") as f:
        contents = Tree(f.read()).root.find("div", "contents")
    problems += lettered(contents[0].all_text() if contents else "", "the site's contents")
    import zipfile
    epub = os.path.join(book, "minipy-book.epub")
    with zipfile.ZipFile(epub) as z:
        nav = [n for n in z.namelist() if n.endswith("nav.xhtml")]
        navs = [Tree(z.read(n).decode("utf-8")).root.find("nav") for n in nav]
    toc = [n for found in navs for n in found if "toc" in n.attrs.get("epub:type", "")]
    problems += lettered(toc[0].all_text() if toc else "", "the EPUB's nav.xhtml")
    pdf = os.path.join(book, "minipy-book.pdf")
    proc = subprocess.run(["pdftotext", "-l", "8", "-layout", pdf, "-"], capture_output=True, text=True)
    if proc.returncode:
        problems.append("pdftotext %s failed: %s" % (pdf, proc.stderr.strip()))
    else:
        problems += lettered(proc.stdout.replace(".", " "), "the PDF's contents (first 8 pages)")
    return problems


def checked_versions():
    """Problems unless the preface's list of checked CPython versions is the
    set of versions the examples name (python="X", and 3.11)."""
    with open("book/preface.md", encoding="utf-8") as f:
        spans = re.findall(r"\[([^\]]*)\]\{\.checked-versions\}", f.read())
    if len(spans) != 1:
        return ["book/preface.md: %d [...]{.checked-versions} spans, not one" % len(spans)]
    said = set(re.findall(r"\d+\.\d+", spans[0]))
    shown = {"3.11"}
    for path in glob.glob("chapters/*/chapter.md") + glob.glob("book/appendices/*.md"):
        with open(path, encoding="utf-8") as f:
            shown |= set(re.findall(r'^(?:```|~~~).*\.cpython\b.*python="([^"]+)"', f.read(), re.M))
    key = lambda v: [int(p) for p in v.split(".")]
    if said != shown:
        return ["the preface says CPython %s were checked, the examples name %s"
                % (", ".join(sorted(said, key=key)), ", ".join(sorted(shown, key=key)))]
    return []


# A word typed into the site's search box, and the section a result must
# link to: an English word, a name from the code, and the Chinese of a
# source article's title.
SEARCHES = [("trashcan", "05-del-and-rebinding.html#ch05-a-million-nested-lists-the-trashcan"),
            ("WeakMethod", "10-weak-references.html#ch10-weakmethod"),
            ("内存管理", "index.html#preface-sources")]


def check_search(html_dir):
    """Problems of the search, as tests/check_search.mjs reports them."""
    problems = []
    for _, target in SEARCHES:
        page, anchor = target.split("#")
        path = os.path.join(html_dir, page)
        if not os.path.isfile(path) or ('id="%s"' % anchor) not in open(path, encoding="utf-8").read():
            problems.append("no section %s in the site (update SEARCHES)" % target)
    if problems:
        return problems
    proc = subprocess.run(["node", os.path.join(ROOT, "tests", "check_search.mjs"), html_dir] +
                          ["%s=%s" % pair for pair in SEARCHES],
                          capture_output=True, text=True, timeout=300)
    problems = [l for l in proc.stdout.splitlines() if not l.startswith("ok")]
    if proc.returncode and not problems:
        problems = (proc.stderr.strip().splitlines() or ["check_search.mjs failed"])[-5:]
    return problems


@functools.lru_cache(maxsize=None)
def pdf_pages(pdf):
    """For each page of the PDF: its height and its words (ymin, ymax, text),
    read once (pdftotext takes seconds) for every check of the PDF."""
    proc = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True)
    pages = []
    for m in re.finditer(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', proc.stdout, re.S):
        words = [(float(a), float(b), html.unescape(t)) for a, b, t in re.findall(
            r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
            m.group(2))]
        pages.append((float(m.group(1)), words))
    return pages


def check_pdf_pages(pdf, least=0.5):
    """A page followed by more of the same chapter is at least LEAST full:
    its text reaches that far down the type area (print.css: 22mm top and
    24mm bottom margins). The pages before chapter 1 (title, contents,
    preface) are not counted."""
    mm = 72 / 25.4
    pages = pdf_pages(pdf)
    starts = [i for i, (_, words) in enumerate(pages)
              if re.search(r"C\s?HAPTER|A\s?PPENDIX|^Index Index", " ".join(w[2] for w in words[:12]))]
    if not starts:
        return ["%s: no page starts a chapter (%d pages read)" % (pdf, len(pages))]
    problems = []
    for i in range(starts[0], len(pages) - 1):
        if i + 1 in starts:
            continue
        height, words = pages[i]
        top, bottom = 22 * mm, height - 24 * mm
        body = [w for w in words if w[0] >= top - 2 and w[1] <= bottom + 2]
        fill = (max(w[1] for w in body) - top) / (bottom - top) if body else 0
        if fill < least:
            problems.append("page %d is %d%% full, and its chapter goes on (page %d begins %r)"
                            % (i + 1, 100 * fill, i + 2, " ".join(w[2] for w in pages[i + 1][1][:8])))
    proc = subprocess.run(["pdffonts", pdf], capture_output=True, text=True)
    used = re.sub(r"[^a-z\n]", "", proc.stdout.lower())
    for font in ("libertine", "dejavusansmono"):
        if font not in used:
            problems.append("%s: no %s font (pdffonts)" % (pdf, font))
    return problems


def check_links(html_dir):
    """Every local link of every page reaches a page and an id that exist."""
    ids, links = {}, []
    for path in sorted(glob.glob(os.path.join(html_dir, "*.html"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        page = os.path.basename(path)
        ids[page] = set(re.findall(r'\sid="([^"]+)"', text))
        links += [(page, html.unescape(h)) for h in re.findall(r'<a\s[^>]*href="([^"]+)"', text)]
    problems = []
    for page, href in links:
        if re.match(r"^[a-z]+:", href) or not re.match(r"^[\w.-]*(#.*)?$", href):
            continue        # another site, or a file that is not a page (diffs, downloads)
        target, _, anchor = href.partition("#")
        target = target or page
        if target not in ids:
            problems.append("%s: link to %s: no such page" % (page, href))
        elif anchor and anchor not in ids[target]:
            problems.append("%s: link to %s: no id %s there" % (page, href, anchor))
    for path in glob.glob("book/appendices/*-glossary.md"):
        page = os.path.join(html_dir, "app-%s.html" % os.path.basename(path)[:-3])
        with open(page, encoding="utf-8") as f:
            terms = Tree(f.read()).root.find("dl")
        entries = [(dt, dd) for dl in terms for dt, dd in zip(dl.find("dt"), dl.find("dd"))]
        if not entries:
            problems.append("%s: no glossary entries" % page)
        for dt, dd in entries:
            if not [a for a in dd.find("a") if "#" in a.attrs.get("href", "")]:
                problems.append("%s: glossary entry %r links to no section" % (page, words(dt.all_text())))
    return problems[:30]


def check_index(book):
    """The index (assemble.py's book-index page) lists names of each kind,
    every entry links to at least one place, and the EPUB and the PDF carry
    it too (its links are checked with every other link of the site)."""
    problems = []
    page = os.path.join(book, "html", "book-index.html")
    if not os.path.isfile(page):
        return ["%s: missing" % page]
    with open(page, encoding="utf-8") as f:
        root = Tree(f.read()).root
    entries = [li for div in root.find("div", "book-index") for li in div.find("li")]
    if len(entries) < 50:
        problems.append("%s: only %d entries" % (page, len(entries)))
    for li in entries:
        if not [a for a in li.find("a") if "#" in a.attrs.get("href", "")]:
            problems.append("%s: entry %r links nowhere" % (page, words(li.all_text())[:60]))
    text = words(root.all_text())
    for name in ("gc.collect", "sys.getrefcount", "weakref.ref", "Py_INCREF", "list_traverse"):
        if name not in text:
            problems.append("%s: no entry %s" % (page, name))
    import zipfile
    with zipfile.ZipFile(os.path.join(book, "minipy-book.epub")) as z:
        epub_text = " ".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xhtml"))
    if 'id="book-index"' not in epub_text or 'href="' not in epub_text:
        problems.append("the EPUB has no index")
    pdf_text = " ".join(w[2] for _, on_page in pdf_pages(os.path.join(book, "minipy-book.pdf"))
                        for w in on_page).replace("\u2019", "'")
    if "The weakref module" not in pdf_text or "minipy's C functions" not in pdf_text:
        problems.append("the PDF has no index")
    return problems[:30]


def check_page(html_path, md_path, dom, error, statements):
    """Return the list of problems of one page, whose DOM Chromium returned
    (or the error that it met loading it); STATEMENTS: statement_texts()."""
    if not os.path.isfile(html_path):
        return ["page missing"]
    if error or "<main" not in dom:
        return ["Chromium returned no page (%d bytes)%s" % (len(dom), ": " + error if error else "")]
    root = Tree(dom).root
    problems = []
    pagers = [n for n in root.find("nav", "pager") if n.find("a")]
    if not pagers:
        problems.append("no pager nav with links")
    if not root.find("h1"):
        problems.append("no h1 title")
    for n, listing in enumerate(root.find("div", "listing"), 1):
        pres = listing.find("pre")
        if not pres or not pres[0].all_text().strip():
            problems.append("listing %d (%s) is empty" % (n, listing.attrs.get("data-listing")))
    for fig in root.find("div", "minipy-figure"):
        imgs = fig.find("img")
        src = imgs[0].attrs.get("src", "") if imgs else ""
        svg = os.path.join(os.path.dirname(html_path), src)
        if not src or not os.path.isfile(svg):
            problems.append("figure %s: no SVG (%s)" % (fig.attrs.get("id"), src or "no img"))
            continue
        with open(svg, encoding="utf-8") as f:
            nodes = f.read().count('class="node"')
        if nodes == 0:
            problems.append("figure %s: %s has no nodes" % (fig.attrs.get("id"), src))
    if md_path:
        labels = [" ".join(d.find("div", "example-label")[0].all_text().split())
                  for d in root.find("div", "cpython")]
        shown = [(re.search(r"CPython (\d+\.\d+(?:, \d+\.\d+)*)", t) or [None, "?"])[1]
                 for t in labels]
        if shown != cpython_versions(md_path):
            problems.append("CPython example labels %s, the source checks %s"
                            % (shown, cpython_versions(md_path)))
    if md_path:
        problems += check_exercise_listings(html_path, root, md_path)
    if md_path and md_path.startswith("chapters"):
        problems += check_exercises(root, md_path, statements)
    counts = wanted(md_path)
    if counts:
        for cls, n in counts.items():
            got = len(root.find("div", cls))
            if got != n:
                problems.append("%d %s blocks in the source, %d on the page" % (n, cls, got))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--book", default="build/book")
    opts = parser.parse_args()
    results = []

    def report(name, problems):
        results.append(not problems)
        print("%s %s%s" % ("ok  " if not problems else "FAIL", name,
                           "".join("\n     - " + p for p in problems)))

    # epubcheck, the longest check but one, runs while the others do.
    background = ThreadPoolExecutor(max_workers=1)
    epub = os.path.join(opts.book, "minipy-book.epub")
    checking_epub = background.submit(subprocess.run, epubcheck() + ["-q", epub],
                                      capture_output=True, text=True) if os.path.isfile(epub) else None

    pdf = os.path.join(opts.book, "minipy-book.pdf")
    with open(pdf, "rb") if os.path.isfile(pdf) else open(os.devnull, "rb") as f:
        head = f.read(5)
    report(pdf, [] if head == b"%PDF-" else ["missing or not a PDF"])
    if head == b"%PDF-":
        report("the PDF: no half-empty page inside a chapter; its fonts", check_pdf_pages(pdf))

    report("the preface names the CPython versions the examples were checked with",
           checked_versions())
    report("search in Chromium: %s" % ", ".join(w for w, _ in SEARCHES),
           check_search(os.path.join(opts.book, "html")))
    report("links between pages, and the glossary's links", check_links(os.path.join(opts.book, "html")))
    report("appendices lettered A, B ... in the site, the EPUB and the PDF",
           check_appendix_letters(opts.book))
    report("the index: every entry links to a place, in the site, the EPUB and the PDF",
           check_index(opts.book))

    html_dir = os.path.join(opts.book, "html")
    chapters = os.environ.get("BOOK_CHAPTERS", "").split() or sorted(
        p.split("/")[1] for p in glob.glob("chapters/[0-9][0-9]-*/chapter.md"))
    pages = [("index.html", None)]
    pages += [(c + ".html", os.path.join("chapters", c, "chapter.md")) for c in chapters]
    pages += [("app-%s.html" % os.path.basename(p)[:-3], p)
              for p in sorted(glob.glob("book/appendices/*.md"))]
    paths = [os.path.join(html_dir, page) for page, _ in pages]
    doms = dump_doms(paths)
    statements = statement_texts()
    with ThreadPoolExecutor(max_workers=2) as pool:
        found = pool.map(lambda p: check_page(p[0], p[1][1], *doms[p[0]], statements), zip(paths, pages))
        for (page, _), problems in zip(pages, found):
            report(os.path.join(html_dir, page), problems)

    if checking_epub:
        proc = checking_epub.result()
        report("epubcheck " + epub, [] if proc.returncode == 0 else
               [l for l in (proc.stdout + proc.stderr).splitlines() if l.strip()][:20])
    else:
        report(epub, ["missing"])
    background.shutdown()
    print("book: %d passed, %d failed" % (results.count(True), results.count(False)))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
