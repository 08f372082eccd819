# chapter: 8
# a cycle in generation 2 is only found by a full collection
import gc
class Node:
    pass
gc.collect()
n = Node()
n.me = n
gc.collect()
del n
print(gc.collect(0), gc.collect(1), gc.collect(2))
