# chapter: 6
# set_threshold with fewer arguments, and 0 to turn automatic collection off (S50, S60)
import gc
gc.set_threshold(1, 2, 1)
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold())
