# chapter: 8
# the collector finds classes with several bases and the instances that cycle through them
import gc
class Node:
    pass
class Tagged:
    def tag(self):
        return "tagged"
gc.collect()

def make():
    class Both(Node, Tagged):
        def __del__(self):
            print("__del__", self.tag())
    b = Both()
    b.me = b
    Both.keep = b
    return len(Both.__mro__)

print(make())
print(gc.collect())
print(gc.collect())

def plain():
    class Pair(Node, Tagged):
        pass
    p = Pair()
    p.cls = Pair
print(plain(), gc.collect())
class Single(Node):
    pass
del Single
print(gc.collect())
