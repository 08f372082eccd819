# chapter: 1
# starred items in list, tuple and dict displays, and in print
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a,), (*a, *b, 5), [0, *'xy', *range(2)])
d1 = {'a': 1, 'b': 2}
d2 = {'b': 3, 'c': 4}
print({**d1, **d2}, {**d1, 'b': 9}, {'b': 9, **d1}, {**{}})
print(*a)
print(*a, *b, sep=', ')
print(*[])
t = 1, *a, 2
print(t, type(t).__name__)
def r():
    return *a, *b
print(r())
for x in *a, *b:
    print(x, end=' ')
print()
merged = {**d1}
print(merged == d1, merged is d1)
copy = [*a]
print(copy == a, copy is a)
