# chapter: 12
# gc.get_referrers: who holds this object?
import gc
class Box:
    pass
target = [1, 2, 3]
holder = [target]
box = Box()
box.item = target
names = sorted(type(r).__name__ for r in gc.get_referrers(target))
print(names)
print(any(r is holder for r in gc.get_referrers(target)))
print(any(r is box for r in gc.get_referrers(target)))
print(gc.get_referents(holder)[0] is target)
del holder
box.item = None
print(sorted(type(r).__name__ for r in gc.get_referrers(target)))
