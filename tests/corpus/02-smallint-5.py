# chapter: 2
# negative literals are folded into constants; computed negatives outside -5 are new objects
a = -6
b = -6
print(a is b)
n = 6
c = -n
d = -n
print(c is d, c == d)
e = -5
f = -n + 1
print(e is f)
