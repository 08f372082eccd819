import weakref

class C:
    pass

def cb(ref):
    print("callback")

o = C()
r = weakref.ref(o, cb)
del r
del o
print("done")
