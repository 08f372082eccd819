import weakref

class C:
    pass

def bad(ref):
    print("bad")
    raise ValueError("in a callback")

def good(ref):
    print("good")

o = C()
w1 = weakref.ref(o, good)
w2 = weakref.ref(o, bad)
w3 = weakref.ref(o, good)
try:
    raise KeyError("pending")
except KeyError:
    del o
    print("still handling")
print("carried on")
