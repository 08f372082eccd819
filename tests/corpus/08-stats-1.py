# chapter: 8
# the "collected" counter of a generation grows by what its collections freed
import gc
gc.collect()
before = gc.get_stats()[2]["collected"]
a = []
b = [a]
c = [b]
a.append(c)
del a, b, c
n = gc.collect()
print(n, gc.get_stats()[2]["collected"] - before)
