# chapter: 1
# integer arithmetic: + - * // % with negative operands
a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(0 - a, -(-a))
