# chapter: 1
# list slice assignment and deletion: growing, shrinking, extended slices and their errors
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
a[2:5] = ['a', 'b']
print(a)
a[1:1] = [10, 11, 12]
print(a)
a[:0] = 'xy'
print(a)
a[len(a):] = (98, 99)
print(a)
del a[3:6]
print(a)
del a[::2]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[::-1] = range(len(a))
print(a)
a[5:2] = ['here']
print(a)
a[:] = a
print(a)
a[2:4] = a
print(a, len(a))
del a[-3:]
print(a)
del a[:]
print(a, len(a))
b = [1, 2, 3, 4, 5]
b[1:3] += ['x']
print(b)
for value in [[1], 5, None]:
    try:
        b[::2] = value
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for value in [5, None]:
    try:
        b[0:2] = value
    except TypeError as e:
        print(type(e).__name__, e)
b[::2] = 'abc'
print(b)
b[1:4:2] = [None, None]
print(b)
b[4:1:-1] = ['p', 'q', 'r']
print(b)
del b[::-2]
print(b)
del b[10:20]
del b[5:1:2]
print(b)
try:
    b['a':] = [1]
except TypeError as e:
    print(e)
try:
    del b[::0]
except ValueError as e:
    print(e)
