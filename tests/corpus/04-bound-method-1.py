# chapter: 4
# a bound method object holds the instance it was taken from
import sys
class Greeter:
    def hi(self):
        return "hi"
g = Greeter()
print(sys.getrefcount(g))
m = g.hi
print(sys.getrefcount(g))
print(m(), sys.getrefcount(m))
m2 = g.hi
print(sys.getrefcount(g), m is m2)
m = None
m2 = None
print(sys.getrefcount(g))
