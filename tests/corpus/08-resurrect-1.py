# chapter: 8
# __del__ saving self resurrects the cycle: nothing is collected, and __del__ never runs again
import gc
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        saved.append(self)
gc.collect()
a = Phoenix("a")
b = Phoenix("b")
a.other = b
b.other = a
del a, b
print("collected", gc.collect(), "saved", len(saved))
saved.clear()
print("collected", gc.collect(), "saved", len(saved))
