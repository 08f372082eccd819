# chapter: 6
# with threshold 10, a generation-0 collection starts by itself at the 11th allocation
import gc
class Item:
    pass
events = []
def record(phase, info):
    events.append(phase)
    events.append(info["generation"])
keep = []
gc.set_threshold(10)
gc.collect()
gc.callbacks.append(record)
# the count starts at 0; each Item adds one; a collection starts when it exceeds 10
i = 0
while i < 30:
    keep.append(Item())
    if len(events) > 0:
        print("first collection while making item", i + 1)
        break
    i = i + 1
gc.callbacks.remove(record)
gc.set_threshold(700)
print(events)
