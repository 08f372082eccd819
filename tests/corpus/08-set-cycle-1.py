# chapter: 8
# a cycle through a set: an object in a set that points back at the set
import gc
gc.collect()
class Node:
    pass
n = Node()
n.group = {n}
s = n.group
print(len(s), n in s)
del n, s
print(gc.collect())
f = Node()
f.frozen = frozenset([f])
del f
print(gc.collect())
