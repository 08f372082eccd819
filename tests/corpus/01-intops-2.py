# chapter: 1
# << >> & | ^ ~ on ints of any size, and on bools
print(1 << 4, 5 << 0, -3 << 2, 1 << 100, (1 << 100) >> 98, 255 >> 4, -7 >> 1, -1 >> 100)
print(-(2 ** 100) >> 3, (2 ** 100 + 5) >> 100, 12345678901234567890 >> 64, 0 << 1000, 0 >> 5)
print(1 >> 64, -1 >> 64, 5 >> 3, -5 >> 3, -(2 ** 64) >> 64, -(2 ** 64 + 1) >> 64)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, ~0, ~-1, ~(2 ** 70), -5 & 0xff, -5 | 3, -5 ^ -3, -6 & -3)
a = 2 ** 100 + 2 ** 35 + 7
b = 2 ** 64 - 1
print(a & b, a | b, a ^ b, a & -b, -a | b, -a ^ -b, a & 0, a | 0, a ^ a)
print(-a & -b, ~a & b, (a ^ b) ^ b == a, a & -a, -(2 ** 90) | -(2 ** 30))
print(1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8, 6 | 3 & 8, 6 ^ 5 & 3, 1 | 2 ^ 3 & 4, ~1 + 1, -~5, ~-5)
print(1 < 2 | 4, 3 & 1 == 1, (3 & 1) == 1, 2 ** 3 << 1, -2 ** 2 >> 1)
print(True & False, True | False, True ^ True, True & True, False | False, ~True, ~False)
print(type(True & True), type(True | 0), type(1 ^ True), True << 2, True >> 1, type(True >> 0))
print(0b1010 & 0b0110, 0o17 | 0x100, hex(0xdead_beef ^ 0xffff_ffff), bin(0b1 << 10) if False else 1 << 10)
print(hash(1 << 61), hash(-(1 << 61)), hash((1 << 64) - 1), (1 << 63) - 1 == 9223372036854775807)
