# chapter: 1
# a small program: gcd and a greatest-common-divisor table
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
for a in range(4, 9, 2):
    row = []
    for b in range(4, 9, 2):
        row.append(gcd(a, b))
    print(a, row)
