# chapter: 6
# a freed list goes to the list free list: neither freeing nor reusing it changes the count
import gc
gc.collect()
a = [1, 2]
del a
b = [3, 4]
# one allocation only: b reuses the list object that a left on the free list
print(gc.get_count())
