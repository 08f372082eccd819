# chapter: 7
# a frozen object is in no generation; unfreeze puts it in the oldest one
import gc
class Box:
    pass
def where(x):
    found = []
    for g in range(3):
        here = False
        for o in gc.get_objects(g):
            if o is x:
                here = True
        found.append(here)
    return found
gc.collect()
box = Box()
print(where(box))
gc.freeze()
print(where(box))
gc.unfreeze()
print(where(box))
