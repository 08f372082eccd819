# chapter: 7
# a tuple of atoms is tracked when made, and untracked by the next collection
import gc
gc.collect()
atoms = tuple([1, "two"])
holder = tuple([[1], "two"])
print(gc.is_tracked(atoms), gc.is_tracked(holder))
gc.collect()
print(gc.is_tracked(atoms), gc.is_tracked(holder))
