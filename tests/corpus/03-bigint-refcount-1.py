# chapter: 3
# Reference counts of big ints: ordinary objects, never cached.
import sys
x = 123456789012345678901234567890
print(sys.getrefcount(x))
y = x
items = [x, x, y]
print(sys.getrefcount(x))
del items
print(sys.getrefcount(x))
z = x * 1
print(sys.getrefcount(z), z is x, z == x)
w = x + 0
print(sys.getrefcount(w), w is x)
print(sys.getrefcount(x * x), sys.getrefcount(pow(2, 100)))
d = {x: x}
print(sys.getrefcount(x))
small = pow(2, 100) - pow(2, 100) + 7
print(small is 7, sys.getrefcount(small) > 1000)
def f(n):
    return sys.getrefcount(n)
print(f(x), f(x * 2))
