# chapter: 1
# set displays, set() and frozenset(), repr, len, in, iteration of small int sets
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
print(set(), frozenset(), set([1, 2, 2, 3]), frozenset([1]), frozenset(range(5)))
print(set('aab') == {'a', 'b'}, sorted(set('hello')), {1, 1, 1}, {True, 1, 1.0})
print(repr(set()), str({1}), repr(frozenset({1, 2})), {(1, 2), (1, 2)}, {None})
for x in {10, 20, 30}:
    print(x)
print(sorted({5, -1, 3}), list({1, 2, 3}), tuple(frozenset([4])), sum({1, 2, 3}))
print(type({1}), type(frozenset()), type(set()).__name__, isinstance(s, set))
print(set(s) is s, frozenset(s) == s, s == frozenset(s), set() == frozenset())
f = frozenset([1, 2])
print(frozenset(f) is f, f.copy() is f, set(f) == f)
print({1, 2, 3} == {3, 2, 1}, {1, 2} != {1, 2, 3}, {1} == [1], bool(set()), bool({0}))
print(len(set()), {-1, -2, -3} == {-3, -2, -1}, {16, 1, 2, 3, 4}, set([16, 1, 2, 3, 4]))
x = 16
print({x, 1, 2, 3, 4}, {'a', 'b'} == {'b', 'a'}, 3 in {1, 2, 3}, [] in {1} if False else 0)
e = set()
print(e, len(e), 0 in e)
