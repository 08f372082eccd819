a = [1]
a.append(a)
a.append([a])
print(a)
print(len(a), a[2][0] is a)
