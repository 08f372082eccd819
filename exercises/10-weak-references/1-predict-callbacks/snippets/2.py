import weakref

class C:
    def __del__(self):
        print("del")

def one(ref):
    print("one")

def two(ref):
    print("two")

o = C()
r1 = weakref.ref(o, one)
r2 = weakref.ref(o, two)
del o
print("end")
