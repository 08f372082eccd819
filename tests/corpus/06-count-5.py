# chapter: 6
# the count counts allocations of containers, even an empty dict that is not tracked
import gc
gc.collect()
d = {}
counts = gc.get_count()
# gc.collect() emptied the dict free list, so {} was a fresh allocation
print(counts, gc.is_tracked(d))
