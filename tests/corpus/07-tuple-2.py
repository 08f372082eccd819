# chapter: 7
# a young collection untracks tuples too, nested ones in the same pass
import gc
gc.collect()
inner = tuple([1, 2])
outer = tuple([inner, 3])
print(gc.is_tracked(inner), gc.is_tracked(outer))
gc.collect(0)
print(gc.is_tracked(inner), gc.is_tracked(outer))
