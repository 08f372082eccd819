# chapter: 9
# set_debug takes exactly one integer
import gc
try:
    gc.set_debug()
except TypeError as e:
    print("TypeError:", e)
try:
    gc.set_debug("all")
except TypeError as e:
    print("TypeError:", e)
print(gc.get_debug())
