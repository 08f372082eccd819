import gc

gc.collect()
box = []
pair = [box, box]
holder = {"pair": pair}
del box, pair
print(gc.collect(0))
for obj in gc.get_objects(1):
    print(type(obj).__name__, len(obj))
