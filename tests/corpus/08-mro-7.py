# chapter: 8
# a class with several bases holds a reference to each, in __bases__ and __mro__
import sys, gc
class A: pass
class B(A): pass
class C(A): pass
gc.collect()
before = [sys.getrefcount(k) for k in (A, B, C)]
class D(B, C): pass
after = [sys.getrefcount(k) for k in (A, B, C)]
print([y - x for x, y in zip(before, after)])
print(sys.getrefcount(D))
class E(C, B): pass
print([sys.getrefcount(k) - x for k, x in zip((A, B, C), before)])
del D
print([sys.getrefcount(k) - x for k, x in zip((A, B, C), before)])
print(gc.collect())
print([sys.getrefcount(k) - x for k, x in zip((A, B, C), before)])
del E
print(gc.collect())
print([sys.getrefcount(k) - x for k, x in zip((A, B, C), before)])
