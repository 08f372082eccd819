# chapter: 1
# repr and str of big ints, int() from long text in any base, and CPython
# 3.11's limit of 4300 decimal digits.
x = 1
for i in range(1000):
    x = x * 2
print(x)
print(len(str(-x)), len(str(x)), len(repr(x * x)))
print(int("123456789" * 20), int("-" + "9" * 100) + 1)
print(int("0x" + "f" * 40, 16), int("0b" + "1" * 100, 0), int("z" * 20, 36), int("-0o7777777777777777777777777777", 8))
print(int("  1_000_000_000_000_000_000_000  "), int(str(x)) == x, int(repr(-x)) == -x)
print(hex(pow(2, 100)), hex(-pow(16, 30) + 1))
fact = 1
n = 1
while n <= 100:
    fact = fact * n
    n = n + 1
print(fact)
print(len(str(pow(10, 4299))), len(str(-pow(10, 4299))))
try:
    print(str(pow(10, 4300)))
except ValueError as e:
    print("ValueError:", e)
try:
    print(int("1" * 4301))
except ValueError as e:
    print("ValueError:", e)
try:
    print(int("1_" * 4300 + "1"))
except ValueError as e:
    print("ValueError:", e)
print(len(str(int("7" * 4300))), int("f" * 5000, 16) % 1000)
try:
    print(int("12x45678901234567890123"))
except ValueError as e:
    print("ValueError:", e)
