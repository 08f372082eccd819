# chapter: 6
# the collector's thresholds: default, changed, restored (S20, S61)
import gc
print(gc.get_threshold())
gc.set_threshold(860, 12, 12)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
