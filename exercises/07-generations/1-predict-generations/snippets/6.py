import gc
gc.collect()
record = {"name": "box", "size": 3}
print(gc.is_tracked(record))
record["tags"] = ["new"]
print(gc.is_tracked(record))
record["tags"] = "new"
gc.collect(1)
print(gc.is_tracked(record))
gc.collect()
print(gc.is_tracked(record))
record["corner"] = tuple([1, 2])
print(gc.is_tracked(record))
