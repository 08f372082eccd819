# chapter: 6
# One method-call site `obj.m()` reached by instances of many classes in
# many states: an instance attribute hiding the method (inline, in a
# __dict__, under a name the class had never met), the method replaced,
# deleted, overridden in a subclass after the site had cached the base's,
# __class__ changed, __getattr__ added later, classes made and freed in a
# loop. Each call must give what the lookup gives.
import sys

class A:
    def m(self):
        return "A.m"

class B(A):
    def m(self):
        return "B.m"

class C(A):
    pass

# The site runs 20 times a call: a site that keeps missing is filled
# again at its 16th miss, so that it holds obj's class by the end, and
# the next call meets what the program changed in between.
def call(obj):
    results = []
    for i in range(20):
        results.append(obj.m())
    return results[0] if results.count(results[0]) == 20 else results

objs = [A(), B(), C(), A(), C()]
for round in range(3):
    print([call(o) for o in objs])

# An instance attribute hides the method; deleting it uncovers the method.
a = A()
print(call(a))
a.m = lambda: "a's own m"
print(call(a), call(A()))
del a.m
print(call(a))

# A name the class's instances had never been given: the site cached the
# method before the class met the name.
class Fresh:
    def __init__(self):
        self.x = 1
    def m(self):
        return "Fresh.m"
f, g = Fresh(), Fresh()
print(call(f), call(g))
g.m = lambda: "g's own m"
print(call(f), call(g))

# A __dict__ made after the site has seen the instance, written through.
h = Fresh()
print(call(h))
attrs = h.__dict__
attrs["m"] = lambda: "through __dict__"
print(call(h))
del attrs["m"]
print(call(h))

# The class's method replaced, then deleted: the base's takes over.
c = C()
C.m = lambda self: "C.m set later"
print(call(c), call(A()))
del C.m
print(call(c))
A.m = lambda self: "A.m replaced"
print(call(c), call(B()), call(A()))

# A subclass overrides the method after the site cached the inherited one.
class D(A):
    pass
d = D()
print(call(d))
D.m = lambda self: "D.m"
print(call(d), call(A()))

# A method gone from the whole MRO: the same error as without a cache.
class E:
    def m(self):
        return "E.m"
e = E()
print(call(e))
del E.m
try:
    call(e)
except AttributeError as exc:
    print("AttributeError:", exc)

# An attribute that is not callable hides the method.
e2 = A()
e2.m = 42
try:
    call(e2)
except TypeError as exc:
    print("TypeError:", exc)

# Changing the class of an instance the site has called.
class Other:
    def m(self):
        return "Other.m"
o = A()
print(call(o))
o.__class__ = Other
print(call(o))

# __getattr__ runs only for names the lookup misses, added before or after.
class G:
    def m(self):
        return "G.m"
    def __getattr__(self, name):
        return lambda: "G.__getattr__ " + name
class H:
    def m(self):
        return "H.m"
print(call(G()), G().other())
hh = H()
print(call(hh))
H.__getattr__ = lambda self, name: lambda: "H.__getattr__ " + name
del H.m
print(call(hh))

# More attribute names than the shared keys hold: later instances keep a
# dict, in which a name can hide the method.
class Wide:
    def m(self):
        return "Wide.m"
wides = []
for n in range(3):
    w = Wide()
    for i in range(12):
        setattr(w, "a%d_%d" % (n, i), i)
    wides.append(w)
print([call(w) for w in wides])
wides[2].m = lambda: "wide's own m"
print([call(w) for w in wides])

# Classes made and freed one after another: a new class may take the
# memory of a freed one, never its cached method.
def make(n):
    class K:
        def m(self):
            return n
    return K()
print([call(make(n)) for n in range(6)])

# The method is borrowed by the cache: calls leave its count unchanged.
class R:
    def m(self):
        return None
method = R.__dict__["m"]
before = sys.getrefcount(method)
r = R()
for i in range(5):
    call(r)
print(sys.getrefcount(method) - before)
