# chapter: 8
# comprehension frames and generators as the collector sees them
import gc, sys
x = object()
def outer():
    data = [x]
    return [d for d in data if d is x]
print(len(outer()), gc.collect(), sys.getrefcount(x))
def make():
    data = [1, 2]
    return (d * 2 for d in data)
gg = make()
print(gc.is_tracked(gg), next(gg))
del gg
print(gc.collect())
class Node:
    pass
def cycle(start):
    n = Node()
    n.gen = (n for _ in range(3))
    if start:
        next(n.gen)
    return n
cycle(False)
print(gc.collect())
cycle(True)
print(gc.collect())
def counter():
    total = 0
    def add(v):
        nonlocal total
        total += v
    [add(v) for v in range(4)]
    return total
print(counter(), gc.collect())
