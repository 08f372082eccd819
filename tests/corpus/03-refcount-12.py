# chapter: 3
# strings built at run time are ordinary fresh objects
import sys
n = 12345
s = str(n)
print(sys.getrefcount(s))
t = "-".join(["a", "b", "c"])
u = t
print(sys.getrefcount(t))
w = t.upper()
print(sys.getrefcount(w))
parts = "x y".split()
print(sys.getrefcount(parts))
