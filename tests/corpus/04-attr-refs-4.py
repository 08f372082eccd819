# chapter: 4
# an object holding itself through an attribute counts that reference too
import sys
class Node:
    pass
n = Node()
print(sys.getrefcount(n))
n.me = n
print(sys.getrefcount(n))
n.also = n
print(sys.getrefcount(n))
n.me = None
print(sys.getrefcount(n))
