# chapter: 7
# set_threshold(700, 10, 5) and collecting one generation at a time (S21)
import gc
gc.set_threshold(700, 10, 5)
print(gc.get_threshold())
print(gc.collect(0), gc.collect(1), gc.collect(2))
