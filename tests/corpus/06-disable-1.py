# chapter: 6
# gc.disable and gc.enable switch automatic collection; gc.isenabled reports it
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
