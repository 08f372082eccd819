# chapter: 8
# gc.callbacks: each collection calls them with "start", then "stop" and the results
import gc
def report(phase, info):
    print(phase, list(info))
    print(phase, info["generation"], info["collected"], info["uncollectable"])
gc.collect()
a = {}
b = {"a": a}
a["b"] = b
del a, b
gc.callbacks.append(report)
print("returned", gc.collect())
gc.callbacks.remove(report)
print(gc.callbacks)
