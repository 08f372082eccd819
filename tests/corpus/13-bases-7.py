# chapter: 8
# a cycle through a list subclass instance, and one through a dict subclass, collected by gc.collect()
import gc
class Node(list):
    pass
class Registry(dict):
    pass
gc.collect()
a = Node()
a.append(a)
del a
print(gc.collect())
b = Node([1, 2])
b.me = b
del b
print(gc.collect())
r = Registry()
r["self"] = r
r.owner = [r]
del r
print(gc.collect())
c = Node()
d = Registry(n=c)
c.append(d)
del c, d
print(gc.collect())
print(gc.is_tracked(Node()), gc.is_tracked(Registry()))
