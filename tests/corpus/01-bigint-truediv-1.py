# chapter: 1
# True division of big ints: one rounding of the exact quotient, and the
# OverflowErrors of a result or an operand too large for a float.
x = pow(2, 1100)
print(x / 3, x / pow(3, 500), 1 / x, -1 / x, x / -x, (x + 1) / x)
print(pow(10, 30) / 7, pow(10, 30) / pow(10, 29), 1 / pow(2, 1070), 1 / pow(2, 1080))
print(9007199254740993 / 1, 9007199254740995 / 1, 18014398509481987 / 2)
print(float(pow(2, 53) + 1), float(pow(2, 64)), float(-pow(10, 300)), float(pow(2, 1023)))
print(int(1e30), int(-2.5e40), int(1.7976931348623157e308) == pow(2, 1024) - pow(2, 971))
print(x * 0.5 == x / 2, 0.5 * pow(2, 60), pow(2, 60) + 0.25, pow(10, 20) - 1.0)
for a, b in [(pow(2, 2000), 3), (pow(2, 1024), 1)]:
    try:
        print(a / b)
    except OverflowError as e:
        print("OverflowError:", e)
try:
    print(float(pow(2, 1024)))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(pow(2, 1024) + 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(1.5 * pow(3, 1000))
except OverflowError as e:
    print("OverflowError:", e)
