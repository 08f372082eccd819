# chapter: 1
# slice objects: repr, attributes, indices(), comparisons, unhashable, errors
s = slice(1, 10, 2)
print(s, repr(slice(5)), slice(None), slice('a', [1], None), slice(1, 2))
print(s.start, s.stop, s.step, slice(3).start, slice(3).stop)
print(type(s), type(s).__name__, isinstance(s, slice))
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(-100, 100, 3).indices(7), slice(None, -1).indices(0), slice(2, 1, True).indices(5))
print(slice(0, 10, int('1' + '0' * 30)).indices(5), slice(int('-1' + '0' * 30)).indices(5))
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[s], a[slice(3)], a[slice(None, None, -2)], 'abcdef'[s], (1, 2, 3)[slice(1, None)])
a[slice(0, 2)] = ['x']
print(a)
del a[slice(None, None, 3)]
print(a)
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
print(slice(1, 2) == (1, 2, None), slice(3) <= slice(None, 3), slice(1, 2, 3) > slice(1, 1, 3))
for bad in [lambda: hash(s), lambda: {s: 1}, lambda: slice(), lambda: slice(1, 2, 3, 4),
            lambda: slice(1, 2, 0).indices(3), lambda: slice(1, 2).indices(-1),
            lambda: slice(1).indices('a'), lambda: slice('a').indices(3),
            lambda: slice(1) < (1,), lambda: slice(None) < slice(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    s.start = 5
except AttributeError as e:
    print(e)
try:
    s.other = 5
except AttributeError as e:
    print(e)
try:
    a[1:2, 3]
except TypeError as e:
    print(e)
