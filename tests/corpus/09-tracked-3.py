# chapter: 9
# the empty tuple is a shared singleton and is never tracked
import gc
empty = tuple([])
one = tuple([[]])
print(empty, gc.is_tracked(empty), gc.is_tracked(one))
print(empty is tuple())
