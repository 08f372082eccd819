# chapter: 5
# rebinding a name releases the old object (S18)
import sys
a = [1, 2, 3]
b = a
print(sys.getrefcount(b))
a = 1
print(sys.getrefcount(b))
