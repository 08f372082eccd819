import gc
import weakref

class C:
    def __del__(self):
        print("del", w() is None)

def cb(ref):
    print("callback")

gc.disable()
c = C()
c.me = c
w = weakref.ref(c, cb)
del c
print(gc.collect())
