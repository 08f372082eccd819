# chapter: 10
# a weakref callback runs when the referent dies, before the next statement
import weakref
class Obj:
    pass
def gone(ref):
    print("callback, referent now", ref())
o = Obj()
r = weakref.ref(o, gone)
print("deleting")
del o
print("after delete")
