# chapter: 10
# A reference hashes as its referent and compares by it while alive; a
# dead one keeps its hash and equals only itself.
import weakref
class Key:
    pass
a = Key()
def cb(r):
    pass
ra = weakref.ref(a)
rb = weakref.ref(a, cb)
print(ra is rb, ra == rb, ra != rb)
print(hash(ra) == hash(a), hash(rb) == hash(a))
h = hash(ra)
del a
print(ra == rb, ra == ra, rb == rb, hash(ra) == h)
c = Key()
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
print(ra == 7, ra != 7)
d = Key()
e = Key()
print(weakref.ref(d) == weakref.ref(e))
