# chapter: 1
# tuple and str slices; what is shared: t[:] is t, s[:] is s, one-character slices are the cached strings
t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-1], t[::2], t[4:1:-1], t[10:], t[:0], t[-2:])
print(t[:] is t, t[0:5] is t, t[::1] is t, t[0:100] is t, t[:4] is t, t[::-1] is t)
print(t[5:] is (), t[1:1] is ())
s = 'hello, world'
print(s[:5], s[7:], s[::-1], s[::3], s[-5:-1], s[100:], repr(s[5:1]))
print(s[:] is s, s[0:len(s)] is s, s[0:3] is s)
print(s[1:2] is s[1], s[4:5] is s[4], s[-1:] is s[-1])
e = 'h\u00e9llo w\u00f6rld \u20ac!'
print(e[1:4], e[::-1], e[::2], e[-3:], len(e[2:9]), e[11:12], e[1:2] is e[1])
empty = ''
print(''[:], ''[::-1] is empty, 'abc'[3:] is empty, 'abc'[2:1] is empty)
print((1, [2, 3])[1:][0][1:])
try:
    'abc'[0:1] = 'x'
except TypeError as e:
    print(e)
try:
    del t[0:1]
except TypeError as e:
    print(e)
try:
    del t[0]
except TypeError as e:
    print(e)
try:
    print('abc'['a':])
except TypeError as e:
    print(e)
try:
    print((1, 2)[1.5:])
except TypeError as e:
    print(e)
