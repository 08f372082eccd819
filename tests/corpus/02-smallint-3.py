# chapter: 2
# results of arithmetic are looked up in the small-int cache too
base = 200
a = base + 56
b = base + 56
print(a, a is b)
c = base + 57
d = base + 57
print(c, c is d, c == d)
k = 6
e = -k + 1
f = 1 - k
print(e, e is f)
g = -k
h = 0 - k
print(g, g is h)
