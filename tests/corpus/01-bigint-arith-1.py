# chapter: 1
# Ints past 64 bits: + - * across the 30-bit digit boundaries.
a = 10000000000 * 10000000000
print(a, type(a).__name__)
print(a * a, a * a * a)
b = 9223372036854775807
print(b + 1, -b - 2, b * b, (b + 1) * -(b + 1))
c = 1073741823
print(c + 1, c * c, (c + 1) * (c + 1), c * c * c * c)
print(a - a, a - a - 1, 1 - a, a + -a)
x = 123456789012345678901234567890
y = -98765432109876543210
print(x + y, x - y, y - x, x * y, -x * y, x * 0, y * 1)
print(-x, -(-x), -0, abs(y), abs(-x), abs(x) == x)
total = 0
n = 1
while n < 40:
    total = total + n * 1000000000000000000000
    n = n + 1
print(total)
total += a
total *= a
total -= 7
print(total)
