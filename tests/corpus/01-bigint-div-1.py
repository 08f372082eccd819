# chapter: 1
# Floor division and modulo of big ints: the quotient rounds toward minus
# infinity and the remainder takes the divisor's sign.
a = 1237940039285380274899136569
b = 35184372088839
for x in [a, -a]:
    for y in [b, -b, 7, -7, 1073741824, -1073741825]:
        print(x // y, x % y, divmod(x, y))
print(divmod(a * a, a + 1), divmod(a, a), divmod(a - 1, a), divmod(-a, a + 1))
print(a // 1, a % 1, 5 // a, -5 // a, 5 % a, -5 % a)
big = 100000000000000000000000000000000000000000000000000000000000
print(big // 3, big % 3, big // 100000000000000000000, big % 99999999999999999999)
for bad in [0]:
    try:
        print(a // bad)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(a % bad)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(divmod(a, bad))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
