# chapter: 8
# sys.getrefcount inside methods of list and dict subclasses, and of their items
import sys
class L(list):
    def append(self, x):
        print("append", sys.getrefcount(self), sys.getrefcount(x))
        super().append(x)
        print("after", sys.getrefcount(x))
    def __getitem__(self, i):
        print("getitem", sys.getrefcount(self))
        return list.__getitem__(self, i)
class D(dict):
    def __missing__(self, key):
        print("missing", sys.getrefcount(self), sys.getrefcount(key))
        return None
l = L()
x = object()
print(sys.getrefcount(l), sys.getrefcount(x))
l.append(x)
print(sys.getrefcount(l), sys.getrefcount(x))
l[0]
d = D()
k = object()
d[k]
print(sys.getrefcount(d), sys.getrefcount(k))
del l
print(sys.getrefcount(x))
