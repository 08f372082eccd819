# chapter: 7
# a dict left with only atoms stays tracked until a full collection untracks it
import gc
gc.collect()
d = {"k": []}
d["k"] = 5
print(gc.is_tracked(d))
gc.collect(0)
print(gc.is_tracked(d))
gc.collect(1)
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
