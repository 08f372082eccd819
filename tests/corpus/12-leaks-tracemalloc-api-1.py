# chapter: 12
# tracemalloc's switches and counters, and its errors
import tracemalloc
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
current, peak = tracemalloc.get_traced_memory()
print(type(current).__name__, current <= peak)
data = [str(i) for i in range(2000)]
after, peak2 = tracemalloc.get_traced_memory()
print(after > current, peak2 >= after)
del data
tracemalloc.reset_peak()
now, peak3 = tracemalloc.get_traced_memory()
print(now == peak3)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start(5)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
for call in (lambda: tracemalloc.start(0), lambda: tracemalloc.start(65536),
             lambda: tracemalloc.start("2"), lambda: tracemalloc.start(1, 2),
             lambda: tracemalloc.start(nframe=2), lambda: tracemalloc.stop(1),
             lambda: tracemalloc.is_tracing(True), lambda: tracemalloc.get_traced_memory(0),
             lambda: tracemalloc.start(2 ** 40)):
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(tracemalloc.is_tracing())
