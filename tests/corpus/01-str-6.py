# chapter: 1
# str() of numbers and int() of strings round-trip
n = 1234
s = str(n)
print(s, len(s), s[0])
print(int(s) + 1)
print(int("-42"), int("  7  "), int("+8"))
print(str(-5) + str(5))
print(str(None), str(True), str([1, "a"]))
