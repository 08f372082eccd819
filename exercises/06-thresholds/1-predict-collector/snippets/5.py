import gc

made = 0
starts = []

def watch(phase, info):
    if phase == "start":
        starts.append(made)

keep = []
gc.set_threshold(4)
gc.collect()
gc.callbacks.append(watch)
while made < 12:
    made += 1
    keep.append(made * 1000)
    keep.append("item" * made)
    keep.append(made / 8)
gc.callbacks.remove(watch)
print("collections started at", starts, "with", len(keep), "objects kept")
