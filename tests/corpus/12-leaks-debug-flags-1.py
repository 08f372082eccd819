# chapter: 12
# the gc debug flags: their values, set_debug/get_debug and bad input
import gc
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())
for bad in ("x", 1.5, None):
    try:
        gc.set_debug(bad)
    except TypeError as e:
        print(e)
try:
    gc.set_debug()
except TypeError as e:
    print(e)
