# chapter: 10
# list and dict subclass instances can be weakly referenced (plain lists and dicts cannot)
import weakref, gc
class L(list):
    pass
class D(dict):
    pass
l = L([1])
d = D(a=1)
rl = weakref.ref(l, lambda r: print("l died"))
rd = weakref.ref(d)
print(rl() is l, rd() is d, weakref.getweakrefcount(l), l.__weakref__ is rl)
del l
print(rl())
d["me"] = d
del d
print(rd() is None, gc.collect(), rd())
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError:", e)
