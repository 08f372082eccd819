# chapter: 6
# gc.collect() returns how many unreachable objects it found: none here (S49)
import gc
data = [[1], {"k": []}]
print(gc.collect())
data = None
print(gc.collect())
