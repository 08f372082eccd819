# chapter: 6
# while disabled, the count runs far past threshold 0 and no collection starts
import gc
class Item:
    pass
events = []
def record(phase, info):
    events.append(phase)
keep = []
gc.disable()
gc.collect()
gc.callbacks.append(record)
for i in range(800):
    keep.append(Item())
gc.callbacks.remove(record)
print(gc.get_count()[0], events)
gc.enable()
