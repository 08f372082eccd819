# chapter: 1
# floats mixed with ints: //, %, comparison, int() truncation
print(7.5 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2)
print(3 + 0.5, 3 * 1.5, 10 - 0.25)
print(int(3.99), int(-3.99), int(5.0))
print(1 == 1.0, 2 < 2.5, 3.0 > 3)
print(str(4.0), str(-0.5))
print(2.5 * 4)
