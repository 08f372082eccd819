# chapter: 2
# small ints are cached: equal small values are one object (S02, S03, S54)
a = 1
b = 1
print(id(a) == id(b), a is b)
i = 10
j = 10
print(id(i) == id(j), hex(id(i)) == hex(id(j)))
n = 3
m = 1 + n - 2
print(m, m is a)
