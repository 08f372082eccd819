# chapter: 10
# proxies raise ReferenceError after the object dies; WeakSet forgets dead objects (S40, S41)
import weakref
class Obj:
    def f(self):
        return "called"
o = Obj()
p = weakref.proxy(o)
print(p.f())
print(weakref.getweakrefcount(o))
del o
try:
    p.f()
except ReferenceError as e:
    print(e)
s = weakref.WeakSet()
o2 = Obj()
s.add(o2)
print(len(s))
del o2
print(len(s))
