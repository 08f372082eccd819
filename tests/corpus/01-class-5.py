# chapter: 1
# attributes set from outside and holding other instances
class Node:
    pass
a = Node()
a.name = "a"
b = Node()
b.name = "b"
a.next = b
b.next = None
n = a
while n is not None:
    print(n.name)
    n = n.next
a.next.name = "B"
print(b.name)
