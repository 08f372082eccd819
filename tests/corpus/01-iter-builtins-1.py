# chapter: 1
# enumerate, zip, map, filter, reversed: lazy iterator objects of their own types
words = ['apple', 'kiwi', 'banana']
for i, w in enumerate(words):
    print(i, w)
for i, w in enumerate(words, start=1):
    print(i, w)
for w, n in zip(words, [5, 4, 6, 99]):
    print(w, n)
def shout(w):
    return w.upper()
def long(w):
    return len(w) > 4
print(list(map(shout, words)))
print(list(filter(long, words)))
print(list(filter(None, [0, '', 'x', [], [1]])))
def add(a, b):
    return a + b
print(list(map(add, [1, 2, 3], [10, 20])))
print(list(reversed(words)), list(reversed(range(4))), list(reversed('abc')))
it = enumerate('ab')
print(type(it).__name__, next(it), next(it), next(it, 'done'))
z = zip('ab', 'cd')
print(type(z).__name__, list(z), list(z))
m = map(shout, words)
print(type(m).__name__, next(m))
print(type(filter(None, [])).__name__, type(reversed([])).__name__, type(reversed((1,))).__name__)
print(list(zip()), list(zip('abc')), dict(zip('ab', [1, 2])))
print(sum(map(len, words)), max(map(len, words)), any(map(long, words)), all(map(long, words)))
e = enumerate([])
try:
    next(e)
except StopIteration:
    print('StopIteration')
try:
    reversed(5)
except TypeError as err:
    print(err)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as err:
    print(err)
print(sorted(zip([3, 1, 2], 'cab')))
