# chapter: 9
# a cycle reachable from a reachable cycle is kept; both go once the root name is deleted
import gc
gc.collect()
a = ["a"]
b = ["b", a]
a.append(b)
c = ["c"]
d = ["d", c]
c.append(d)
b.append(c)
del b, c, d
print(gc.collect())
del a
print(gc.collect())
