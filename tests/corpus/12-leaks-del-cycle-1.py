# chapter: 12
# since 3.4 (PEP 442) a cycle with __del__ is collected: nothing goes to gc.garbage
import gc
class Resource:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("closing", self.name)
gc.collect()
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
a = Resource("a")
b = Resource("b")
a.other = b
b.other = a
del a, b
print("collected", gc.collect())
print(gc.garbage)
gc.set_debug(0)
