# chapter: 8
# an exception caught at module level and deleted leaves no cycle behind
import gc
class Tracker:
    def __del__(self):
        print("tracker freed")
def fail():
    t = Tracker()
    raise RuntimeError("failed")
gc.collect()
try:
    fail()
except RuntimeError as e:
    print("caught", e)
print("after handler")
print(gc.collect())
try:
    fail()
except RuntimeError as e:
    saved = e
print("saved", saved)
del saved
print(gc.collect())
