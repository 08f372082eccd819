import gc

phases = []

def watch(phase, info):
    phases.append(phase)
    phases.append(info["generation"])

gc.disable()
gc.callbacks.append(watch)
keep = []
while len(keep) < 2000:
    keep.append([])
print(phases)
print(gc.collect(1))
print(phases)
gc.callbacks.remove(watch)
gc.enable()
