#!/usr/bin/env python3
"""record.py: make the malloc lab's traces (exercise 11-3). Authors only:
the traces are checked in, and the grader never runs this.

    python3 exercises/11-memory-pools/3-malloc-lab/record.py

Two kinds of trace, written to traces/:
  - real ones: the scripts in scripts/ run by a minipy built with
    -DMINIPY_RECORD_ALLOCS (memory.c then logs every mem_alloc,
    mem_realloc and mem_free to $MINIPY_ALLOC_LOG), start-up included;
  - synthetic ones, from a generator with a fixed seed.
Block ids are reused once their block is freed, so that the driver's
table stays small. Needs build/src/ch12.c (make build/src/ch12.c).
"""
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
RECORDER = os.path.join(ROOT, "build", "lab", "minipy-record")


class Trace:
    """Operations on ids, the smallest free id reused first."""

    def __init__(self):
        self.lines, self.free_ids, self.next_id = [], [], 0

    def alloc(self, size):
        ident = self.free_ids.pop() if self.free_ids else self.next_id
        if ident == self.next_id:
            self.next_id += 1
        self.lines.append("a %d %d" % (ident, size))
        return ident

    def resize(self, ident, size):
        self.lines.append("r %d %d" % (ident, size))

    def free(self, ident):
        self.lines.append("f %d" % ident)
        self.free_ids.append(ident)

    def write(self, name, about):
        with open(os.path.join(HERE, "traces", name + ".rep"), "w") as f:
            f.write("# %s\n# %d operations, ids 0..%d\n" % (about, len(self.lines), self.next_id - 1))
            f.write("\n".join(self.lines) + "\n")


def build_recorder():
    src = os.path.join(ROOT, "build", "src", "ch12.c")
    if not os.path.exists(src):
        sys.exit("record.py: %s is missing: make build/src/ch12.c" % src)
    os.makedirs(os.path.dirname(RECORDER), exist_ok=True)
    subprocess.run(["cc", "-std=c11", "-O1", "-DMINIPY_RECORD_ALLOCS", "-o", RECORDER, src,
                    "-lm", "-ledit"], check=True)


def record_script(script):
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "log")
        env = dict(os.environ, MINIPY_ALLOC_LOG=log)
        env.pop("MINIPY_MALLOC", None)
        subprocess.run([RECORDER, os.path.join(HERE, "scripts", script)], check=True,
                       env=env, stdout=subprocess.DEVNULL)
        with open(log) as f:
            events = f.read().split("\n")
    t, ids = Trace(), {}
    for e in events:
        parts = e.split()
        if not parts:
            continue
        if parts[0] == "a":
            ids[parts[1]] = t.alloc(int(parts[2]) or 1)
        elif parts[0] == "f":
            t.free(ids.pop(parts[1]))
        elif parts[0] == "r":
            ident = ids.pop(parts[1])
            t.resize(ident, int(parts[4]) or 1)
            ids[parts[3]] = ident
    t.write(script[:-3], "minipy running scripts/%s (start-up and exit included)" % script)


def python_size(rng):
    r = rng.random()
    if r < 0.6:
        return rng.randint(16, 64)
    if r < 0.9:
        return rng.randint(65, 192)
    return rng.randint(193, 512)


def churn():
    """Random slots freed or filled, sizes as in tests/bench/alloc_trace.c."""
    rng, t, slots = random.Random(11), Trace(), [None] * 4000
    for _ in range(60000):
        i = rng.randrange(len(slots))
        if slots[i] is None:
            slots[i] = t.alloc(python_size(rng))
        else:
            t.free(slots[i])
            slots[i] = None
    t.write("churn", "synthetic: 60,000 random frees and allocations over 4,000 slots, 16-512 bytes")


def phases():
    """Many blocks of one size, most freed, then another size: memory freed
    in one class is wanted by the next, and sizes come back."""
    rng, t = random.Random(12), Trace()
    for size in (32, 48, 32, 160, 48, 32, 400, 160, 24, 32):
        live = [t.alloc(size) for _ in range(2500)]
        rng.shuffle(live)
        for ident in live[:2300]:
            t.free(ident)
    t.write("phases", "synthetic: 2,500 blocks of one size, 2,300 freed, then the next size")


def growth():
    """Lists' arrays grown by resizes, among small objects made and freed."""
    rng, t = random.Random(13), Trace()
    for _ in range(40):
        arrays = {t.alloc(64): 64 for _ in range(4)}
        small = []
        for step in range(400):
            ident = rng.choice(list(arrays))
            if arrays[ident] > 32768:       # the list is dropped, a new one starts
                t.free(ident)
                del arrays[ident]
                ident = t.alloc(64)
                arrays[ident] = 64
            arrays[ident] = arrays[ident] + arrays[ident] // 8 + 16
            t.resize(ident, arrays[ident])
            small.append(t.alloc(python_size(rng)))
            if len(small) > 50:
                t.free(small.pop(rng.randrange(len(small))))
        for ident in list(arrays) + small:
            t.free(ident)
    t.write("growth", "synthetic: arrays grown by resizes among small objects")


def large():
    """Blocks of 0.5 to 8 KiB and small ones, freed at random."""
    rng, t, slots = random.Random(14), Trace(), [None] * 600
    for _ in range(30000):
        i = rng.randrange(len(slots))
        if slots[i] is None:
            big = rng.random() < 0.4
            slots[i] = t.alloc(rng.randint(513, 8192) if big else python_size(rng))
        else:
            t.free(slots[i])
            slots[i] = None
    t.write("large", "synthetic: 30,000 random frees and allocations, 40 % of 513-8192 bytes")


def main():
    os.makedirs(os.path.join(HERE, "traces"), exist_ok=True)
    build_recorder()
    for script in sorted(os.listdir(os.path.join(HERE, "scripts"))):
        if script.endswith(".py"):
            record_script(script)
    churn()
    phases()
    growth()
    large()


if __name__ == "__main__":
    main()
