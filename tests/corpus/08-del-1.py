# chapter: 8
# a ring of three objects with __del__: each finalizer runs once, nothing is left in gc.garbage
import gc
class Link:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
gc.collect()
a = Link("a")
b = Link("b")
c = Link("c")
a.next = b
b.next = c
c.next = a
del a, b, c
print("collected", gc.collect())
print(gc.garbage)
