# chapter: 6
# a collection of generation g adds one to the "collections" counter of g only
import gc
gc.collect()
before = gc.get_stats()
gc.collect(0)
gc.collect(0)
gc.collect(1)
after = gc.get_stats()
for g in range(3):
    print(g, after[g]["collections"] - before[g]["collections"])
