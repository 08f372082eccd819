# chapter: 3
# temporaries of a conditional expression and of a lambda live as long as CPython's stack holds them
import sys
x = []
print(sys.getrefcount(x) if True else 0)
print(sys.getrefcount(x if x is not None else None))
print(sys.getrefcount(x) if sys.getrefcount(x) else 0)
y = x if len(x) == 0 else None
print(sys.getrefcount(x))
f = lambda v: sys.getrefcount(v)
print(f(x))
g = lambda: sys.getrefcount(x)
print(g())
h = lambda v=x: sys.getrefcount(v)
print(h(), sys.getrefcount(x))
del h
print(sys.getrefcount(x))
k = lambda: x
print(sys.getrefcount(k), sys.getrefcount(k()))
def make(v):
    return lambda: v
m = make(x)
print(sys.getrefcount(x), sys.getrefcount(m.__closure__[0]))
del m
print(sys.getrefcount(x))
