# chapter: 7
# the object whose allocation starts a collection is not part of it
import gc
class Item:
    pass
def generation_of(x):
    for g in range(3):
        for o in gc.get_objects(g):
            if o is x:
                return g
    return -1
keep = []
gc.set_threshold(10, 1, 1000)
gc.collect()
# allocations 11, 22 and 33 start collections of generations 0, 0 and 1;
# each is counted, then tracked only after its collection is over
for i in range(33):
    keep.append(Item())
gc.set_threshold(700, 10, 10)
print(generation_of(keep[0]), generation_of(keep[9]), generation_of(keep[10]))
print(generation_of(keep[21]), generation_of(keep[31]), generation_of(keep[32]))
