import gc
gc.collect()
a = [1]
b = [a]
a.append(b)
print(gc.collect())
del a
print(gc.collect())
del b
print(gc.collect())
