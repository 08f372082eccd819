# chapter: 7
# collect(0) resets the young count even when every young object survives
import gc
class Leaf:
    pass
gc.collect()
leaves = [Leaf(), Leaf(), Leaf(), Leaf()]
before = gc.get_count()
gc.collect(0)
after = gc.get_count()
# before: 4 leaves and the list; after: reset, and one generation-0 collection
print(before, after)
