# chapter: 5
# counts after a chain of rebindings and deletions
import sys
x = ["obj"]
y = x
z = [x]
print(sys.getrefcount(x))
y = "something else"
print(sys.getrefcount(x))
z[0] = None
print(sys.getrefcount(x))
z = x
del x
print(sys.getrefcount(z))
