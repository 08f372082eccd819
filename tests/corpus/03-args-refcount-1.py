# chapter: 3
# reference counts around calls with * and **: the packed tuple and dict live until the call returns
import sys
x = object()
def f(*a, **k):
    print(sys.getrefcount(x), sys.getrefcount(k))
    return a
def g(p, q=None, *, r=None):
    print(sys.getrefcount(x), sys.getrefcount(p))
f(x)
f(x, y=x)
f(*[x])
t = (x,)
f(*t)
print(sys.getrefcount(t))
f(**{'z': x})
g(x)
g(*[x])
g(*t)
g(x, r=x)
g(**{'p': x})
g(x, *(), **{})
r = f(x, x)
print(sys.getrefcount(r), sys.getrefcount(x))
del r
print(sys.getrefcount(x))
def keep(*a, **k):
    return a, k
saved = keep(x, key=x)
print(sys.getrefcount(x), sys.getrefcount(saved[0]), sys.getrefcount(saved[1]))
del saved
print(sys.getrefcount(x))
class Box:
    def put(self, *items, **labels):
        print(sys.getrefcount(x), len(items), sorted(labels))
b = Box()
b.put(x)
b.put(*[x], tag=x)
print(sys.getrefcount(g.__kwdefaults__), sys.getrefcount(x))
