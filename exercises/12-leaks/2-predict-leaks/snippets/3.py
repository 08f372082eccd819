import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
x = [1]
y = [x]
x.append(y)
del x, y
found = gc.collect()
print(found, len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
