#!/usr/bin/env python3
"""exercises.py NN: the graded exercises of chapter NN, as the grader reads them.

Prints one line per exercise, tab-separated: the exercise's folder (relative
to the repository root), id, kind, points, title. book/filters/minipy.lua
calls it to print each exercise's statement in its chapter's Exercises
section; tests/check_html.py checks the pages with the same list.
"""
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.join(ROOT, "exercises"))
sys.dont_write_bytecode = True
import grade  # noqa: E402


def chapter_exercises(nn):
    return [ex for ex in grade.load_exercises(grade.Env(ROOT)) if ex.chapter == nn]


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__.split("\n")[0])
    for ex in chapter_exercises(argv[1]):
        print("\t".join([os.path.relpath(ex.dir, ROOT), ex.id, ex.kind, str(ex.points), ex.title]))


if __name__ == "__main__":
    main(sys.argv)
