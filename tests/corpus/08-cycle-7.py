# chapter: 8
# a dict that contains itself is a cycle of one object
import gc
gc.collect()
d = {}
d["self"] = d
print(d)
del d
print(gc.collect())
