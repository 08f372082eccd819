# chapter: 4
# two lists holding each other (S14)
a = []
b = [a]
a.append(b)
print(a)
print(b)
print(a[0][0] is a)
c = [a, b]
print(c)
