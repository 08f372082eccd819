import gc
gc.collect()
x = 3
point = tuple([x, 4])
shape = tuple(["square", [x]])
print(gc.is_tracked(point), gc.is_tracked(shape))
gc.collect(0)
print(gc.is_tracked(point), gc.is_tracked(shape))
shape[1].clear()
gc.collect()
print(gc.is_tracked(shape), gc.is_tracked(shape[1]))
