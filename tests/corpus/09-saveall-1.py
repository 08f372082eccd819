# chapter: 9
# DEBUG_SAVEALL keeps the cycle whole in gc.garbage; once released it is found again
import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = ["a"]
b = ["b", a]
a.append(b)
del a, b
print(gc.collect(), len(gc.garbage))
print(gc.garbage)
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), len(gc.garbage))
