# chapter: 8
# list and dict subclasses where built-ins take a list or a mapping: **, *, %, dict(), set(), join, recursive repr, slices
class D(dict): pass
class L(list): pass
def f(**kw): return kw
print(f(**D(a=1)), {**D(b=2)}, [*L([1,2])], "%(a)s" % D(a=5), dict(D(a=1)), set(L([1,1])))
l = L([1]); l.append(l); print(l)
d = D(); d['d'] = d; print(d)
import sys; print(sys.getsizeof(L()) > sys.getsizeof([]))
print(str.join(",", L(["a","b"])), tuple(L([3])), min(L([4,2])))
x = L([1,2]); x[0:1] = [9, 8]; del x[-1]; print(x, x.__class__, x.__dict__)
print(D.__dict__.keys() if False else sorted(D.__dict__))
