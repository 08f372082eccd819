# chapter: 3
# a constant tuple in a script versus one built at run time
import sys
t = (1, 2, 3)
print(sys.getrefcount(t))
three = 3
u = (1, 2, three)
print(sys.getrefcount(u))
v = tuple([1, 2])
print(sys.getrefcount(v))
