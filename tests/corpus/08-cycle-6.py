# chapter: 8
# an instance whose attribute refers to itself is a cycle of one
import gc
class Node:
    pass
gc.collect()
node = Node()
node.me = node
print(node.me is node)
del node
print(gc.collect())
