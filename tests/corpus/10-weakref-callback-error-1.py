# chapter: 10
# An exception in a callback is reported and ignored.
import weakref
class C:
    pass
def bad(r):
    print("bad runs")
    1 / 0
def good(r):
    print("good runs")
o = C()
w1 = weakref.ref(o, good)
w2 = weakref.ref(o, bad)
del o
print("carried on")
