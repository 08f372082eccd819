# chapter: 2
# sys.intern returns one canonical object for equal strings
import sys
x = " ".join(["memory", "matters"])
y = " ".join(["memory", "matters"])
print(x is y)
ix = sys.intern(x)
iy = sys.intern(y)
print(ix is iy, ix is x, iy is y)
name = "".join(["mem", "ory"])
m = "memory"
print(sys.intern(name) is m, name is m)
