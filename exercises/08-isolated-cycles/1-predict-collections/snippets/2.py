import gc
gc.collect()
loop = []
loop.append(loop)
loop.append([[], []])
loop.append({"size": 3, "name": "loop"})
loop.append("a string")
del loop
print(gc.collect())
