import gc

class Node:
    pass

def build():
    a = Node()
    b = Node()
    a.b = b
    b.a = a
    print(gc.collect())
    return a

gc.collect()
kept = build()
print(gc.collect())
del kept
print(gc.collect())
