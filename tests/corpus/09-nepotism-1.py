# chapter: 9
# a dead object in an old generation keeps its young referents alive in young collections
import gc
gc.collect()
old = ["old"]
old.append(old)
gc.collect()
young = ["young"]
old.append(young)
del old, young
# young's reference from old is counted as external: gc_refs stays 1
print(gc.collect(0))
# young is now in generation 1, old still in generation 2
print(gc.collect(1))
print(gc.collect())
