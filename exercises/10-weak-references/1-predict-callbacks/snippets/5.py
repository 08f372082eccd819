import gc
import weakref

class C:
    pass

def cb(ref):
    print("callback", ref() is None)

gc.disable()
a = C()
a.me = a
keep = weakref.ref(a, cb)
b = C()
b.me = b
b.ref = weakref.ref(b, cb)
del a, b
print(gc.collect())
