# chapter: 7
# a generation-1 collection clears the second counter and adds one to the third
import gc
gc.collect()
gc.collect(0)
gc.collect(0)
gc.collect(1)
first = gc.get_count()
gc.collect(0)
second = gc.get_count()
gc.collect()
third = gc.get_count()
# each saved tuple is a new container: it adds one to the next reading's first counter
print(first, second, third)
