# chapter: 9
# what a class with several bases refers to: the collector traverses its __bases__ and __mro__
import gc
class Node:
    pass
class Tagged:
    pass
class Pair(Node, Tagged):
    pass
refs = gc.get_referents(Pair)
print(sorted(type(r).__name__ for r in refs))
print(Pair.__mro__ in refs, Pair.__bases__ in refs, Node in refs)
print(Pair in gc.get_referrers(Node), Pair in gc.get_referrers(Tagged))
print(sorted(c.__name__ for c in gc.get_referents(Pair.__bases__)))
print(sorted(c.__name__ for c in gc.get_referents(Pair.__mro__)))
del refs
gc.collect()
del Pair
print(gc.collect())
