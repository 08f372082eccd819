# chapter: 6
# a negative generation is invalid too: -1 does not mean "the last one"
import gc
gc.collect()
for g in [-1, -2, 5]:
    try:
        gc.collect(g)
        print(g, "accepted")
    except ValueError as e:
        print(g, "ValueError:", e)
