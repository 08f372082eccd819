# chapter: 8
# a frozen cycle is ignored by every collection until it is unfrozen
import gc
gc.collect()
a = []
b = [a]
a.append(b)
gc.freeze()
del a, b
print(gc.collect())
gc.unfreeze()
print(gc.collect())
