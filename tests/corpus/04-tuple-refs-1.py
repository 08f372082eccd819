# chapter: 4
# a tuple holds its items like a list does
import sys
a = [0]
t = (a, a, a)
print(sys.getrefcount(a))
u = (t, a)
print(sys.getrefcount(a), sys.getrefcount(t))
t = None
print(sys.getrefcount(a))
