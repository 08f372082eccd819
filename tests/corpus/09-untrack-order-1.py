# chapter: 9
# step 3 untracks tuples of atoms in the order the survivors end up in, as
# untrack_tuples does right after it: a tuple made before the tuple it holds
# needs two collections, and a dict of such tuples goes at a full collection
import gc
gc.collect()
box = [None]
outer = tuple([box, 1])         # holds a list: stays tracked
box[0] = 7
del box
first = tuple([0])              # made before `second`, which it will hold
pair = [first]
second = tuple([pair, 2])
pair.pop()
pair.append(3)
print(gc.is_tracked(outer), gc.is_tracked(first), gc.is_tracked(second))
gc.collect(0)
print(gc.is_tracked(outer), gc.is_tracked(first), gc.is_tracked(second))
a = tuple(["x"])
b = tuple([a])
c = tuple([b])
d = {"c": c}
print([gc.is_tracked(t) for t in (a, b, c, d)])
gc.collect(0)
print([gc.is_tracked(t) for t in (a, b, c, d)])
e = tuple([c])
f = {"e": e}
gc.collect()
print([gc.is_tracked(t) for t in (e, f)])
# a tuple reached only from an object that step 3 first thought unreachable
later = []
early = tuple([later])
later.append(tuple([5]))
holder = [early]
del early
gc.collect(0)
print(gc.is_tracked(later[0]), gc.is_tracked(holder[0]))
