# chapter: 12
# a cycle stays alive while one outside reference holds it
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
gc.collect()
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
keep = b
del a, b
print(gc.collect())
print(keep.peer.name, keep.peer.peer is keep)
del keep
print(gc.collect())
