# chapter: 1
# products long enough for Karatsuba (over 70 digits of 30 bits), squares,
# lopsided factors; int.bit_length
a = 3 ** 5000
b = 7 ** 4000
p = a * b
print(p % 1000000007, p.bit_length(), len(str(p % 10 ** 4000)))
s = a * a
print(s % 998244353, s == a ** 2, s.bit_length())
lop = (2 ** 100000 - 1) * (3 ** 300 + 1)
print(lop % 1000003, lop.bit_length())
neg = -a * b
print(neg % 1000000007, neg == -p, (-p).bit_length())
m = (2 ** 30 - 1) * sum(2 ** (30 * i) for i in range(300))
print((m * m) % 1000000009, (m * m).bit_length(), (m * (m + 1)) % 65537)
print((5).bit_length(), (-5).bit_length(), (0).bit_length(), True.bit_length(),
      (2 ** 100).bit_length(), (-2 ** 100).bit_length())
try:
    (5).bit_length(1)
except TypeError as e:
    print(e)
x = 2 ** 1000000
print(x.bit_length(), x % 1000007, (3 ** 100000) % 7)
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
print(len(str(10 ** 4299)), len(repr(-10 ** 4299)))
