# chapter: 10
# Weak references do not count: sys.getrefcount is unchanged.
import sys
import weakref
class C:
    pass
o = C()
print(sys.getrefcount(o))
w = weakref.ref(o)
p = weakref.proxy(o)
def cb(r):
    pass
w2 = weakref.ref(o, cb)
print(sys.getrefcount(o))
x = w()
print(sys.getrefcount(o))
del x
print(sys.getrefcount(o))
print(sys.getrefcount(w))
