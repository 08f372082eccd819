# chapter: 8
# gc.collect() still collects while automatic collection is disabled
import gc
gc.disable()
gc.collect()
a = []
b = [a]
a.append(b)
del a, b
print(gc.isenabled(), gc.collect())
gc.enable()
