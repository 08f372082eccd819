# chapter: 10
# a weak reference gives the object while it lives, then None (S39)
import weakref
class Obj:
    def f(self):
        print("HELLO")
o = Obj()
w = weakref.ref(o)
w().f()
print(w() is o)
del o
print(w())
try:
    w().f()
except AttributeError as e:
    print(e)
