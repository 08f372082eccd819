# chapter: 10
# S51: a tree whose children point back to their parent weakly: no
# cycle, so reference counting alone frees it, collector disabled.
import gc
import weakref
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self._parent = None
    def add(self, child):
        self.children.append(child)
        child._parent = weakref.ref(self)
    def parent(self):
        if self._parent is None:
            return None
        return self._parent()
    def __del__(self):
        print("freed", self.name)
root = Node("root")
leaf = Node("leaf")
root.add(leaf)
print(leaf.parent().name)
print(root.parent())
del root
print("root gone; leaf's parent is", leaf.parent())
del leaf
print(gc.collect())
