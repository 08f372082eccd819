# chapter: 8
# o.__class__ = C between classes laid out alike: the instance keeps its
# attributes, now found through the new class; the old class loses the
# reference the instance held, the new one gains it; the new class's
# __del__ is the one that runs. The errors are CPython's.
import sys


class A:
    def hello(self):
        return "A says hi"


class B:
    def hello(self):
        return "B says hi"

    def __del__(self):
        print("B's __del__ for", self.x)


a = A()
a.x = 5
print(a.hello(), sys.getrefcount(A), sys.getrefcount(B))
a.__class__ = B
print(a.hello(), type(a).__name__, a.x, vars(a))
print(sys.getrefcount(A), sys.getrefcount(B))
print(isinstance(a, B), isinstance(a, A))
for value in (1, None, "B"):
    try:
        a.__class__ = value
    except TypeError as e:
        print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
try:
    A().__class__ = int
except TypeError as e:
    print("TypeError:", e)
n = 7
try:
    n.__class__ = float
except TypeError as e:
    print("TypeError:", e)
del a
print("end")
