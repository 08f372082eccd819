import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
ring = []
ring.append(ring)
tail = [ring]
del ring
print(gc.collect(), len(gc.garbage))
del tail
print(gc.collect(), len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), len(gc.garbage))
