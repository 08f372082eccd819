# chapter: 9
# one outside reference keeps a whole young cycle alive: its gc_refs does not drop to 0
import gc
registry = []
gc.collect()
a = ["a"]
b = ["b", a]
c = ["c", b]
a.append(c)
registry.append(b)
del a, b, c
print(gc.collect(0))
registry.clear()
# the cycle survived into generation 1: collect(0) no longer looks at it
print(gc.collect(0), gc.collect(1))
