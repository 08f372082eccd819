# chapter: 6
# the info dict says which generation each explicit collection examined
import gc
gens = []
def record(phase, info):
    if phase == "stop":
        gens.append(info["generation"])
gc.collect()
gc.callbacks.append(record)
gc.collect(1)
gc.collect(0)
gc.collect()
gc.collect(2)
gc.callbacks.remove(record)
print(gens)
