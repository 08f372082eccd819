# chapter: 5
# del of list items and dict keys (S17)
a = [1, 2, 3]
del a[0]
print(a)
b = {"q": 1, "w": 2}
print(b)
del b["q"]
print(b)
c = [0, 1, 2, 3, 4]
del c[-1]
del c[1]
print(c)
