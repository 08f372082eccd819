# chapter: 7
# a dict is tracked only once it holds a container
import gc
d = {}
print(gc.is_tracked(d))
d["n"] = 1
d["s"] = "text"
print(gc.is_tracked(d))
d["l"] = []
print(gc.is_tracked(d))
