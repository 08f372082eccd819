# chapter: 10
# S39: a weak reference gives the object while it lives, None afterwards.
import weakref
class Greeter:
    def f(self):
        print("HELLO")
o = Greeter()
w = weakref.ref(o)
w().f()
print(w() is o)
del o
print(w())
w().f()
