import weakref

class Resource:
    pass

def release(name):
    print("release", name)

r = Resource()
f = weakref.finalize(r, release, "r")
s = Resource()
weakref.finalize(s, release, "s")
print(f.alive)
del r
print(f.alive)
del s
print("end")
