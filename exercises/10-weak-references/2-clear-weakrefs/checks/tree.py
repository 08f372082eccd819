import gc
import weakref
gc.disable()

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

root = Node("root")
for i in range(3):
    child = Node("child %d" % i)
    child.parent = weakref.ref(root)
    root.children.append(child)
first = root.children[0]
del child
print(first.parent().name)
del root
print(first.parent())
print(gc.collect())
