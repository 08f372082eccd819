import gc

class Node:
    pass

registry = []
gc.collect()
a = Node()
b = Node()
a.b = b
b.a = a
registry.append(a)
del a, b
print(gc.collect(0))
registry.clear()
print(gc.collect(0), gc.collect(1))
