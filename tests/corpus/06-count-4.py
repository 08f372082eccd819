# chapter: 6
# the generation-0 count never goes below zero when old objects are freed
import gc
class Node:
    pass
old = [Node(), Node(), Node()]
gc.collect()
# the three instances were allocated before the collection reset the count:
# freeing them leaves it at 0, so one new instance brings it to 1, not to -2
old.clear()
new = Node()
print(gc.get_count())
