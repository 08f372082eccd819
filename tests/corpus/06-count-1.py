# chapter: 6
# each new instance of a user class adds one to the generation-0 count
import gc
class Point:
    pass
gc.collect()
a = Point()
b = Point()
c = Point()
# get_count() reads the counts before it builds its own tuple
print(gc.get_count())
