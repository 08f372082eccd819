# chapter: 1
# true division always gives a float, even when exact
print(7 / 2)
print(8 / 2)
print(-9 / 3)
print(1 / 4)
print(10 / 4 * 2)
x = 6
y = x / 3
print(y, type(y))
print(x // 3, type(x // 3))
