# chapter: 3
# several names, one object: counts go up one per name and down on rebinding (S43)
import sys
obj = ["shared"]
print(sys.getrefcount(obj))
n1 = obj
print(sys.getrefcount(obj))
n2 = obj
n3 = n1
print(sys.getrefcount(obj))
n2 = None
print(sys.getrefcount(obj))
n1 = n3 = "other"
print(sys.getrefcount(obj))
