# chapter: 3
# reference counts inside and after comprehensions: the loop variable lives in the comprehension's frame
import sys
x = object()
xs = [x, x]
def inside():
    print([sys.getrefcount(x) for y in xs])
    print([sys.getrefcount(y) for y in xs])
    print(list(sys.getrefcount(y) for y in xs))
inside()
print(sys.getrefcount(x))
r = [y for y in xs]
print(sys.getrefcount(x))
del r
print(sys.getrefcount(x))
g = (y for y in xs)
print(sys.getrefcount(xs), sys.getrefcount(x))
next(g)
print(sys.getrefcount(xs), sys.getrefcount(x))
del g
print(sys.getrefcount(xs), sys.getrefcount(x))
print({k: sys.getrefcount(x) for k in 'a'})
print(sys.getrefcount(x))
