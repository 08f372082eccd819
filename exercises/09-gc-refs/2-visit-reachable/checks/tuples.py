import gc
gc.collect()
x = 1
nested = ((x, 2), 3)
deeper = (((x,), 2), 3)
gc.collect(0)
print(gc.is_tracked(nested), gc.is_tracked(nested[0]))
print(gc.is_tracked(deeper), gc.is_tracked(deeper[0]), gc.is_tracked(deeper[0][0]))
gc.collect(1)
print(gc.is_tracked(nested), gc.is_tracked(deeper), gc.is_tracked(deeper[0]))
