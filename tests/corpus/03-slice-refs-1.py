# chapter: 3
# reference counts around slices: a list slice copies references, a whole tuple slice is the tuple itself
import sys
item = object()
other = object()
a = [item, other, item]
print(sys.getrefcount(item), sys.getrefcount(other))
b = a[:]
print(sys.getrefcount(item), sys.getrefcount(other), b is a, b == a)
c = a[::2]
print(sys.getrefcount(item), sys.getrefcount(other))
del b, c
print(sys.getrefcount(item), sys.getrefcount(other))
a[0:1] = []
print(sys.getrefcount(item), len(a))
a[:] = [other] * 4
print(sys.getrefcount(item), sys.getrefcount(other))
del a[::2]
print(sys.getrefcount(other))
t = (item, other)
print(sys.getrefcount(t))
u = t[:]
print(u is t, sys.getrefcount(t))
v = t[0:1]
print(v is t, sys.getrefcount(t), sys.getrefcount(item))
del u, v
print(sys.getrefcount(t), sys.getrefcount(item))
print(sys.getrefcount(t[:]), sys.getrefcount(a[:]))
s = slice(item, other)
print(sys.getrefcount(item), sys.getrefcount(other), s.start is item)
del s
print(sys.getrefcount(item), sys.getrefcount(other))
