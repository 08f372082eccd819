# chapter: 12
# Snapshot's errors: no snapshot without tracing, unknown key types
import tracemalloc
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print(e)
tracemalloc.start()
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
print(type(snap).__name__, snap.traceback_limit)
for key in ("foo", 3, None):
    try:
        snap.statistics(key)
    except ValueError as e:
        print(e)
try:
    snap.statistics("traceback", cumulative=True)
except ValueError as e:
    print(e)
try:
    snap.statistics()
except TypeError as e:
    print(e)
try:
    snap.compare_to(snap, "x")
except ValueError as e:
    print(e)
print(type(snap.statistics("lineno")).__name__, type(snap.compare_to(snap, "filename")).__name__)
