import gc

gc.collect()
gc.disable()
link = None
for i in range(300000):
    link = [link]
top = [link]
del link
print(gc.collect(0))
print(len(gc.get_objects(1)))
del top
print(gc.collect())
gc.enable()
