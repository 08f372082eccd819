# Reference for exercise 07-2 (kept for the grader's self-check).
import gc

cache = []
for i in range(20000):
    cache.append([])
gc.collect()

log = []


def record(phase, info):
    if phase == "start":
        log.append(info["generation"])


# Generation 1 after every two collections of generation 0 (2 > 1), and
# generation 2 after two of generation 1. Each collection of generation 1
# promotes about three batches of 2001 lists: two of them make about
# 12,000, more than a quarter of the 20,000 lists of the cache.
gc.set_threshold(2000, 1, 1)
gc.callbacks.append(record)
young = []
while len(log) < 7:
    young.append([])
gc.callbacks.remove(record)
gc.set_threshold(700, 10, 10)
print(log)
