# chapter: 6
# gc.get_stats(): one dict per generation with three counters
import gc
stats = gc.get_stats()
print(type(stats), len(stats))
for s in stats:
    print(type(s), list(s))
