import sys
k = tuple([1, 2])
v = []
d = {k: v}
d[k] = v
print(sys.getrefcount(k), sys.getrefcount(v))
d["other"] = v
print(sys.getrefcount(v))
d.clear()
print(sys.getrefcount(k), sys.getrefcount(v))
