# chapter: 8
# with the collector disabled, cycles pile up until an explicit collection
import gc
class Twin:
    pass
gc.disable()
gc.collect()
for i in range(100):
    a = Twin()
    b = Twin()
    a.twin = b
    b.twin = a
del a, b
print(gc.isenabled(), gc.get_count()[0])
print(gc.collect())
gc.enable()
