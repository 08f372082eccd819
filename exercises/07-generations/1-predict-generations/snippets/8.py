import gc
log = []


def record(phase, info):
    if phase == "start":
        log.append(info["generation"])


gc.disable()
old = []
for i in range(100000):
    old.append([])
gc.collect()
gc.set_threshold(1000, 0, 0)
gc.callbacks.append(record)
gc.enable()
young = []
for i in range(10500):
    young.append([])
gc.callbacks.remove(record)
gc.set_threshold(700, 10, 10)
print(len(log), log.count(0), log.count(1), log.count(2))
