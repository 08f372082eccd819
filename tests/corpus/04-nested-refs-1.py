# chapter: 4
# the reference graph of x, y, z (S13): counts of the shared objects
import sys
x = [1, 2, 3]
y = [x, dict(key1=x)]
z = [y, (x, y)]
print(sys.getrefcount(x))
print(sys.getrefcount(y))
print(sys.getrefcount(z))
print(z[1][0] is x, z[0][1]["key1"] is x)
