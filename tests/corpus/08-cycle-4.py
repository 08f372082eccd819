# chapter: 8
# a tuple can be part of a cycle through the list it holds
import gc
gc.collect()
box = []
pair = (box, "label")
box.append(pair)
print(box)
del box, pair
print(gc.collect())
