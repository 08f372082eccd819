# chapter: 10
# S41: a WeakSet forgets an object when its last strong reference goes.
import weakref
class Item:
    pass
s = weakref.WeakSet()
o = Item()
s.add(o)
print(len(s))
print(o in s, 5 in s)
del o
print(len(s))
print(s)
a = Item()
b = Item()
s.add(a)
s.add(b)
s.add(a)
print(len(s))
s.discard(a)
print(len(s), a in s, b in s)
s.remove(b)
print(len(s))
try:
    s.add(3)
except TypeError as e:
    print("TypeError:", e)
