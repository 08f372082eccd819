# chapter: 8
# a cycle that reached generation 1 is not seen by collect(0)
import gc
gc.collect()
a = []
b = [a]
a.append(b)
gc.collect(0)
del a, b
print(gc.collect(0))
print(gc.collect(1))
