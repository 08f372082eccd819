# chapter: 10
# Inside a collection: weak references to garbage are cleared before any
# finalizer runs; a callback runs only if its weak reference survives.
import gc
import weakref
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("__del__", self.name, "sees its ref:", watch())
def report(r):
    print("callback: the ref is dead:", r() is None)
gc.disable()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
watch = weakref.ref(a, report)
del a, b
print("collected", gc.collect())
c = Node("c")
c.other = c
c.ref = weakref.ref(c, report)
del c
watch = weakref.ref(Node("x"))
print("collected", gc.collect())
