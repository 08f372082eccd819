# collect.py KIND N: time one full gc.collect() over N objects.
#
#   KIND live    N empty lists, kept alive in one big list: the collector
#                walks them all and frees nothing (it returns 0).
#   KIND cycles  N/2 garbage pairs a = []; b = [a]; a.append(b), dropped
#                before the collection: it finds and frees N objects.
#
# Written in the subset both interpreters run (no f-strings, % or
# comprehensions). One collection before building makes the start-up
# objects old, and gc.freeze() then moves them to the permanent generation,
# which no collection looks at: CPython starts with about 11,000 tracked
# objects and minipy with about 60, and without the freeze CPython's full
# collection would walk those too (about 2 ms here, more than 10^4 lists
# cost). Automatic collection stays off while building, and only the one
# measured gc.collect() (a full, generation-2 collection on both sides)
# sits between the two perf_counter() calls. The "collected" line must be
# the same under minipy and CPython; the "ns" and "frozen" lines are the
# measurement and are not compared.
import gc
import sys
import time

kind = sys.argv[1]
n = int(sys.argv[2])
gc.collect()
gc.freeze()
gc.disable()
keep = []
if kind == "live":
    for i in range(n):
        keep.append([])
elif kind == "cycles":
    for i in range(n // 2):
        a = []
        b = [a]
        a.append(b)
    a = None
    b = None
else:
    print("collect.py: KIND is live or cycles, not", kind)
    sys.exit(2)

start = time.perf_counter()
found = gc.collect()
stop = time.perf_counter()

print("collected", kind, n, found, len(keep))
print("ns", int((stop - start) * 1000000000))
print("frozen", gc.get_freeze_count())
