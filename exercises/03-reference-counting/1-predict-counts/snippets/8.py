import sys
a = [1, 2, 3]
print(sys.getrefcount(a))
a
print(sys.getrefcount(a))
None
print(sys.getrefcount(a))
1 + 1
print(sys.getrefcount(a))
