#!/usr/bin/env python3
"""cpython_alloc_util.py: CPython's own pymalloc on alloc_trace.c's synthetic
trace, for chapter 11's yardstick (make bench-alloc).

    python3 tests/bench/cpython_alloc_util.py [STEPS]

Replays the same trace (the same generator, seed and sizes) through
PyObject_Malloc and PyObject_Free with ctypes, and prints
    cpython UTIL_MAPPED
the peak of bytes requested over the arenas CPython mapped for them: the
arenas' high-water mark during the replay less those in use before it
(CPython's own objects; the replay's blocks may also fill their free pools,
which flatters CPython slightly). Slow (a ctypes call per step): STEPS
defaults to 2,000,000, and alloc_trace is run with the same STEPS for the
comparison.
"""
import array
import ctypes
import os
import sys


def arenas():
    """(current, highwater) from CPython's _debugmallocstats report."""
    r, w = os.pipe()
    saved = os.dup(2)
    os.dup2(w, 2)
    sys._debugmallocstats()
    os.dup2(saved, 2)
    os.close(w)
    os.close(saved)
    text = b""
    while True:
        chunk = os.read(r, 1 << 16)
        if not chunk:
            break
        text += chunk
    os.close(r)
    found = {}
    for line in text.decode().splitlines():
        for key in ("# arenas allocated current", "# arenas highwater mark"):
            if line.startswith(key):
                found[key] = int(line.split("=")[1].replace(",", ""))
    return found["# arenas allocated current"], found["# arenas highwater mark"]


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
    slots_n = 100000
    api = ctypes.pythonapi
    api.PyObject_Malloc.restype = ctypes.c_void_p
    api.PyObject_Malloc.argtypes = [ctypes.c_size_t]
    api.PyObject_Free.argtypes = [ctypes.c_void_p]
    malloc, free = api.PyObject_Malloc, api.PyObject_Free
    # Arrays, not lists: 100,000 addresses as Python ints would be 3 MB
    # of pymalloc blocks of their own.
    blocks = array.array("Q", [0]) * slots_n
    sizes = array.array("I", [0]) * slots_n
    seed = 12345
    mask = 0xFFFFFFFF
    before, _ = arenas()
    live = peak = 0
    for _ in range(steps):
        seed = (seed * 1103515245 + 12345) & mask
        i = (seed >> 8) % slots_n
        if blocks[i]:
            free(blocks[i])
            blocks[i] = 0
            live -= sizes[i]
        else:
            seed = (seed * 1103515245 + 12345) & mask
            r = (seed >> 8) % 100
            seed = (seed * 1103515245 + 12345) & mask
            if r < 60:
                n = 16 + (seed >> 8) % 49
            elif r < 90:
                n = 65 + (seed >> 8) % 128
            else:
                n = 193 + (seed >> 8) % 320
            sizes[i] = n
            blocks[i] = malloc(n)
            live += n
            if live > peak:
                peak = live
    _, high = arenas()
    for b in blocks:
        if b:
            free(b)
    print("cpython %.1f" % (100.0 * peak / ((high - before) * 1024 * 1024)))


if __name__ == "__main__":
    main()
