# chapter: 7
# thresholds (10, 3, ...): every fifth automatic collection is of generation 1
import gc
class Item:
    pass
gens = []
def record(phase, info):
    if phase == "stop":
        gens.append(info["generation"])
keep = []
gc.set_threshold(10, 3, 1000)
gc.collect()
gc.callbacks.append(record)
# 11 allocations start a collection: 20 collections in 220 allocations;
# generation 1 goes when its count (gen-0 collections since) exceeds 3
for i in range(220):
    keep.append(Item())
gc.callbacks.remove(record)
counts = gc.get_count()
gc.set_threshold(700, 10, 10)
print(len(gens), gens)
print(counts[1], counts[2])
