# chapter: 12
# with the collector disabled, cycles pile up until someone collects
import gc
gc.collect()
gc.disable()
class Node:
    pass
for i in range(50):
    a = Node()
    b = Node()
    a.b = b
    b.a = a
del a, b
print(gc.isenabled(), sum(1 for o in gc.get_objects() if isinstance(o, Node)))
print(gc.collect())
print(sum(1 for o in gc.get_objects() if isinstance(o, Node)))
gc.enable()
print(gc.isenabled())
