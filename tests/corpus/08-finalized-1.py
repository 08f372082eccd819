# chapter: 8
# gc.is_finalized: True once __del__ has run, even for an object freed by its count
import gc
kept = []
class Keeper:
    def __del__(self):
        print("finalizing")
        kept.append(self)
k = Keeper()
print(gc.is_finalized(k))
del k
print(gc.is_finalized(kept[0]))
kept.clear()
print("after clear", len(kept))
print(gc.is_finalized([]), gc.is_finalized(1))
