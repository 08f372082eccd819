# chapter: 7
# a survivor moves up one generation per collection of its generation
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
gc.collect(0)
print(where(box))
gc.collect(1)
print(where(box))
gc.collect()
print(where(box))
