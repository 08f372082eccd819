# chapter: 6
# threshold 0 turns automatic collection off although the collector stays enabled
import gc
class Item:
    pass
events = []
def record(phase, info):
    events.append(phase)
keep = []
gc.set_threshold(0)
gc.collect()
gc.callbacks.append(record)
for i in range(1000):
    keep.append(Item())
gc.callbacks.remove(record)
print(gc.isenabled(), gc.get_count()[0], len(events))
gc.set_threshold(700)
