import gc
chosen = []


def record(phase, info):
    if phase == "start":
        chosen.append(info["generation"])


def first_automatic(survivors):
    gc.disable()
    gc.collect()
    pile = []
    for i in range(survivors):
        pile.append([])
    gc.collect(1)
    gc.collect(1)
    gc.collect(0)
    gc.collect(0)
    gc.collect(0)
    gc.collect(0)
    counts = gc.get_count()
    gc.set_threshold(5, 3, 1)
    gc.callbacks.append(record)
    gc.enable()
    while len(chosen) == 0:
        pile.append([])
    gc.callbacks.remove(record)
    gc.set_threshold(700, 10, 10)
    print(counts, "->", chosen.pop())


first_automatic(0)
first_automatic(100000)
