# chapter: 8
# a class is a cycle by itself: the type, its dict, its __mro__ and __bases__
# tuples and the __dict__ and __weakref__ descriptors make six objects
import gc
gc.collect()
class Registry:
    pass
Registry.current = Registry
del Registry
print(gc.collect())
