# chapter: 1
# set methods: add, discard, remove, pop, clear, copy, update
s = set()
s.add(1)
s.add(2)
s.add(1)
print(s, len(s))
s.discard(1)
s.discard(99)
print(s)
s.remove(2)
print(s)
try:
    s.remove(2)
except KeyError as e:
    print("KeyError", e)
try:
    s.remove('x')
except KeyError as e:
    print("KeyError", repr(e))
s.update([1, 2, 3], (4,), {5})
print(s)
s.update()
c = s.copy()
print(c == s, c is s, type(c))
c.clear()
print(c, s)
popped = []
while s:
    popped.append(s.pop())
print(sorted(popped), s)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
t = {1, 2}
print(t.add(3), t.discard(3), t.update([9]), t.clear(), t)
try:
    t.add([1])
except TypeError as e:
    print(e)
try:
    t.update([[1]])
except TypeError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    [] in {1}
except TypeError as e:
    print(e)
print({1, 2}.isdisjoint({3}), {1, 2}.issubset({1, 2, 3}), {1, 2}.issuperset({1}))
print({1, 2}.union([3]), {1, 2}.intersection([2, 3]), {1, 2}.difference([2]), {1, 2}.symmetric_difference([2, 3]))
f = frozenset([1, 2])
try:
    f.add(3)
except AttributeError as e:
    print(e)
