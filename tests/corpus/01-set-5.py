# chapter: 1
# set methods with several arguments and any iterables; sets from dicts, strings and ranges
a = {1, 2, 3}
print(a.union([3, 4], (5,), range(6, 8)), a.intersection([2, 3, 4], {3}), a.difference([1], {2}))
print(a.union(), a.intersection(), a.difference(), a.union() is a, type(frozenset(a).union([9])))
print(set({'x': 1, 'y': 2}) == {'x', 'y'}, frozenset({5: 0}), set(range(3)) | set(range(2, 5)))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([4, 5]), a.isdisjoint({3}))
b = set()
b.update('ab', [1], {2: 3})
print(sorted(b, key=str), len(b))
big = set(range(50))
big -= set(range(0, 50, 2))
print(len(big), min(big), max(big), big == set(range(1, 50, 2)))
big ^= {1, 100}
print(len(big), 1 in big, 100 in big)
big &= set(range(10))
print(big)
d = {1, 2, 3, 4, 5, 6, 7, 8}
for k in [2, 4, 6, 8]:
    d.remove(k)
d.add(10)
print(d, len(d))
try:
    for x in a:
        a.add(x + 10)
except RuntimeError as e:
    print(e)
try:
    a.union(5)
except TypeError as e:
    print(e)
try:
    a.add()
except TypeError as e:
    print(e)
try:
    set(1, 2)
except TypeError as e:
    print(e)
try:
    frozenset(x=1)
except TypeError as e:
    print(e)
