# chapter: 1
# repr of floats: shortest round-trip form, exponents, signed zero
print(0.1 + 0.2)
print(1 / 3)
print(2.0, 100.0, 0.5)
print(1e16, 1e15, 123456789.0 * 1000)
print(0.0001, 0.00001)
print(-0.0, 0.0 * -1)
print(1.5e300 * 1e10)
print(-1.5e300 * 1e10)
print(3.14159)
print([0.1, 2.5, -1.0])
print(repr(1.1), str(2.2))
