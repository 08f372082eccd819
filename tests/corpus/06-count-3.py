# chapter: 6
# every def makes a new function object, and each one is counted
import gc
kept = []
gc.collect()
for n in range(4):
    def task():
        return n
    kept.append(task)
print(gc.get_count())
