import sys
a = []
a.append(a)
a.append(a)
b = [a]
print(sys.getrefcount(a))
b = None
print(len(a), sys.getrefcount(a))
