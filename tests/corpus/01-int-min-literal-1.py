# chapter: 1
# The most negative 64-bit int as a literal: unary minus applied to
# 9223372036854775808, which is one past the 64-bit range.
x = -9223372036854775808
print(x, type(x).__name__, x - 1, -x)
y = 9223372036854775807
print(y + 1, -y - 1 == x)
print(-(-9223372036854775808))
