# chapter: 4
# a list that contains itself prints as [...] (S14, S15)
import sys
a = []
a.append(a)
print(a)
print(sys.getrefcount(a))
a.append(1)
a.append(a)
print(a)
print(sys.getrefcount(a))
print(len(a), a[0] is a)
