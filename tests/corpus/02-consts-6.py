# chapter: 2
# constant tuples are shared in a script; tuples built at run time are not
a = (1, 2, "x")
b = (1, 2, "x")
print(a is b)
one = 1
c = (one, 2, "x")
print(c == a, c is a)
d = tuple([1, 2, "x"])
print(d == a, d is a)
