import gc
gc.set_threshold(700, 10, 5)
log = []


def record(phase, info):
    if phase == "start":
        log.append(info["generation"])


gc.collect()
gc.callbacks.append(record)
keep = []
for i in range(300000):
    keep.append([])
gc.callbacks.remove(record)
number = 0
full = []
for generation in log:
    number = number + 1
    if generation == 2:
        full.append(number)
print(len(log), "collections, full ones:", full)
print(gc.get_count()[1], gc.get_count()[2])
