# chapter: 2
# Constant folding of big ints follows CPython's ast_opt.c: a product is
# folded while its operands' bits add up to 128 at most, and a folded value
# shares the code's constant with an equal literal.
def f():
    return 10000000000 * 10000000000
def g():
    return 100000000000000000000
def h():
    return 100000000000000000000000000000000000000000 * 100000000000000000000000000000000000000000
print(f(), f() is f(), g() is g(), h() is h(), f() is g())
a = 10000000000 * 10000000000
b = 100000000000000000000
print(a is b, a == b)
c = 18446744073709551616 * 18446744073709551616
d = 340282366920938463463374607431768211456 * 2
print(c, d, c * 2 == d * 2)
e = 18446744073709551617 * 18446744073709551616
print(e)
x = 1000000000000
y = 1000000000000
print(x is y, x * x is y * y, -x is -y, 257 is 257, 2 * 128 is 256)
