# chapter: 9
# DEBUG_UNCOLLECTABLE prints nothing for a cycle with __del__: it is collectable since 3.4
import gc
class Closing:
    def __del__(self):
        print("closing")
gc.collect()
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
c = Closing()
c.me = c
del c
print(gc.collect(), gc.garbage)
gc.set_debug(0)
