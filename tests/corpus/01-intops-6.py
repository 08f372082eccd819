# chapter: 1
# bit tricks on ints of any size: masks, parity, popcount by shifting, powers of two
def popcount(n):
    count = 0
    while n:
        count += n & 1
        n >>= 1
    return count
print(popcount(0), popcount(255), popcount(2 ** 100 - 1), popcount(12345678901234567890))
def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0
print(is_power_of_two(1), is_power_of_two(2 ** 90), is_power_of_two(2 ** 90 + 2))
mask = (1 << 64) - 1
x = 0xDEADBEEFCAFEBABE1234
print(x & mask, x >> 64, (x >> 64) << 64 | (x & mask) == x, hex(x ^ mask), hex(~x & mask))
flags = 0
for bit in [0, 3, 5, 70]:
    flags |= 1 << bit
print(flags, flags >> 60, flags & (1 << 3) != 0, flags & (1 << 4) != 0)
flags &= ~(1 << 70)
print(flags)
print(2 ** 64 // 3, -(2 ** 64) // 3, 2 ** 64 % 7, (-2) ** 63, (-2) ** 64, 7 ** 2 ** 3)
h = 0
for ch in 'minipy':
    h = (h * 31 + ord(ch)) & 0xFFFFFFFF
print(h, h >> 16, h & 0xFFFF, (h << 3) ^ (h >> 5))
