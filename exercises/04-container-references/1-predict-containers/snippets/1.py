import sys
a = []
b = [a, a]
c = (a, b)
print(sys.getrefcount(a), sys.getrefcount(b))
