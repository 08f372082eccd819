# chapter: 8
# the iterator built-ins hold references and are tracked by the collector,
# so a cycle through one of them is found and freed
import gc
class Node:
    pass
def ident(x):
    return x
print(gc.is_tracked(enumerate([])), gc.is_tracked(zip()), gc.is_tracked(map(ident, [])))
print(gc.is_tracked(filter(None, [])), gc.is_tracked(reversed([1])))
gc.collect()
n = Node()
n.it = map(ident, [n])
del n
print(gc.collect())
m = Node()
m.e = enumerate([m, m])
m.z = zip([m], 'ab')
del m
print(gc.collect())
f = Node()
f.f = filter(ident, (f,))
f.r = reversed([f])
del f
print(gc.collect())
