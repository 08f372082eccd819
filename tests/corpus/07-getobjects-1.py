# chapter: 7
# gc.get_objects(3) names the number of generations in its ValueError (uncaught)
import gc
print(type(gc.get_objects(2)))
gc.get_objects(3)
print("not reached")
