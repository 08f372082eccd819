# Big ints: products of numbers of a million digits and more (Karatsuba
# above 70 digits, as CPython's k_mul), a power reduced modulo a small
# number, and decimal text within the 4,300-digit limit.
x = 2 ** 10_000_000
print(x.bit_length(), x % 1_000_007)
y = 3 ** 1_000_000
print(y % 7, y.bit_length())
z = (y + 1) * (y - 1)
print(z % 1_000_003)
print(len(str(2 ** 10_000)))
