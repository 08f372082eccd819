# chapter: 8
# a recursive function reaches itself through the globals dict: no cycle of garbage
import gc
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
gc.collect()
print(countdown(3))
print(gc.collect())
del countdown
print(gc.collect())
