import gc

class Node:
    def __init__(self, name):
        self.name = name

gc.collect()
head = Node("head")
tail = Node("tail")
head.next = tail
tail.prev = head
head.data = [1, 2, 3]
del head
print(gc.collect())
del tail
print(gc.collect())
