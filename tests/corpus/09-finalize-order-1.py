# chapter: 9
# finalizers run in the order of the unreachable list, skipping objects
# without one; a finalizer that breaks the cycle frees a later object of
# the garbage on the spot (its __del__ runs from its deallocation) and an
# earlier one; DEBUG_SAVEALL shows the order the garbage is left in
import gc

class Named:
    def __init__(self, name):
        self.name = name

class Loud(Named):
    def __del__(self):
        print("del", self.name)
        if self.name == "b":
            self.next = None    # c dies now, and with it a and plain

gc.collect()
a = Loud("a")
plain = Named("plain")
b = Loud("b")
c = Loud("c")
a.next = plain
plain.next = b
b.next = c
c.next = a
a.spare = [1]
del a, plain, b, c
print("found", gc.collect())
gc.set_debug(gc.DEBUG_SAVEALL)
x = Named("x")
y = Named("y")
z = Loud("z")
x.next = y
y.next = z
z.next = x
del x, y, z
print("found", gc.collect())
print([getattr(o, "name", type(o).__name__) for o in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
print("found", gc.collect())
