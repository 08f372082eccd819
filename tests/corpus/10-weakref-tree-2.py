# chapter: 10
# The same tree with a strong parent link is a cycle: only the collector
# frees it.
import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, child):
        self.children.append(child)
        child.parent = self
    def __del__(self):
        print("freed", self.name)
root = Node("root")
root.add(Node("leaf"))
del root
print("after del")
print(gc.collect())
