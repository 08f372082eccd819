# chapter: 10
# Callbacks run synchronously, inside the del, newest first, each with
# its own (now dead) reference; __del__ runs before them.
import weakref
class C:
    def __del__(self):
        print("__del__")
def first(r):
    print("first", r() is None)
def second(r):
    print("second", r is w2)
def third(r):
    print("third")
o = C()
w1 = weakref.ref(o, first)
w2 = weakref.ref(o, second)
w3 = weakref.ref(o, third)
plain = weakref.ref(o)
print("before del")
del o
print("after del")
print(plain(), w1(), w2())
