# chapter: 8
# a list and a dict that hold each other: two objects collected
import gc
gc.collect()
items = []
index = {"items": items}
items.append(index)
del items, index
print(gc.collect())
print(gc.collect())
