import gc
gc.collect()
loop = []
loop.append(loop)
del loop
print(gc.collect())
