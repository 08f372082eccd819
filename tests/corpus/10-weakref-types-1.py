# chapter: 10
# Which objects can be weakly referenced.
import weakref
import sys
class C:
    pass
class E(Exception):
    pass
def f():
    pass
for obj in [C(), C, f, len, sys, int, E()]:
    r = weakref.ref(obj)
    print(type(obj).__name__, r() is obj)
for obj in [[], {}, 1, "text", (1, 2), None, 1.5, object(), Exception(), range(3), True]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print("TypeError:", e)
