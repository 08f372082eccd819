# chapter: 7
# each generation-0 collection adds one to the second counter
import gc
gc.collect()
gc.collect(0)
gc.collect(0)
gc.collect(0)
print(gc.get_count())
