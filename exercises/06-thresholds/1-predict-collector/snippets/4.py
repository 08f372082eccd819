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
while made < 9:
    made += 1
    keep.append([made])
gc.callbacks.remove(watch)
print("collections started at", starts)
