# chapter: 6
# set_threshold needs at least one argument; the thresholds stay as they were
import gc
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
print(gc.get_threshold())
