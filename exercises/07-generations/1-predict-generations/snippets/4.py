import gc
log = []


def record(phase, info):
    if phase == "start":
        log.append(info["generation"])


keep = []
gc.collect()
gc.collect(0)
gc.collect(0)
gc.collect(0)
gc.set_threshold(20, 2, 10)
gc.callbacks.append(record)
for i in range(110):
    keep.append([])
gc.callbacks.remove(record)
gc.set_threshold(700, 10, 10)
print(log)
