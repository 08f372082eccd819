# chapter: 4
# dict pop, clear and update release or add references
import sys
v = ["value"]
d = dict(a=v, b=v)
print(sys.getrefcount(v))
r = d.pop("a")
print(sys.getrefcount(v))
r = None
d.update(c=v, d=v)
print(sys.getrefcount(v))
d.setdefault("e", v)
print(sys.getrefcount(v))
d.clear()
print(sys.getrefcount(v))
