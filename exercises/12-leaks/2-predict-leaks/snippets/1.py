import gc
class Node:
    pass
gc.collect()
a = Node()
b = Node()
a.peer = b
b.peer = a
c = a
del a, b
print(gc.collect())
del c
print(gc.collect())
