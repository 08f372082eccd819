# chapter: 1
# set operators: | & - ^, comparisons, and the in-place forms
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {3, 4} <= b, {3, 4} < b, b < b, b <= b, a >= {1}, a > {1}, a > a)
print(a == {4, 3, 2, 1}, a != b, frozenset(a) | b, type(frozenset(a) | b), type(b | frozenset(a)))
print(frozenset([1]) & {1}, type(frozenset([1]) & {1}), {1} - frozenset([1]))
c = set(a)
c |= b
print(c)
c &= {1, 5, 9}
print(c)
c -= {5}
print(c)
c ^= {1, 2}
print(c)
keep = c
c |= {7}
print(keep is c, keep)
f = frozenset([1])
g = f
f |= {2}
print(f, g, f is g, type(f))
for bad in [lambda: a | [1], lambda: a & 1, lambda: a - 'x', lambda: a ^ None, lambda: a < [1], lambda: a + b]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    a |= [1]
except TypeError as e:
    print(e)
print({1, 2} < {1, 2, 3}, {1, 2} > {1}, {1} < {2}, {1} > {2}, {2} < {1}, set() < {0})
