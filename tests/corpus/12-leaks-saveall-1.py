# chapter: 12
# DEBUG_SAVEALL: what a collection finds goes to gc.garbage instead of being freed
import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = [1]
b = [2]
a.append(b)
b.append(a)
del a, b
print(gc.collect())
print(len(gc.garbage), sorted(type(o).__name__ for o in gc.garbage))
first, second = gc.garbage
print(first[1] is second, second[1] is first)
del first, second
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
print(gc.garbage)
