# chapter: 8
# asking for __dict__ gives a 3.11 instance a real dict, one more object in its cycle
import gc
class Node:
    pass
gc.collect()
plain = Node()
plain.me = plain
del plain
print(gc.collect())
seen = Node()
seen.me = seen
print(list(seen.__dict__))
del seen
print(gc.collect())
