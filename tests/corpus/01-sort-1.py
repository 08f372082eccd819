# chapter: 1
# list.sort: stable, key=, reverse=, 'list modified during sort'; list.reverse/copy; dict.fromkeys/popitem
l = [3, 1, 2]
def k(x):
    l.append(x)
    return x
try:
    l.sort(key=k)
except ValueError as e:
    print(e)
print(l)
def seen(x):
    print(len(l), end=' ')
    return x
l.sort(key=seen)
print(l)
try:
    [1, 'a'].sort()
except TypeError as e:
    print(e)
pairs = [('b', 1), ('a', 2), ('b', 0), ('a', 1), ('c', 5)]
def first(p):
    return p[0]
print(sorted(pairs, key=first))
print(sorted(pairs, key=first, reverse=True))
pairs.sort(key=first, reverse=True)
print(pairs)
x = [5, 2, 9]
x.reverse(); print(x, x.copy(), x.copy() is x)
print(dict.fromkeys('ab', 0), {}.fromkeys([1, 2]))
d = {'a': 1, 'b': 2}
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(repr(e))
try:
    [1].sort(1)
except TypeError as e:
    print(e)
try:
    [1].sort(foo=1)
except TypeError as e:
    print(e)
