# chapter: 10
# weakref.finalize: called once, when the object dies or when called.
import weakref
class Resource:
    pass
def release(name):
    print("release", name)
    return name
r = Resource()
f = weakref.finalize(r, release, "first")
print(f.alive, f.atexit)
print(f.peek()[1] is release, f.peek()[2])
print(repr(f).startswith("<finalize object at 0x"))
print(f() , f.alive, f())
print(f.peek(), f.detach())
g = weakref.finalize(r, release, "second")
del r
print(g.alive)
s = Resource()
h = weakref.finalize(s, release, "third")
obj, func, args, kwargs = h.detach()
print(obj is s, args, kwargs, h.alive)
del s
print("end")
