# chapter: 6
# there are three generations: gc.collect(3) raises ValueError (uncaught)
import gc
print(gc.collect(2))
gc.collect(3)
print("not reached")
