# chapter: 6
# sets are containers the collector tracks; their sizes in bytes
import gc, sys
print(gc.is_tracked(set()), gc.is_tracked({1}), gc.is_tracked(frozenset()), gc.is_tracked(frozenset([1])))
print(sys.getsizeof(set()), sys.getsizeof({1, 2, 3}), sys.getsizeof(set(range(5))), sys.getsizeof(set(range(100))))
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(10))))
s = set()
sizes = []
for i in range(20):
    sizes.append(sys.getsizeof(s))
    s.add(i)
print(sizes)
print(sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set([1, 2, 3, 4, 5])), sys.getsizeof({1, 2, 3}))
