# chapter: 10
# A weak value dictionary drops entries whose values were cyclic garbage;
# the collector counts the references its callbacks freed.
import gc
import weakref
class Node:
    pass
gc.disable()
d = weakref.WeakValueDictionary()
for i in range(3):
    n = Node()
    n.me = n
    d[i] = n
del n
print(len(d))
print(gc.collect())
print(len(d))
