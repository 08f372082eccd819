import weakref

class Thing:
    pass

cache = weakref.WeakValueDictionary()
notes = weakref.WeakKeyDictionary()
members = weakref.WeakSet()
things = []
for i in range(5):
    t = Thing()
    things.append(t)
    cache[i] = t
    notes[t] = i
    members.add(t)
del t
print(len(cache), len(notes), len(members))
things.pop()
things.pop(0)
print(len(cache), len(notes), len(members), sorted(cache.keys()))
things = None
print(len(cache), len(notes), len(members))
