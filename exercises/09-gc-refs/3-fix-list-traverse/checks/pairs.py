import gc
gc.collect()
a = []
b = [a]
a.append(b)
del a, b
print(gc.collect())
c = ["c"]
d = ["d", c]
c.append(d)
del c, d
print(gc.collect())
