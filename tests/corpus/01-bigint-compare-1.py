# chapter: 1
# Comparisons of big ints with ints and floats are exact.
a = 18446744073709551616
b = -18446744073709551616
print(a > b, a < b, a == -b, a != b, a >= a, b <= b, a > 1, b < -1)
print(a == 1.8446744073709552e19, a + 1 == 1.8446744073709552e19, a + 1 > 1.8446744073709552e19)
print(1e20 > a, 1e300 > a * a * a, -1e300 < b * a, a < float("inf"), b > float("-inf"))
print(a == float("nan"), a != float("nan"))
big = pow(10, 400)
print(big > 1e308, -big < -1e308, big == big + 0, big < big + 1, sorted([big, -big, 0, a, b, 2.5]))
print(max(a, b, big), min(a, b, big), 9007199254740993 == 9007199254740992.0)
print(pow(2, 63) > 9.2e18, pow(2, 63) == 9223372036854775808.0, pow(2, 63) - 1 < 9223372036854775808.0)
