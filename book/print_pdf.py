#!/usr/bin/env python3
"""print_pdf.py HTML PDF: WeasyPrint's own command, run inside one large frame.

book/assemble.py runs it with the Python that runs WeasyPrint. It does
what `weasyprint HTML PDF` does, faster:

CPython (3.11 to 3.13 at least) keeps the frames of running calls in
chunks of 16 KB that it maps when a call finds no room left and unmaps
when that call returns. WeasyPrint's layout recurses up and down across
such an edge all the time: for this book, about 500,000 mmap/munmap
pairs and as many page faults, 10-16 s of system time and more of user
time on these machines. A first frame of about half a megabyte makes
CPython map a chunk of 1 MB for it, half of it left free; WeasyPrint's
frames all fit in that half, and nothing is mapped again (75-86 s of CPU
-> 61 s here). The PDF is the same: the same words at the same places
(pdftotext -bbox); only the fonts' subsetting, which already differed
from run to run, differs.
"""
import sys

from weasyprint.__main__ import main


def call(run):
    return run()


# Room for 64537 values on the frame's stack, never used: 8 * (64537 + 1000)
# bytes, just over 512 KB, is what makes CPython's push_chunk double its
# 16 KB up to 1 MB (it asks for the frame and 1000 more slots).
in_large_frame = type(call)(call.__code__.replace(co_stacksize=64537), globals())

if __name__ == "__main__":
    sys.exit(in_large_frame(main))
