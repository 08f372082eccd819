# chapter: 6
# the generation must be an integer: a str or a float raises TypeError
import gc
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError:", e)
try:
    gc.collect(1.0)
except TypeError as e:
    print("TypeError:", e)
print(gc.collect(True))
