# chapter: 7
# a full collection untracks a tuple of atoms first, then the dict holding it
import gc
gc.collect()
d = {"pair": tuple([1, 2])}
print(gc.is_tracked(d["pair"]), gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d["pair"]), gc.is_tracked(d))
