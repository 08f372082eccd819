# chapter: 2
# constant expressions are folded at compile time, so their results are shared constants
a = 1000 * 3
b = 3000
print(a is b)
c = "abc" * 3
d = "abcabcabc"
print(c is d)
three = 3
e = 1000 * three
print(e is b, e == b)
