# chapter: 4
# a method storing an argument in the instance keeps it alive after the call
import sys
class Cache:
    def __init__(self):
        self.items = []
    def keep(self, x):
        self.items.append(x)
        return sys.getrefcount(x)
c = Cache()
v = ["data"]
print(c.keep(v))
print(sys.getrefcount(v))
print(c.keep(v))
c.items = []
print(sys.getrefcount(v))
