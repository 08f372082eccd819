# chapter: 6
# set_threshold takes at most three thresholds, one per generation
import gc
try:
    gc.set_threshold(100, 10, 10, 5)
except TypeError as e:
    print("TypeError:", e)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10)
print(gc.get_threshold())
