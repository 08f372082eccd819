# Reference for exercise 06-2 (kept for the grader's self-check).
import gc

made = 0
first = []


def watch(phase, info):
    if phase == "start" and len(first) == 0:
        first.append(made)


def first_collection(threshold):
    global made
    saved = gc.get_threshold()
    keep = []               # made before the count is reset: not counted
    first.clear()
    made = 0
    gc.set_threshold(threshold)
    gc.collect()            # count 0, free lists empty
    gc.callbacks.append(watch)
    while len(first) == 0 and made < 10000:
        made += 1
        keep.append([])
    gc.callbacks.remove(watch)
    gc.set_threshold(saved[0], saved[1], saved[2])
    if len(first) == 0:
        return None
    return first[0]


for threshold in [10, 100, 700]:
    print("threshold", threshold, "-> list", first_collection(threshold))
