# chapter: 4
# each list slot is a reference: b = [a, a] adds two to a's count (S12, S27)
import sys
a = [1, 2, 3]
print(sys.getrefcount(a))
b = [a, a]
print(sys.getrefcount(a))
print(sys.getrefcount(b))
c = [b, a]
print(sys.getrefcount(a), sys.getrefcount(b))
