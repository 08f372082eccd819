import weakref

class C:
    pass

o = C()
def first(ref):
    print("first sees the others:", second_ref(), plain())
def second(ref):
    print("second sees the others:", first_ref(), plain())
first_ref = weakref.ref(o, first)
second_ref = weakref.ref(o, second)
plain = weakref.ref(o)
del o
print("end")
