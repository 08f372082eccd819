# chapter: 11
# blocks held by cycles come back only when the collector frees the cycles
import gc, sys
gc.disable()
class Node:
    pass
before = sys.getallocatedblocks()
for i in range(3000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
del a, b
held = sys.getallocatedblocks() - before
print(held >= 6000)
print(gc.collect())
print(sys.getallocatedblocks() - before < held // 10)
