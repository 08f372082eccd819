# chapter: 7
# a full or a generation-1 collection moves young survivors straight to generation 2
import gc
class Box:
    pass
def generation_of(x):
    for g in range(3):
        for o in gc.get_objects(g):
            if o is x:
                return g
    return -1
gc.collect()
a = Box()
gc.collect()
b = Box()
gc.collect(1)
c = Box()
print(generation_of(a), generation_of(b), generation_of(c))
