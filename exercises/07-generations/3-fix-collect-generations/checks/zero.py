import gc
log = []


def record(phase, info):
    if phase == "start":
        log.append(info["generation"])


keep = []
gc.collect()
gc.set_threshold(50, 0, 1000)
gc.callbacks.append(record)
for i in range(300):
    keep.append([])
gc.callbacks.remove(record)
gc.set_threshold(700, 10, 10)
print(log)
