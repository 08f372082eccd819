# chapter: 6
# freeing an instance takes one off the generation-0 count
import gc
class Point:
    pass
gc.collect()
a = Point()
b = Point()
c = Point()
del a
del b
print(gc.get_count())
