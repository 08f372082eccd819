import gc
log = []


def record(phase, info):
    if phase == "start":
        log.append(info["generation"])


gc.collect()
gc.callbacks.append(record)
keep = []
for i in range(100000):
    keep.append([])
gc.callbacks.remove(record)
line = ""
for generation in log:
    line = line + str(generation)
    if len(line) == 12:
        print(line)
        line = ""
print(line)
print(len(log), "collections")
