# chapter: 3
# reference counts of set items: a set holds one reference per key, copies and operators add their own
import sys
a = object()
b = object()
s = {a, b}
print(sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(s))
s.add(a)
print(sys.getrefcount(a))
t = s.copy()
print(sys.getrefcount(a))
u = s | {b}
print(sys.getrefcount(a), sys.getrefcount(b))
f = frozenset(s)
print(sys.getrefcount(a), f.copy() is f, sys.getrefcount(f))
del t, u
print(sys.getrefcount(a), sys.getrefcount(b))
s.discard(a)
print(sys.getrefcount(a))
x = s.pop()
print(x is b, sys.getrefcount(b))
s.clear()
del f, x
print(sys.getrefcount(a), sys.getrefcount(b))
for item in {a}:
    print(sys.getrefcount(a))
print(sys.getrefcount(a))
