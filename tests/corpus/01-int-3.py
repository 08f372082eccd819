# chapter: 1
# 64-bit integers up to the edge of the range (no overflow)
big = 9223372036854775807
print(big)
print(big - 1)
print(-big)
print(-big - 1)
n = 3037000499
print(n * n)
print(4611686018427387903 + 4611686018427387904)
print(1000000007 * 1000000007 // 1000000007)
