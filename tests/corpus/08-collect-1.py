# chapter: 8
# collect accepts its generation by keyword, and at most one argument
import gc
gc.collect()
cycle = [0]
cycle[0] = cycle
del cycle
print(gc.collect(generation=0))
try:
    gc.collect(0, 1)
except TypeError as e:
    print("TypeError:", e)
