import weakref

class C:
    pass

def cb(ref):
    pass

o = C()
a = weakref.ref(o)
b = weakref.ref(o)
c = weakref.ref(o, cb)
print(a is b, a is c, a == c)
print(weakref.getweakrefcount(o))
