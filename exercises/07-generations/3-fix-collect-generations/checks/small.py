import gc
log = []


def record(phase, info):
    if phase == "stop":
        log.append(info["generation"])


keep = []
gc.set_threshold(20, 3, 1000)
gc.collect()
gc.callbacks.append(record)
for i in range(205):
    keep.append([])
gc.callbacks.remove(record)
counts = gc.get_count()
gc.set_threshold(700, 10, 10)
print(len(log), log)
print(counts[1], counts[2])
