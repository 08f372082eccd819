# chapter: 6
# One attribute site read and written on instances of many classes and
# in many states: inline values, a __dict__ made on demand, attributes
# deleted, __class__ changed, more names than the shared keys hold, a
# __getattr__ added later. Each read must give what the lookup gives.
import sys

class A:
    def __init__(self):
        self.x = "A.x"
        self.y = "A.y"

class B:
    def __init__(self):
        self.y = "B.y"
        self.x = "B.x"

class C(A):
    x = "C class x"

class D:
    x = "D class x"

def read_x(obj):
    return obj.x

def write_x(obj, value):
    obj.x = value

objs = [A(), B(), C(), D(), A(), B()]
for round in range(3):
    print([read_x(o) for o in objs])

# A class attribute shadowed by an instance attribute, then uncovered.
d = D()
print(read_x(d))
write_x(d, "d's own")
print(read_x(d), D.x)
del d.x
print(read_x(d))

# The instance's __dict__ made after the site has seen it.
a = A()
print(read_x(a))
attrs = a.__dict__
print(sorted(attrs))
attrs["x"] = "through __dict__"
print(read_x(a))
write_x(a, "written after __dict__")
print(attrs["x"], read_x(a))

# Deleting an inline attribute: the site falls back to the class.
c = C()
print(read_x(c))
del c.x
print(read_x(c))
write_x(c, "again")
print(read_x(c))

# Changing the class of an instance the site has read.
class A2:
    def __init__(self):
        self.x = "A2.x"
a = A()
print(read_x(a))
a.__class__ = A2
print(read_x(a), type(a).__name__)
write_x(a, "after __class__")
print(read_x(a), sorted(a.__dict__))

# More attribute names than one class's instances can share: the later
# instances get a dict, and the same site keeps answering.
class Wide:
    pass
wides = []
for n in range(3):
    w = Wide()
    for i in range(12):
        setattr(w, "a%d_%d" % (n, i), i)
    w.x = n
    wides.append(w)
print([read_x(w) for w in wides])
for w in wides:
    write_x(w, read_x(w) + 10)
print([read_x(w) for w in wides])

# __getattr__ set on the class after the site cached it: only misses
# reach it.
class G:
    def __init__(self):
        self.x = "G.x"
g = G()
print(read_x(g))
G.__getattr__ = lambda self, name: "missing " + name
print(read_x(g), g.nothing)
del g.x
print(read_x(g))

# Reference counts of values read and written through the site.
class Holder:
    def __init__(self, value):
        self.x = value
value = object()
h = Holder(value)
print(sys.getrefcount(value))
for i in range(5):
    got = read_x(h)
print(sys.getrefcount(value))
del got
print(sys.getrefcount(value))
write_x(h, None)
print(sys.getrefcount(value))
write_x(h, value)
write_x(h, value)
print(sys.getrefcount(value))
