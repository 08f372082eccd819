# chapter: 3
# a captured object is held by its cell, not by a frame slot; each closure shares the one cell
import sys
def outer():
    data = [1, 2, 3]
    print("in outer:", sys.getrefcount(data))
    def reader():
        return sys.getrefcount(data)
    print("via reader:", reader())
    def second():
        return data
    print("two closures:", sys.getrefcount(data))
    return reader, second
r, s = outer()
print("after outer:", r())
cell = r.__closure__[0]
print(cell is s.__closure__[0])
print("cell count:", sys.getrefcount(cell))
lst = s()
print("value:", sys.getrefcount(lst))
del s
print("one closure left:", sys.getrefcount(cell))
del r
print("cell alone:", sys.getrefcount(cell))
print("value:", sys.getrefcount(lst))
del cell
print("value, cell gone:", sys.getrefcount(lst))
def param(p):
    def g():
        return p
    return sys.getrefcount(p), g
obj = object()
n, g = param(obj)
print("parameter captured:", n, sys.getrefcount(obj))
del g
print("closure gone:", sys.getrefcount(obj))
