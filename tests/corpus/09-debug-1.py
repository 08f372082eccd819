# chapter: 9
# the debug flags are bits; DEBUG_LEAK combines three of them
import gc
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL)
print(gc.DEBUG_LEAK)
print(gc.DEBUG_COLLECTABLE + gc.DEBUG_UNCOLLECTABLE + gc.DEBUG_SAVEALL == gc.DEBUG_LEAK)
