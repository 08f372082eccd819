# chapter: 1
# == compares values, is compares identity (S07, S29)
a = []
b = []
print(a == b, a is b, a is not b)
a1, a2 = [], []
print(a1 == a2, a1 is a2)
c = a
print(c is a, c == a)
print([1, [2]] == [1, [2]], (1, 2) == [1, 2])
print(None is None, None == 0)
print(1 != 2, "a" != "a")
