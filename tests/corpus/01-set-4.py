# chapter: 1
# hashing: sets are unhashable, frozensets hash as CPython does, and work as dict keys and set items
try:
    hash({1})
except TypeError as e:
    print(e)
try:
    d = {{1}: 2}
except TypeError as e:
    print(e)
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset(range(10))))
print(hash(frozenset([-1])), hash(frozenset([(1, 2)])), hash(frozenset([2 ** 70])), hash(frozenset([0.5])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset('ab')) == hash(frozenset('ba')))
d = {frozenset([1, 2]): 'a', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()])
ss = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(ss), frozenset([1]) in ss, {1} in ss)
print({frozenset({1, 2}), 3} == {3, frozenset({2, 1})})
big = set(range(100))
big.discard(50)
print(len(big), 50 in big, 99 in big, sum(big))
for i in range(100):
    big.discard(i)
print(big, len(big))
x = set()
for i in range(1000):
    x.add(i * 7 % 1000)
print(len(x), min(x), max(x))
