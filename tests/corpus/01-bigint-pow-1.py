# chapter: 1
# pow() with big results, a modulus, and negative exponents.
print(pow(2, 100), pow(10, 40), pow(-3, 75), pow(7, 0), pow(0, 0))
print(pow(10, 10) * pow(10, 10))
print(pow(2, 1000))
print(pow(3, 1000, 1000000007), pow(12345678901234567890, 65537, 99999999999999999989))
print(pow(-7, 13, 10), pow(7, 13, -10), pow(3, -1, 7), pow(5, -3, 13))
print(pow(2, -1), pow(-2, -3), pow(10, -20), pow(123456789012345678901234567890, -1))
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(4, -1, 8)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 5, 3.0)
except TypeError as e:
    print("TypeError:", e)
