# chapter: 3
# reference counts through starred unpacking and starred displays
import sys
x = object()
xs = [x, x, x]
a, *b = xs
print(sys.getrefcount(x), sys.getrefcount(b))
*c, d = xs
print(sys.getrefcount(x))
del a, b, c, d
print(sys.getrefcount(x))
l = [*xs, *xs]
print(sys.getrefcount(x), len(l))
t = (*xs,)
print(sys.getrefcount(x), sys.getrefcount(t))
del l, t
dd = {'k': x}
e = {**dd, 'j': x}
print(sys.getrefcount(x), sys.getrefcount(e))
del e
def f():
    p, *q = xs
    print(sys.getrefcount(x), sys.getrefcount(q))
f()
print(sys.getrefcount(x))
for m, *n in [xs, xs]:
    print(sys.getrefcount(x))
del m, n
print(sys.getrefcount(x))
