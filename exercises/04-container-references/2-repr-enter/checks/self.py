a = []
a.append(a)
print(a)
b = [1, 2]
b.append(b)
b.append(3)
print(b)
