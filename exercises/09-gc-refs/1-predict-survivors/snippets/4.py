import gc

class Me:
    pass

class Lost:
    pass

gc.collect()
lost = Lost()
lost.me = lost
me = Me()
me.me = me
del lost
print(gc.collect(0))
for obj in gc.get_objects(1):
    print(type(obj).__name__)
