# chapter: 4
# a dict holds its keys and values; a second key with the same value adds one
import sys
v = [1]
d = {"first": v}
print(sys.getrefcount(v))
d["second"] = v
print(sys.getrefcount(v))
d["first"] = None
print(sys.getrefcount(v))
k = ("a", "tuple", "key", len(d))
d[k] = v
print(sys.getrefcount(k), sys.getrefcount(v))
