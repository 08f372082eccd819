# chapter: 9
# the second look after the finalizers untracks nothing: a tuple of atoms
# brought back by a __del__ stays tracked until the next collection; and
# garbage whose finalizers have all run already is freed in one collection
import gc
saved = []

class Phoenix:
    def __del__(self):
        saved.append(self)

gc.collect()
p = Phoenix()
p.me = p
p.atoms = tuple([1, 2])
del p
print(gc.collect(), len(saved))
print(gc.is_tracked(saved[0].atoms))
gc.collect()
print(gc.is_tracked(saved[0].atoms))
q = saved.pop()
del q
print(gc.collect(), len(saved))
print(gc.collect())
