# chapter: 10
# Callback-less references are shared; references with a callback never.
import weakref
class C:
    pass
def cb(r):
    pass
o = C()
a = weakref.ref(o)
b = weakref.ref(o)
print(a is b)
print(weakref.ref(o, None) is a)
c = weakref.ref(o, cb)
d = weakref.ref(o, cb)
print(c is a, c is d, c == d, c == a)
print(weakref.getweakrefcount(o))
print(o.__weakref__ is a)
p = weakref.proxy(o)
print(weakref.proxy(o) is p)
print(weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
print(refs[0] is a, refs[1] is p, refs[2] is d, refs[3] is c)
print(c.__callback__ is cb, a.__callback__)
del c
print(weakref.getweakrefcount(o))
print(weakref.getweakrefcount(3), weakref.getweakrefs(3))
