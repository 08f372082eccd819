import gc

class A:
    pass

class B:
    pass

class C:
    pass

gc.collect()
a = A()
b = B()
c = C()
a.partner = b
b.partner = a
c.friend = a
del a, b
print(gc.collect(0))
for obj in gc.get_objects(1):
    print(type(obj).__name__)
