import gc

class Keep:
    pass

class Loop:
    pass

gc.collect()
keep = Keep()
first = Loop()
second = Loop()
first.other = second
second.other = first
first.keep = keep
second.keep = keep
del first, second
print(gc.collect(0))
for obj in gc.get_objects(1):
    print(type(obj).__name__)
